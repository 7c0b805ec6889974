// postgres.copyTable and its compensation between two databases of the stack's PostgreSQL.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { kindActivity } from '../helpers/kinds';
import { failure } from '../helpers/failures';
import { pgCopyInput, pgDump, pgTables, runActivity, schemaPair, type PgPair } from './postgres-copy-fixtures';

const copy = kindActivity('postgres.copyTable');
const undo = kindActivity('postgres.copyTable.undo');

let p: PgPair;
beforeEach(async () => {
  p = await schemaPair();
});
afterEach(async () => {
  await p.close();
});

/** A table with the types that need care: numeric, timestamptz, jsonb, arrays, bytea, generated and identity columns. */
async function typesTable(rows: number): Promise<void> {
  await p.source.client.query(`CREATE TABLE kinds (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    serial_no SERIAL NOT NULL,
    amount NUMERIC(30, 10),
    big NUMERIC,
    f8 DOUBLE PRECISION,
    f4 REAL,
    at TIMESTAMPTZ,
    local TIMESTAMP(3),
    day DATE,
    clock TIME,
    span INTERVAL,
    flag BOOLEAN,
    doc JSONB,
    raw_json JSON,
    tags TEXT[],
    grid INT[][],
    blob BYTEA,
    uid UUID,
    note TEXT COLLATE "C",
    code VARCHAR(12) NOT NULL DEFAULT 'none' CHECK (code <> ''),
    doubled NUMERIC GENERATED ALWAYS AS (amount * 2) STORED,
    UNIQUE (uid)
  )`);
  await p.source.client.query('CREATE INDEX kinds_at ON kinds (at DESC) WHERE flag');
  await p.source.client.query(
    `INSERT INTO kinds (amount, big, f8, f4, at, local, day, clock, span, flag, doc, raw_json, tags, grid, blob, uid, note, code)
     SELECT CASE WHEN i % 7 = 0 THEN NULL ELSE i * 1.0000000001 END,
            CASE WHEN i % 5 = 0 THEN '123456789012345678901234567890.123456789'::numeric ELSE i END,
            CASE i % 4 WHEN 0 THEN 'NaN'::float8 WHEN 1 THEN 'Infinity'::float8 WHEN 2 THEN 0.1 + 0.2 ELSE -1e-300 END,
            0.1::real * i,
            timestamptz '2024-03-31 01:59:59.999999+02' + i * interval '1 minute',
            timestamp '1999-12-31 23:59:59.123' + i * interval '1 second',
            date '0044-03-15' + i,
            time '23:59:59.999999',
            interval '1 year 2 months 3 days 04:05:06.789',
            CASE WHEN i % 3 = 0 THEN NULL ELSE i % 2 = 0 END,
            jsonb_build_object('i', i, 'nested', jsonb_build_array(1, 'two', NULL, true), 'text', E'quote" and \\\\ back'),
            '{"b": 1,   "a": [1, 2]}',
            ARRAY['a,b', E'line\\nbreak', NULL, 'tab\\there', '"q"', ''],
            ARRAY[[1, 2], [3, NULL]],
            CASE WHEN i % 6 = 0 THEN NULL ELSE decode(md5(i::text) || '00ff5c0a0d', 'hex') END,
            md5(i::text)::uuid,
            CASE i % 4 WHEN 0 THEN NULL WHEN 1 THEN '' WHEN 2 THEN E'tab\\tnew\\nline\\\\ back' ELSE 'zß€😀' END,
            'c' || i
       FROM generate_series(1, ${rows}) i`,
  );
}

describe('postgres.copyTable', () => {
  it('copies every type exactly into a table it creates from the source definition, and verifies it', async () => {
    await typesTable(2500);
    const out = await runActivity(copy, pgCopyInput(p, { table: 'kinds' }));
    assert.equal(out.rows, 2500);
    assert.equal(out.written, 2500);
    assert.equal(out.batches, 3);
    assert.equal((out.target as { createdTable: boolean }).createdTable, true);
    assert.deepEqual(await pgDump(p.target, 'kinds'), await pgDump(p.source, 'kinds'));
    // Identity and serial sequences end past the copied keys: the application's next rows do not collide.
    const [next] = await p.target.rows(`INSERT INTO kinds (amount) VALUES (1) RETURNING id::int AS id, serial_no AS s, doubled::text AS d`);
    assert.deepEqual(next, { id: 2501, s: 2501, d: '2.0000000000' });
    const [def] = await p.target.rows(`SELECT pg_get_constraintdef(oid) AS d FROM pg_constraint WHERE conrelid = 'kinds'::regclass AND contype = 'c'`);
    assert.match(def.d, /code/);
    // The secondary index, built after the copy; unique and primary key came with the table.
    const idx = await p.target.rows(`SELECT indexname, regexp_replace(indexdef, '^.* USING ', '') AS def FROM pg_indexes WHERE schemaname = $1 AND tablename = 'kinds' ORDER BY 1`, [p.target.name]);
    assert.deepEqual(idx.map((r) => r.def), ['btree (at DESC) WHERE flag', 'btree (id)', 'btree (uid)']);
    assert.equal(idx[0].indexname, 'kinds_kinds_at');
    assert.equal(out.indexes, 1);
  });

  it('copies a composite key with a where, into a table that has rows of its own, and leaves those alone', async () => {
    await p.source.client.query(`CREATE TABLE ledger (account INT, seq INT, amount NUMERIC(12, 2) NOT NULL, memo TEXT, PRIMARY KEY (account, seq))`);
    await p.source.client.query(`INSERT INTO ledger SELECT i / 100, i % 100, (i % 1000) / 100.0, CASE WHEN i % 9 = 0 THEN NULL ELSE 'm' || i END FROM generate_series(0, 9999) i`);
    await p.target.client.query(`CREATE TABLE ledger (account INT, seq INT, amount NUMERIC(12, 2) NOT NULL, memo TEXT, PRIMARY KEY (account, seq))`);
    await p.target.client.query(`INSERT INTO ledger VALUES (5, 1000, 1, 'theirs'), (500, 1, 2, 'theirs')`);
    const out = await runActivity(copy, pgCopyInput(p, { table: 'ledger', where: 'account >= 10 AND account < 60', batchSize: 700 }));
    assert.equal(out.rows, 5000);
    const copied = (await pgDump(p.target, 'ledger', 'account, seq')) as { memo: string | null }[];
    assert.deepEqual(
      copied.filter((r) => r.memo !== 'theirs'),
      await pgDump(p.source, 'ledger', 'account, seq').then((rows) => rows.filter((r: any) => Number(r.account) >= 10 && Number(r.account) < 60)),
    );
    assert.deepEqual(copied.filter((r) => r.memo === 'theirs'), [
      { account: '5', seq: '1000', amount: '1.00', memo: 'theirs' },
      { account: '500', seq: '1', amount: '2.00', memo: 'theirs' },
    ]);
  });

  it('run twice gives one copy; the undo removes it and the table it created, and twice undoes once', async () => {
    await typesTable(3000);
    const i = pgCopyInput(p, { table: 'kinds' });
    const first = await runActivity(copy, i);
    const second = await runActivity(copy, i);
    assert.equal(second.rows, 3000);
    assert.equal(second.written, 3000, 'each row journaled once');
    assert.equal((await p.target.rows('SELECT count(*)::int AS n FROM kinds'))[0].n, 3000);
    assert.deepEqual(await pgDump(p.target, 'kinds'), await pgDump(p.source, 'kinds'));
    const u = await runActivity(undo, { ...i, output: first });
    assert.equal(u.deleted, 3000);
    assert.equal(u.droppedTable, true);
    assert.deepEqual(await pgTables(p.target), [], 'table and journal gone');
    assert.deepEqual(await runActivity(undo, i), { journal: first.journal, found: false, deleted: 0, restored: 0, droppedTable: false });
  });

  it('with onExisting: overwrite, the undo puts a target that held rows of its own back exactly as it was', async () => {
    await typesTable(2000);
    // Same definition as the source, written into the target database by hand.
    await p.target.client.query(`CREATE TABLE kinds (
      id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, serial_no SERIAL NOT NULL, amount NUMERIC(30, 10), big NUMERIC, f8 DOUBLE PRECISION, f4 REAL,
      at TIMESTAMPTZ, local TIMESTAMP(3), day DATE, clock TIME, span INTERVAL, flag BOOLEAN, doc JSONB, raw_json JSON, tags TEXT[], grid INT[][], blob BYTEA,
      uid UUID, note TEXT COLLATE "C", code VARCHAR(12) NOT NULL DEFAULT 'none', doubled NUMERIC GENERATED ALWAYS AS (amount * 2) STORED, UNIQUE (uid))`);
    // Rows of its own: some with keys the copy overwrites, some beyond the copy's keys.
    await p.target.client.query(`INSERT INTO kinds (id, amount, doc, tags, blob, note, code) OVERRIDING SYSTEM VALUE
      SELECT i, -i, '{"theirs": true}', ARRAY['mine'], '\\x00'::bytea, 'theirs', 't' || i FROM generate_series(1, 40) i`);
    await p.target.client.query(`INSERT INTO kinds (id, amount, code) OVERRIDING SYSTEM VALUE SELECT i, i, 'far' FROM generate_series(5000, 5009) i`);
    const before = await pgDump(p.target, 'kinds');
    const i = pgCopyInput(p, { table: 'kinds', onExisting: 'overwrite', batchSize: 500 });
    const out = await runActivity(copy, i);
    assert.equal(out.rows, 2000);
    assert.equal(out.overwritten, 40);
    assert.equal((await p.target.rows('SELECT count(*)::int AS n FROM kinds'))[0].n, 2010);
    const u = await runActivity(undo, { ...i, output: out });
    assert.deepEqual({ deleted: u.deleted, restored: u.restored, droppedTable: u.droppedTable }, { deleted: 2000, restored: 40, droppedTable: false });
    assert.deepEqual(await pgDump(p.target, 'kinds'), before, 'read back from PostgreSQL: exactly the rows it had');
    assert.deepEqual(await pgTables(p.target), ['kinds'], 'no journal left');
  });

  it('with onExisting: fail, a target row with a copied key stops the copy, naming its key; the undo removes what was written', async () => {
    await p.source.client.query('CREATE TABLE t (id INT PRIMARY KEY, v TEXT)');
    await p.source.client.query(`INSERT INTO t SELECT i, 'v' || i FROM generate_series(1, 3000) i`);
    await p.target.client.query('CREATE TABLE t (id INT PRIMARY KEY, v TEXT)');
    await p.target.client.query(`INSERT INTO t VALUES (2500, 'theirs')`);
    const i = pgCopyInput(p, { table: 't', batchSize: 1000 });
    const err = await failure(runActivity(copy, i));
    assert.equal(err.type, 'PostgresTargetConflict');
    assert.match(err.message, /^step copy-orders: target new \(postgres:\/\/cutover@127\.0\.0\.1:5433\/cutover_test2\): table .*\.t already holds a row with key \(2500\)/);
    await runActivity(undo, i);
    assert.deepEqual(await pgDump(p.target, 't'), [{ id: '2500', v: 'theirs' }]);
  });

  it('resumes after the checkpoint of an interrupted attempt, and in the middle of verification', async () => {
    await p.source.client.query('CREATE TABLE t (id INT PRIMARY KEY, v TEXT)');
    await p.source.client.query(`INSERT INTO t SELECT i, 'v' || i FROM generate_series(1, 5000) i`);
    const i = pgCopyInput(p, { table: 't', batchSize: 1000 });
    // An attempt that committed 2000 rows (written here with the real activity on part of the source).
    await runActivity(copy, { ...i, step: { ...i.step, params: { ...i.step.params, where: 'id <= 2000' } } });
    const out = await runActivity(copy, i, { phase: 'copy', after: ['2000'], rows: 2000, batches: 2, verified: 0, done: 2000, unit: 'rows' });
    assert.deepEqual(out.thisAttempt, { rows: 3000, batches: 3 });
    assert.equal(out.rows, 5000);
    assert.equal(out.written, 5000);
    const again = await runActivity(copy, i, { phase: 'verify', after: ['3000'], rows: 5000, batches: 5, verified: 3000, done: 3000, unit: 'rows' });
    assert.equal(again.rows, 5000, 'verification resumed from its cursor');
    assert.deepEqual(again.thisAttempt, { rows: 0, batches: 0 });
  });

  it('a difference between source and target fails verification', async () => {
    await p.source.client.query('CREATE TABLE t (id INT PRIMARY KEY, v TEXT)');
    await p.source.client.query(`INSERT INTO t SELECT i, 'v' || i FROM generate_series(1, 2000) i`);
    await p.target.client.query('CREATE TABLE t (id INT PRIMARY KEY, v TEXT)');
    await p.target.client.query(`CREATE FUNCTION bend() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.id = 1234 THEN NEW.v := 'bent'; END IF; RETURN NEW; END $$`);
    await p.target.client.query('CREATE TRIGGER bend BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION bend()');
    const err = await failure(runActivity(copy, pgCopyInput(p, { table: 't' })));
    assert.equal(err.type, 'PostgresCopyMismatch');
    assert.match(err.message, /keys \(1001\) … \(2000\): 1000 rows on both sides, checksums differ/);
  });
});

describe('postgres.copyTable: bad input', () => {
  it('a missing source table, a missing target schema and a where that would end the statement are refused', async () => {
    let err = await failure(runActivity(copy, pgCopyInput(p, { table: 'nope' })));
    assert.equal(err.type, 'PostgresNoSuchTable');
    assert.match(err.message, /^step copy-orders: source old \(postgres:\/\/cutover@127\.0\.0\.1:5433\/cutover_test\): table .*\.nope does not exist/);
    await p.source.client.query('CREATE TABLE t (id INT PRIMARY KEY)');
    await p.source.client.query('INSERT INTO t VALUES (1)');
    err = await failure(runActivity(copy, pgCopyInput(p, { table: 't', targetSchema: 'no_such_schema' })));
    assert.equal(err.type, 'PostgresUnknownSchema');
    err = await failure(runActivity(copy, pgCopyInput(p, { table: 't', where: 'id > 0) TO STDOUT; DROP TABLE t; --' })));
    assert.equal(err.type, 'PlanError');
    assert.match(err.message, /must be one condition; it holds a \) without its \(/);
    err = await failure(runActivity(copy, pgCopyInput(p, { table: 't', where: 'no_column > 1' })));
    assert.equal(err.type, 'PostgresSchemaMismatch');
    assert.match(err.message, /where "no_column > 1": column "no_column" does not exist/);
    assert.equal((await p.source.rows('SELECT count(*)::int AS n FROM t'))[0].n, 1);
  });

  it('a wrong password and an unreachable target are classified, without the password', async () => {
    await p.source.client.query('CREATE TABLE t (id INT PRIMARY KEY)');
    const bad = { source: p.source, target: { name: p.target.name, url: p.target.url.replace('cutover:cutover@', 'cutover:hunter2@') } };
    let err = await failure(runActivity(copy, pgCopyInput(bad, { table: 't' })));
    assert.equal(err.type, 'PostgresAccessDenied');
    assert.match(err.message, /^step copy-orders: target new \(postgres:\/\/cutover@127\.0\.0\.1:5433\/cutover_test2\): password authentication failed/);
    assert.doesNotMatch(err.message, /hunter2/);
    const gone = { source: p.source, target: { name: p.target.name, url: 'postgresql://cutover:x@127.0.0.1:1/cutover_test2' } };
    err = await failure(runActivity(copy, pgCopyInput(gone, { table: 't' })));
    assert.equal(err.type, 'PostgresUnreachable');
    assert.equal(err.nonRetryable, false);
    assert.match(err.message, /^step copy-orders: target new \(postgresql:\/\/cutover@127\.0\.0\.1:1\/cutover_test2\): /);
    const nodb = { source: { name: p.source.name, url: 'postgres://cutover:hunter2@127.0.0.1:5433' }, target: p.target };
    err = await failure(runActivity(copy, pgCopyInput(nodb, { table: 't' })));
    assert.equal(err.type, 'PlanError');
    assert.match(err.message, /^step copy-orders: source old \(postgres:\/\/cutover@127\.0\.0\.1:5433\/?\): the URL names no database/);
    assert.doesNotMatch(err.message, /hunter2/);
  });
});
