// The README's demo: `cutover dev` runs plans/demo.yaml against the local stack, then the rollback
// demo plans/demo-rollback.yaml, which changes MariaDB, Redis and the graph store, fails at its
// last step and is undone. Unattended (CI) it exits 0 when both ended as meant; attended, it asks
// first, and what the rollback run could change is read from the servers before and after it.
import { after, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import mysql, { type RowDataPacket } from 'mysql2/promise';
import { Client, Connection } from '@temporalio/client';
import { DEMO_SIZES } from '../../src/cli/demo-data';
import type { RunStatus } from '../../src/workflows/status';
import { cli } from '../helpers/cli';
import { pollFor, until } from '../helpers/poll';
import { ROOT, stackEnv } from '../helpers/stack';
import { demoWorld } from './demo-world';

// A task queue of its own: no other worker on the stack picks up the demo's steps.
const env = { TEMPORAL_TASK_QUEUE: `demo-${randomUUID()}` };
const UNDONE = ['customers', 'graph-schema', 'sessions', 'invoices', 'schema']; // newest first

const RUNS = ['cutover-demo-local', 'cutover-demo-rollback-local'];

// A demo stopped half way (a failed assertion, a timeout) leaves its run waiting for a worker that
// is gone, under the id the next demo would attach to: end such runs of this file's task queue.
after(async () => {
  const connection = await Connection.connect({ address: stackEnv().TEMPORAL_ADDRESS });
  try {
    const client = new Client({ connection });
    for (const id of RUNS) {
      const handle = client.workflow.getHandle(id);
      const d = await handle.describe().catch(() => undefined);
      if (d?.status.name === 'RUNNING' && d.taskQueue === env.TEMPORAL_TASK_QUEUE) await handle.terminate('the demo test that ran it stopped');
    }
  } finally {
    await connection.close();
  }
});

async function statusOf(id: string): Promise<RunStatus> {
  const r = await cli(['status', id, '--json'], env);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as RunStatus;
}

/** The rollback run did its work (so that finding the world unchanged means something), then undid every step, newest first. */
function assertDoneAndUndone(s: RunStatus): void {
  assert.equal(s.state, 'rolled_back', JSON.stringify(s));
  assert.equal(s.failedStep, 'smoke');
  const step = Object.fromEntries(s.steps.map((x) => [x.id, x]));
  for (const id of UNDONE) {
    assert.equal(step[id].state, 'succeeded', `${id}: ${JSON.stringify(step[id])}`);
    assert.equal(step[id].undo.state, 'succeeded', `${id} undone: ${JSON.stringify(step[id].undo)}`);
  }
  assert.deepEqual(step.schema.output?.applied, [4, 5], 'release 2 applied its two migrations only');
  assert.equal(step.invoices.output?.rows, DEMO_SIZES.invoices);
  assert.equal(step.sessions.output?.keys, DEMO_SIZES.sessions);
  assert.equal(step.customers.output?.nodes, DEMO_SIZES.customers);
  assert.ok((step.customers.output?.relationships as number) > 0, 'relationships were copied too');
  const byEnd = [...UNDONE].sort((a, b) => Date.parse(step[a].undo.endedAt!) - Date.parse(step[b].undo.endedAt!));
  assert.deepEqual(byEnd, UNDONE, 'undone newest first');
}

it('npm run demo -- --unattended --exit: the demo run succeeds, the rollback demo rolls back, exit 0', async () => {
  const r = await cli(['dev', '--unattended', '--exit', '--no-stack'], env, 300_000);
  assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /Temporal Web UI: http:\/\/127\.0\.0\.1:\d+\/namespaces\/default\/workflows\/cutover-demo-local/);
  assert.match(r.stdout, /step go-live \(approval\) succeeded/);
  assert.match(r.stdout, /\nsucceeded\n/);
  assert.match(r.stdout, /Temporal Web UI: http:\/\/127\.0\.0\.1:\d+\/namespaces\/default\/workflows\/cutover-demo-rollback-local/);
  assert.match(r.stdout, /step smoke \(http\.check\) failed .*status 500, expected 200/);
  for (const id of UNDONE) assert.match(r.stdout, new RegExp(`undo ${id} succeeded`), `undo of ${id} reported`);
  assert.equal(r.stdout.match(/rolled_back: step smoke failed/g)?.length, 1, 'the outcome is printed once');
  assert.match(r.stdout, /workflows\?query=CutoverPlan%20IN%20/, 'the run list filtered by a search attribute');
  assert.match(r.stdout, /Queries → status/);
  assertDoneAndUndone(await statusOf('cutover-demo-rollback-local'));

  // What the rollback run added is gone, read from each system.
  const world = await demoWorld();
  assert.deepEqual(Object.keys(world.appDb).sort(), ['accounts', 'cutover_schema_history'], 'no invoices table, no copy journal');
  const conn = await mysql.createConnection(`${stackEnv().CUTOVER_MYSQL_URL}/cutover_demo`);
  try {
    const [cols] = await conn.query<RowDataPacket[]>("SELECT COLUMN_NAME AS c FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'cutover_demo' AND TABLE_NAME = 'accounts' ORDER BY ORDINAL_POSITION");
    assert.deepEqual(cols.map((x) => x.c), ['id', 'email', 'created_at', 'plan'], 'release 1 of the schema: 0005 reverted');
  } finally {
    await conn.end();
  }
  assert.deepEqual(world.appDb.cutover_schema_history.rows.map((row) => (row as RowDataPacket).version), [1, 2, 3], 'only release 1 recorded');
  assert.deepEqual(world.newCache, {}, 'no session (and no journal) in the new cache');
  assert.deepEqual(world.newGraph, { nodes: [], rels: [], constraints: [], indexes: [] }, 'no customer, history node or constraint in the new graph');
  assert.deepEqual([world.legacyDb.rows, world.cacheSessions, world.graphCustomers], [DEMO_SIZES.invoices, DEMO_SIZES.sessions, DEMO_SIZES.customers], 'sources intact');
});

/** `cutover dev` on a pseudo-terminal (`script`), as a person runs it: a live board, and a question read from the terminal. */
function onTerminal(args: string[]) {
  const command = `stty cols 250 rows 60; exec ${process.execPath} ${path.join(ROOT, 'bin/cutover.js')} ${args.join(' ')}`;
  const child = spawn('script', ['-qefc', command, '/dev/null'], {
    cwd: ROOT,
    env: { ...process.env, TEMPORAL_ADDRESS: stackEnv().TEMPORAL_ADDRESS, CI: '', TERM: 'xterm-256color', FORCE_COLOR: '1', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  let code: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (c) => resolve((code = c))));
  const text = () => out.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, ''); // colours and cursor moves stripped
  const ended = () => (code === undefined ? undefined : `cutover dev exited with ${code}:\n${text()}`);
  /** Ctrl-C to `cutover dev` itself (a signal to `script` would reach it as SIGTERM, then SIGKILL), and its end. */
  const stop = async () => {
    if (code !== undefined) return;
    for (const pid of fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) process.kill(Number(pid), 'SIGINT');
    await exited;
  };
  return { exited, raw: () => out, text, ended, stop, type: (s: string) => child.stdin.write(s) };
}

it('npm run demo on a terminal: asks before the rollback demo, shows each undo and each outcome once; MariaDB, Redis and the graph are as they were', async () => {
  const demo = onTerminal(['dev', '--exit', '--no-stack']);
  try {
    await pollFor('the demo run to wait at its gate', () => statusOf('cutover-demo-local'), (s) => s.waitingFor?.step === 'go-live', { ms: 180_000, everyMs: 500, stop: demo.ended });
    assert.equal((await cli(['approve', 'cutover-demo-local', 'go-live'], env)).code, 0);
    await until('the offer', () => demo.text().includes('Run it now? [Y/n] '), { ms: 120_000, stop: demo.ended });
    await pollFor('the demo run to have succeeded', () => statusOf('cutover-demo-local'), (s) => s.state === 'succeeded', { ms: 60_000, everyMs: 500 });

    const before = await demoWorld();
    const answeredAt = Date.now();
    demo.type('y\r');
    assert.equal(await demo.exited, 0, demo.text());
    const rolledBack = await statusOf('cutover-demo-rollback-local');
    assert.ok(Date.parse(rolledBack.startedAt) >= answeredAt, `the rollback demo started once answered (${rolledBack.startedAt})`);
    assertDoneAndUndone(rolledBack);
    assert.deepEqual(await demoWorld(), before, 'every table, key, node, relationship and constraint the demo could change is as it was');

    const text = demo.text();
    assert.match(demo.raw(), /\x1b\[/, 'a live board, drawn with terminal control sequences');
    for (const id of UNDONE) assert.match(text, new RegExp(`✔ ${id}\\s+\\S+\\s+\\S+\\s+undo: succeeded`), `the undo of ${id} is on the board`);
    // The board's last frame ends with each run's outcome: nothing repeats it under the board.
    assert.equal(text.match(/^succeeded$/gm)?.length, 1, `the demo run's outcome once:\n${text}`);
    assert.equal(text.match(/^rolled_back: step smoke failed/gm)?.length, 1, `the rollback demo's outcome once:\n${text}`);
    assert.match(text, /In the Web UI:/);
  } finally {
    await demo.stop();
  }
});
