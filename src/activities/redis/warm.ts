// redis.warm: makes a cache hot before traffic shifts.
//   urls: each URL is requested twice (GET, a few at a time); the second answer must report a
//         cache hit in `hitHeader` (e.g. `X-Cache: HIT`), which proves the first one filled the cache.
//   keys: the keys are TOUCHed on the redis target (so LRU/LFU eviction counts them as used);
//         each must exist.
// Nothing to undo: warming changes no data a rollback would restore. Misses are retryable (a
// retry warms again); a URL that cannot be parsed is a plan mistake.
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { durationMs } from '../../plan/fields';
import { resolveRefs } from '../../plan/refs';
import type { StepInput, StepOutput } from '../contract';
import { progress } from '../heartbeat';
import { throwIfCancelled } from '../graph/cancel';
import { withRedis } from './conn';

interface UrlResult {
  /** As written in the plan: references unresolved, so no secret is reported. */
  url: string;
  status: number;
  first: string | null;
  second: string | null;
  hit: boolean;
}

async function request(url: URL, headers: Record<string, string>, timeoutMs: number, header: string) {
  const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), Context.current().cancellationSignal]);
  const res = await fetch(url, { headers, signal, redirect: 'follow' });
  await res.arrayBuffer(); // read to the end: the server may fill its cache only once the body is sent
  return { status: res.status, value: res.headers.get(header) };
}

async function warmUrls(input: StepInput): Promise<StepOutput> {
  const { step } = input;
  const where = `step ${step.id}`;
  const urls = step.params.urls as string[];
  const header = String(step.params.hitHeader ?? 'x-cache');
  const hitValue = String(step.params.hitValue ?? 'HIT').toLowerCase();
  const timeoutMs = durationMs(String(step.params.requestTimeout ?? '10s'));
  const headers = Object.fromEntries(Object.entries((step.params.headers ?? {}) as Record<string, string>).map(([k, v]) => [k, resolveRefs(v, `${where} header ${k}`)]));
  const parsed = urls.map((u) => {
    try {
      return new URL(resolveRefs(u, `${where} url`));
    } catch (err) {
      if (err instanceof ApplicationFailure) throw err;
      throw ApplicationFailure.nonRetryable(`${where}: ${JSON.stringify(u)} is not a URL`, 'PlanError');
    }
  });
  const results: UrlResult[] = new Array(urls.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let i = next++; i < urls.length; i = next++) {
      await throwIfCancelled();
      try {
        const a = await request(parsed[i], headers, timeoutMs, header);
        const b = await request(parsed[i], headers, timeoutMs, header);
        const hit = b.status < 400 && (b.value ?? '').toLowerCase().includes(hitValue);
        results[i] = { url: urls[i], status: b.status, first: a.value, second: b.value, hit };
      } catch (err) {
        if (Context.current().cancellationSignal.aborted) throw err;
        throw ApplicationFailure.retryable(`${where}: GET ${urls[i]} failed: ${err instanceof Error ? err.message : String(err)}`, 'WarmRequestFailed');
      }
      progress({ done: ++done, total: urls.length, unit: 'urls' });
    }
  };
  await Promise.all(Array.from({ length: Math.min(Number(step.params.concurrency ?? 4), urls.length) }, worker));
  const misses = results.filter((r) => !r.hit);
  if (misses.length && step.params.requireHit !== false) {
    const shown = misses.slice(0, 5).map((m) => `${m.url} (status ${m.status}, ${header}: ${m.second ?? 'absent'})`).join('; ');
    throw ApplicationFailure.retryable(
      `${where}: ${misses.length} of ${urls.length} URL(s) were not a cache hit on the second request: ${shown}${misses.length > 5 ? ' …' : ''}`,
      'CacheNotHot',
    );
  }
  return {
    urls: urls.length,
    hits: urls.length - misses.length,
    alreadyHot: results.filter((r) => (r.first ?? '').toLowerCase().includes(hitValue)).length,
    misses: misses.slice(0, 20).map((m) => m.url),
  };
}

async function warmKeys(input: StepInput): Promise<StepOutput> {
  const { step } = input;
  const keys = step.params.keys as string[];
  return withRedis(input, 'target', async (t) => {
    const found: boolean[] = [];
    for (let i = 0; i < keys.length; i += 1000) {
      await throwIfCancelled();
      const pipe = t.redis.pipeline();
      for (const k of keys.slice(i, i + 1000)) pipe.touch(k);
      for (const [err, n] of (await pipe.exec()) ?? []) {
        if (err) throw err;
        found.push(Number(n) === 1);
      }
      progress({ done: found.length, total: keys.length, unit: 'keys' });
    }
    const missing = keys.filter((_, i) => !found[i]);
    if (missing.length && step.params.requireHit !== false) {
      throw ApplicationFailure.retryable(
        `${t.where}: ${missing.length} of ${keys.length} key(s) are not in the cache: ${missing.slice(0, 5).map((k) => JSON.stringify(k)).join(', ')}${missing.length > 5 ? ' …' : ''}`,
        'CacheNotHot',
      );
    }
    return { target: String(step.params.target), keys: keys.length, hits: keys.length - missing.length, misses: missing.slice(0, 20) };
  });
}

export async function redisWarm(input: StepInput): Promise<StepOutput> {
  return Array.isArray(input.step.params.urls) ? warmUrls(input) : warmKeys(input);
}
