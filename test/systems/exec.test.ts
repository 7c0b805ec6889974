// exec against real processes: argv and shell commands, outputs, the undo with the outputs, the
// idempotency key across attempts, process groups killed at the attempt's timeout and on
// cancellation (grandchildren too), failures with the last lines, secrets never echoed, and the
// plan-level checks of the kind's fields.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger, type LogEntry } from '@temporalio/worker';
import { CancelledFailure } from '@temporalio/common';
import type { Info } from '@temporalio/activity';
import type { StepInput, StepOutput, UndoInput } from '../../src/kit/context';
import { idempotencyKey } from '../../src/kit/naming';
import { explainPlan } from '../../src/plan/explain';
import { kindActivity, kindParams } from '../helpers/kinds';
import { failure } from '../helpers/failures';
import { until } from '../helpers/poll';
import { parse, problems } from '../unit/plan-fixtures';

const execRun = kindActivity('exec');
const execUndo = kindActivity('exec.undo');

const SECRET = `tok-${randomUUID()}`;
let dir: string;

before(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-exec-')));
  process.env.EXEC_TEST_SECRET = SECRET;
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A mock activity whose log lines are kept; 30 s per attempt unless the test says otherwise. */
function activity(info: Partial<Info> = {}) {
  const lines: LogEntry[] = [];
  const env = new MockActivityEnvironment({ startToCloseTimeoutMs: 30_000, ...info }, { logger: new DefaultLogger('INFO', (e) => lines.push(e)) });
  const output = () => lines.filter((l) => /command output$/.test(l.message)).map((l) => `${l.meta?.stream}: ${l.meta?.line}`);
  return { env, lines, output };
}

/** Everything the log lines hold, as text. */
const logText = (lines: LogEntry[]) => JSON.stringify(lines, (_, v) => (typeof v === 'bigint' ? String(v) : v));

const input = (params: Record<string, unknown>, o: { runId?: string; stepId?: string; output?: StepOutput } = {}): UndoInput => ({
  ctx: { workflowId: 'w', runId: o.runId ?? 'run-1', planName: 'p', environment: 'test', baseDir: dir, targets: {} },
  step: {
    id: o.stepId ?? 'deploy',
    kind: 'exec',
    phase: 'migrateData',
    execution: 'activity',
    undo: true,
    params: kindParams('exec').parse(params) as Record<string, unknown>,
  },
  ...(o.output ? { output: o.output } : {}),
});

const run = (params: Record<string, unknown>, a = activity(), o: Parameters<typeof input>[1] = {}) => a.env.run(execRun, input(params, o) as StepInput) as Promise<StepOutput>;
const undo = (params: Record<string, unknown>, output: StepOutput | undefined, a = activity()) => a.env.run(execUndo, input(params, { output })) as Promise<StepOutput>;

const node = process.execPath;
const file = (name: string) => path.join(dir, name);
const fresh = (name: string) => file(`${name}-${randomUUID()}`);

/** Running, and not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

const pidIn = async (f: string) => {
  await until(`${f} written`, () => fs.existsSync(f) && fs.readFileSync(f, 'utf8').trim() !== '', { ms: 10_000 });
  return Number(fs.readFileSync(f, 'utf8').trim());
};

describe('exec', () => {
  it('runs an argv command without a shell: arguments reach the program exactly as written', async () => {
    const out = await run({
      command: [node, '-e', 'console.log(JSON.stringify({ args: process.argv.slice(1) }))', 'a b', '$HOME', '; echo hacked', ''],
      outputs: 'json-last-line',
    });
    assert.deepEqual(out, { args: ['a b', '$HOME', '; echo hacked', ''] });
  });

  it('shell: true runs one string with sh -c; every output line reaches the log with its stream', async () => {
    const a = activity();
    const out = await run({ command: 'printf "%s\\n" one two three | wc -l; echo oops >&2', shell: true }, a);
    assert.deepEqual(out, {});
    assert.deepEqual(a.output(), ['stdout: 3', 'stderr: oops']);
    const line = a.lines.find((l) => l.meta?.line === '3')!;
    assert.equal(line.meta?.stepId, 'deploy');
    assert.equal(line.meta?.activityType, 'unknown'); // the activity's context is on every line
  });

  it('outputs: json-last-line takes the last stdout line that is a JSON object', async () => {
    const script = [
      'console.log(JSON.stringify({ early: 1 }))',
      'console.log("[1, 2]")',
      'console.log(JSON.stringify({ id: "res-1", nested: { n: 2 }, list: ["a"] }))',
      'console.log("done, not JSON")',
      'console.log("{broken")',
      'console.error(JSON.stringify({ fromStderr: true }))',
    ].join(';');
    assert.deepEqual(await run({ command: [node, '-e', script], outputs: 'json-last-line' }), { id: 'res-1', nested: { n: 2 }, list: ['a'] });
  });

  it('outputs: json-last-line with no JSON object line fails for good, saying so', async () => {
    const err = await failure(run({ command: ['echo', 'nothing here'], outputs: 'json-last-line' }));
    assert.equal(err.nonRetryable, true);
    assert.equal(err.type, 'CommandOutputMissing');
    assert.match(err.message, /^step deploy: echo 'nothing here' succeeded but printed no line that is a JSON object on stdout/);
  });

  it('references in env and argv are resolved on the worker; their values never reach the log, the error or the outputs', async () => {
    const a = activity();
    const out = await run(
      {
        command: ['sh', '-c', 'echo "token=$TOKEN arg=$1"; echo "auth: $AUTH" >&2; printf "{\\"echo\\": \\"%s\\", \\"ok\\": true}\\n" "$TOKEN"', '_', '${env:EXEC_TEST_SECRET}'],
        env: { TOKEN: '${env:EXEC_TEST_SECRET}', AUTH: 'Bearer ${env:EXEC_TEST_SECRET}' },
        outputs: 'json-last-line',
      },
      a,
    );
    assert.deepEqual(out, { echo: '***', ok: true });
    assert.deepEqual(a.output().sort(), ['stderr: auth: Bearer ***', 'stdout: token=*** arg=***', 'stdout: {"echo": "***", "ok": true}']);
    assert.ok(!logText(a.lines).includes(SECRET), 'no log line holds the secret');

    const b = activity();
    const err = await failure(run({ command: 'echo "failed with $TOKEN" >&2; exit 2', shell: true, env: { TOKEN: '${env:EXEC_TEST_SECRET}' } }, b));
    assert.match(err.message, /exited with code 2; its only line of stderr:\n {2}failed with \*\*\*$/);
    assert.ok(!err.message.includes(SECRET) && !String(err.stack).includes(SECRET));
    assert.ok(!logText(b.lines).includes(SECRET));
  });

  it('an unset variable behind a reference fails for good, naming the field and the variable only', async () => {
    const err = await failure(run({ command: ['true'], env: { TOKEN: '${env:EXEC_TEST_UNSET_VARIABLE}' } }));
    assert.equal(err.nonRetryable, true);
    assert.equal(err.type, 'MissingEnv');
    assert.match(err.message, /^step deploy env TOKEN: environment variable EXEC_TEST_UNSET_VARIABLE is not set on the worker$/);
  });

  it('runs in the plan folder, or in cwd relative to it; ./program is found relative to that folder', async () => {
    fs.mkdirSync(file('scripts'), { recursive: true });
    fs.writeFileSync(file('scripts/where.sh'), '#!/bin/sh\nprintf \'{"cwd": "%s"}\\n\' "$(pwd)"\n', { mode: 0o755 });
    assert.deepEqual(await run({ command: ['./where.sh'], cwd: 'scripts', outputs: 'json-last-line' }), { cwd: file('scripts') });
    assert.deepEqual(await run({ command: ['./scripts/where.sh'], outputs: 'json-last-line' }), { cwd: dir });
  });

  it('a working directory that does not exist, or a program that is not there, fails for good saying what and where', async () => {
    let err = await failure(run({ command: ['true'], cwd: 'no/such/dir' }));
    assert.deepEqual([err.type, err.nonRetryable], ['WorkingDirMissing', true]);
    assert.equal(err.message, `step deploy: working directory no/such/dir (${file('no/such/dir')}) does not exist on the worker`);

    fs.writeFileSync(file('plain-file'), '');
    err = await failure(run({ command: ['true'], cwd: 'plain-file' }));
    assert.match(err.message, /\(.*plain-file\) is not a directory on the worker$/);

    err = await failure(run({ command: ['no-such-program-cutover', '--flag'] }));
    assert.deepEqual([err.type, err.nonRetryable], ['CommandNotFound', true]);
    assert.equal(err.message, 'step deploy: no-such-program-cutover --flag: the program not found on the worker (on PATH, or relative to the working directory)');

    fs.writeFileSync(file('not-executable.sh'), '#!/bin/sh\n', { mode: 0o644 });
    err = await failure(run({ command: ['./not-executable.sh'] }));
    assert.deepEqual([err.type, err.nonRetryable], ['CommandNotRunnable', true]);
    assert.match(err.message, /cannot be run \(EACCES\)/);

    // Through a shell, a missing program is the shell's exit code 127 with its message.
    err = await failure(run({ command: 'no-such-program-cutover', shell: true }));
    assert.deepEqual([err.type, err.nonRetryable], ['CommandFailed', false]);
    assert.match(err.message, /exited with code 127; its only line of stderr:\n {2}.*no-such-program-cutover.*not found/);
  });

  it('an exit code outside successExitCodes fails retryably with the last ten lines of stderr', async () => {
    const script = 'for i in $(seq 1 15); do echo "problem $i" >&2; done; echo "stdout line"; exit 3';
    const err = await failure(run({ command: script, shell: true }));
    assert.deepEqual([err.type, err.nonRetryable], ['CommandFailed', false]);
    const [head, ...lines] = err.message.split('\n');
    assert.equal(head, `step deploy: sh -c '${script}' exited with code 3; last 10 lines of stderr:`);
    assert.deepEqual(lines, Array.from({ length: 10 }, (_, i) => `  problem ${i + 6}`));

    assert.deepEqual(await run({ command: script, shell: true, successExitCodes: [0, 3] }), {});
    const only = await failure(run({ command: ['sh', '-c', 'echo only stdout; exit 0'], successExitCodes: [4] }));
    assert.match(only.message, /exited with code 0 \(success: 4\); its only line of stdout:\n {2}only stdout$/);
    const silent = await failure(run({ command: ['false'] }));
    assert.equal(silent.message, 'step deploy: false exited with code 1; it printed nothing');
  });

  it('CUTOVER_IDEMPOTENCY_KEY is the same on both attempts of a step (the first fails), and differs for another step or run', async () => {
    const seen = fresh('keys');
    const mark = fresh('mark');
    // Fails the first time (no mark yet), succeeds the second: as a retried command would.
    const params = { command: 'echo "$CUTOVER_IDEMPOTENCY_KEY $CUTOVER_ATTEMPT" >> "$SEEN"; [ -e "$MARK" ] || { touch "$MARK"; exit 1; }', shell: true, env: { SEEN: seen, MARK: mark } };
    await failure(run(params, activity({ attempt: 1 })));
    await run(params, activity({ attempt: 2 }));
    const key = idempotencyKey(input(params).ctx, 'deploy');
    assert.match(key, /^cutover-[0-9a-f]{32}$/);
    assert.deepEqual(fs.readFileSync(seen, 'utf8').trim().split('\n'), [`${key} 1`, `${key} 2`]);

    await run(params, activity(), { stepId: 'other' });
    await run(params, activity(), { runId: 'run-2' });
    const keys = fs.readFileSync(seen, 'utf8').trim().split('\n').map((l) => l.split(' ')[0]);
    assert.equal(new Set(keys).size, 3);
  });

  it("the attempt's timeout kills the whole process group, grandchildren too, and fails retryably", async () => {
    const grand = fresh('grand.pid');
    const started = Date.now();
    const err = await failure(run({ command: `sh -c 'sleep 300 & echo $! > ${grand}; wait' & wait`, shell: true }, activity({ startToCloseTimeoutMs: 1500 })));
    const took = Date.now() - started;
    assert.deepEqual([err.type, err.nonRetryable], ['CommandTimeout', false]);
    assert.match(err.message, /was still running near the end of the attempt's 2s timeout: its process group was killed; it printed nothing$/);
    assert.ok(took < 1500, `reported within the attempt (${took} ms)`);
    const pid = await pidIn(grand);
    await until('the grandchild is gone', () => !alive(pid), { ms: 5000 });
  });

  it('a command that ignores SIGTERM is killed with SIGKILL, still within the attempt', async () => {
    const child = fresh('child.pid');
    const started = Date.now();
    const err = await failure(run({ command: `trap '' TERM; sleep 300 & echo $! > ${child}; echo started; wait; wait`, shell: true }, activity({ startToCloseTimeoutMs: 2000 })));
    assert.equal(err.type, 'CommandTimeout');
    assert.match(err.message, /its only line of stdout:\n {2}started$/);
    assert.ok(Date.now() - started < 2000);
    const pid = await pidIn(child);
    await until('the child is gone', () => !alive(pid), { ms: 5000 });
  });

  it('cancelling the activity kills the process group and the activity ends as cancelled', async () => {
    const grand = fresh('grand.pid');
    const a = activity();
    const running = run({ command: `sh -c 'sleep 300 & echo $! > ${grand}; wait' & wait`, shell: true }, a);
    const pid = await pidIn(grand);
    assert.ok(alive(pid));
    const t0 = Date.now();
    a.env.cancel();
    await assert.rejects(running, (err) => err instanceof CancelledFailure);
    assert.ok(Date.now() - t0 < 5000);
    await until('the grandchild is gone', () => !alive(pid), { ms: 5000 });
  });

  it('what a command leaves running in its group when it exits is killed with it', async () => {
    const child = fresh('child.pid');
    await run({ command: `sleep 300 & echo $! > ${child}`, shell: true });
    const pid = await pidIn(child);
    await until('the background child is gone', () => !alive(pid), { ms: 5000 });
  });

  it('reports its process group and host as the checkpoint; a retry on this host stops what the previous attempt left, and only that', async () => {
    const a = activity();
    const beats: unknown[] = [];
    a.env.on('heartbeat', (d) => beats.push(d));
    await run({ command: ['true'] }, a);
    assert.equal((beats[0] as { host: string }).host, os.hostname());
    assert.ok(Number.isInteger((beats[0] as { pgid: number }).pgid));

    // A previous attempt's group: a shell with this step's key, and a child of it without the key.
    const key = idempotencyKey(input({ command: ['true'] }).ctx, 'deploy');
    const stranger = fresh('stranger.pid');
    const leftover = spawn('sh', ['-c', `env -u CUTOVER_IDEMPOTENCY_KEY sleep 300 & echo $! > ${stranger}; sleep 300`], {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, CUTOVER_IDEMPOTENCY_KEY: key },
    });
    const strangerPid = await pidIn(stranger);
    // Until it has become `sleep`, the forked shell still carries the key.
    await until('the stranger runs sleep', () => fs.readFileSync(`/proc/${strangerPid}/stat`, 'utf8').includes('(sleep)'), { ms: 5000 });
    try {
      await run({ command: ['true'] }, activity({ attempt: 2, heartbeatDetails: { pgid: leftover.pid, host: os.hostname() } }));
      await until('the leftover with the key is gone', () => !alive(leftover.pid!), { ms: 5000 });
      assert.ok(alive(strangerPid), 'a process without the key is left alone');
      // On another host's checkpoint nothing is touched.
      await run({ command: ['true'] }, activity({ attempt: 3, heartbeatDetails: { pgid: strangerPid, host: 'elsewhere' } }));
      assert.ok(alive(strangerPid));
    } finally {
      process.kill(-leftover.pid!, 'SIGKILL');
    }
  });

  it("undo runs with the step's outputs (CUTOVER_OUTPUTS, CUTOVER_OUTPUT_<NAME>, ${outputs.<name>}), the step's env and the same key", async () => {
    const params = {
      command: [node, '-e', 'console.log(JSON.stringify({ id: "res-42", "zone-name": "eu", size: 3 }))'],
      env: { STAGE: 'prod', TOKEN: '${env:EXEC_TEST_SECRET}' },
      outputs: 'json-last-line',
      undo: {
        command: [
          node,
          '-e',
          'const e = process.env; console.log(JSON.stringify({ argv: process.argv[1], id: e.CUTOVER_OUTPUT_ID, zone: e.CUTOVER_OUTPUT_ZONE_NAME, size: e.CUTOVER_OUTPUT_SIZE, all: e.CUTOVER_OUTPUTS, key: e.CUTOVER_IDEMPOTENCY_KEY, stage: e.STAGE, extra: e.EXTRA, token: e.TOKEN === process.env.EXEC_TEST_SECRET }))',
          '${outputs.id}',
        ],
        env: { EXTRA: 'yes' },
      },
    };
    const output = await run(params);
    assert.deepEqual(output, { id: 'res-42', 'zone-name': 'eu', size: 3 });
    const a = activity();
    assert.deepEqual(await undo(params, output, a), {});
    const printed = JSON.parse(a.output()[0].replace(/^stdout: /, ''));
    assert.deepEqual(printed, {
      argv: 'res-42',
      id: 'res-42',
      zone: 'eu',
      size: '3',
      all: JSON.stringify(output),
      key: idempotencyKey(input(params).ctx, 'deploy'),
      stage: 'prod',
      extra: 'yes',
      token: true,
    });
    assert.equal(a.lines.find((l) => /command output$/.test(l.message))?.message, 'undo command output');
  });

  it('undo of a step that failed part-way: the command runs with the key and no CUTOVER_OUTPUTS; ${outputs.<name>} cannot be filled in', async () => {
    const a = activity();
    await undo({ command: ['true'], undo: { command: 'echo "outputs=$(printenv CUTOVER_OUTPUTS || echo unset) key=$CUTOVER_IDEMPOTENCY_KEY"', shell: true } }, undefined, a);
    assert.deepEqual(a.output(), [`stdout: outputs=unset key=${idempotencyKey(input({ command: ['true'] }).ctx, 'deploy')}`]);

    const err = await failure(undo({ command: ['true'], outputs: 'json-last-line', undo: { command: ['echo', '${outputs.id}'] } }, undefined));
    assert.deepEqual([err.type, err.nonRetryable], ['MissingOutput', true]);
    assert.match(err.message, /^step deploy undo command\[1\]: \$\{outputs\.id\} cannot be filled in: the step returned no outputs/);

    const missing = await failure(undo({ command: ['true'], outputs: 'json-last-line', undo: { command: ['echo', '${outputs.idd}'] } }, { id: 'x' }));
    assert.match(missing.message, /the step's outputs have no idd \(they have id\)/);
  });

  it('an undo command that fails, fails the undo retryably with its last lines (the run then waits for a person after its retries)', async () => {
    const err = await failure(undo({ command: ['true'], undo: { command: 'echo "cannot delete" >&2; exit 5', shell: true } }, {}));
    assert.deepEqual([err.type, err.nonRetryable], ['CommandFailed', false]);
    assert.match(err.message, /^step deploy undo: sh -c .* exited with code 5; its only line of stderr:\n {2}cannot delete$/);
  });
});

describe('exec in a plan', () => {
  const plan = (steps: string) => `name: p\nenvironment: test\nphases:\n  migrateData:\n${steps}`;

  it('only a step with an undo command is put on the undo stack; cutover plan shows the commands', () => {
    const p = parse(
      plan(`    - { id: mint, kind: exec, command: [./mint.sh, --env, staging], cwd: scripts, outputs: json-last-line, undo: { command: [./burn.sh, "\${outputs.id}"] } }
    - { id: note, kind: exec, command: "echo done | tee -a log", shell: true, successExitCodes: [0, 2] }
`),
    );
    assert.deepEqual(
      p.phases.migrateData.map((s) => [s.id, s.undo]),
      [
        ['mint', true],
        ['note', false],
      ],
    );
    const text = explainPlan(p);
    assert.match(text, /1\. mint +exec +run a command on the worker: \.\/mint\.sh --env staging in scripts; outputs from the last JSON line of stdout\n/);
    assert.match(text, /undo: run the step's undo command, with the step's outputs in its environment: \.\/burn\.sh \$\{outputs\.id\}\n/);
    assert.match(text, /2\. note +exec +run a command on the worker: sh -c 'echo done \| tee -a log'; success on exit 0, 2\n/);
    assert.match(text, /if a step fails, undo newest first .*:\n {2}mint {15}run the step's undo command/);
  });

  it('refuses bad fields before anything runs, each at file:line:col', () => {
    assert.deepEqual(
      problems(
        plan(`    - { id: a, kind: exec }
    - { id: b, kind: exec, command: "rm -rf build" }
    - { id: c, kind: exec, command: [ls, -l], shell: true }
    - { id: d, kind: exec, command: [] }
    - { id: e, kind: exec, command: [""] }
    - { id: f, kind: exec, command: [env], env: { CUTOVER_IDEMPOTENCY_KEY: mine, CUTOVER_OUTPUT_ID: x } }
    - { id: g, kind: exec, command: [echo, "\${outputs.id}"], outputs: json-last-line }
    - { id: h, kind: exec, command: [echo], undo: { command: [echo, "\${outputs.id}"] } }
    - { id: i, kind: exec, command: [echo], outputs: yaml, successExitCodes: [256], cwd: "" }
    - { id: j, kind: exec, command: [echo], env: { "9lives": x } }
    - { id: k, kind: exec, command: [echo], undo: { comand: [echo] } }
`),
      ),
      [
        'p.yaml:5:7: step a: missing command',
        'p.yaml:6:37: step b: command: a string is run by a shell only with shell: true; without it give a list: [program, arg, …]',
        'p.yaml:7:37: step c: command: with shell: true, command is one string for sh -c',
        'p.yaml:8:37: step d: command: must not be empty',
        'p.yaml:9:38: step e: command.0: the program must not be empty',
        'p.yaml:10:76: step f: env.CUTOVER_IDEMPOTENCY_KEY: CUTOVER_IDEMPOTENCY_KEY is set by cutover for the command',
        'p.yaml:10:101: step f: env.CUTOVER_OUTPUT_ID: CUTOVER_OUTPUT_ID is set by cutover for the command',
        "p.yaml:11:45: step g: ${outputs.id}: a step's own outputs can be used in its undo only",
        'p.yaml:12:69: step h: undo.command.1: ${outputs.id}: the step has no outputs (add outputs: json-last-line)',
        'p.yaml:13:54: step i: outputs: expected json-last-line (the last line of stdout that is a JSON object), got "yaml"',
        'p.yaml:13:79: step i: successExitCodes.0: expected at most 255, got 256',
        'p.yaml:13:90: step i: cwd: must not be empty',
        'p.yaml:14:62: step j: env.9lives: an environment variable name is letters, digits and _, not starting with a digit',
        'p.yaml:15:51: step k: missing undo.command',
        'p.yaml:15:53: step k: undo: unknown field comand (did you mean command?)',
      ],
    );
  });
});
