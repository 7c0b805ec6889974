// redis.copyKeys resumes from its heartbeated SCAN cursor: 200,000 keys, interrupted mid-way and
// resumed with the last checkpoint as the next attempt's heartbeat details (what the worker hands a
// retry). The kill -9 of a real worker is exercised at the workflow level.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { type RedisCopyCheckpoint } from '../../src/systems/redis/copy';
import type { StepInput } from '../../src/kit/context';
import { client, copyInput, countKeys, prefix, redisUrls, runActivity, wipe } from './redis-fixtures';
import { kindActivity } from '../helpers/kinds';

const redisCopyKeys = kindActivity('redis.copyKeys');
const redisCopyKeysUndo = kindActivity('redis.copyKeys.undo');

const KEYS = 200_000;
const urls = redisUrls();
const src = client(urls.source);
const dst = client(urls.target);
const p = prefix('resume');
const name = (i: number) => `${p}k:${i}`;

before(async () => {
  // Pipelined writes: strings (a tenth with a TTL) and a tenth hashes.
  for (let i = 0; i < KEYS; i += 10_000) {
    const pipe = src.pipeline();
    for (let k = i; k < i + 10_000; k++) {
      if (k % 10 === 0) pipe.hset(name(k), { a: String(k), b: 'x'.repeat(k % 50) });
      else if (k % 10 === 1) pipe.set(name(k), `ttl-${k}`, 'EX', 3600);
      else pipe.set(name(k), `v-${k}`);
    }
    await pipe.exec();
  }
});
after(async () => {
  await wipe(src, `${p}*`);
  await wipe(dst, `${p}*`);
  src.disconnect();
  dst.disconnect();
});

async function interrupted(input: StepInput, details: RedisCopyCheckpoint | undefined, stop: (cp: RedisCopyCheckpoint) => boolean): Promise<RedisCopyCheckpoint> {
  const env = new MockActivityEnvironment({ heartbeatDetails: details }, { logger: new DefaultLogger('ERROR') });
  let last: RedisCopyCheckpoint | undefined;
  env.on('heartbeat', (cp: RedisCopyCheckpoint) => {
    last = cp;
    if (stop(cp)) env.cancel();
  });
  await assert.rejects(env.run(redisCopyKeys, input), (e: Error) => e.name === 'CancelledFailure');
  assert.ok(last, 'the copy reported a checkpoint');
  return last;
}

/** Every source key has its value in the target (pipelined reads, 10,000 at a time). */
async function differences(): Promise<number> {
  let diff = 0;
  for (let i = 0; i < KEYS; i += 10_000) {
    const read = (r: typeof src) => {
      const pipe = r.pipeline();
      for (let k = i; k < i + 10_000; k++) (k % 10 === 0 ? pipe.hgetall(name(k)) : pipe.get(name(k))).pttl(name(k));
      return pipe.exec();
    };
    const [a, b] = await Promise.all([read(src), read(dst)]);
    for (let j = 0; j < a!.length; j += 2) {
      const same = JSON.stringify(a![j][1]) === JSON.stringify(b![j][1]) && (Number(a![j + 1][1]) < 0) === (Number(b![j + 1][1]) < 0);
      if (!same) diff++;
    }
  }
  return diff;
}

describe('redis.copyKeys resume (200,000 keys)', () => {
  it('resumes past its checkpoint, replays lost heartbeats harmlessly, resumes verification, and ends equal', async () => {
    const input = copyInput({ pattern: `${p}*`, batchSize: 1000 });
    const seen: RedisCopyCheckpoint[] = [];
    const first = await interrupted(input, undefined, (cp) => (seen.push(cp), cp.batches === 60));
    assert.equal(first.phase, 'copy');
    assert.ok(first.keys > 30_000 && first.keys < KEYS / 2, `interrupted mid-way (${first.keys} keys)`);
    const fiftieth = seen.find((cp) => cp.batches === 50)!;

    // Attempt 2 starts from page 50's checkpoint, as if the heartbeats of pages 51-60 were lost.
    const resumed: RedisCopyCheckpoint[] = [];
    const second = await interrupted(input, fiftieth, (cp) => (resumed.push(cp), cp.phase === 'verify' && cp.checked > 50_000));
    assert.equal(resumed[0].batches, 51, 'its first page is page 51, not page 1');
    assert.ok(resumed[0].keys - fiftieth.keys <= 2_000);
    assert.equal(second.keys, KEYS, 'every key written once over the attempts (SCAN returned none twice here)');

    // Attempt 3 resumes verification where attempt 2 stopped.
    const out = await runActivity(redisCopyKeys, input, second);
    assert.deepEqual(out.thisAttempt, { keys: 0, batches: 0 });
    assert.deepEqual(out.resumedFrom, { phase: 'verify', keys: KEYS, checked: second.checked });
    assert.equal((out.verification as { sourceKeys: number }).sourceKeys, KEYS);
    assert.equal(out.created, KEYS);
    assert.equal(await countKeys(dst, `${p}*`), KEYS);
    assert.equal(await differences(), 0);
    const undo = await runActivity(redisCopyKeysUndo, input);
    assert.equal(undo.deleted, KEYS);
  });

  it('a copy resumed from its checkpoint writes only what is left; compensation after an interrupted copy removes it all', async () => {
    const input = copyInput({ pattern: `${p}*`, batchSize: 2000 }, { id: 'copy-b' });
    const cp = await interrupted(input, undefined, (c) => c.batches === 40);
    const out = await runActivity(redisCopyKeys, input, cp);
    assert.equal((out.thisAttempt as { keys: number }).keys, KEYS - cp.keys);
    assert.equal(out.keys, KEYS);

    // Another run, interrupted: the compensation (no output) removes exactly its keys.
    await runActivity(redisCopyKeysUndo, input);
    assert.equal(await countKeys(dst, `${p}*`), 0);
    const again = copyInput({ pattern: `${p}*`, batchSize: 2000 }, { id: 'copy-c' });
    const part = await interrupted(again, undefined, (c) => c.batches === 20);
    // Pages in flight when the copy stopped were written but not yet checkpointed: the journal has them too.
    const written = await countKeys(dst, `${p}*`);
    assert.ok(written >= part.keys && written <= part.keys + 3 * 2000, `${written} keys written, ${part.keys} checkpointed`);
    const undo = await runActivity(redisCopyKeysUndo, again);
    assert.equal(undo.deleted, written);
    assert.equal(await countKeys(dst, `${p}*`), 0);
    assert.equal(await countKeys(dst, `cutover:copy:{${again.ctx.runId}:*`), 0);
  });
});
