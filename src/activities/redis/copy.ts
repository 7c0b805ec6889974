// redis.copyKeys and its compensation. The source is walked with SCAN MATCH (COUNT = batchSize,
// a hint); each page's keys are read with DUMP (as Buffers: a string form corrupts the payload)
// and PTTL in one pipeline, and written to the target by one Lua script per page that journals
// and RESTOREs … REPLACE every key (journal.ts). The next page is read while the current one is
// written. After each page the SCAN cursor is heartbeated; a retry continues from it. SCAN may
// return a key twice: RESTORE … REPLACE and the journal make that harmless. Then verify.ts checks
// the copy.
import type Redis from 'ioredis';
import { ApplicationFailure } from '@temporalio/common';
import { durationMs } from '../../plan/fields';
import type { StepInput, StepOutput, UndoInput } from '../contract';
import { progress, resumeFrom } from '../heartbeat';
import { throwIfCancelled } from '../graph/cancel';
import { classify, openRedis, showKey, type RedisConn } from './conn';
import { COPY_BATCH, READ_BATCH, UNDO_CREATED, UNDO_OVERWRITTEN, journalFor, runScript, type Journal } from './journal';
import { scanPage } from './scan';
import { verifyKeys } from './verify';

export interface RedisCopyCheckpoint {
  phase: 'copy' | 'verify';
  /** SCAN cursor to continue from ('0' at the start of a phase). */
  cursor: string;
  /** Keys written and pages that wrote something, over all attempts (a key SCAN returned twice counts twice). */
  keys: number;
  batches: number;
  /** Source keys checked by verification so far. */
  checked: number;
  missing: number;
  done: number;
  total?: number;
  unit: 'keys';
}

interface Params {
  pattern: string;
  batchSize: number;
  onExisting: 'fail' | 'overwrite';
  sample: number;
  ttlToleranceMs: number;
  journalTtlMs: number;
  allowEmpty: boolean;
}

const params = (p: Record<string, unknown>): Params => ({
  pattern: String(p.pattern ?? '*'),
  batchSize: Number(p.batchSize ?? 1000),
  onExisting: p.onExisting === 'overwrite' ? 'overwrite' : 'fail',
  sample: Number(p.sample ?? 100),
  ttlToleranceMs: durationMs(String(p.ttlTolerance ?? '2s')),
  journalTtlMs: durationMs(String(p.journalTtl ?? '7d')),
  allowEmpty: p.allowEmpty === true,
});

interface Entry {
  key: Buffer;
  ttl: number;
  payload: Buffer;
}

/**
 * DUMP + PTTL of each key (Buffers: binary-safe); keys that vanished meanwhile (expired, deleted)
 * are left out. One Lua call per page; where the source refuses scripts (ACL, a restricted
 * service) the same commands go as a pipeline.
 */
async function dumpAll(redis: Redis, keys: Buffer[], mode: { script: boolean }): Promise<Entry[]> {
  if (!keys.length) return [];
  let pairs: [Buffer | null, number][];
  if (mode.script) {
    try {
      const flat = (await runScript(redis, READ_BATCH, keys, [], true)) as (Buffer | number)[];
      pairs = keys.map((_, i) => [flat[2 * i] as Buffer, Number(flat[2 * i + 1])]);
    } catch (err) {
      if (!/NOPERM|unknown command|not allowed|disabled/i.test(err instanceof Error ? err.message : '')) throw err;
      mode.script = false;
      return dumpAll(redis, keys, mode);
    }
  } else {
    const pipe = redis.pipeline();
    for (const k of keys) pipe.dumpBuffer(k).pttl(k);
    const res = (await pipe.exec()) ?? [];
    pairs = keys.map((_, i) => {
      const [e1, payload] = res[2 * i];
      const [e2, pttl] = res[2 * i + 1];
      if (e1 || e2) throw e1 ?? e2;
      return [payload as Buffer | null, Number(pttl)];
    });
  }
  const out: Entry[] = [];
  pairs.forEach(([payload, pttl], i) => {
    if (payload && payload.length && pttl !== -2) out.push({ key: keys[i], payload, ttl: Math.max(0, pttl) });
  });
  return out;
}

async function writeBatch(dst: RedisConn, j: Journal, p: Params, entries: Entry[]): Promise<void> {
  const keys = [j.added, j.old, j.oldExpiry, j.meta, ...entries.map((e) => e.key)];
  const args: (string | Buffer | number)[] = [p.onExisting, p.journalTtlMs];
  for (const e of entries) args.push(e.ttl, e.payload);
  try {
    await runScript(dst.redis, COPY_BATCH, keys, args);
  } catch (err) {
    const m = /CUTOVER_EXISTS ([\s\S]*)$/.exec(err instanceof Error ? err.message : '');
    if (m) {
      throw ApplicationFailure.nonRetryable(
        `${dst.where}: key ${showKey(m[1])} already exists in the target and this run did not write it; ` +
          'empty the target first or set onExisting: overwrite (overwritten keys are restored on rollback)',
        'RedisTargetConflict',
      );
    }
    throw err;
  }
}

export async function redisCopyKeys(input: StepInput): Promise<StepOutput> {
  const { ctx, step } = input;
  const p = params(step.params);
  const j = journalFor(ctx, step.id);
  let src: RedisConn | undefined;
  let dst: RedisConn | undefined;
  try {
    src = await openRedis(input, 'source');
    dst = await openRedis(input, 'target');
    const s = src;
    const d = dst;
    if (s.identity === d.identity) {
      throw ApplicationFailure.nonRetryable(`step ${step.id}: source and target are the same database (${s.url})`, 'PlanError');
    }
    const resumed = resumeFrom<RedisCopyCheckpoint>();
    const cp: RedisCopyCheckpoint = resumed ? { ...resumed } : { phase: 'copy', cursor: '0', keys: 0, batches: 0, checked: 0, missing: 0, done: 0, unit: 'keys' };
    if (p.pattern === '*') cp.total = await s.redis.dbsize();
    const attempt = { keys: 0, batches: 0 };

    if (cp.phase === 'copy') {
      await d.redis.hset(j.meta, { run: ctx.runId, step: step.id, workflow: ctx.workflowId, source: s.url, pattern: p.pattern });
      await d.redis.hsetnx(j.meta, 'started', new Date().toISOString());
      await d.redis.pexpire(j.meta, p.journalTtlMs);
      const mode = { script: true };
      const read = async (cursor: string) => {
        const page = await scanPage(s.redis, cursor, p.pattern, p.batchSize);
        return { next: page.next, entries: await dumpAll(s.redis, page.keys, mode) };
      };
      let next = read(cp.cursor);
      try {
        for (;;) {
          const page = await next;
          const more = page.next !== '0';
          if (more) {
            next = read(page.next);
            next.catch(() => undefined); // awaited in the next turn or below
          }
          await throwIfCancelled();
          if (page.entries.length) {
            await writeBatch(d, j, p, page.entries);
            cp.keys += page.entries.length;
            cp.batches++;
            attempt.keys += page.entries.length;
            attempt.batches++;
          }
          cp.cursor = page.next;
          cp.done = cp.keys;
          progress({ ...cp });
          if (!more) break;
        }
      } finally {
        await next.catch(() => undefined);
      }
      if (cp.keys === 0 && !p.allowEmpty) {
        await d.redis.del(j.meta);
        throw ApplicationFailure.nonRetryable(
          `${s.where}: nothing to copy: no key matches ${JSON.stringify(p.pattern)} (set allowEmpty: true if that is expected)`,
          'RedisNothingToCopy',
        );
      }
      Object.assign(cp, { phase: 'verify', cursor: '0', checked: 0, missing: 0, done: 0, total: cp.keys });
      progress({ ...cp });
    }

    const verified = await verifyKeys({
      source: s,
      target: d,
      pattern: p.pattern,
      count: p.batchSize,
      sample: p.sample,
      ttlToleranceMs: p.ttlToleranceMs,
      from: cp.cursor,
      onPage: (cursor, checked) => {
        cp.cursor = cursor;
        cp.checked += checked;
        cp.done = cp.checked;
        progress({ ...cp });
      },
      what: `step ${step.id}: ${s.url} → ${d.url}`,
    });

    const [created, overwritten] = await Promise.all([d.redis.scard(j.added), d.redis.hlen(j.old)]);
    return {
      source: { target: String(step.params.source), url: s.url },
      target: { target: String(step.params.target), url: d.url },
      pattern: p.pattern,
      keys: created + overwritten,
      created,
      overwritten,
      batchSize: p.batchSize,
      batches: cp.batches,
      thisAttempt: attempt,
      verification: { sourceKeys: cp.checked, ...verified },
      journal: j.meta.replace(/meta$/, '*'),
      resumedFrom: resumed ? { phase: resumed.phase, keys: resumed.keys, checked: resumed.checked } : null,
    };
  } catch (err) {
    throw classify(err, dst ? dst.where : src ? src.where : `step ${step.id}`);
  } finally {
    src?.redis.disconnect();
    dst?.redis.disconnect();
  }
}

/** Deletes the keys this run created and restores the ones it overwrote (from the journal); twice = once. */
export async function redisCopyKeysUndo(input: UndoInput): Promise<StepOutput> {
  const { ctx, step } = input;
  const batch = String(Number(step.params.batchSize ?? 1000));
  const j = journalFor(ctx, step.id);
  let d: RedisConn | undefined;
  try {
    d = await openRedis(input, 'target');
    const r = d.redis;
    const found = (await r.exists(j.meta, j.added, j.old)) > 0;
    const done = { deleted: 0, restored: 0, expiredMeanwhile: 0 };
    for (;;) {
      await throwIfCancelled();
      const [taken, deleted] = (await runScript(r, UNDO_CREATED, [j.added], [batch])) as [number, number];
      if (taken === 0) break;
      done.deleted += deleted;
      progress({ phase: 'delete', ...done });
    }
    for (;;) {
      await throwIfCancelled();
      const [taken, restored] = (await runScript(r, UNDO_OVERWRITTEN, [j.old, j.oldExpiry], [batch])) as [number, number];
      done.restored += restored;
      done.expiredMeanwhile += taken - restored;
      progress({ phase: 'restore', ...done });
      if ((await r.hlen(j.old)) === 0) break;
    }
    await r.del(j.added, j.old, j.oldExpiry, j.meta);
    return {
      journal: j.meta.replace(/meta$/, '*'),
      found,
      ...done,
      ...(found ? {} : { note: 'no journal in the target: this run wrote nothing there, or its journal expired (journalTtl)' }),
    };
  } catch (err) {
    throw classify(err, d ? `${d.where} (undo)` : `step ${step.id} (undo)`);
  } finally {
    d?.redis.disconnect();
  }
}
