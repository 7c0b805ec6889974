// The flags kind in a real saga: this package's worker (cutover's workflow and built-in kinds plus
// flags.set, through `cutover/worker`) and the `cutover` CLI, which knows flags.set from
// cutover.config.json. Three flags are set (one from an earlier step's output), a gate holds the
// run while the test reads them from Redis, then a later step fails and the run rolls back: Redis
// must hold exactly what it held before, read from Redis itself. And a flag that a person changed
// after the run set it is not overwritten by the undo: the run waits for a person instead.
//
// Needs Temporal and Redis: TEMPORAL_ADDRESS and FLAGS_REDIS_URL, or else the cutover checkout's
// local stack (`scripts/stack.sh up` in ../..), whose addresses are in ../../.stack/stack.env.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Redis from 'ioredis';

const ROOT = path.resolve(__dirname, '..');
const CUTOVER = path.join(path.dirname(require.resolve('cutover/package.json')), 'bin/cutover.js');

function stackEnv(): Record<string, string> {
  if (process.env.TEMPORAL_ADDRESS && process.env.FLAGS_REDIS_URL) {
    return { TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS, FLAGS_REDIS_URL: process.env.FLAGS_REDIS_URL };
  }
  const file = path.join(process.env.CUTOVER_STACK_DIR ?? path.resolve(ROOT, '../../.stack'), 'stack.env');
  if (!fs.existsSync(file)) throw new Error(`set TEMPORAL_ADDRESS and FLAGS_REDIS_URL, or start cutover's local stack (${file} not found)`);
  const vars: Record<string, string> = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) vars[m[1]] = m[2];
  }
  return { TEMPORAL_ADDRESS: vars.TEMPORAL_ADDRESS, FLAGS_REDIS_URL: vars.CUTOVER_REDIS_URL };
}

const stack = stackEnv();
const env: NodeJS.ProcessEnv = { ...process.env, ...stack, TEMPORAL_TASK_QUEUE: `flags-example-${randomUUID()}`, CI: 'true' };
delete env.FLAGS_EXAMPLE_NEVER_SET;
const flagKeys = [`flags-example-${randomUUID()}`, `flags-example-${randomUUID()}`];
const journals = (key: string) => `{${key}}:cutover-journal:*`;
let redis: Redis;
let worker: ChildProcess | undefined;
let workerLog = '';

function cutover(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CUTOVER, ...args], { cwd: ROOT, env, timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    );
  });
}

async function status(id: string) {
  const r = await cutover(['status', id, '--json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}

/** Polls the run's status until `ok` holds, or fails with the last status after `ms`. */
async function until(id: string, ok: (s: { state: string; waitingFor?: { step: string } }) => boolean, ms = 60_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const s = await status(id);
    if (ok(s)) return s;
    if (Date.now() > deadline) assert.fail(`run ${id} did not get there: ${JSON.stringify(s)}\nworker:\n${workerLog}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function keys(pattern: string): Promise<string[]> {
  const out: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    out.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return out;
}

before(async () => {
  redis = new Redis(stack.FLAGS_REDIS_URL);
  // The flags as the application had them: checkout-v2 off, some other flag that no step touches.
  for (const key of flagKeys) await redis.hset(key, { 'checkout-v2': 'off', 'search-v3': 'on' });
  worker = spawn(process.execPath, [path.join(ROOT, 'dist/src/worker.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  worker.stdout!.on('data', (d) => (workerLog += d));
  worker.stderr!.on('data', (d) => (workerLog += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the worker did not start:\n${workerLog}`)), 90_000);
    worker!.stdout!.on('data', () => workerLog.includes('worker polling') && (clearTimeout(timer), resolve()));
    worker!.on('exit', (code) => reject(new Error(`the worker exited with ${code}:\n${workerLog}`)));
  });
});

after(async () => {
  if (worker && worker.exitCode === null) {
    const exited = new Promise((r) => worker!.once('exit', r));
    worker.kill('SIGTERM');
    await exited;
  }
  if (redis) {
    for (const key of flagKeys) await redis.del(key, ...(await keys(journals(key))));
    redis.disconnect();
  }
});

it('the CLI knows flags.set from the plugin: validate and plan', async () => {
  const v = await cutover(['validate', 'test/rollback.yaml']);
  assert.equal(v.code, 0, v.stderr);
  const p = await cutover(['plan', 'plans/flags-rollout.yaml']);
  assert.equal(p.code, 0, p.stderr);
  assert.match(p.stdout, /set a feature flag: flags: site checkout-v2 = "on"/);
  assert.match(p.stdout, /put the flag back as this run found it/);
});

/** Starts test/rollback.yaml on the flags in `key` and waits until the run holds at its gate. */
async function startToGate(key: string): Promise<string> {
  const id = `flags-example-${randomUUID()}`;
  const sets = ['checkout', 'banner', 'was'].flatMap((s) => ['--set', `steps.${s}.key=${key}`]);
  const started = await cutover(['start', 'test/rollback.yaml', '--id', id, ...sets]);
  assert.equal(started.code, 0, `${started.stdout}\n${started.stderr}`);
  await until(id, (s) => s.state === 'waiting' && s.waitingFor?.step === 'confirm');
  return id;
}

const FINAL = ['rolled_back', 'rollback_failed', 'succeeded', 'failed', 'aborted'];

it('a failure after the flags are set puts every flag back as it was, read from Redis', async () => {
  const key = flagKeys[0];
  const before = await redis.hgetall(key);
  const id = await startToGate(key);

  // At the gate the flags are set in Redis itself, and each step's undo has its journal there.
  assert.deepEqual(await redis.hgetall(key), {
    'checkout-v2': 'on',
    'search-v3': 'on',
    'maintenance-banner': 'back soon',
    'checkout-v2-was': 'off',
  });
  assert.equal((await keys(journals(key))).length, 3);

  const approved = await cutover(['approve', id, 'confirm']);
  assert.equal(approved.code, 0, approved.stderr);
  const end = await until(id, (s) => FINAL.includes(s.state));
  assert.equal(end.state, 'rolled_back', JSON.stringify(end));
  assert.equal(end.failedStep, 'app-config');

  assert.deepEqual(await redis.hgetall(key), before, 'checkout-v2 is off again, the flags this run created are gone, search-v3 untouched');
  assert.deepEqual(await keys(journals(key)), [], 'no journal left behind');
  const steps = Object.fromEntries(end.steps.map((s: { id: string }) => [s.id, s]));
  assert.deepEqual(steps.checkout.output, { key, flag: 'checkout-v2', value: 'on', previous: 'off' });
  for (const s of ['checkout', 'banner', 'was']) assert.equal(steps[s].undo.state, 'succeeded', `${s}: ${JSON.stringify(steps[s].undo)}`);
});

it('a flag changed by hand after the run set it is left as it is: the undo fails and the run waits for a person', async () => {
  const key = flagKeys[1];
  const id = await startToGate(key);
  await redis.hset(key, 'checkout-v2', 'off-by-hand');
  assert.equal((await cutover(['approve', id, 'confirm'])).code, 0);

  const stuck = await until(id, (s) => FINAL.includes(s.state));
  assert.equal(stuck.state, 'rollback_failed', JSON.stringify(stuck));
  assert.equal(stuck.waitingFor?.step, 'checkout');
  const checkout = stuck.steps.find((s: { id: string }) => s.id === 'checkout');
  assert.match(checkout.undo.error, /checkout-v2 was changed since this run set it \(now "off-by-hand"\); left as it is/);
  assert.deepEqual(await redis.hgetall(key), { 'checkout-v2': 'off-by-hand', 'search-v3': 'on' }, 'the later steps were undone, the change by hand kept');

  const skipped = await cutover(['skip', id, 'checkout', '--reason', 'checkout-v2 was set by hand']);
  assert.equal(skipped.code, 0, skipped.stderr);
  const end = await until(id, (s) => FINAL.includes(s.state) && s.state !== 'rollback_failed');
  assert.equal(end.state, 'rolled_back');
  assert.equal(await redis.hget(key, 'checkout-v2'), 'off-by-hand');
});
