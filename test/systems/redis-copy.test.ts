// redis.copyKeys between the stack's two Redis servers (redis → redis2). Every test works under a
// key prefix of its own and removes its keys (and this run's journal) afterwards.
import { after, afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { type RedisCopyCheckpoint } from '../../src/systems/redis/copy';
import type { StepInput } from '../../src/kit/context';
import { failure } from '../helpers/failures';
import { client, copyInput, countKeys, dump, prefix, redisUrls, runActivity, wipe } from './redis-fixtures';
import { kindActivity } from '../helpers/kinds';

const redisCopyKeys = kindActivity('redis.copyKeys');
const redisCopyKeysUndo = kindActivity('redis.copyKeys.undo');

const urls = redisUrls();
const src = client(urls.source);
const dst = client(urls.target);
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
after(() => {
  src.disconnect();
  dst.disconnect();
});

/** A prefix for one test; its keys, and the journals of the runs given later, are wiped afterwards. */
function keyspace(name: string): string {
  const p = prefix(name);
  cleanups.push(async () => {
    await wipe(src, `${p}*`);
    await wipe(dst, `${p}*`);
  });
  return p;
}
const undoLater = (input: StepInput) => cleanups.push(async () => void (await runActivity(redisCopyKeysUndo, input)));
const journalKeys = (input: StepInput) => countKeys(dst, `cutover:copy:{${input.ctx.runId}:*`);

/** One key of each type, TTLs on some, binary names and values, a large value. */
async function seed(p: string, extra = 0): Promise<void> {
  const bin = Buffer.concat([Buffer.from(p), Buffer.from([0x00, 0xff, 0xfe, 0x0a])]);
  await src
    .pipeline()
    .set(`${p}str`, 'plain')
    .set(`${p}ttl`, 'expires', 'EX', 3600)
    .set(bin, Buffer.from([0, 1, 2, 255]))
    .set(`${p}big`, 'x'.repeat(1_000_000))
    .hset(`${p}hash`, { a: '1', b: 'two', 'ü ✓': Buffer.from([0, 0]) })
    .pexpire(`${p}hash`, 7_200_000)
    .rpush(`${p}list`, 'a', 'b', 'a', '')
    .sadd(`${p}set`, 'x', 'y', 'z')
    .zadd(`${p}zset`, 1.5, 'one', -2, 'two', 1e20, 'big')
    .xadd(`${p}stream`, '1-1', 'f', 'v')
    .xadd(`${p}stream`, '2-1', 'g', 'w')
    .exec();
  for (let i = 0; i < extra; i += 1000) {
    const pipe = src.pipeline();
    for (let k = i; k < Math.min(extra, i + 1000); k++) pipe.set(`${p}n:${k}`, `value-${k}`);
    await pipe.exec();
  }
}

describe('redis.copyKeys', () => {
  it('copies every type exactly, binary names included, with TTLs kept; only keys matching the pattern', async () => {
    const p = keyspace('types');
    const other = keyspace('other');
    await seed(p, 500);
    await src.set(`${other}x`, 'not selected');
    const input = copyInput({ pattern: `${p}*`, batchSize: 50, sample: 1000 });
    undoLater(input);
    const out = await runActivity(redisCopyKeys, input);

    assert.equal(out.keys, 509);
    assert.equal(out.created, 509);
    assert.equal(out.overwritten, 0);
    assert.equal(out.resumedFrom, null);
    const v = out.verification as { sourceKeys: number; sampled: number; ttlMaxDriftMs: number };
    assert.equal(v.sourceKeys, 509);
    assert.equal(v.sampled, 509);
    assert.ok(v.ttlMaxDriftMs < 2000);
    assert.deepEqual(await dump(dst, `${p}*`), await dump(src, `${p}*`));
    const [a, b] = await Promise.all([src.pttl(`${p}ttl`), dst.pttl(`${p}ttl`)]);
    assert.ok(b > 3_590_000 && Math.abs(a - b) < 2000, `TTL kept (${a} vs ${b})`);
    assert.equal(await dst.pttl(`${p}str`), -1);
    assert.equal(await countKeys(dst, `${other}*`), 0);
  });

  it('running the same step twice gives one copy', async () => {
    const p = keyspace('twice');
    await seed(p, 300);
    const input = copyInput({ pattern: `${p}*`, batchSize: 40 });
    undoLater(input);
    await runActivity(redisCopyKeys, input);
    const again = await runActivity(redisCopyKeys, input);
    assert.equal(again.keys, 309);
    assert.equal(again.created, 309);
    assert.equal(await countKeys(dst, `${p}*`), 309);
    assert.deepEqual(await dump(dst, `${p}*`), await dump(src, `${p}*`));
  });

  it('a source that refuses scripts (ACL) is read with SCAN and pipelined DUMP + PTTL: the same copy', async () => {
    const p = keyspace('noscript');
    await seed(p, 300);
    const user = `cutover-noscript-${p.split(':')[2]}`;
    await src.call('ACL', 'SETUSER', user, 'reset', 'on', '>pw', '~*', '+@all', '-@scripting');
    try {
      const input = copyInput({ pattern: `${p}*`, batchSize: 40, sample: 1000 });
      input.ctx.targets.cache = { kind: 'redis', url: urls.source.replace('redis://', `redis://${user}:pw@`) };
      undoLater(input);
      const out = await runActivity(redisCopyKeys, input);
      assert.equal(out.created, 309);
      assert.deepEqual(await dump(dst, `${p}*`), await dump(src, `${p}*`));
      const [a, b] = await Promise.all([src.pttl(`${p}ttl`), dst.pttl(`${p}ttl`)]);
      assert.ok(b > 3_590_000 && Math.abs(a - b) < 2000, `TTL kept (${a} vs ${b})`);
    } finally {
      await src.call('ACL', 'DELUSER', user);
    }
  });

  it('a failure on the source names the source, not the target', async () => {
    const p = keyspace('blame');
    await seed(p, 20);
    const user = `cutover-nodump-${p.split(':')[2]}`;
    await src.call('ACL', 'SETUSER', user, 'reset', 'on', '>pw', '~*', '+@all', '-@scripting', '-dump');
    try {
      const input = copyInput({ pattern: `${p}*` });
      input.ctx.targets.cache = { kind: 'redis', url: urls.source.replace('redis://', `redis://${user}:pw@`) };
      undoLater(input);
      const err = await failure(runActivity(redisCopyKeys, input));
      assert.equal(err.type, 'RedisNoPermission');
      assert.match(err.message, /^step copy-cache: source cache \(redis:\/\/127\.0\.0\.1:\d+\/0\): NOPERM .*'dump'/);
    } finally {
      await src.call('ACL', 'DELUSER', user);
    }
  });

  it('compensation deletes what the run created, restores what it overwrote (with its TTL), leaves other keys alone; twice = once', async () => {
    const p = keyspace('undo');
    await seed(p, 100);
    // The target already has: a key the source also has (to be overwritten), with a TTL; one the
    // source does not have under the same prefix; and another run's key.
    await dst.set(`${p}n:7`, 'target value', 'PX', 600_000);
    await dst.hset(`${p}hash`, { only: 'target' });
    await dst.set(`${p}mine`, 'keep');
    const before = await dump(dst, `${p}*`);
    const ttlBefore = await dst.pttl(`${p}n:7`);

    const input = copyInput({ pattern: `${p}*`, batchSize: 30, onExisting: 'overwrite' });
    undoLater(input);
    const out = await runActivity(redisCopyKeys, input);
    assert.equal(out.created, 107);
    assert.equal(out.overwritten, 2);
    assert.equal(await dst.get(`${p}n:7`), 'value-7');
    assert.equal(await dst.pttl(`${p}n:7`), -1, 'the copy carries the source TTL (none)');
    assert.equal(await dst.get(`${p}mine`), 'keep');

    const undo = await runActivity(redisCopyKeysUndo, input);
    assert.deepEqual(undo, { journal: `cutover:copy:{${input.ctx.runId}:copy-cache}:*`, found: true, deleted: 107, restored: 2, expiredMeanwhile: 0 });
    assert.deepEqual(await dump(dst, `${p}*`), before);
    const ttlAfter = await dst.pttl(`${p}n:7`);
    assert.ok(ttlAfter <= ttlBefore && ttlBefore - ttlAfter < 5000, `the remaining TTL is restored (${ttlBefore} → ${ttlAfter})`);
    assert.equal(await journalKeys(input), 0, 'the journal is gone');
    const twice = await runActivity(redisCopyKeysUndo, input);
    assert.equal(twice.found, false);
    assert.equal(twice.deleted, 0);
    assert.deepEqual(await dump(dst, `${p}*`), before);
  });

  it('refuses to overwrite a key it did not write (onExisting: fail)', async () => {
    const p = keyspace('conflict');
    await seed(p);
    await dst.set(`${p}set`, 'already here');
    const input = copyInput({ pattern: `${p}*`, batchSize: 1000 });
    undoLater(input);
    const err = await failure(runActivity(redisCopyKeys, input));
    assert.equal(err.type, 'RedisTargetConflict');
    assert.equal(err.nonRetryable, true);
    assert.match(err.message, new RegExp(`^step copy-cache: target newCache \\(redis://127\\.0\\.0\\.1:\\d+/0\\): key "${p}set" already exists in the target`));
    assert.equal(await dst.get(`${p}set`), 'already here', 'the conflicting key is left alone');
    // Pages before the conflicting one may have been written (the source's keyspace decides how
    // SCAN pages fall); the compensation removes exactly those.
    await runActivity(redisCopyKeysUndo, input);
    assert.deepEqual(Object.keys(await dump(dst, `${p}*`)), [Buffer.from(`${p}set`).toString('hex')]);
    assert.equal(await dst.get(`${p}set`), 'already here');
  });

  it('a key expiring during the copy is no difference', async () => {
    const p = keyspace('expiring');
    await seed(p, 200);
    await src.set(`${p}short`, 'soon gone', 'PX', 150);
    const input = copyInput({ pattern: `${p}*`, batchSize: 20, sample: 1000 });
    undoLater(input);
    const env = new MockActivityEnvironment({}, { logger: new DefaultLogger('ERROR') });
    let slowed = false;
    env.on('heartbeat', () => {
      if (!slowed) {
        slowed = true;
        const until = Date.now() + 200;
        while (Date.now() < until); // hold the copy until the short key has expired
      }
    });
    const out = (await env.run(redisCopyKeys, input)) as Record<string, unknown>;
    assert.ok(Number(out.keys) >= 209);
    assert.equal(await dst.exists(`${p}short`), 0);
  });

  it('time between reading a page and writing it does not lengthen TTLs (a stalled worker)', async () => {
    const p = keyspace('stall');
    const pipe = src.pipeline();
    for (let k = 0; k < 300; k++) pipe.set(`${p}k:${k}`, `v${k}`, 'PX', 60_000);
    await pipe.exec();
    const input = copyInput({ pattern: `${p}*`, batchSize: 20 });
    undoLater(input);
    const env = new MockActivityEnvironment({}, { logger: new DefaultLogger('ERROR') });
    let stalled = false;
    env.on('heartbeat', () => {
      if (stalled) return;
      stalled = true;
      // Pages already read (their PTTLs measured) wait a second here before they are written.
      const until = Date.now() + 1000;
      while (Date.now() < until);
    });
    await env.run(redisCopyKeys, input);
    const keys = Array.from({ length: 300 }, (_, k) => `${p}k:${k}`);
    const pttls = (r: typeof src) => Promise.all(keys.map((k) => r.pttl(k)));
    const [a, b] = await Promise.all([pttls(src), pttls(dst)]);
    const late = Math.max(...b.map((t, i) => t - a[i]));
    assert.ok(b.every((t) => t > 0), 'every copy keeps a TTL');
    // Relative TTLs carried across the stall would make some copies outlive their source by ~1 s.
    assert.ok(late < 300, `a copy outlives its source key by ${late} ms`);
  });

  it('verification fails when values change under the copy', async () => {
    const p = keyspace('changed');
    await seed(p, 300);
    const input = copyInput({ pattern: `${p}n:*`, batchSize: 50, sample: 1000 });
    undoLater(input);
    const env = new MockActivityEnvironment({}, { logger: new DefaultLogger('ERROR') });
    let changed: Promise<unknown> | undefined;
    env.on('heartbeat', (cp: RedisCopyCheckpoint) => {
      // After the first page with keys is written: every source value changes; that page's copies are stale.
      if (changed || cp.keys === 0) return;
      const pipe = src.pipeline();
      for (let k = 0; k < 300; k++) pipe.set(`${p}n:${k}`, `changed-${k}`);
      changed = pipe.exec();
    });
    const err = await failure(env.run(redisCopyKeys, input));
    await changed;
    assert.equal(err.type, 'RedisCopyMismatch');
    assert.equal(err.nonRetryable, true);
    assert.match(err.message, /copy verification failed: key "t:changed:\w+:n:\d+" differs \(string in the source, string in the target\)/);
  });

  it('verification finds a key missing from the target (resumed at the verify phase)', async () => {
    const p = keyspace('missing');
    await seed(p, 50);
    const input = copyInput({ pattern: `${p}*`, batchSize: 10 });
    undoLater(input);
    const env = new MockActivityEnvironment({}, { logger: new DefaultLogger('ERROR') });
    let at: RedisCopyCheckpoint | undefined;
    env.on('heartbeat', (cp: RedisCopyCheckpoint) => {
      if (cp.phase === 'verify' && !at) {
        at = cp;
        env.cancel();
      }
    });
    await assert.rejects(env.run(redisCopyKeys, input), (e: Error) => e.name === 'CancelledFailure');
    assert.ok(at);
    await dst.del(`${p}n:13`);
    const err = await failure(runActivity(redisCopyKeys, input, at));
    assert.equal(err.type, 'RedisCopyMismatch');
    assert.match(err.message, new RegExp(`key "${p}n:13" is missing from the target`));
  });

  describe('bad input', () => {
    it('a pattern that matches nothing is a clear, non-retryable error unless allowed', async () => {
      const p = keyspace('none');
      const input = copyInput({ pattern: `${p}*` });
      const err = await failure(runActivity(redisCopyKeys, input));
      assert.equal(err.type, 'RedisNothingToCopy');
      assert.equal(err.nonRetryable, true);
      assert.match(err.message, new RegExp(`^step copy-cache: source cache \\(redis://127\\.0\\.0\\.1:\\d+/0\\): nothing to copy: no key matches "${p}\\*"`));
      assert.equal(await journalKeys(input), 0);
      const ok = await runActivity(redisCopyKeys, copyInput({ pattern: `${p}*`, allowEmpty: true }));
      assert.equal(ok.keys, 0);
    });

    it('wrong credentials are non-retryable, without the password in the message', async () => {
      const input = copyInput({ pattern: 'x*' });
      input.ctx.targets.newCache = { kind: 'redis', url: urls.target.replace('redis://', 'redis://nobody:s3cret@') };
      const err = await failure(runActivity(redisCopyKeys, input));
      assert.equal(err.type, 'RedisAuthError');
      assert.equal(err.nonRetryable, true);
      assert.match(err.message, /^step copy-cache: target newCache \(redis:\/\/127\.0\.0\.1:\d+\/0\): authentication failed: WRONGPASS/);
      assert.doesNotMatch(err.message, /s3cret/);
    });

    it('an unreachable server is retryable', async () => {
      const input = copyInput({ pattern: 'x*' });
      input.ctx.targets.cache = { kind: 'redis', url: 'redis://127.0.0.1:1' };
      const err = await failure(runActivity(redisCopyKeys, input));
      assert.equal(err.type, 'RedisUnreachable');
      assert.equal(err.nonRetryable, false);
      assert.match(err.message, /^step copy-cache: source cache \(redis:\/\/127\.0\.0\.1:1\/0\): server unreachable: .*ECONNREFUSED/);
    });

    it('the same database on both sides, or a database that does not exist, is a plan mistake', async () => {
      const same = copyInput({ pattern: 'x*' });
      same.ctx.targets.newCache = same.ctx.targets.cache;
      let err = await failure(runActivity(redisCopyKeys, same));
      assert.equal(err.type, 'PlanError');
      assert.match(err.message, /source and target are the same database/);
      const bad = copyInput({ pattern: 'x*' });
      bad.ctx.targets.newCache = { kind: 'redis', url: `${urls.target}/999` };
      err = await failure(runActivity(redisCopyKeys, bad));
      assert.equal(err.type, 'PlanError');
      assert.match(err.message, /DB index is out of range/);
    });
  });
});
