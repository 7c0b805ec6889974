// mysql.migrate when another session holds a lock its data migration needs (found by the
// reliability campaign, seed 20261203 run 1): the statement's lock wait timeout fails the attempt
// retryably (the version resumes on the next attempt and runs once), and undoing a version that
// failed before its first change leaves the data alone (its down script is not run).
import { afterEach, beforeEach, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import mysql from 'mysql2/promise';
import { ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import type { StepInput, StepOutput } from '../../src/kit/context';
import { tempDatabase, type TempDatabase } from '../helpers/mysql';
import { kindActivity } from '../helpers/kinds';

let db: TempDatabase;
let conn: mysql.Connection;
let holder: mysql.Connection;
let dir: string;

beforeEach(async () => {
  db = await tempDatabase('miglock');
  conn = await mysql.createConnection(db.url);
  holder = await mysql.createConnection(db.url);
  await conn.query('CREATE TABLE counters (k VARCHAR(20) PRIMARY KEY, n INT NOT NULL)');
  await conn.query("INSERT INTO counters VALUES ('m', 0)");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-miglock-'));
  const file = (name: string, sql: string) => fs.writeFileSync(path.join(dir, name), sql);
  file('0001_audit.up.sql', 'CREATE TABLE audit (id INT PRIMARY KEY);');
  file('0001_audit.down.sql', 'DROP TABLE audit;');
  file('0002_bump.up.sql', "SET SESSION innodb_lock_wait_timeout = 1;\nUPDATE counters SET n = n + 1 WHERE k = 'm';");
  file('0002_bump.down.sql', "SET SESSION innodb_lock_wait_timeout = 1;\nUPDATE counters SET n = n - 1 WHERE k = 'm';");
});
afterEach(async () => {
  await holder.end().catch(() => undefined);
  await conn.end();
  await db.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const input = (runId: string): StepInput => ({
  ctx: { workflowId: 'wf', runId, planName: 'p', environment: 'test', baseDir: dir, targets: { appDb: { kind: 'mysql', url: db.url } } },
  step: { id: 'schema', kind: 'mysql.migrate', phase: 'migrateData', execution: 'activity', undo: true, params: { target: 'appDb', dir: '.', table: 'cutover_schema_history', lockWait: '2s' } },
});
const migrate = (i: StepInput) => new MockActivityEnvironment().run(kindActivity('mysql.migrate'), i) as Promise<StepOutput>;
const undo = (i: StepInput) => new MockActivityEnvironment().run(kindActivity('mysql.migrate.undo'), { ...i, output: undefined }) as Promise<StepOutput>;
const counter = async () => Number(((await conn.query("SELECT n FROM counters WHERE k = 'm'"))[0] as Array<{ n: number }>)[0].n);
const history = async () => ((await conn.query('SELECT version, status FROM cutover_schema_history ORDER BY version'))[0] as Array<{ version: number; status: string }>).map((r) => `${r.version} ${r.status}`);

/** Holds the counter row's lock from another session. */
async function lockCounter(): Promise<void> {
  await holder.query('BEGIN');
  await holder.query("SELECT n FROM counters WHERE k = 'm' FOR UPDATE");
}

it('a lock wait timeout fails the attempt retryably; the next attempt runs the version once', async () => {
  const i = input(randomUUID());
  await lockCounter();
  const err = await migrate(i).then(() => assert.fail('expected a failure'), (e: unknown) => e);
  assert.ok(err instanceof ApplicationFailure, String(err));
  assert.equal(err.nonRetryable, false, `retryable: ${err.message}`);
  assert.equal(err.type, 'MysqlLockWait');
  assert.match(err.message, /0002_bump\.up\.sql statement 2: Lock wait timeout/);
  assert.equal(await counter(), 0, 'nothing changed by the failed statement');
  await holder.query('ROLLBACK');

  const out = await migrate(i);
  assert.deepEqual(out.applied, [1, 2]);
  assert.equal(await counter(), 1, 'the data migration ran exactly once');
  assert.deepEqual(await history(), ['1 applied', '2 applied']);
});

it('undoing a version that failed before its first change leaves its data alone', async () => {
  const i = input(randomUUID());
  await lockCounter();
  await migrate(i).then(() => assert.fail('expected a failure'), () => undefined);
  await holder.query('ROLLBACK');
  assert.deepEqual(await history(), ['1 applied', '2 applying']);

  // The step gave up (its retries ran out): the rollback undoes what it did.
  await undo(i);
  assert.equal(await counter(), 0, 'the down script of a version whose update never ran was not run');
  assert.deepEqual(await history(), []);
  const [tables] = await conn.query("SHOW TABLES LIKE 'audit'");
  assert.deepEqual(tables, [], 'version 1 was reverted');
});
