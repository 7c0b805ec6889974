// What CI pipelines use: a Markdown summary of the outcome, re-runs that attach to the run in
// progress, and a cancelled job that aborts (and so rolls back) its rollout.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { cli, startWorkerProcess, stopProcess, untilStatus } from '../helpers/cli';
import { ROOT, stackEnv } from '../helpers/stack';

const plan = path.join(__dirname, 'fixtures/timers.yaml');
let env: Record<string, string>;
let worker: Awaited<ReturnType<typeof startWorkerProcess>>;

before(async () => {
  env = { TEMPORAL_TASK_QUEUE: `ci-${randomUUID()}` };
  worker = await startWorkerProcess(env);
});
after(async () => worker && stopProcess(worker));

const untilGate = (id: string) => untilStatus(id, env, 'the gate', (s) => s.waitingFor?.type === 'gate', { ms: 30_000 });

it('--summary appends a Markdown summary of the outcome', async () => {
  const id = `ci-${randomUUID()}`;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'summary-')), 'summary.md');
  fs.writeFileSync(file, '# earlier content\n');
  const run = cli(['start', plan, '--wait', '--id', id, '--summary', file], env);
  await untilGate(id);
  await cli(['approve', id], { ...env, CUTOVER_ACTOR: 'release-bot' });
  assert.equal((await run).code, 0);
  const md = fs.readFileSync(file, 'utf8');
  assert.match(md, /^# earlier content\n## ✅ cutover e2e-timers on test: succeeded/);
  assert.match(md, /\| migrateData \| go-live \| approval \| succeeded \|/);
  assert.match(md, new RegExp(`Run \`${id}\``));
});

it('--attach follows the run already in progress instead of refusing', async () => {
  const id = `ci-${randomUUID()}`;
  assert.equal((await cli(['start', plan, '--id', id], env)).code, 0);
  const attached = cli(['start', plan, '--id', id, '--attach', '--wait', '--json'], env);
  await untilGate(id);
  await cli(['approve', id], env);
  const r = await attached;
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).state, 'succeeded');
});

it('--abort-on-cancel: a cancelled job aborts its rollout, which rolls back', async () => {
  const id = `ci-${randomUUID()}`;
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/cutover.js'), 'start', plan, '--wait', '--abort-on-cancel', '--id', id], {
    env: { ...process.env, ...env, TEMPORAL_ADDRESS: stackEnv().TEMPORAL_ADDRESS },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await untilGate(id);
  child.kill('SIGTERM');
  assert.equal(await exited, 3, stderr);
  assert.match(stderr, /SIGTERM: aborting run/);
  const watched = await cli(['watch', id, '--json'], env);
  assert.equal(watched.code, 3);
  assert.match(JSON.parse(watched.stdout).reason, /aborted by .*: the job following it got SIGTERM/);
});
