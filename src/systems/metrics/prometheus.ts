// Prometheus's HTTP API, as the analysis uses it: instant queries (`/api/v1/query`) and the build
// info for `cutover doctor`. Failures are classified by what a retry can change: no answer, a 5xx
// or a 429 are retryable; a query Prometheus refuses (400, 422), bad credentials or a URL that is
// not a Prometheus API are not, and their messages carry Prometheus's own error text.
import { cancellationSignal } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { throwIfCancelled } from '../../kit/checkpoint';

/** The URL without its password, for messages (`http://user@host:9090/prefix`). */
export function safeUrl(raw: string): string {
  try {
    const u = new URL(raw);
    return `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname.replace(/\/$/, '')}`;
  } catch {
    return '(unparseable URL)';
  }
}

/** One sample of an instant query's answer: the series' labels and its value as Prometheus wrote it. */
export interface Sample {
  labels: Record<string, string>;
  /** `"0.5"`, `"NaN"`, `"+Inf"`: Prometheus sends values as strings. */
  value: string;
}

export interface QueryAnswer {
  resultType: 'vector' | 'scalar';
  samples: Sample[];
  warnings: string[];
}

export interface PrometheusOptions {
  /** Extra request headers (a tenant id, `Authorization`), references already resolved. */
  headers?: Record<string, string>;
  timeoutMs: number;
}

export interface Prometheus {
  /** `step s: target prom (http://host:9090)`: the prefix of every message. */
  readonly where: string;
  query(promql: string, what: string): Promise<QueryAnswer>;
  buildInfo(): Promise<{ version: string }>;
}

interface ApiBody {
  status?: string;
  data?: unknown;
  errorType?: string;
  error?: string;
  warnings?: string[];
}

/** The request's URL and headers: credentials in the URL become Basic auth (fetch refuses them in URLs). */
function endpoint(base: string, path: string, extra: Record<string, string>, where: string): { url: string; headers: Headers } {
  let u: URL;
  try {
    u = new URL(base);
  } catch {
    throw ApplicationFailure.nonRetryable(`${where}: not a URL: expected http(s)://host:port[/prefix]`, 'PlanError');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw ApplicationFailure.nonRetryable(`${where}: a prometheus target is an http(s):// URL, not ${u.protocol}//`, 'PlanError');
  }
  const headers = new Headers({ accept: 'application/json' });
  if (u.username || u.password) {
    headers.set('authorization', `Basic ${Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64')}`);
    u.username = '';
    u.password = '';
  }
  for (const [k, v] of Object.entries(extra)) {
    try {
      headers.set(k, v);
    } catch {
      // The platform's message would quote the value, which may be a secret: name the header only.
      throw ApplicationFailure.nonRetryable(`${where}: header ${k} has an invalid name or value`, 'PlanError');
    }
  }
  u.pathname = `${u.pathname.replace(/\/+$/, '')}${path}`;
  return { url: u.toString(), headers };
}

/** The activity's cancellation signal; none outside an activity (cutover doctor). */
function activitySignal(): AbortSignal | undefined {
  try {
    return cancellationSignal();
  } catch {
    return undefined;
  }
}

/** A short, single-line excerpt of a body that is not the API's JSON. */
const excerpt = (text: string) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 160 ? `${one.slice(0, 160)}…` : one || '(empty)';
};

async function call(base: string, path: string, init: { method: 'GET' | 'POST'; body?: URLSearchParams }, o: PrometheusOptions, where: string, what: string): Promise<ApiBody> {
  const { url, headers } = endpoint(base, path, o.headers ?? {}, where);
  const cancel = activitySignal();
  let res: Response;
  let text: string;
  try {
    const signal = cancel ? AbortSignal.any([AbortSignal.timeout(o.timeoutMs), cancel]) : AbortSignal.timeout(o.timeoutMs);
    res = await fetch(url, { method: init.method, headers, body: init.body, signal, redirect: 'follow' });
    text = await res.text();
  } catch (err) {
    if (cancel?.aborted) {
      await throwIfCancelled(); // the activity's CancelledFailure, not the fetch's AbortError
      throw err;
    }
    const e = err as Error & { cause?: Error };
    // The cause names the network error (ECONNREFUSED, ENOTFOUND host), never the credentials.
    const reason = e.name === 'TimeoutError' ? `no answer within ${o.timeoutMs} ms` : `no answer (${e.cause?.message ?? e.message})`;
    throw ApplicationFailure.retryable(`${where}: ${what}: ${reason}`, 'PrometheusUnreachable');
  }
  let body: ApiBody | undefined;
  try {
    body = JSON.parse(text) as ApiBody;
  } catch {
    body = undefined;
  }
  const status = res.status;
  const apiError = body?.error ? `${body.errorType ? `${body.errorType}: ` : ''}${body.error}` : excerpt(text);
  if (status === 400 || status === 422) {
    throw ApplicationFailure.nonRetryable(`${where}: ${what}: Prometheus refused the query (HTTP ${status}): ${apiError}`, 'PrometheusQueryError');
  }
  if (status === 401 || status === 403) {
    throw ApplicationFailure.nonRetryable(`${where}: ${what}: HTTP ${status}, access denied: check the target's credentials (${apiError})`, 'PrometheusAccessDenied');
  }
  if (status === 429 || status >= 500) {
    throw ApplicationFailure.retryable(`${where}: ${what}: HTTP ${status} from Prometheus: ${apiError}`, 'PrometheusServerError');
  }
  if (status !== 200 || body?.status !== 'success') {
    throw ApplicationFailure.nonRetryable(
      `${where}: ${what}: HTTP ${status} from ${path}, not Prometheus's API answer: ${apiError} (does the target URL point at Prometheus, with its path prefix?)`,
      'PrometheusBadAnswer',
    );
  }
  return body;
}

/** The samples of an instant query's `data`; a range vector or a string is a query mistake. */
function answerOf(data: unknown, where: string, what: string): Omit<QueryAnswer, 'warnings'> {
  const d = data as { resultType?: string; result?: unknown };
  if (d?.resultType === 'scalar') {
    const [, value] = d.result as [number, string];
    return { resultType: 'scalar', samples: [{ labels: {}, value: String(value) }] };
  }
  if (d?.resultType === 'vector' && Array.isArray(d.result)) {
    const samples = (d.result as Array<{ metric?: Record<string, string>; value?: [number, string] }>).map((s) => ({
      labels: s.metric ?? {},
      value: String(s.value?.[1]),
    }));
    return { resultType: 'vector', samples };
  }
  const kind = d?.resultType === 'matrix' ? 'a range vector (matrix)' : d?.resultType ? `a ${d.resultType}` : 'no result type';
  throw ApplicationFailure.nonRetryable(
    `${where}: ${what}: the query answers with ${kind}; a measurement needs one number: an instant vector or a scalar (e.g. rate(x[5m]), not x[5m])`,
    'PrometheusQueryError',
  );
}

export function prometheus(base: string, where: string, o: PrometheusOptions): Prometheus {
  return {
    where,
    async query(promql, what) {
      // POST: queries can be long; Prometheus takes the same form fields as GET.
      const body = await call(base, '/api/v1/query', { method: 'POST', body: new URLSearchParams({ query: promql }) }, o, where, what);
      return { ...answerOf(body.data, where, what), warnings: body.warnings ?? [] };
    },
    async buildInfo() {
      const body = await call(base, '/api/v1/status/buildinfo', { method: 'GET' }, o, where, 'build info');
      return { version: String((body.data as { version?: string })?.version ?? 'unknown') };
    },
  };
}

/** `cutover doctor`: ask for the build info (read-only); throws with the reason. */
export async function probePrometheus(url: string, where: string): Promise<string> {
  const p = prometheus(url, `${where} (${safeUrl(url)})`, { timeoutMs: 5000 });
  try {
    const { version } = await p.buildInfo();
    return `${safeUrl(url)}, Prometheus ${version}`;
  } catch (err) {
    // The message already says where; doctor prints it after its own label.
    throw new Error((err as Error).message);
  }
}
