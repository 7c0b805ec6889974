// Verification of redis.copyKeys, in two parts:
//   count: the source is scanned again with the same pattern; every key found there must exist in
//          the target (one EXISTS per key, pipelined per page). A key missing from the target that
//          is also gone from the source by now (it expired or was deleted) is not a difference.
//   sample: up to `sample` keys, drawn uniformly from that scan (reservoir sampling), are compared
//          value for value (compare.ts) and TTL for TTL (within `ttlTolerance`).
// The scan's cursor is reported after each page, so a retry continues the count where it stopped.
import { ApplicationFailure } from '@temporalio/common';
import { throwIfCancelled } from '../../kit/checkpoint';
import { on, showKey, type RedisConn } from './connection';
import { keyStates, valueOf } from './compare';
import { scanPage } from './scan';
import { EncodedCommand } from './resp';

export interface VerifyKeysOptions {
  source: RedisConn;
  target: RedisConn;
  pattern: string;
  count: number;
  sample: number;
  ttlToleranceMs: number;
  /** SCAN cursor to continue from. */
  from: string;
  onPage: (cursor: string, checked: number) => void;
  what: string;
}

/** Verification pages are this many times the copy's `batchSize` (SCAN's COUNT is a hint). */
const VERIFY_PAGE_FACTOR = 5;

const mismatch = (what: string, problems: string[], total: number) =>
  ApplicationFailure.nonRetryable(
    `${what}: copy verification failed: ${problems.slice(0, 5).join('; ')}${total > 5 ? ` (and ${total - 5} more)` : ''}. ` +
      'Was the source written to during the copy? Stop writes to it, then run the step again.',
    'RedisCopyMismatch',
  );

/** Whether each key exists: one multi-key EXISTS when all do, else one EXISTS per key (pipelined). */
function exists(conn: RedisConn, keys: Buffer[]): Promise<boolean[]> {
  return on(conn, existsEach(conn, keys));
}

async function existsEach(conn: RedisConn, keys: Buffer[]): Promise<boolean[]> {
  if (Number(await conn.redis.sendCommand(new EncodedCommand('exists', keys))) === keys.length) return keys.map(() => true);
  const pipe = conn.redis.pipeline();
  for (const k of keys) pipe.exists(k);
  const res = (await pipe.exec()) ?? [];
  return res.map(([err, n]) => {
    if (err) throw err;
    return Number(n) === 1;
  });
}

export async function verifyKeys(o: VerifyKeysOptions): Promise<{ sampled: number; ttlMaxDriftMs: number }> {
  const sample: Buffer[] = [];
  let seen = 0;
  // Pages carry names only, so they can be larger than the copy's; the next page is scanned on the
  // source while the target checks this one.
  const count = o.count * VERIFY_PAGE_FACTOR;
  let next = on(o.source, scanPage(o.source.redis, o.from, o.pattern, count));
  try {
    for (;;) {
      await throwIfCancelled();
      const page = await next;
      if (page.next !== '0') {
        next = on(o.source, scanPage(o.source.redis, page.next, o.pattern, count));
        next.catch(() => undefined); // awaited in the next turn or below
      }
      if (page.keys.length) {
        const there = await exists(o.target, page.keys);
        const absent = page.keys.filter((_, i) => !there[i]);
        if (absent.length) {
          const still = await exists(o.source, absent);
          const missing = absent.filter((_, i) => still[i]);
          if (missing.length) throw mismatch(o.what, missing.map((k) => `key ${showKey(k)} is missing from the target`), missing.length);
        }
        for (const k of page.keys) {
          seen++;
          if (sample.length < o.sample) sample.push(k);
          else {
            const r = Math.floor(Math.random() * seen);
            if (r < o.sample) sample[r] = k;
          }
        }
      }
      o.onPage(page.next, page.keys.length);
      if (page.next === '0') break;
    }
  } finally {
    await next.catch(() => undefined);
  }

  const [a, b] = await Promise.all([on(o.source, keyStates(o.source.redis, sample)), on(o.target, keyStates(o.target.redis, sample))]);
  const problems: string[] = [];
  let drift = 0;
  let compared = 0;
  for (let i = 0; i < sample.length; i++) {
    const key = showKey(sample[i]);
    if (!a[i].payload) continue; // gone from the source since: nothing to compare
    compared++;
    if (!b[i].payload) {
      problems.push(`key ${key} is missing from the target`);
      continue;
    }
    if (!a[i].payload!.equals(b[i].payload!)) {
      const va = await valueOf(o.source.redis, sample[i], a[i].type);
      const vb = await valueOf(o.target.redis, sample[i], b[i].type);
      if (a[i].type !== b[i].type || va === undefined || JSON.stringify(va) !== JSON.stringify(vb)) {
        problems.push(`key ${key} differs (${a[i].type} in the source, ${b[i].type} in the target)`);
        continue;
      }
    }
    if ((a[i].pttl < 0) !== (b[i].pttl < 0)) {
      problems.push(`key ${key}: TTL ${a[i].pttl < 0 ? 'none' : `${a[i].pttl} ms`} in the source, ${b[i].pttl < 0 ? 'none' : `${b[i].pttl} ms`} in the target`);
    } else if (a[i].pttl >= 0) {
      const d = Math.abs(a[i].pttl - b[i].pttl);
      drift = Math.max(drift, d);
      if (d > o.ttlToleranceMs) problems.push(`key ${key}: TTL ${a[i].pttl} ms in the source, ${b[i].pttl} ms in the target`);
    }
  }
  if (problems.length) throw mismatch(o.what, problems, problems.length);
  return { sampled: compared, ttlMaxDriftMs: drift };
}
