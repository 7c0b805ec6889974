// `http.check`: poll a URL until it answers as expected (status, a JSON subset, headers), or
// `within` passes. `checkHttp` is shared with the health checks of other kinds (ECS).
import { cancellationSignal, sleep } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { z } from 'zod';
import type { coreKinds } from '../kinds/core';
import { durationMs } from '../plan/fields';
import { resolveRefs } from '../plan/refs';
import type { StepInput } from './contract';
import { progress } from './heartbeat';

export type HttpCheck = z.infer<(typeof coreKinds)['http.check']['params']>;

/**
 * Where `actual` fails to contain `expected`: objects by key (recursively), arrays element by
 * element at the same index, anything else by equality. Undefined when it matches.
 */
export function jsonMismatch(actual: unknown, expected: unknown, at = '$'): string | undefined {
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(expected) !== Array.isArray(actual)) {
      return `${at} is ${JSON.stringify(actual)}, expected ${Array.isArray(expected) ? 'an array' : 'an object'}`;
    }
    for (const [k, v] of Object.entries(expected)) {
      const key = Array.isArray(expected) ? `${at}[${k}]` : `${at}.${k}`;
      const m = jsonMismatch((actual as Record<string, unknown>)[k], v, key);
      if (m) return m;
    }
    return undefined;
  }
  return actual === expected ? undefined : `${at} is ${JSON.stringify(actual) ?? 'missing'}, expected ${JSON.stringify(expected)}`;
}

/** One request: undefined when it answered as expected, else what was wrong. */
async function probe(check: HttpCheck, url: string, headers: Record<string, string>): Promise<{ problem?: string; status?: number }> {
  let res: Response;
  try {
    const timeout = AbortSignal.timeout(Math.max(1000, durationMs(check.interval)));
    res = await fetch(url, { method: check.method, headers, signal: AbortSignal.any([timeout, cancellationSignal()]) });
  } catch (err) {
    if (cancellationSignal().aborted) throw err;
    return { problem: `no answer (${(err as Error).cause ? ((err as Error).cause as Error).message : (err as Error).message})` };
  }
  const body = check.method === 'HEAD' ? '' : await res.text();
  const status = res.status;
  if (status !== check.expectStatus) return { status, problem: `status ${status}, expected ${check.expectStatus}` };
  for (const [k, v] of Object.entries(check.expectHeaders ?? {})) {
    if (res.headers.get(k) !== v) return { status, problem: `header ${k} is ${res.headers.get(k) ?? '(absent)'}, expected ${v}` };
  }
  if (check.expectJson) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return { status, problem: `body is not JSON: ${body.slice(0, 100)}` };
    }
    const m = jsonMismatch(json, check.expectJson);
    if (m) return { status, problem: `JSON ${m}` };
  }
  return { status };
}

export interface HttpCheckResult {
  status: number;
  polls: number;
  elapsedMs: number;
}

/**
 * Polls until the check passes. When `within` passes first, fails with the last mismatch;
 * retryable unless `nonRetryable` (a retry of the step polls again for another `within`).
 */
export async function checkHttp(
  check: HttpCheck,
  where: string,
  opts: { onPoll?: (polls: number, last?: string) => void; nonRetryable?: boolean; failureType?: string } = {},
): Promise<HttpCheckResult> {
  let url: URL;
  try {
    url = new URL(resolveRefs(check.url, `${where} url`));
  } catch (err) {
    if (err instanceof ApplicationFailure) throw err;
    throw ApplicationFailure.nonRetryable(`${where}: ${check.url} is not a valid URL`, 'PlanError');
  }
  const headers = Object.fromEntries(Object.entries(check.headers ?? {}).map(([k, v]) => [k, resolveRefs(v, `${where} header ${k}`)]));
  const started = Date.now();
  const deadline = started + durationMs(check.within);
  for (let polls = 1; ; polls++) {
    const { problem, status } = await probe(check, url.toString(), headers);
    opts.onPoll?.(polls, problem);
    if (problem === undefined) return { status: status!, polls, elapsedMs: Date.now() - started };
    const left = deadline - Date.now();
    if (left <= 0) {
      const message = `${where}: ${check.method} ${check.url} not as expected after ${check.within} (${polls} polls): ${problem}`;
      const type = opts.failureType ?? 'HttpCheckFailed';
      throw opts.nonRetryable ? ApplicationFailure.nonRetryable(message, type) : ApplicationFailure.retryable(message, type);
    }
    await sleep(Math.min(durationMs(check.interval), left));
  }
}

export async function httpCheck({ step }: StepInput) {
  const check = step.params as HttpCheck;
  const result = await checkHttp(check, `step ${step.id}`, { onPoll: (polls, last) => progress({ polls, last }) });
  // The URL as the plan wrote it: references stay unresolved, so secrets never leave the worker.
  return { url: check.url, ...result };
}
