// redis.invalidate: deletes the keys matching a pattern, page by page (SCAN MATCH, then UNLINK,
// which frees memory off the main thread; DEL where UNLINK is unknown). The SCAN cursor is
// heartbeated, so a retry continues where the last attempt stopped; deleting twice is harmless.
// cutover's own copy journals are never deleted (a rollback needs them).
//
// Not undoable: the deleted values are not kept, and bringing back stale cache entries is rarely
// what a rollback wants. The kind declares no compensation.
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput, StepOutput } from '../../kit/context';
import type { RedisInvalidateParams } from './kinds';
import { progress, resumeFrom, throwIfCancelled } from '../../kit/checkpoint';
import { withRedis } from './connection';
import { scanPage } from './scan';

export interface InvalidateCheckpoint {
  cursor: string;
  matched: number;
  deleted: number;
  batches: number;
}

export async function redisInvalidate(input: KindInput<RedisInvalidateParams>): Promise<StepOutput> {
  const { step, params: p } = input;
  const { pattern, batchSize: batch } = p;
  if (pattern === '*' && !p.allowAll) {
    throw ApplicationFailure.nonRetryable(`step ${step.id}: pattern "*" deletes every key: set allowAll: true if that is meant`, 'PlanError');
  }
  return withRedis(input, 'target', async (t) => {
    const resumed = resumeFrom<InvalidateCheckpoint>();
    const cp: InvalidateCheckpoint = resumed ? { ...resumed } : { cursor: '0', matched: 0, deleted: 0, batches: 0 };
    let unlink = true;
    do {
      await throwIfCancelled();
      const page = await scanPage(t.redis, cp.cursor, pattern, batch);
      if (page.keys.length) {
        let n: number;
        try {
          n = unlink ? await t.redis.unlink(...page.keys) : await t.redis.del(...page.keys);
        } catch (err) {
          if (!unlink || !/unknown command/i.test(err instanceof Error ? err.message : '')) throw err;
          unlink = false; // Redis before 4.0
          n = await t.redis.del(...page.keys);
        }
        cp.matched += page.keys.length;
        cp.deleted += n;
        cp.batches++;
      }
      cp.cursor = page.next;
      progress({ ...cp });
    } while (cp.cursor !== '0');
    if (cp.matched === 0 && p.requireMatch) {
      throw ApplicationFailure.nonRetryable(`${t.where}: no key matches ${JSON.stringify(pattern)}`, 'RedisNothingMatched');
    }
    return { target: p.target, url: t.url, pattern, deleted: cp.deleted, batches: cp.batches, resumedFrom: resumed ? { deleted: resumed.deleted } : null };
  });
}
