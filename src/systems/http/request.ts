// `http.request` on the worker: one request per attempt (retries are Temporal's), with its
// references resolved here and an Idempotency-Key that is the same on every attempt, so that the
// server can tell a retry from a new request. The answer is classified for the retry policy: a
// 4xx other than 408 and 429 is final; 5xx, 408, 429 and no answer are retried (after the
// server's Retry-After when it fits the policy). Fields of the JSON response become the outputs.
// Nothing revealed by a reference is echoed: messages and outputs are scrubbed of those values.
import ms from 'ms';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput, StepOutput, UndoKindInput } from '../../kit/context';
import { throwIfCancelled } from '../../kit/checkpoint';
import { durationMs } from '../../kit/fields';
import { idempotencyKey } from '../../kit/naming';
import { Redactor, type UndoScope } from '../../kit/redactor';
import { parseJsonPath, valueAt } from './json-path';
import { expectedStatuses, type HttpRequestParams, type HttpUndoParams } from './request-params';

type RequestSpec = HttpUndoParams & { outputs?: Record<string, string> };

interface Prepared {
  url: string;
  init: RequestInit;
}

/** The URL as written (references unresolved), a password written into it masked. */
const shownUrl = (url: string) => url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/@:]*:)[^/@]*@/i, '$1***@');

/** A response body for a message: one line, cut short. */
function excerpt(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

async function prepare(req: RequestSpec, where: string, r: Redactor, key: string | undefined, undo?: UndoScope): Promise<Prepared> {
  const resolved = await r.resolve(req.url, `${where} url`, undo);
  let url: URL;
  try {
    url = new URL(resolved);
  } catch {
    throw ApplicationFailure.nonRetryable(`${where}: ${shownUrl(req.url)} is not a valid URL`, 'PlanError');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw ApplicationFailure.nonRetryable(`${where}: ${shownUrl(req.url)} is not an http(s) URL (${url.protocol.slice(0, -1)})`, 'PlanError');
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    const v = await r.resolve(value, `${where} header ${name}`, undo);
    try {
      headers.set(name, v);
    } catch {
      // The platform's message quotes the value, which may be a secret: name the header only.
      throw ApplicationFailure.nonRetryable(`${where}: header ${name} has an invalid value`, 'PlanError');
    }
  }
  // fetch refuses URLs with credentials (and quotes them in its error): sent as Basic auth.
  if (url.username || url.password) {
    if (!headers.has('authorization')) headers.set('authorization', `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`);
    url.username = '';
    url.password = '';
  }
  if (key && !headers.has('idempotency-key')) headers.set('idempotency-key', key);
  let body: string | undefined;
  if (req.body !== undefined) {
    body = JSON.stringify(await r.resolveDeep(req.body, `${where} body`, undo));
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  if (!headers.has('accept')) headers.set('accept', 'application/json, */*;q=0.5');
  return { url: url.toString(), init: { method: req.method, headers, body, redirect: 'follow' } };
}

/** Delta-seconds or an HTTP date, as milliseconds from now. */
function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** The retry policy's longest wait between attempts (Temporal sends the policy with the task). */
function maximumIntervalMs(): number {
  const max = Context.current().info.retryPolicy?.maximumInterval;
  if (typeof max === 'number') return max;
  if (typeof max === 'string') return ms(max as ms.StringValue) ?? 60_000;
  return 60_000;
}

/** A retryable answer: with the server's Retry-After as the next delay when it is no longer than the policy would wait. */
function retryable(r: Redactor, message: string, retryAfter: string | null): ApplicationFailure {
  const after = retryAfterMs(retryAfter);
  if (after === undefined) return r.failure(message, 'HttpRequestFailed', false);
  const max = maximumIntervalMs();
  if (after > max) return r.failure(`${message} (Retry-After ${ms(after)} is longer than the retry policy's maximum interval ${ms(max)}: not honoured)`, 'HttpRequestFailed', false);
  return r.failure(`${message} (retrying after its Retry-After, ${ms(after)})`, 'HttpRequestFailed', false, Math.max(1, after));
}

/** How long one request may take, and what limits it: its own limit, and never past the attempt's timeout. */
function requestBudget(limit: string, started: number): { ms: number; what: string } {
  const own = { ms: durationMs(limit), what: `within ${limit}` };
  const attempt = Context.current().info.startToCloseTimeoutMs;
  if (!attempt) return own;
  const margin = Math.min(5000, Math.max(200, attempt * 0.1));
  const left = started + attempt - margin - Date.now();
  return left < own.ms ? { ms: Math.max(100, left), what: `before the end of the attempt's ${ms(attempt)} timeout` } : own;
}

/** Sends the request and returns the outputs it declares (scrubbed); throws a classified failure. */
async function perform(req: RequestSpec, where: string, key: string | undefined, undo?: UndoScope): Promise<StepOutput> {
  const started = Date.now();
  const r = new Redactor();
  const p = await prepare(req, where, r, key, undo);
  const label = `${req.method} ${shownUrl(req.url)}`;
  const budget = requestBudget(req.requestTimeout, started);
  const cancelled = Context.current().cancellationSignal;
  let res: Response;
  let text: string;
  try {
    res = await fetch(p.url, { ...p.init, signal: AbortSignal.any([AbortSignal.timeout(budget.ms), cancelled]) });
    text = req.method === 'HEAD' ? '' : await res.text();
  } catch (err) {
    if (cancelled.aborted) await throwIfCancelled();
    const e = err as Error & { cause?: Error & { code?: string } };
    if (e.name === 'TimeoutError') throw r.failure(`${where}: ${label}: no answer ${budget.what}`, 'HttpRequestFailed', false);
    // The cause names the network error (ECONNREFUSED, ENOTFOUND host), never the path or query.
    throw r.failure(`${where}: ${label}: no answer (${e.cause?.message ?? e.message})`, 'HttpRequestFailed', false);
  }
  const status = res.status;
  const expected = expectedStatuses(req.expectStatus);
  if (!(expected ? expected.includes(status) : status >= 200 && status < 300)) {
    const body = text ? `: ${excerpt(text)}` : '';
    const message = `${where}: ${label} answered ${status}, expected ${expected?.join(' or ') ?? '2xx'}${body}`;
    if (status >= 500 || status === 408 || status === 429) throw retryable(r, message, res.headers.get('retry-after'));
    throw r.failure(message, status >= 400 ? 'HttpRequestRejected' : 'HttpUnexpectedStatus', true);
  }
  if (!req.outputs) return {};
  // The request has had its effect: a response that lacks the outputs is not worth repeating it.
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw r.failure(`${where}: ${label} answered ${status} with a body that is not JSON, so it has no outputs: ${excerpt(text) || '(empty)'}`, 'HttpResponseInvalid', true);
  }
  const outputs: StepOutput = {};
  for (const [name, path] of Object.entries(req.outputs)) {
    const v = valueAt(json, parseJsonPath(path)!);
    if (v === undefined) throw r.failure(`${where}: ${label} answered ${status} without ${path} (output ${name}): ${excerpt(text)}`, 'HttpResponseInvalid', true);
    outputs[name] = v;
  }
  return r.scrubDeep(outputs);
}

export async function httpRequest({ ctx, step, params }: KindInput<HttpRequestParams>): Promise<StepOutput> {
  const key = params.idempotencyKey ? idempotencyKey(ctx, step.id) : undefined;
  return perform(params, `step ${step.id}`, key);
}

export async function httpRequestUndo({ ctx, step, params, output }: UndoKindInput<HttpRequestParams>): Promise<StepOutput> {
  const u = params.undo;
  if (!u) return {};
  // Its own key: the same key on another request is a conflict to servers that check them.
  const key = u.idempotencyKey ? `${idempotencyKey(ctx, step.id)}-undo` : undefined;
  await perform(u, `step ${step.id} undo`, key, { outputs: output });
  return {};
}
