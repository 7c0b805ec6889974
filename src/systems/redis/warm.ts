// redis.warm: makes a cache hot before traffic shifts.
//   urls: each URL is requested twice (GET, a few at a time) with http.check's `checkHttp`, so
//         references, credentials in the URL and messages are handled as for http.check (no
//         secret reaches a message). The second answer must be 200 with `hitHeader: hitValue`,
//         which proves the first request filled the cache.
//   keys: the keys are TOUCHed on the redis target (so LRU/LFU eviction counts them as used);
//         each must exist.
// Nothing to undo: warming changes no data a rollback would restore. Misses are retryable (a
// retry warms again); a URL that cannot be parsed is a plan mistake.
import { ApplicationFailure } from '@temporalio/common';
import { checkHttp } from '../http/check';
import type { HttpCheck } from '../http';
import type { KindInput, StepOutput } from '../../kit/context';
import type { RedisWarmParams } from './kinds';
import { progress, throwIfCancelled } from '../../kit/checkpoint';
import { withRedis } from './connection';

/** Thrown from `onPoll` to stop `checkHttp` after its first request. */
class Answered {
  constructor(readonly problem: string) {}
}

/**
 * Exactly one request (`checkHttp` would poll until `within`): undefined when the answer was as
 * expected, else what was wrong (`header x-cache is "MISS", expected "HIT"`, `status 503, …`).
 */
async function once(check: HttpCheck, where: string): Promise<string | undefined> {
  try {
    await checkHttp(check, where, {
      onPoll: (_, problem) => {
        if (problem !== undefined) throw new Answered(problem);
      },
    });
    return undefined;
  } catch (err) {
    if (err instanceof Answered) return err.problem;
    throw err;
  }
}

async function warmUrls({ step, params: p }: KindInput<RedisWarmParams>, urls: string[]): Promise<StepOutput> {
  const where = `step ${step.id}`;
  const { hitHeader: header, hitValue, requestTimeout: timeout } = p;
  // `within` = `interval`: each request may take the whole timeout; `once` never polls again.
  const checks = urls.map(
    (url): HttpCheck => ({
      url,
      method: 'GET',
      headers: p.headers,
      expectStatus: 200,
      expectHeaders: { [header]: hitValue },
      within: timeout,
      interval: timeout,
    }),
  );
  const results: { url: string; hit: boolean; alreadyHot: boolean; problem?: string }[] = new Array(urls.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let i = next++; i < urls.length; i = next++) {
      await throwIfCancelled();
      // The first answer's problem does not matter (a miss is what a cold cache says); the second decides.
      const first = await once(checks[i], where);
      const second = await once(checks[i], where);
      results[i] = { url: urls[i], hit: second === undefined, alreadyHot: first === undefined, problem: second };
      progress({ done: ++done, total: urls.length, unit: 'urls' });
    }
  };
  await Promise.all(Array.from({ length: Math.min(p.concurrency, urls.length) }, worker));
  const misses = results.filter((r) => !r.hit);
  if (misses.length && p.requireHit) {
    const shown = misses.slice(0, 5).map((m) => `${m.url} (${m.problem})`).join('; ');
    throw ApplicationFailure.retryable(
      `${where}: ${misses.length} of ${urls.length} URL(s) were not a cache hit on the second request: ${shown}${misses.length > 5 ? ' …' : ''}`,
      'CacheNotHot',
    );
  }
  return {
    urls: urls.length,
    hits: urls.length - misses.length,
    alreadyHot: results.filter((r) => r.alreadyHot).length,
    // As written in the plan (references unresolved), so no secret is reported.
    misses: misses.slice(0, 20).map((m) => m.url),
  };
}

async function warmKeys(input: KindInput<RedisWarmParams>, keys: string[]): Promise<StepOutput> {
  const p = input.params;
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
    if (missing.length && p.requireHit) {
      throw ApplicationFailure.retryable(
        `${t.where}: ${missing.length} of ${keys.length} key(s) are not in the cache: ${missing.slice(0, 5).map((k) => JSON.stringify(k)).join(', ')}${missing.length > 5 ? ' …' : ''}`,
        'CacheNotHot',
      );
    }
    return { target: p.target, keys: keys.length, hits: keys.length - missing.length, misses: missing.slice(0, 20) };
  });
}

export async function redisWarm(input: KindInput<RedisWarmParams>): Promise<StepOutput> {
  const { urls, keys } = input.params;
  return urls ? warmUrls(input, urls) : warmKeys(input, keys ?? []);
}
