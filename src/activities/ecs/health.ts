// Health checks for ECS steps, with `http.check` semantics (same fields): poll the URL until it
// answers as expected, or fail once `within` has passed. A small fetch-based poll of its own.
import { cancellationSignal, sleep } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { z } from 'zod';
import type { healthCheck } from '../../kinds/ecs';
import { durationMs } from '../../plan/fields';
import { resolveRefs } from '../../plan/refs';

export type HealthCheck = z.infer<typeof healthCheck>;

/** `expected` is contained in `actual` (objects by key, recursively; other values by equality). */
function contains(actual: unknown, expected: unknown): boolean {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([k, v]) => contains((actual as Record<string, unknown>)[k], v));
  }
  return JSON.stringify(actual) === JSON.stringify(expected);
}

/** One request: undefined when it answered as expected, else what was wrong. */
async function probe(check: HealthCheck, url: string, headers: Record<string, string>): Promise<string | undefined> {
  let res: Response;
  try {
    const timeout = AbortSignal.timeout(Math.max(1000, durationMs(check.interval)));
    res = await fetch(url, { method: check.method, headers, signal: AbortSignal.any([timeout, cancellationSignal()]) });
  } catch (err) {
    if (cancellationSignal().aborted) throw err;
    return `no answer (${(err as Error).message})`;
  }
  const body = check.method === 'HEAD' ? '' : await res.text();
  if (res.status !== check.expectStatus) return `status ${res.status}, expected ${check.expectStatus}`;
  for (const [k, v] of Object.entries(check.expectHeaders ?? {})) {
    if (res.headers.get(k) !== v) return `header ${k}: ${res.headers.get(k) ?? '(absent)'}, expected ${v}`;
  }
  if (check.expectJson) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return 'body is not JSON';
    }
    if (!contains(json, check.expectJson)) return `JSON ${body.slice(0, 200)} does not contain ${JSON.stringify(check.expectJson)}`;
  }
  return undefined;
}

/** Polls every check until it passes; a check still failing after its `within` fails the step (non-retryable). */
export async function runHealthChecks(checks: HealthCheck[], where: string, onPoll: () => void = () => {}): Promise<void> {
  for (const check of checks) {
    const url = resolveRefs(check.url, `${where} health check`);
    const headers = Object.fromEntries(Object.entries(check.headers ?? {}).map(([k, v]) => [k, resolveRefs(v, `${where} health check header ${k}`)]));
    const deadline = Date.now() + durationMs(check.within);
    for (;;) {
      const problem = await probe(check, url, headers);
      onPoll();
      if (problem === undefined) break;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw ApplicationFailure.nonRetryable(`${where}: health check ${check.method} ${check.url} failed: ${problem}`, 'HealthCheckFailed');
      }
      await sleep(Math.min(durationMs(check.interval), left));
    }
  }
}

export const healthList = (h: HealthCheck | HealthCheck[] | undefined): HealthCheck[] => (h === undefined ? [] : Array.isArray(h) ? h : [h]);
