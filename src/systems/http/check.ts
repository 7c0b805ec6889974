// `http.check`: poll a URL until it answers as expected (status, a JSON subset, headers), or
// `within` passes. `checkHttp` is shared with the health checks of other kinds (ECS).
import { cancellationSignal } from '@temporalio/activity';
import { done, pending, pollUntil } from '../../kit/wait';
import { ApplicationFailure } from '@temporalio/common';
import { durationMs } from '../../kit/fields';
import { resolveRefs } from '../../kit/resolve';
import type { KindInput } from '../../kit/context';
import { progress } from '../../kit/checkpoint';

import type { HttpCheck } from './index';

/**
 * Where `actual` fails to contain `expected`, as `<path> is <actual>, expected <expected>` for the
 * first mismatch; undefined when it matches. Objects match by key, recursively (extra keys in
 * `actual` are fine). Arrays match by index: `expected[i]` must match `actual[i]`, so an expected
 * array is a prefix of the actual one (`[eu]` matches `[eu, us]`, not `[us, eu]`). Anything else by
 * strict equality.
 */
export function jsonMismatch(actual: unknown, expected: unknown, at = '$'): string | undefined {
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(expected) !== Array.isArray(actual)) {
      return `${at} is ${brief(actual)}, expected ${Array.isArray(expected) ? 'an array' : 'an object'}`;
    }
    for (const [k, v] of Object.entries(expected)) {
      const key = Array.isArray(expected) ? `${at}[${k}]` : `${at}.${k}`;
      const m = jsonMismatch((actual as Record<string, unknown>)[k], v, key);
      if (m) return m;
    }
    return undefined;
  }
  return actual === expected ? undefined : `${at} is ${brief(actual)}, expected ${JSON.stringify(expected)}`;
}

/** A value short enough for a message or a heartbeat. */
function brief(v: unknown, max = 80): string {
  const s = JSON.stringify(v) ?? 'missing';
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

export interface Request {
  url: string;
  method: string;
  headers: Headers;
}

/** The activity's cancellation signal; none outside an activity (`cutover plan --against`). */
function activitySignal(): AbortSignal | undefined {
  try {
    return cancellationSignal();
  } catch {
    return undefined;
  }
}

/** One request: `problem` is undefined when it answered as expected, else what was wrong. */
export async function probe(check: HttpCheck, req: Request, timeoutMs: number): Promise<{ problem?: string; status?: number }> {
  let res: Response;
  let body: string;
  const cancel = activitySignal();
  try {
    const signal = cancel ? AbortSignal.any([AbortSignal.timeout(timeoutMs), cancel]) : AbortSignal.timeout(timeoutMs);
    res = await fetch(req.url, { method: req.method, headers: req.headers, signal, redirect: 'follow' });
    body = req.method === 'HEAD' ? '' : await res.text();
  } catch (err) {
    if (cancel?.aborted) throw err;
    const e = err as Error & { cause?: Error };
    if (e.name === 'TimeoutError') return { problem: `no answer within ${timeoutMs}ms` };
    // The cause names the network error (ECONNREFUSED, ENOTFOUND host); never the path or query.
    return { problem: `no answer (${e.cause?.message ?? e.message})` };
  }
  const status = res.status;
  if (status !== check.expectStatus) return { status, problem: `status ${status}, expected ${check.expectStatus}` };
  // `Headers.get` is case-insensitive; a repeated header reads as its values joined by ", ".
  for (const [k, v] of Object.entries(check.expectHeaders ?? {})) {
    const got = res.headers.get(k);
    if (got !== v) return { status, problem: `header ${k} is ${got === null ? '(absent)' : JSON.stringify(got)}, expected ${JSON.stringify(v)}` };
  }
  if (check.expectJson) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return { status, problem: `body is not JSON: ${brief(body.slice(0, 80))}` };
    }
    const m = jsonMismatch(json, check.expectJson);
    if (m) return { status, problem: `JSON ${m}` };
  }
  return { status };
}

/**
 * The request to send, references resolved. Anything wrong here is a plan or worker mistake that
 * polling cannot fix: non-retryable, and the messages name fields, never resolved values.
 */
export async function prepare(check: HttpCheck, where: string): Promise<Request> {
  const resolved = await resolveRefs(check.url, `${where} url`);
  let url: URL;
  try {
    url = new URL(resolved);
  } catch {
    throw ApplicationFailure.nonRetryable(`${where}: ${check.url} is not a valid URL`, 'PlanError');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw ApplicationFailure.nonRetryable(`${where}: ${check.url} is not an http(s) URL`, 'PlanError');
  }
  const headers = new Headers();
  for (const [k, v] of Object.entries(check.headers ?? {})) {
    try {
      headers.set(k, await resolveRefs(v, `${where} header ${k}`));
    } catch (err) {
      if (err instanceof ApplicationFailure) throw err;
      // The platform's message quotes the value, which may be a secret: name the header only.
      throw ApplicationFailure.nonRetryable(`${where}: header ${k} has an invalid name or value`, 'PlanError');
    }
  }
  // fetch refuses URLs with credentials (and quotes them in its error): send them as Basic auth.
  if (url.username || url.password) {
    if (!headers.has('authorization')) {
      const creds = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
      headers.set('authorization', `Basic ${Buffer.from(creds).toString('base64')}`);
    }
    url.username = '';
    url.password = '';
  }
  return { url: url.toString(), method: check.method, headers };
}

export interface HttpCheckResult {
  status: number;
  polls: number;
  elapsedMs: number;
}

export interface CheckHttpOptions {
  /** Called after every request with its number and what was wrong (undefined: it passed). */
  onPoll?: (polls: number, last?: string) => void;
  /** Fail for good when `within` passes (a health check that rolls back), instead of retryably. */
  nonRetryable?: boolean;
  failureType?: string;
}

/**
 * Polls every `interval` until the check passes. When `within` passes first, fails with the last
 * mismatch, retryably unless `opts.nonRetryable` (a retry of the step polls for another `within`).
 * `where` prefixes every message (`step smoke`). Each request times out after `interval` (at least
 * 1s) and never runs more than 1s past the deadline; cancellation of the activity aborts it at once.
 */
export async function checkHttp(check: HttpCheck, where: string, opts: CheckHttpOptions = {}): Promise<HttpCheckResult> {
  const req = await prepare(check, where);
  const intervalMs = durationMs(check.interval);
  const started = Date.now();
  const deadline = started + durationMs(check.within);
  let polls = 0;
  return pollUntil({
    what: `${where}: ${check.method} ${check.url}`,
    deadline,
    intervalMs,
    poll: async () => {
      polls++;
      const timeoutMs = Math.max(1000, Math.min(intervalMs, deadline - Date.now()));
      const { problem, status } = await probe(check, req, timeoutMs);
      opts.onPoll?.(polls, problem);
      return problem === undefined ? done({ status: status!, polls, elapsedMs: Date.now() - started }) : pending(problem);
    },
    timeout: (problem) => {
      const message = `${where}: ${check.method} ${check.url} not as expected after ${check.within} (${polls} polls): ${problem}`;
      const type = opts.failureType ?? 'HttpCheckFailed';
      return opts.nonRetryable ? ApplicationFailure.nonRetryable(message, type) : ApplicationFailure.retryable(message, type);
    },
  });
}

export async function httpCheck({ step, params: check }: KindInput<HttpCheck>) {
  const result = await checkHttp(check, `step ${step.id}`, { onPoll: (attempt, last) => progress({ attempt, last: last ?? 'ok' }) });
  // The URL as the plan wrote it: references stay unresolved, so secrets never leave the worker.
  return { url: check.url, ...result };
}
