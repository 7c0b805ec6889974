// postgres.migrate and its compensation on the stack's real PostgreSQL, each test in a schema of its own.
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { MockActivityEnvironment } from '@temporalio/testing';
import type { StepInput, StepOutput } from '../../src/kit/context';
import { ensureHistory } from '../../src/systems/postgres/migrate/history';
import { LOCK_CLASS, lockKey } from '../../src/systems/postgres/migrate/lock';
import { splitStatements } from '../../src/systems/postgres/migrate/split';
import { kindActivity } from '../helpers/kinds';
import { failure } from '../helpers/failures';
import { pgConnect, tempSchema, type TempSchema } from '../helpers/postgres';
import { pollFor, until } from '../helpers/poll';
import { ROOT } from '../helpers/stack';

const run = kindActivity('postgres.migrate');
const runUndo = kindActivity('postgres.migrate.undo');
const FIXTURES = path.resolve(__dirname, '../fixtures/migrations/postgres');
const HISTORY = 'cutover_schema_history';

let s: TempSchema;
beforeEach(async () => {
  s = await tempSchema('mig');
});
afterEach(async () => {
  await s.drop();
});

function input(opts: { runId?: string; url?: string; baseDir?: string; dir?: string; params?: Record<string, unknown> } = {}): StepInput {
  return {
    ctx: {
      workflowId: 'wf',
      runId: opts.runId ?? randomUUID(),
      planName: 'p',
      environment: 'test',
      baseDir: opts.baseDir ?? FIXTURES,
      targets: { appDb: { kind: 'postgres', url: opts.url ?? s.url } },
    },
    step: {
      id: 'schema',
      kind: 'postgres.migrate',
      phase: 'migrateData',
      execution: 'activity',
      undo: true,
      params: { target: 'appDb', dir: opts.dir ?? 'basic', schema: s.name, lockWait: '2s', ...opts.params },
    },
  };
}

const migrate = (i: StepInput) => new MockActivityEnvironment().run(run, i) as Promise<StepOutput>;
const undo = (i: StepInput, output?: StepOutput) => new MockActivityEnvironment().run(runUndo, { ...i, output }) as Promise<StepOutput>;
const q = (sql: string, values?: unknown[]) => s.rows(sql.replaceAll('$S', `"${s.name}"`), values);
const versions = async () => (await q(`SELECT version FROM $S.${HISTORY} ORDER BY version`)).map((r) => Number(r.version));
const tables = async () => (await q(`SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename NOT LIKE 'cutover%' ORDER BY 1`, [s.name])).map((r) => r.tablename);

const tempDirs: string[] = [];
after(() => tempDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
/** A temp copy of a fixture folder (at `<returned dir>/<name>`) for tests that edit it. */
function copyFixtures(name = 'basic'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgmig-'));
  tempDirs.push(dir);
  fs.cpSync(path.join(FIXTURES, name), path.join(dir, name), { recursive: true });
  return dir;
}

/** Makes the history update that records a statement of `version` fail, as if the worker died right after the statement ran. */
async function crashAfterStatement(version: number): Promise<void> {
  await ensureHistory(s.client, s.name, HISTORY);
  await q(`CREATE FUNCTION $S.crash() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'worker died after the statement'; END $$`);
  await q(
    `CREATE TRIGGER crash BEFORE UPDATE ON $S.${HISTORY} FOR EACH ROW
       WHEN (NEW.version = ${version} AND NEW.statements_done = OLD.statements_done + 1) EXECUTE FUNCTION $S.crash()`,
  );
}
const noCrash = () => q(`DROP TRIGGER IF EXISTS crash ON $S.${HISTORY}`);

describe('splitStatements (PostgreSQL)', () => {
  it('splits on ; outside strings, quoted names, dollar quotes and nested comments', () => {
    const sql = [
      "CREATE TABLE t (a TEXT DEFAULT 'x;y', \"we;ird\" INT); -- a; comment",
      "INSERT INTO t VALUES (E'it\\'s;', 1), ('doubled'';', 2);",
      '/* outer /* inner; */ still; comment */ UPDATE t SET a = $$;$$;',
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $fn$ SELECT 1; $fn$;',
      'CREATE FUNCTION g(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN x > 0 THEN 1 END; SELECT 2; END;',
      '-- trailing comment only;',
    ].join('\n');
    assert.deepEqual(splitStatements(sql), [
      "CREATE TABLE t (a TEXT DEFAULT 'x;y', \"we;ird\" INT)",
      "-- a; comment\nINSERT INTO t VALUES (E'it\\'s;', 1), ('doubled'';', 2)",
      '/* outer /* inner; */ still; comment */ UPDATE t SET a = $$;$$',
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $fn$ SELECT 1; $fn$',
      'CREATE FUNCTION g(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN x > 0 THEN 1 END; SELECT 2; END',
    ]);
  });
});

describe('postgres.migrate', () => {
  it('applies pending versions in order, in the step schema, with checksums and the run id', async () => {
    const i = input();
    const out = await migrate(i);
    assert.deepEqual(out, { database: 'cutover_test', schema: s.name, applied: [1, 2, 3], before: 0, after: 3 });
    assert.deepEqual(await q('SELECT id, name, tier, $S.customer_label(c) AS label FROM $S.customers c ORDER BY id'), [
      { id: 1, name: 'semi;colon', tier: 'gold', label: '1: semi;colon' },
      { id: 2, name: "it's; plain", tier: 'basic', label: "2: it's; plain" },
      { id: 3, name: 'new', tier: 'gold', label: '3: new' },
    ]);
    const history = await q(`SELECT version, status, run_id, length(checksum_up) AS len FROM $S.${HISTORY} ORDER BY version`);
    assert.deepEqual(history.map((r) => [Number(r.version), r.status, r.run_id, r.len]), [1, 2, 3].map((v) => [v, 'applied', i.ctx.runId, 64]));
    const [idx] = await q(`SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = 'customers_tier'`, [s.name]);
    assert.equal(idx.indisvalid, true, 'the CREATE INDEX CONCURRENTLY of the non-transactional file built a valid index');
    assert.deepEqual(await q(`SELECT tablename FROM pg_tables WHERE tablename = 'customers' AND schemaname = 'public'`), [], 'nothing went to public');
  });

  it('run twice applies once; a later run has nothing to do and reports the schema version', async () => {
    const i = input();
    await migrate(i);
    assert.deepEqual((await migrate(i)).applied, [1, 2, 3], 'a retry of the same run reports what the run applied');
    assert.equal((await q('SELECT count(*)::int AS n FROM $S.customers'))[0].n, 3);
    assert.deepEqual(await migrate(input()), { database: 'cutover_test', schema: s.name, applied: [], before: 3, after: 3 });
  });

  it('a failing migration leaves nothing of itself behind: its statements and its history row roll back together', async () => {
    const err = await failure(migrate(input({ dir: 'failing' })));
    assert.equal(err.type, 'MigrationFailed');
    assert.equal(err.nonRetryable, true);
    assert.match(err.message, /^step schema: target appDb \(postgres:\/\/cutover@127\.0\.0\.1:5433\/cutover_test\) ?: ?0002_orders\.up\.sql statement 4 \(line 4\): insert or update on table "orders" violates foreign key constraint/);
    assert.doesNotMatch(err.message, /cutover:cutover/);
    assert.deepEqual(await versions(), [1]);
    assert.deepEqual(await tables(), ['customers'], 'no orders table, no index: the CREATE TABLE rolled back with the failed INSERT');
  });

  it('refuses an applied file that was edited since, before running anything', async () => {
    const dir = copyFixtures();
    await migrate(input({ baseDir: dir }));
    fs.appendFileSync(path.join(dir, 'basic/0001_create_customers.up.sql'), '\n-- edited\n');
    const err = await failure(migrate(input({ baseDir: dir })));
    assert.equal(err.type, 'MigrationDrift');
    assert.match(err.message, /0001_create_customers\.up\.sql was edited after it was applied/);
  });

  it('waits a bounded time for the advisory lock, names its holder and fails retryably', async () => {
    const holder = await pgConnect(s.url);
    try {
      await holder.query('SELECT pg_advisory_lock($1, $2)', [LOCK_CLASS, lockKey(s.name, HISTORY)]);
      const pid = (await holder.query('SELECT pg_backend_pid() AS p')).rows[0].p;
      const started = Date.now();
      const err = await failure(migrate(input({ params: { lockWait: '1s' } })));
      assert.equal(err.type, 'MigrationLocked');
      assert.equal(err.nonRetryable, false);
      assert.match(err.message, new RegExp(`another runner is migrating this schema \\(held by backend ${pid}, cutover`));
      assert.ok(Date.now() - started < 5000, 'bounded by lockWait');
      assert.deepEqual(await tables(), [], 'nothing ran without the lock');
    } finally {
      await holder.end();
    }
  });

  it('two runs at once are serialised by the advisory lock: one applies everything, the other nothing', async () => {
    const [a, b] = await Promise.all([migrate(input({ params: { lockWait: '30s' } })), migrate(input({ params: { lockWait: '30s' } }))]);
    const applied = [a.applied, b.applied].map((v) => JSON.stringify(v)).sort();
    assert.deepEqual(applied, ['[1,2,3]', '[]']);
    assert.deepEqual(await versions(), [1, 2, 3]);
  });

  it('a worker killed while it holds the lock does not leave it held; the run then completes', async () => {
    const i = input({ dir: 'slow', params: { lockWait: '30s' } });
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'scripts/postgres-migrate-once.ts'), JSON.stringify(i)], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise((r) => child.once('exit', r));
    const key = lockKey(s.name, HISTORY);
    const held = `SELECT l.pid FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ${LOCK_CLASS} AND l.objid = ${key} AND l.objsubid = 2`;
    try {
      // The child is inside the pg_sleep of version 2, holding the lock.
      await pollFor('the migration to hold the lock inside version 2', () => q(`SELECT (${held}) AS pid, EXISTS (SELECT 1 FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(60)%' AND datname = 'cutover_test') AS sleeping`), (r) => r[0].pid !== null && r[0].sleeping, { ms: 30_000 });
      child.kill('SIGKILL');
      await exited;
      // The server notices the dead client within client_connection_check_interval (1 s) even mid-statement.
      await until('the lock to be free once its worker is gone', async () => (await q(held)).length === 0, { ms: 10_000 });
      assert.deepEqual(await versions(), [1], 'version 2 rolled back with the killed session');
      // A new attempt of the same run takes the lock and finishes (with a quick version 2).
      const dir = copyFixtures('slow');
      fs.writeFileSync(path.join(dir, 'slow/0002_slow.up.sql'), 'CREATE TABLE slow_marker (id INT PRIMARY KEY);\n');
      const out = await migrate({ ...i, ctx: { ...i.ctx, baseDir: dir } });
      assert.deepEqual(out.applied, [1, 2]);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('a terminated backend releases the lock at once and the attempt fails retryably', async () => {
    const i = input({ dir: 'slow', params: { lockWait: '30s' } });
    const running = migrate(i);
    const key = lockKey(s.name, HISTORY);
    const [{ pid }] = await pollFor('the lock holder', () => q(`SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = ${LOCK_CLASS} AND objid = ${key}`), (r) => r.length > 0);
    await q('SELECT pg_terminate_backend($1)', [pid]);
    const err = await failure(running);
    assert.equal(err.type, 'PostgresUnreachable');
    assert.equal(err.nonRetryable, false);
    assert.equal((await q(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = ${LOCK_CLASS} AND objid = ${key}`))[0].n, 0);
  });

  it('the undo runs the downs of exactly this run\'s versions, newest first, and is idempotent', async () => {
    // Version 1 belongs to an earlier run and stays.
    const dir = copyFixtures();
    const later = fs.readdirSync(path.join(dir, 'basic')).filter((f) => !f.startsWith('0001'));
    const stash = fs.mkdtempSync(path.join(os.tmpdir(), 'pgmig-stash-'));
    tempDirs.push(stash);
    for (const f of later) fs.renameSync(path.join(dir, 'basic', f), path.join(stash, f));
    await migrate(input({ baseDir: dir }));
    const afterV1 = await s.structure();
    const dataV1 = await q('SELECT * FROM $S.customers ORDER BY id');
    for (const f of later) fs.renameSync(path.join(stash, f), path.join(dir, 'basic', f));

    const i = input({ baseDir: dir });
    const out = await migrate(i);
    assert.deepEqual(out.applied, [2, 3]);
    assert.deepEqual(await undo(i, out), { database: 'cutover_test', schema: s.name, reverted: [3, 2] });
    assert.deepEqual(await versions(), [1]);
    assert.deepEqual(await s.structure(), afterV1);
    assert.deepEqual(await q('SELECT * FROM $S.customers ORDER BY id'), dataV1);
    assert.deepEqual(await undo(i), { database: 'cutover_test', schema: s.name, reverted: [] }, 'twice = once');
  });

  it('a non-transactional statement that ran before the worker could record it is not run again', async () => {
    const i = input();
    await crashAfterStatement(2);
    const err = await failure(migrate(i));
    assert.match(err.message, /worker died after the statement/);
    const [row] = await q(`SELECT status, statements_done FROM $S.${HISTORY} WHERE version = 2`);
    assert.deepEqual(row, { status: 'applying', statements_done: 0 });
    await noCrash();
    // The ALTER ran in a transaction with its record, so it rolled back; it runs again. Then the
    // CREATE INDEX CONCURRENTLY (outside any transaction) runs; its record fails once more…
    await q(
      `CREATE TRIGGER crash BEFORE UPDATE ON $S.${HISTORY} FOR EACH ROW
         WHEN (NEW.version = 2 AND NEW.statements_done = 2 AND OLD.statements_done = 1) EXECUTE FUNCTION $S.crash()`,
    );
    await failure(migrate(i));
    assert.deepEqual(await q(`SELECT statements_done, pending_statement FROM $S.${HISTORY} WHERE version = 2`), [{ statements_done: 1, pending_statement: 1 }]);
    await noCrash();
    // …and the resumed run sees from the schema that the index exists, so it does not build it twice.
    const out = await migrate(i);
    assert.deepEqual(out.applied, [1, 2, 3]);
    assert.equal((await q(`SELECT count(*)::int AS n FROM pg_indexes WHERE schemaname = $1 AND indexname = 'customers_tier'`, [s.name]))[0].n, 1);
  });

  it('a CREATE INDEX CONCURRENTLY killed mid-way leaves an invalid index that the resumed run drops and builds again', async () => {
    const dir = copyFixtures();
    const later = ['0003_gold_customers.up.sql', '0003_gold_customers.down.sql'];
    for (const f of later) fs.rmSync(path.join(dir, 'basic', f));
    const i = input({ baseDir: dir, params: { lockTimeout: '60s' } });
    // Version 1 first, then version 2 while another transaction holds a snapshot.
    const v1 = path.join(dir, 'basic');
    const stash = fs.mkdtempSync(path.join(os.tmpdir(), 'pgmig-stash-'));
    tempDirs.push(stash);
    for (const f of fs.readdirSync(v1).filter((f) => f.startsWith('0002'))) fs.renameSync(path.join(v1, f), path.join(stash, f));
    await migrate(i);
    for (const f of fs.readdirSync(stash)) fs.renameSync(path.join(stash, f), path.join(v1, f));
    const blocker = await pgConnect(s.url);
    try {
      // An open snapshot elsewhere in the database: the build waits for it at its end, index in place but invalid.
      await blocker.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await blocker.query('SELECT count(*) FROM pg_namespace');
      const running = migrate(i);
      const invalid = `SELECT c.relname FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND NOT x.indisvalid`;
      await until('the index build to wait with its index in the catalog', async () => (await q(invalid, [s.name])).length === 1, { ms: 20_000 });
      const [{ pid }] = await q(`SELECT pid FROM pg_stat_activity WHERE query LIKE 'CREATE INDEX CONCURRENTLY customers_tier%' AND datname = 'cutover_test'`);
      await q('SELECT pg_terminate_backend($1)', [pid]);
      const err = await failure(running);
      assert.equal(err.nonRetryable, false, `a lost connection is retried: ${err.message}`);
      await blocker.query('COMMIT');
      assert.deepEqual((await q(invalid, [s.name])).map((r) => r.relname), ['customers_tier'], 'the interrupted build left an invalid index');
      assert.deepEqual(await q(`SELECT status, pending_statement FROM $S.${HISTORY} WHERE version = 2`), [{ status: 'applying', pending_statement: 1 }]);
      const out = await migrate(i);
      assert.deepEqual(out.applied, [1, 2]);
      assert.deepEqual(await q(invalid, [s.name]), [], 'no invalid index left');
      const [idx] = await q(`SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = 'customers_tier'`, [s.name]);
      assert.match(idx.indexdef, /btree \(tier\)/);
      assert.equal((await q(`SELECT status FROM $S.${HISTORY} WHERE version = 2`))[0].status, 'applied');
    } finally {
      await blocker.end();
    }
  });

  it('a transactional file holding CREATE INDEX CONCURRENTLY or COMMIT is refused before anything connects', async () => {
    const dir = copyFixtures();
    fs.writeFileSync(path.join(dir, 'basic/0004_bad.up.sql'), 'CREATE INDEX CONCURRENTLY x ON customers (name);\n');
    fs.writeFileSync(path.join(dir, 'basic/0004_bad.down.sql'), 'DROP INDEX x;\n');
    let err = await failure(migrate(input({ baseDir: dir, url: 'postgres://nobody:secret@127.0.0.1:1/none' })));
    assert.equal(err.type, 'MigrationFolderError');
    assert.match(err.message, /0004_bad\.up\.sql statement 1: CREATE INDEX CONCURRENTLY x… cannot run inside a transaction; put the line `-- cutover:no-transaction`/);
    fs.writeFileSync(path.join(dir, 'basic/0004_bad.up.sql'), 'CREATE TABLE x (a int);\nCOMMIT;\n');
    err = await failure(migrate(input({ baseDir: dir })));
    assert.match(err.message, /statement 2: transaction control/);
  });

  it('a statement waiting behind another transaction\'s lock gives up after lock_timeout, retryably, and leaves nothing', async () => {
    const dir = copyFixtures();
    await migrate(input({ baseDir: dir }));
    fs.writeFileSync(path.join(dir, 'basic/0004_rename.up.sql'), 'CREATE TABLE audit (id INT);\nALTER TABLE customers ADD COLUMN note TEXT;\n');
    fs.writeFileSync(path.join(dir, 'basic/0004_rename.down.sql'), 'ALTER TABLE customers DROP COLUMN note;\nDROP TABLE audit;\n');
    const reader = await pgConnect(s.url);
    try {
      await reader.query('BEGIN');
      await reader.query(`SELECT count(*) FROM "${s.name}".customers`); // a long read holds ACCESS SHARE
      const started = Date.now();
      const err = await failure(migrate(input({ baseDir: dir, params: { lockTimeout: '300ms' } })));
      assert.equal(err.type, 'PostgresLockTimeout');
      assert.equal(err.nonRetryable, false);
      assert.match(err.message, /0004_rename\.up\.sql .*lock timeout/);
      assert.ok(Date.now() - started < 5000);
      assert.equal((await q(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = $1 AND tablename = 'audit'`, [s.name]))[0].n, 0);
    } finally {
      await reader.end();
    }
  });
});

describe('postgres.migrate: bad input', () => {
  it('a wrong password fails at once, naming step, target and URL without the password', async () => {
    const url = s.url.replace('cutover:cutover@', 'cutover:wrong-secret@');
    const err = await failure(migrate(input({ url })));
    assert.equal(err.type, 'PostgresAccessDenied');
    assert.equal(err.nonRetryable, true);
    assert.match(err.message, /^step schema: target appDb \(postgres:\/\/cutover@127\.0\.0\.1:5433\/cutover_test\): password authentication failed/);
    assert.doesNotMatch(err.message, /wrong-secret/);
  });

  it('an unreachable server is retried', async () => {
    const err = await failure(migrate(input({ url: 'postgres://cutover:pw@127.0.0.1:1/cutover_test' })));
    assert.equal(err.type, 'PostgresUnreachable');
    assert.equal(err.nonRetryable, false);
    assert.match(err.message, /^step schema: target appDb \(postgres:\/\/cutover@127\.0\.0\.1:1\/cutover_test\): .*ECONNREFUSED/);
  });

  it('a URL without a database, and an unknown database, are refused at once', async () => {
    let err = await failure(migrate(input({ url: 'postgres://cutover:pw@127.0.0.1:5433' })));
    assert.equal(err.type, 'PlanError');
    assert.match(err.message, /^step schema: target appDb \(postgres:\/\/cutover@127\.0\.0\.1:5433\/?\): the URL names no database/);
    assert.doesNotMatch(err.message, /pw/);
    err = await failure(migrate(input({ url: s.url.replace(/cutover_test$/, 'no_such_db') })));
    assert.equal(err.type, 'PostgresUnknownDatabase');
    assert.equal(err.nonRetryable, true);
  });
});
