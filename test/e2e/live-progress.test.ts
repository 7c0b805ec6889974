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

/** `start <plan> --wait` under a pseudo-terminal (`script`): its exit code, what it drew, and the same as plain text. */
function onTerminal(file: string, id: string): Promise<{ code: number; out: string; text: string }> {
  const command = `stty cols 120 rows 40; exec ${process.execPath} ${path.join(ROOT, 'bin/cutover.js')} start ${file} --wait --id ${id}`;
  return new Promise((resolve) => {
    execFile(
      'script',
      ['-qec', command, '/dev/null'],
      { env: { ...process.env, ...env, CI: '', TERM: 'xterm-256color', FORCE_COLOR: '1', TEMPORAL_ADDRESS: stackEnv().TEMPORAL_ADDRESS } },
      (err, stdout) => resolve({ code: err ? Number(err.code) : 0, out: stdout, text: stdout.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '') }), // colours and cursor moves stripped
    );
  });
}

/** The last `n` lines with text: log-update redraws in place, so these are the end of its last frame and whatever came after it. */
const lastLines = (text: string, n: number) => text.split(/\r?\n/).map((l) => l.trimEnd()).filter(Boolean).slice(-n);

it('on a terminal: a live board with phases, steps, the waiting gate and its command', async () => {
  const id = `live-${randomUUID()}`;
  const screen = onTerminal(plan, id);
  await approveWhenWaiting(id);
  const { code, out, text } = await screen;
  assert.equal(code, 0, text);
  assert.match(out, /\x1b\[/, 'the board uses terminal control sequences');
  assert.match(text, /⏸ go-live\s+approval/);
  assert.match(text, new RegExp(`cutover approve ${id} go-live`));
  assert.match(text, /✔ warm-up\s+wait/);
  assert.match(text, /optimize/);
  assert.deepEqual(lastLines(text, 1), ['succeeded'], 'the outcome ends the output');
  assert.equal(text.match(/^succeeded$/gm)?.length, 1, 'once');
});

it('on a terminal: a rolled-back run shows each undo and its outcome line once', async () => {
  const id = `live-rb-${randomUUID()}`;
  const { code, text } = await onTerminal(path.join(__dirname, 'fixtures/rollback-board.yaml'), id);
  assert.equal(code, 1, text);
  assert.match(text, /✔ mark\s+exec\s+\S+\s+undo: succeeded/, 'the undo is on the board');
  assert.match(text, /✖ boom\s+exec/);
  const outcome = /^rolled_back: step boom failed/gm;
  assert.equal(text.match(outcome)?.length, 1, `the outcome line is printed once:\n${text}`);
  // The board's last frame ends with the outcome, and nothing is printed under it.
  assert.match(lastLines(text, 1)[0], /^rolled_back: step boom failed: step boom: false exited with code 1.*\[CommandFailed\]$/, text);
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
