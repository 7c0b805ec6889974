// mysql.migrate and its compensation on the stack's real MariaDB.
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import mysql from 'mysql2/promise';
import { ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { ensureHistory } from '../../src/systems/mysql/migrate/history';
import { lockName } from '../../src/systems/mysql/migrate/lock';
import { splitStatements } from '../../src/systems/mysql/migrate/split';
import type { StepInput, StepOutput } from '../../src/kit/context';
import { tempDatabase, type TempDatabase } from '../helpers/mysql';
import { stackEnv } from '../helpers/stack';
import { kindActivity } from '../helpers/kinds';

const mysqlMigrate = kindActivity('mysql.migrate');
const mysqlMigrateUndo = kindActivity('mysql.migrate.undo');

const FIXTURES = path.resolve(__dirname, '../fixtures/migrations');

let db: TempDatabase;
let conn: mysql.Connection;
beforeEach(async () => {
  db = await tempDatabase('mig');
  conn = await mysql.createConnection(db.url);
});
afterEach(async () => {
  await conn.end();
  await db.drop();
});

function input(opts: { runId?: string; url?: string; baseDir?: string; dir?: string } = {}): StepInput {
  return {
    ctx: {
      workflowId: 'wf',
      runId: opts.runId ?? randomUUID(),
      planName: 'p',
      environment: 'test',
      baseDir: opts.baseDir ?? FIXTURES,
      targets: { appDb: { kind: 'mysql', url: opts.url ?? db.url } },
    },
    step: {
      id: 'schema',
      kind: 'mysql.migrate',
      phase: 'migrateData',
      execution: 'activity',
      undo: true,
      params: { target: 'appDb', dir: opts.dir ?? 'basic', table: 'cutover_schema_history', lockWait: '2s' },
    },
  };
}

const migrate = (i: StepInput) => new MockActivityEnvironment().run(mysqlMigrate, i) as Promise<StepOutput>;
const undo = (i: StepInput, output?: StepOutput) => new MockActivityEnvironment().run(mysqlMigrateUndo, { ...i, output }) as Promise<StepOutput>;
const rows = async (sql: string) => (await conn.query(sql))[0] as Record<string, unknown>[];

/**
 * Makes the history update that records statement `index` of `version` (the first one recorded
 * when no index is given) fail with `message`, as if the worker died right after the statement
 * ran and before its record: a trigger on the history table, so the fault comes from the database.
 */
async function crashAfter(c: { version: number; direction: 'up' | 'down'; index?: number; message: string }): Promise<void> {
  await ensureHistory(conn, 'cutover_schema_history');
  const status = c.direction === 'up' ? "NEW.status = 'applying'" : "NEW.status LIKE 'reverting%'";
  const recorded = c.index === undefined ? 'NEW.statements_done = OLD.statements_done + 1' : `NEW.statements_done = ${c.index + 1} AND OLD.statements_done = ${c.index}`;
  await conn.query(
    `CREATE TRIGGER cutover_test_crash BEFORE UPDATE ON cutover_schema_history FOR EACH ROW
     IF NEW.version = ${c.version} AND ${status} AND ${recorded} THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = ${conn.escape(c.message)}; END IF`,
  );
}
const noCrash = () => conn.query('DROP TRIGGER IF EXISTS cutover_test_crash');

const tempDirs: string[] = [];
after(() => tempDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A temp copy of a fixture folder (at `<returned dir>/<name>`) for tests that edit it. */
function copyFixtures(name = 'basic'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mig-'));
  tempDirs.push(dir);
  fs.cpSync(path.join(FIXTURES, name), path.join(dir, name), { recursive: true });
  return dir;
}

const historyVersions = async () => (await rows('SELECT version FROM cutover_schema_history ORDER BY version')).map((r) => Number(r.version));

describe('splitStatements', () => {
  it('splits on ; outside quotes, backticks and comments, and drops comment-only pieces', () => {
    const sql = [
      "-- a; comment",
      "CREATE TABLE t (a VARCHAR(9) DEFAULT 'x;y', b INT COMMENT \"c;d\"); # don't; split",
      "INSERT INTO t VALUES ('it''s;', 1), ('back\\';slash', 2);",
      "/* block; comment */ UPDATE `we;ird``s` SET a = 1;",
      "SELECT 1--1;",
      "/*!40101 SET NAMES utf8mb4 */;",
      "-- trailing comment only;",
    ].join('\n');
    assert.deepEqual(splitStatements(sql), [
      "-- a; comment\nCREATE TABLE t (a VARCHAR(9) DEFAULT 'x;y', b INT COMMENT \"c;d\")",
      "# don't; split\nINSERT INTO t VALUES ('it''s;', 1), ('back\\';slash', 2)",
      '/* block; comment */ UPDATE `we;ird``s` SET a = 1',
      'SELECT 1--1',
      '/*!40101 SET NAMES utf8mb4 */',
    ]);
  });

  it('follows DELIMITER lines, so a trigger body keeps its semicolons', () => {
    const sql = 'DELIMITER //\nCREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; SET NEW.b = 2; END//\ndelimiter ;\nSELECT 2;';
    assert.deepEqual(splitStatements(sql), ['CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; SET NEW.b = 2; END', 'SELECT 2']);
  });
});

describe('mysql.migrate', () => {
  it('applies pending versions in order and records them with checksums', async () => {
    const i = input();
    const out = await migrate(i);
    assert.deepEqual(out, { database: db.name, applied: [1, 2, 3], before: 0, after: 3 });
    assert.deepEqual(await rows('SELECT id, name, tier FROM customers ORDER BY id'), [
      { id: 1, name: 'semi;colon', tier: 'gold' },
      { id: 2, name: 'plain', tier: 'basic' },
      { id: 3, name: 'new', tier: 'gold' },
    ]);
    const history = await rows('SELECT version, status, run_id, LENGTH(checksum_up) AS len FROM cutover_schema_history ORDER BY version');
    assert.deepEqual(history.map((r) => [Number(r.version), r.status, r.run_id, Number(r.len)]), [1, 2, 3].map((v) => [v, 'applied', i.ctx.runId, 64]));
  });

  it('run twice applies once; a later run applies nothing and reports the schema version', async () => {
    const i = input();
    await migrate(i);
    assert.deepEqual((await migrate(i)).applied, [1, 2, 3], 'a retry of the same run reports what the run applied');
    assert.equal((await rows('SELECT COUNT(*) AS n FROM customers'))[0].n, 3);
    const later = await migrate(input());
    assert.deepEqual(later, { database: db.name, applied: [], before: 3, after: 3 });
  });

  it('the compensation restores exactly the previous schema and data, and is idempotent', async () => {
    // A version applied by an earlier run stays.
    const dir = copyFixtures();
    fs.rmSync(path.join(dir, 'basic/0002_customers_tier.up.sql'));
    fs.rmSync(path.join(dir, 'basic/0002_customers_tier.down.sql'));
    fs.rmSync(path.join(dir, 'basic/0003_gold_customers.up.sql'));
    fs.rmSync(path.join(dir, 'basic/0003_gold_customers.down.sql'));
    await migrate(input({ baseDir: dir }));
    const before = await db.schema();
    const beforeData = await rows('SELECT * FROM customers ORDER BY id');
    const i = input();
    const out = await migrate(i);
    assert.deepEqual(out.applied, [2, 3]);
    assert.notDeepEqual(await db.schema(), before);
    assert.deepEqual(await undo(i, out), { database: db.name, reverted: [3, 2] });
    assert.deepEqual(await db.schema(), before, 'information_schema is as before the run');
    assert.deepEqual(await rows('SELECT * FROM customers ORDER BY id'), beforeData);
    assert.deepEqual(await undo(i, out), { database: db.name, reverted: [] }, 'a second undo does nothing');
    assert.deepEqual((await rows('SELECT version FROM cutover_schema_history')).map((r) => Number(r.version)), [1]);
  });

  it('the compensation finds what the run did without the step output (the step failed part-way)', async () => {
    const i = input();
    await crashAfter({ version: 3, direction: 'up', index: 1, message: 'worker died' });
    await assert.rejects(migrate(i), /worker died/);
    await noCrash();
    assert.deepEqual(await undo(i), { database: db.name, reverted: [3, 2, 1] });
    assert.deepEqual(await db.schema(), { columns: [], indexes: [] });
  });

  it('a crash between applying a DDL statement and recording it does not apply it twice', async () => {
    const i = input();
    await crashAfter({ version: 2, direction: 'up', index: 0, message: 'killed after ALTER TABLE, before the journal' });
    await assert.rejects(migrate(i), /killed after ALTER/);
    await noCrash();
    const [pending] = await rows('SELECT status, statements_done, pending_statement FROM cutover_schema_history WHERE version = 2');
    assert.deepEqual(pending, { status: 'applying', statements_done: 0, pending_statement: 0 });
    // The retry: ALTER TABLE ... ADD COLUMN would fail with a duplicate column if run again.
    assert.deepEqual((await migrate(i)).applied, [1, 2, 3]);
    assert.equal((await rows("SELECT COUNT(*) AS n FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND COLUMN_NAME = 'tier'"))[0].n, 1);
  });

  it('a crash inside a data statement leaves nothing half done: it runs once on retry', async () => {
    const i = input();
    await crashAfter({ version: 3, direction: 'up', index: 1, message: 'killed after INSERT, before commit' });
    await assert.rejects(migrate(i), /killed after INSERT/);
    await noCrash();
    assert.equal((await rows('SELECT COUNT(*) AS n FROM customers WHERE id = 3'))[0].n, 0, 'the insert was rolled back with its journal entry');
    await migrate(i);
    assert.equal((await rows('SELECT COUNT(*) AS n FROM customers WHERE id = 3'))[0].n, 1);
  });

  it('waits for the lock another runner holds, and fails retryably naming the holder', async () => {
    const holder = await mysql.createConnection(db.url);
    try {
      await holder.query('SELECT GET_LOCK(?, 0)', [lockName(db.name, 'cutover_schema_history')]);
      const started = Date.now();
      const blocked = migrate(input());
      setTimeout(() => holder.query('SELECT RELEASE_LOCK(?)', [lockName(db.name, 'cutover_schema_history')]), 1000);
      assert.deepEqual((await blocked).applied, [1, 2, 3]);
      assert.ok(Date.now() - started >= 900, 'it waited for the lock');
      await holder.query('SELECT GET_LOCK(?, 0)', [lockName(db.name, 'cutover_schema_history')]);
      await assert.rejects(migrate(input()), (err: unknown) => {
        assert.ok(err instanceof ApplicationFailure);
        assert.equal(err.nonRetryable, false, 'a retry may find the lock free');
        assert.match(err.message, /another runner is migrating this database \(held by connection \d+, cutover@/);
        return true;
      });
    } finally {
      await holder.end();
    }
  });

  it('checksum drift: an edited applied migration fails before anything runs', async () => {
    const dir = copyFixtures();
    await migrate(input({ baseDir: dir }));
    fs.appendFileSync(path.join(dir, 'basic/0002_customers_tier.up.sql'), '\n-- edited\n');
    fs.writeFileSync(path.join(dir, 'basic/0004_more.up.sql'), 'CREATE TABLE more_things (id INT);');
    fs.writeFileSync(path.join(dir, 'basic/0004_more.down.sql'), 'DROP TABLE more_things;');
    await assert.rejects(migrate(input({ baseDir: dir })), (err: unknown) => {
      assert.ok(err instanceof ApplicationFailure);
      assert.equal(err.nonRetryable, true);
      assert.equal(err.type, 'MigrationDrift');
      assert.match(err.message, /0002_customers_tier\.up\.sql was edited after it was applied/);
      return true;
    });
    assert.equal((await rows("SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'more_things'"))[0].n, 0);
  });

  it('a crash between a down statement and its record does not run it twice; the undo resumes', async () => {
    const before = await db.schema();
    const i = input();
    const out = await migrate(i);
    await crashAfter({ version: 2, direction: 'down', index: 1, message: 'killed after DROP COLUMN, before the journal' });
    await assert.rejects(undo(i, out), /killed after DROP COLUMN/);
    await noCrash();
    assert.deepEqual(await historyVersions(), [1, 2], 'version 3 is reverted and gone; version 2 is half reverted');
    // Running DROP COLUMN tier again would fail (the column is gone): the retry must skip it.
    assert.deepEqual(await undo(i, out), { database: db.name, reverted: [2, 1] });
    assert.deepEqual(await db.schema(), before);
    assert.deepEqual(await undo(i), { database: db.name, reverted: [] });
  });

  it('a down file edited in the middle of a revert stops the undo instead of skipping the wrong statements', async () => {
    const dir = copyFixtures();
    const i = input({ baseDir: dir });
    await migrate(i);
    await crashAfter({ version: 2, direction: 'down', message: 'killed' });
    await assert.rejects(undo(i), /killed/);
    await noCrash();
    fs.writeFileSync(path.join(dir, 'basic/0002_customers_tier.down.sql'), 'ALTER TABLE customers DROP COLUMN tier;');
    await assert.rejects(undo(i), (err: unknown) => {
      assert.ok(err instanceof ApplicationFailure && err.nonRetryable && err.type === 'MigrationDrift');
      assert.match(err.message, /0002_customers_tier\.down\.sql changed while version 2 was being reverted/);
      return true;
    });
  });

  it('runs DELIMITER blocks, # comments and quoted semicolons on the server, and undoes them', async () => {
    const i = input({ dir: 'routines' });
    assert.deepEqual((await migrate(i)).applied, [1]);
    assert.deepEqual(await rows('SELECT id, note FROM orders ORDER BY id'), [
      { id: 1, note: 'first;' },
      { id: 2, note: 'it\'s "quoted"' },
    ]);
    assert.deepEqual(await rows('SELECT amount FROM totals'), [{ amount: 2 }], 'the trigger ran once per row');
    assert.deepEqual(await undo(i), { database: db.name, reverted: [1] });
    assert.deepEqual(await rows('SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME NOT LIKE "cutover%"'), []);
    assert.deepEqual(await rows('SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()'), []);
  });

  it('checksum drift: a recorded version whose files are gone fails before anything runs', async () => {
    const dir = copyFixtures();
    fs.renameSync(path.join(dir, 'basic/0003_gold_customers.up.sql'), path.join(dir, 'held-up.sql'));
    fs.renameSync(path.join(dir, 'basic/0003_gold_customers.down.sql'), path.join(dir, 'held-down.sql'));
    await migrate(input({ baseDir: dir }));
    fs.rmSync(path.join(dir, 'basic/0002_customers_tier.up.sql'));
    fs.rmSync(path.join(dir, 'basic/0002_customers_tier.down.sql'));
    fs.renameSync(path.join(dir, 'held-up.sql'), path.join(dir, 'basic/0003_gold_customers.up.sql'));
    fs.renameSync(path.join(dir, 'held-down.sql'), path.join(dir, 'basic/0003_gold_customers.down.sql'));
    await assert.rejects(migrate(input({ baseDir: dir })), (err: unknown) => {
      assert.ok(err instanceof ApplicationFailure && err.nonRetryable && err.type === 'MigrationDrift');
      assert.match(err.message, /version 2 \(customers_tier\) is recorded as applied but its files \(<2>_customers_tier\.up\.sql/);
      return true;
    });
    assert.deepEqual(await historyVersions(), [1, 2]);
    assert.equal((await rows('SELECT COUNT(*) AS n FROM customers WHERE id = 3'))[0].n, 0, 'version 3 was not applied');
  });

  it('a script that switches databases or manages transactions is refused before connecting', async () => {
    const dir = copyFixtures();
    fs.writeFileSync(path.join(dir, 'basic/0004_sneaky.up.sql'), 'START TRANSACTION;\nUPDATE customers SET tier = 1;\nCOMMIT;');
    fs.writeFileSync(path.join(dir, 'basic/0004_sneaky.down.sql'), 'SELECT 1;');
    await assert.rejects(migrate(input({ baseDir: dir })), /0004_sneaky\.up\.sql statement 1: USE, transaction control and LOCK TABLES are not allowed/);
    fs.writeFileSync(path.join(dir, 'basic/0004_sneaky.up.sql'), '/* elsewhere */ use other_db;');
    await assert.rejects(migrate(input({ baseDir: dir })), /0004_sneaky\.up\.sql statement 1: USE/);
  });

  it('bad credentials fail at once, naming the target but not the password', async () => {
    const server = new URL(stackEnv().CUTOVER_MYSQL_URL);
    const url = `mysql://cutover:wrong-password@${server.host}/${db.name}`;
    await assert.rejects(migrate(input({ url })), (err: unknown) => {
      assert.ok(err instanceof ApplicationFailure);
      assert.equal(err.nonRetryable, true);
      assert.equal(err.type, 'MysqlAccessDenied');
      assert.match(err.message, /target appDb \(mysql:\/\/cutover@127\.0\.0\.1:\d+\//);
      assert.doesNotMatch(err.message, /wrong-password/);
      return true;
    });
  });

  it('an unreachable server is a retryable error', async () => {
    await assert.rejects(migrate(input({ url: 'mysql://cutover:cutover@127.0.0.1:9/x' })), (err: unknown) => {
      assert.ok(err instanceof ApplicationFailure);
      assert.equal(err.nonRetryable, false);
      assert.equal(err.type, 'MysqlUnreachable');
      return true;
    });
  });

  it('a folder with a missing down file is refused before connecting', async () => {
    const dir = copyFixtures();
    fs.rmSync(path.join(dir, 'basic/0003_gold_customers.down.sql'));
    await assert.rejects(migrate(input({ baseDir: dir })), /version 3 \(gold_customers\) has no down file/);
  });
});
