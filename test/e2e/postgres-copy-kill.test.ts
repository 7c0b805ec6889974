// postgres.copyTable survives SIGKILL of its worker: a 300,000-row copy is started through the CLI,
// the worker is killed once the server holds a checkpoint part-way through, a new worker takes
// over, and the run completes with the copy resumed after that checkpoint (not from zero) and the
// target equal to the source, read from PostgreSQL itself.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { pendingSteps } from '../../src/cli/pending';
import { cli, startWorkerProcess, stopProcess } from '../helpers/cli';
import { stackEnv } from '../helpers/stack';
import { pgConnect, tempSchema, type TempSchema } from '../helpers/postgres';

const ROWS = 300_000;
type Worker = Awaited<ReturnType<typeof startWorkerProcess>>;
const workers: Worker[] = [];
let src: TempSchema;
let dst: TempSchema;
const env: Record<string, string> = { TEMPORAL_TASK_QUEUE: `ckill-pg-${randomUUID()}`, CUTOVER_CHECKPOINT_INTERVAL: '250ms' };

before(async () => {
  src = await tempSchema('ckps', 'cutover_test');
  dst = await tempSchema('ckpt', 'cutover_test2');
  env.E2E_PG_SOURCE = src.url;
  env.E2E_PG_TARGET = dst.url;
  // A composite key and the types that need care.
  await src.client.query(`CREATE TABLE "${src.name}".ledger (
    account INT NOT NULL, seq INT NOT NULL, amount NUMERIC(12, 2) NOT NULL, at TIMESTAMPTZ NOT NULL, memo TEXT, doc JSONB,
    PRIMARY KEY (account, seq))`);
  await src.client.query(
    `INSERT INTO "${src.name}".ledger SELECT i / 1000, i % 1000, (i % 100000) / 100.0, timestamptz '2024-01-01 00:00:00+00' + i * interval '1 second',
            CASE WHEN i % 7 = 0 THEN NULL ELSE 'memo-' || md5(i::text) END, jsonb_build_object('i', i)
       FROM generate_series(0, ${ROWS - 1}) i`,
  );
});

after(async () => {
  for (const w of workers) await stopProcess(w, 'SIGKILL');
  await src?.drop();
  await dst?.drop();
});

/** A digest of the whole table, in key order, from its own server. */
async function digest(s: TempSchema): Promise<{ n: number; md5: string }> {
  const [r] = await s.rows(`SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY account, seq)) AS md5 FROM "${s.name}".ledger t`);
  return { n: r.n, md5: r.md5 };
}

it('postgres.copyTable: a worker killed mid-copy; the new worker resumes after the checkpoint and the tables end equal', async () => {
  const id = `ckill-pg-${randomUUID()}`;
  const first = await startWorkerProcess(env);
  workers.push(first);
  const sets = ['defaults.heartbeatTimeout=2s', 'steps.copy.table=ledger', `steps.copy.schema=${src.name}`, `steps.copy.targetSchema=${dst.name}`].flatMap((s) => ['--set', s]);
  const started = await cli(['start', path.join(__dirname, 'fixtures/postgres-copy.yaml'), '--id', id, ...sets], env);
  assert.equal(started.code, 0, started.stderr);
  const temporal = new Client({ connection: await Connection.connect({ address: stackEnv().TEMPORAL_ADDRESS }) });
  let checkpoint: Record<string, unknown> | undefined;
  try {
    for (let i = 0; !(checkpoint && checkpoint.phase === 'copy' && Number(checkpoint.rows) >= 20_000); i++) {
      assert.ok(i < 1200, `the copy never reached the point to kill it at (last checkpoint ${JSON.stringify(checkpoint)})`);
      await new Promise((r) => setTimeout(r, 50));
      const details = (await pendingSteps(temporal.workflow.getHandle(id)).catch(() => []))[0]?.details;
      if (details && typeof details === 'object') checkpoint = details as Record<string, unknown>;
    }
  } finally {
    await temporal.connection.close();
  }
  await stopProcess(first, 'SIGKILL');
  // The target holds still now (its writer is dead; the server ends its sessions, rolling back the pages in flight).
  const count = async () => {
    const c = await pgConnect(dst.url);
    try {
      return Number((await c.query(`SELECT count(*)::int AS n FROM "${dst.name}".ledger`)).rows[0].n);
    } finally {
      await c.end();
    }
  };
  const [atKill, second] = await Promise.all([count(), startWorkerProcess(env)]);
  workers.push(second);
  const watched = await cli(['watch', id, '--json'], env, 300_000);
  assert.equal(watched.code, 0, `${watched.stdout}\n${watched.stderr}`);
  const step = JSON.parse(watched.stdout).steps[0];
  const out = step.output;
  const cpRows = Number(checkpoint!.rows);
  assert.ok(cpRows < ROWS, `killed part-way (${cpRows} rows checkpointed)`);
  assert.ok(step.attempts >= 2, `the step ran again on the new worker: ${JSON.stringify(step)}`);
  assert.ok(out.resumedFrom, `the last attempt started from a checkpoint: ${JSON.stringify(step)}`);
  assert.equal(out.resumedFrom.phase, 'copy');
  assert.ok(out.resumedFrom.rows >= cpRows, `from the checkpoint the server held at the kill (${cpRows}), or later: ${JSON.stringify(out.resumedFrom)}`);
  assert.ok(atKill >= out.resumedFrom.rows, `the checkpoint never runs ahead of what the target holds (${atKill} rows at the kill)`);
  assert.equal(out.thisAttempt.rows, ROWS - out.resumedFrom.rows, `resumed, not restarted: ${JSON.stringify(out.thisAttempt)}`);
  assert.equal(out.rows, ROWS, 'every row verified');
  assert.equal(out.written, ROWS, 'each row journaled once');
  // Read both tables from PostgreSQL itself.
  const [a, b] = await Promise.all([digest(src), digest(dst)]);
  assert.equal(b.n, ROWS);
  assert.deepEqual(b, a);
});
