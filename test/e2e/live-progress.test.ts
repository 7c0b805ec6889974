// `start --wait` on a terminal draws a live board; in a pipe (CI) it prints timestamped lines.
// The terminal case runs under a pseudo-terminal (`script`) and reads what it drew.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { cli, startWorkerProcess, stopProcess } from '../helpers/cli';
import { ROOT, stackEnv } from '../helpers/stack';

const plan = path.join(__dirname, 'fixtures/timers.yaml');
let env: Record<string, string>;
let worker: Awaited<ReturnType<typeof startWorkerProcess>>;

before(async () => {
  env = { TEMPORAL_TASK_QUEUE: `live-${randomUUID()}` };
  worker = await startWorkerProcess(env);
});
after(async () => worker && stopProcess(worker));

async function approveWhenWaiting(id: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const r = await cli(['status', id, '--json'], env);
    if (r.code === 0 && JSON.parse(r.stdout).waitingFor?.type === 'gate') {
      assert.equal((await cli(['approve', id], env)).code, 0);
      return;
    }
    await new Promise((res) => setTimeout(res, 200));
  }
  throw new Error('the gate never waited');
}

it('on a terminal: a live board with phases, steps, the waiting gate and its command', async () => {
  const id = `live-${randomUUID()}`;
  const command = `stty cols 120 rows 40; exec ${process.execPath} ${path.join(ROOT, 'bin/cutover.js')} start ${plan} --wait --id ${id}`;
  const screen = new Promise<{ code: number; out: string }>((resolve) => {
    execFile(
      'script',
      ['-qec', command, '/dev/null'],
      { env: { ...process.env, ...env, CI: '', TERM: 'xterm-256color', FORCE_COLOR: '1', TEMPORAL_ADDRESS: stackEnv().TEMPORAL_ADDRESS } },
      (err, stdout) => resolve({ code: err ? Number(err.code) : 0, out: stdout }),
    );
  });
  await approveWhenWaiting(id);
  const { code, out } = await screen;
  const text = out.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ''); // strip colours and cursor moves
  assert.equal(code, 0, text);
  assert.match(out, /\x1b\[/, 'the board uses terminal control sequences');
  assert.match(text, /⏸ go-live\s+approval/);
  assert.match(text, new RegExp(`cutover approve ${id} go-live`));
  assert.match(text, /✔ warm-up\s+wait/);
  assert.match(text, /optimize/);
  assert.match(text, /succeeded/);
});

it('in a pipe: plain timestamped lines, no control sequences', async () => {
  const id = `lines-${randomUUID()}`;
  const run = cli(['start', plan, '--wait', '--id', id], env);
  await approveWhenWaiting(id);
  const r = await run;
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /\x1b\[/);
  const lines = r.stdout.trim().split('\n').filter((l) => /^\d{4}-\d\d-\d\dT/.test(l));
  assert.ok(lines.some((l) => / step warm-up \(wait\) succeeded/.test(l)), r.stdout);
  assert.ok(lines.some((l) => new RegExp(`run ${id} waiting`).test(l)), r.stdout);
  assert.ok(lines.some((l) => l.includes(`cutover approve ${id} go-live`)), r.stdout);
});
