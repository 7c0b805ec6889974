// redis.copyKeys and its compensation. The source is read a page at a time (read.ts: SCAN MATCH
// with COUNT = batchSize, then DUMP + PTTL of its keys, in one round trip); each page is written to
// the target by one Lua script that journals and RESTOREs … REPLACE every key (journal.ts). After
// each page the SCAN cursor is heartbeated; a retry continues from it. SCAN may return a key twice:
// RESTORE … REPLACE and the journal make that harmless. Then verify.ts checks the copy.
import { ApplicationFailure } from '@temporalio/common';
import { durationMs } from '../../kit/fields';
import type { KindInput, StepOutput, UndoKindInput } from '../../kit/context';
import type { RedisCopyKeysParams } from './kinds';
import { progress, resumeFrom, throwIfCancelled } from '../../kit/checkpoint';
import { orderedWrites } from '../../kit/ordered-writes';
import { classify, on, openRedis, showKey, type RedisConn } from './connection';
import { COPY_BATCH, UNDO_CREATED, UNDO_OVERWRITTEN, journalFor, runScript, type Journal } from './key-journal';
import { restoreTtl, sourceReader, type Entry, type SourcePage } from './read';
import { verifyKeys } from './verify';

/** Pages being written at once; more gains nothing once the target is always busy. */
const WRITES_IN_FLIGHT = 3;

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

type Params = RedisCopyKeysParams & { ttlToleranceMs: number; journalTtlMs: number };

async function writeBatch(dst: RedisConn, j: Journal, p: Params, entries: Entry[]): Promise<void> {
  const keys = [j.added, j.old, j.oldExpiry, j.meta, ...entries.map((e) => e.key)];
  const now = performance.now();
  const ttls = entries.flatMap((e, i) => (e.expiresAt ? [`${i + 1}:${restoreTtl(e.expiresAt, now)}`] : [])).join(' ');
  const args: (string | Buffer | number)[] = [p.onExisting, p.journalTtlMs, ttls, ...entries.map((e) => e.payload)];
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

export async function redisCopyKeys(input: KindInput<RedisCopyKeysParams>): Promise<StepOutput> {
  const { ctx, step } = input;
  const p: Params = { ...input.params, ttlToleranceMs: durationMs(input.params.ttlTolerance), journalTtlMs: durationMs(input.params.journalTtl) };
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
      const reader = sourceReader(s.redis, p.pattern, p.batchSize);
      const read = (cursor: string) => on(s, reader(cursor));
      // The next page is read while up to WRITES_IN_FLIGHT pages are written: the target never waits
      // for the worker. Writes go on one connection, so the target applies them in page order; the
      // cursor follows page order too (ordered-writes.ts).
      const inFlight = orderedWrites<SourcePage>(WRITES_IN_FLIGHT, (page) => {
        if (page.entries.length) {
          cp.keys += page.entries.length;
          cp.batches++;
          attempt.keys += page.entries.length;
          attempt.batches++;
        }
        cp.cursor = page.next;
        cp.done = cp.keys;
        progress({ ...cp });
      });
      let next: Promise<SourcePage> | undefined = read(cp.cursor);
      try {
        while (next) {
          const page: SourcePage = await next;
          next = page.next !== '0' ? read(page.next) : undefined;
          next?.catch(() => undefined); // awaited in the next turn or below
          await throwIfCancelled();
          inFlight.add(page, page.entries.length ? writeBatch(d, j, p, page.entries) : Promise.resolve());
          await inFlight.room();
        }
        await inFlight.drain();
      } finally {
        await Promise.allSettled([next, inFlight.settle()]);
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
      source: { target: p.source, url: s.url },
      target: { target: p.target, url: d.url },
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
export async function redisCopyKeysUndo(input: UndoKindInput<RedisCopyKeysParams>): Promise<StepOutput> {
  const { ctx, step } = input;
  const batch = String(input.params.batchSize);
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
