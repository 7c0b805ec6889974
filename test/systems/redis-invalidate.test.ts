// redis.invalidate on the stack's Redis: deletes by pattern, resumes from its cursor, leaves
// everything else (and cutover's copy journals) alone.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { type InvalidateCheckpoint } from '../../src/systems/redis/invalidate';
import { kindDef } from '../../src/registry';
import { failure } from '../helpers/failures';
import { client, countKeys, prefix, redisUrls, runActivity, stepInput, wipe } from './redis-fixtures';
import { kindActivity } from '../helpers/kinds';

const redisInvalidate = kindActivity('redis.invalidate');

const r = client(redisUrls().source);
const used: string[] = [];
after(async () => {
  for (const p of used) await wipe(r, `${p}*`);
  r.disconnect();
});

const invalidate = (params: Record<string, unknown>) =>
  stepInput('redis.invalidate', { target: 'cache', batchSize: 1000, allowAll: false, requireMatch: false, ...params }, { id: 'flush-pages' });

async function fill(p: string, n: number, sub = 'page'): Promise<void> {
  for (let i = 0; i < n; i += 5000) {
    const pipe = r.pipeline();
    for (let k = i; k < Math.min(n, i + 5000); k++) pipe.set(`${p}${sub}:${k}`, 'cached', 'EX', 600);
    await pipe.exec();
  }
}

describe('redis.invalidate', () => {
  it('deletes the keys matching the pattern and nothing else', async () => {
    const p = prefix('inv');
    used.push(p);
    await fill(p, 3000);
    await fill(p, 20, 'session');
    await r.set(`cutover:copy:{${p}}:new`, 'a journal'); // matches no page pattern, but must survive even "*"-like patterns
    const out = await runActivity(redisInvalidate, invalidate({ pattern: `${p}page:*`, batchSize: 500 }));
    assert.equal(out.deleted, 3000);
    assert.equal(await countKeys(r, `${p}page:*`), 0);
    assert.equal(await countKeys(r, `${p}session:*`), 20);

    // A pattern that also matches the journal: the journal stays.
    const all = await runActivity(redisInvalidate, invalidate({ pattern: `cutover:copy:{${p}}*` }));
    assert.equal(all.deleted, 0);
    assert.equal(await r.exists(`cutover:copy:{${p}}:new`), 1);
    await r.del(`cutover:copy:{${p}}:new`);
  });

  it('resumes from its cursor; deleting twice is harmless', async () => {
    const p = prefix('inv-resume');
    used.push(p);
    await fill(p, 20_000);
    const input = invalidate({ pattern: `${p}*`, batchSize: 1000 });
    const env = new MockActivityEnvironment({}, { logger: new DefaultLogger('ERROR') });
    let last: InvalidateCheckpoint | undefined;
    env.on('heartbeat', (cp: InvalidateCheckpoint) => {
      last = cp;
      if (cp.batches === 5) env.cancel();
    });
    await assert.rejects(env.run(redisInvalidate, input), (e: Error) => e.name === 'CancelledFailure');
    assert.ok(last && last.deleted > 0 && last.deleted < 20_000);
    const left = await countKeys(r, `${p}*`);
    assert.equal(left, 20_000 - last.deleted);
    const out = await runActivity(redisInvalidate, input, last);
    assert.equal(Number(out.deleted), 20_000, 'the total over both attempts');
    assert.deepEqual(out.resumedFrom, { deleted: last.deleted });
    assert.equal(await countKeys(r, `${p}*`), 0);
    const again = await runActivity(redisInvalidate, input);
    assert.equal(again.deleted, 0);
  });

  it('a pattern that matches nothing succeeds, or fails clearly with requireMatch', async () => {
    const p = prefix('inv-none');
    const ok = await runActivity(redisInvalidate, invalidate({ pattern: `${p}*` }));
    assert.equal(ok.deleted, 0);
    const err = await failure(runActivity(redisInvalidate, invalidate({ pattern: `${p}*`, requireMatch: true })));
    assert.equal(err.type, 'RedisNothingMatched');
    assert.equal(err.nonRetryable, true);
    assert.match(err.message, /^step flush-pages: target cache \(redis:\/\/127\.0\.0\.1:\d+\/0\): no key matches "t:inv-none:\w+:\*"$/);
  });

  it('"*" must be asked for explicitly, and the kind has no undo', async () => {
    const kind = kindDef('redis.invalidate')!;
    assert.equal(kind.params.safeParse({ target: 'cache', pattern: '*' }).success, false);
    assert.equal(kind.params.safeParse({ target: 'cache', pattern: '*', allowAll: true }).success, true);
    assert.equal(kind.undo, undefined);
    const err = await failure(runActivity(redisInvalidate, invalidate({ pattern: '*' })));
    assert.equal(err.type, 'PlanError');
  });

  it('an unreachable server is retryable', async () => {
    const input = invalidate({ pattern: 'x:*' });
    input.ctx.targets.cache = { kind: 'redis', url: 'redis://127.0.0.1:1' };
    const err = await failure(runActivity(redisInvalidate, input));
    assert.equal(err.type, 'RedisUnreachable');
    assert.equal(err.nonRetryable, false);
  });
});
