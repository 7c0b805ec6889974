// Benchmark (not a test): redis.copyKeys against server-side MIGRATE … COPY REPLACE KEYS, same run,
// same servers (the stack's redis → redis2, database 15 on both, which nothing else uses).
//
//   node --expose-gc --import tsx bench/copy-redis.ts [keys=200000] [batch=1000] [rounds=2] [scale=10]
//
// Data: `keys` keys under one prefix, 80% strings of ~100 bytes, 10% strings with a TTL, 10% small
// hashes. The baseline walks the source with SCAN MATCH (COUNT = batch) and moves each page with one
// MIGRATE … COPY REPLACE KEYS: the source server DUMPs and RESTOREs straight into the target, no
// client in between, no journal, no verification. redis.copyKeys does everything it does in
// production (journal and RESTORE in one script per page, heartbeats), then verifies (count + a
// sample of 100): "copy" is until the last page is written, "+verify" the whole step. Then the copy
// runs on `scale` times the keys, to show the worker's memory does not grow with the data. Peak RSS
// is this process's (the copy runs in it), sampled every 20 ms.
import Redis from 'ioredis';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { type RedisCopyCheckpoint } from '../src/systems/redis/copy';
import type { StepInput, StepOutput } from '../src/kit/context';
import { stackEnv } from '../test/helpers/stack';
import { mb, timed } from './measure';
import { kindActivity } from '../test/helpers/kinds';

const redisCopyKeys = kindActivity('redis.copyKeys');

const [keys = 200_000, batch = 1_000, rounds = 2, scale = 10] = process.argv.slice(2).map(Number);
const env = stackEnv();
const DB = 15;
const SRC = `${env.CUTOVER_REDIS_URL}/${DB}`;
const DST = `${env.CUTOVER_REDIS2_URL}/${DB}`;
const P = 'bench:';

async function seed(src: Redis, n: number): Promise<number> {
  await src.flushdb();
  for (let i = 0; i < n; i += 10_000) {
    const pipe = src.pipeline();
    for (let k = i; k < Math.min(n, i + 10_000); k++) {
      if (k % 10 === 0) pipe.hset(`${P}h:${k}`, { id: String(k), name: `name-${k}`, score: String(k * 3) });
      else if (k % 10 === 1) pipe.set(`${P}t:${k}`, `session-${k}-${'s'.repeat(80)}`, 'EX', 3600);
      else pipe.set(`${P}s:${k}`, `value-${k}-${'x'.repeat(90)}`);
    }
    await pipe.exec();
  }
  const info = await src.info('memory');
  return Number(/used_memory_dataset:(\d+)/.exec(info)?.[1] ?? 0);
}

/** SCAN + MIGRATE … COPY REPLACE KEYS per page, server to server. */
async function migrate(src: Redis): Promise<number> {
  const t = new URL(env.CUTOVER_REDIS2_URL);
  let cursor = '0';
  let moved = 0;
  do {
    const [next, page] = await src.scanBuffer(cursor, 'MATCH', `${P}*`, 'COUNT', batch);
    if (page.length) {
      const r = await src.callBuffer('MIGRATE', t.hostname, t.port, '', DB, 60_000, 'COPY', 'REPLACE', 'KEYS', ...page);
      if (String(r) !== 'OK') throw new Error(`MIGRATE answered ${String(r)}`);
      moved += page.length;
    }
    cursor = next.toString();
  } while (cursor !== '0');
  return moved;
}

function copyInput(runId: string): StepInput {
  return {
    ctx: {
      workflowId: 'bench',
      runId,
      planName: 'bench',
      environment: 'bench',
      baseDir: process.cwd(),
      targets: { src: { kind: 'redis', url: SRC }, dst: { kind: 'redis', url: DST } },
    },
    step: {
      id: 'copy',
      kind: 'redis.copyKeys',
      phase: 'migrateData',
      execution: 'activity',
      undo: true,
      params: { source: 'src', target: 'dst', pattern: `${P}*`, batchSize: batch, onExisting: 'fail', sample: 100, ttlTolerance: '2s', journalTtl: '1h', allowEmpty: false },
    },
  };
}

async function copy(n: number) {
  const mock = new MockActivityEnvironment({}, { logger: new DefaultLogger('ERROR') });
  const t0 = performance.now();
  let copyMs = 0;
  mock.on('heartbeat', (cp: RedisCopyCheckpoint) => {
    if (cp.phase === 'verify' && !copyMs) copyMs = performance.now() - t0;
  });
  const r = await timed(() => mock.run(redisCopyKeys, copyInput(`bench-${Date.now()}`)) as Promise<StepOutput>);
  if (r.value.keys !== n) throw new Error(`copy wrote ${String(r.value.keys)} keys, expected ${n}`);
  return { ...r, copyMs };
}

async function main() {
  const src = new Redis(SRC);
  const dst = new Redis(DST);
  const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));
  const out: string[] = [];
  process.stderr.write(`seeding ${keys} keys…\n`);
  const bytes = await seed(src, keys);
  // One unmeasured round of each first, as in copy-mysql.ts: a worker runs long, so the copy is
  // measured with its code compiled, as the servers' MIGRATE always is.
  process.stderr.write('warming up…\n');
  await dst.flushdb();
  await migrate(src);
  await dst.flushdb();
  await copy(keys);
  for (let round = 1; round <= rounds; round++) {
    await dst.flushdb();
    const base = await timed(() => migrate(src));
    if (base.value !== keys) throw new Error(`MIGRATE moved ${base.value} keys, expected ${keys}`);
    await dst.flushdb();
    const c = await copy(keys);
    const b = rate(keys, base.ms);
    out.push(
      `| ${round} | ${keys} | ${mb(bytes)} | ${batch} | ${b} | ${rate(keys, c.copyMs)} (${(rate(keys, c.copyMs) / b).toFixed(2)}×) | ` +
        `${rate(keys, c.ms)} (${(rate(keys, c.ms) / b).toFixed(2)}×) | ${mb(base.peak)} | ${mb(c.peak)} |`,
    );
    process.stderr.write(`${out.at(-1)}\n`);
  }
  const mem: string[] = [];
  for (const n of scale > 1 ? [keys, keys * scale] : [keys]) {
    if (n !== keys) {
      process.stderr.write(`seeding ${n} keys…\n`);
      await seed(src, n);
    }
    await dst.flushdb();
    const c = await copy(n);
    mem.push(`| ${n} | ${batch} | ${rate(n, c.copyMs)} | ${rate(n, c.ms)} | ${mb(c.peak)} |`);
    process.stderr.write(`${mem.at(-1)}\n`);
  }
  await src.flushdb();
  await dst.flushdb();
  src.disconnect();
  dst.disconnect();
  console.log('| round | keys | data (MB) | batch | MIGRATE (keys/s) | copyKeys, copy (keys/s) | copyKeys, +verify (keys/s) | baseline peak RSS (MB) | copyKeys peak RSS (MB) |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const l of out) console.log(l);
  console.log('\n| keys | batch | copy (keys/s) | +verify (keys/s) | peak RSS (MB) |');
  console.log('|---|---|---|---|---|');
  for (const l of mem) console.log(l);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
