// mysql.copyTable against the stack's MariaDB: a source and a target database per test.
import { after, afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RowDataPacket } from 'mysql2/promise';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { copyInput, databasePair, dump, runActivity, serverUrl, tables, type Pair } from './mysql-copy-fixtures';
import { failure } from '../helpers/failures';
import { kindActivity, kindParams } from '../helpers/kinds';
import { mysqlCopyTable as copyTableImpl } from '../../src/systems/mysql/copy/copy';
import type { MysqlCopyTableParams } from '../../src/systems/mysql/kinds';
import type { StepInput } from '../../src/kit/context';

const mysqlCopyTable = kindActivity('mysql.copyTable');
const mysqlCopyTableUndo = kindActivity('mysql.copyTable.undo');

const pairs: Pair[] = [];
async function pair(): Promise<Pair> {
  const p = await databasePair();
  pairs.push(p);
  return p;
}
afterEach(async () => {
  for (const p of pairs.splice(0)) await p.close();
});
after(() => undefined);

const ORDERS = `CREATE TABLE orders (
  id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  customer VARCHAR(64) NOT NULL,
  amount DECIMAL(30,4) NULL,
  ratio DOUBLE NULL,
  small FLOAT NULL,
  note TEXT NULL,
  payload BLOB NULL,
  day DATE NULL,
  at DATETIME(6) NULL,
  stamp TIMESTAMP(3) NULL DEFAULT NULL,
  dur TIME NULL,
  doc JSON NULL,
  state ENUM('new','paid','gone') NOT NULL DEFAULT 'new',
  flags SET('a','b','c') NULL,
  bits BIT(5) NULL,
  pos POINT NULL,
  cents DECIMAL(40,2) AS (amount * 100) VIRTUAL,
  KEY by_customer (customer)
) DEFAULT CHARSET=utf8mb4`;

/** Awkward values on purpose: the largest keys, NUL bytes, quotes, `?`, emoji, zero dates, NULLs. */
async function seedOrders(p: Pair, extra = 500): Promise<void> {
  await p.src.query("SET sql_mode = ''");
  await p.src.query(ORDERS);
  await p.src.query(
    `INSERT INTO orders (id, customer, amount, ratio, small, note, payload, day, at, stamp, dur, doc, state, flags, bits, pos) VALUES
     (1, 'ann', 12.3400, 0.1, 1.1, 'it''s a \\\\ back?slash', X'00FF00', '2024-02-29', '2024-02-29 23:59:59.999999', '2024-03-01 00:00:00.123', '-838:59:59', '{"a": [1, 2.50, "x"]}', 'paid', 'a,c', b'10101', ST_GeomFromText('POINT(1 2)', 4326)),
     (2, 'bob ✓ 🚀', -99999999999999999999999999.9999, 1e308, -3.4e38, NULL, '', '0000-00-00', '0000-00-00 00:00:00', NULL, '00:00:00', 'null', 'new', '', b'0', NULL),
     (9007199254740993, 'past 2^53', 1, 5e-324, 0, REPEAT('x', 5000), RANDOM_BYTES(512), NULL, NULL, NULL, NULL, NULL, 'gone', NULL, NULL, NULL),
     (18446744073709551615, 'largest', NULL, NULL, NULL, '', NULL, '9999-12-31', '9999-12-31 23:59:59.999999', '2038-01-19 03:14:07.999', '838:59:59', '{}', 'new', 'a,b,c', b'11111', ST_GeomFromText('POINT(-5.5 7e10)'))`,
  );
  await p.src.query(
    `INSERT INTO orders (id, customer, amount, ratio, note, at, doc, state)
     SELECT 1000 + seq, CONCAT('c', seq % 37), seq / 7, seq * 1.5, MD5(seq), '2020-01-01' + INTERVAL seq MINUTE, JSON_OBJECT('n', seq), ELT(1 + seq % 3, 'new', 'paid', 'gone')
     FROM seq_1_to_${extra}`,
  );
}

describe('mysql.copyTable', () => {
  it('copies every column type exactly, creating the target table from the source definition', async () => {
    const p = await pair();
    await seedOrders(p);
    const input = copyInput(p, { table: 'orders', batchSize: 64 });
    const out = await runActivity(mysqlCopyTable, input);

    assert.equal(out.rows, 504);
    assert.equal(out.written, 504);
    assert.equal(out.overwritten, 0);
    assert.equal(out.batches, 8);
    assert.deepEqual(out.thisAttempt, { rows: 504, batches: 8 });
    assert.equal(out.resumedFrom, null);
    assert.deepEqual(out.target, { target: 'new', table: `${p.target.name}.orders`, createdTable: true });
    assert.deepEqual(await dump(p.dst, 'orders'), await dump(p.src, 'orders'));
    const ddl = async (c: typeof p.src) => ((await c.query<RowDataPacket[]>('SHOW CREATE TABLE orders'))[0][0]['Create Table'] as string);
    assert.equal(await ddl(p.dst), await ddl(p.src));
    // The journal (two tables) is all cutover leaves beside the copy.
    assert.deepEqual((await tables(p.dst)).filter((t) => t !== 'orders').map((t) => t.replace(/[0-9a-f]{16}/, 'H')), ['cutover_copy_H_new', 'cutover_copy_H_old', 'cutover_copy_H_runs']);
  });

  it('pages through a composite primary key and copies only the rows the where filter selects', async () => {
    const p = await pair();
    await p.src.query(`CREATE TABLE order_lines (tenant VARCHAR(16) NOT NULL, n INT NOT NULL, sku VARBINARY(8) NOT NULL, qty INT NOT NULL, PRIMARY KEY (tenant, n, sku))`);
    // Many rows share the first key column, so pages end in the middle of a tenant.
    await p.src.query(
      `INSERT INTO order_lines SELECT ELT(1 + seq % 4, 'acme', 'beta', 'côté', 'zulu'), seq DIV 12, UNHEX(LPAD(HEX(seq % 3), 2, '0')), seq FROM seq_1_to_2000`,
    );
    const input = copyInput(p, { table: 'order_lines', where: "tenant <> 'beta' AND qty % 5 <> 0", batchSize: 7 });
    const out = await runActivity(mysqlCopyTable, input);
    const [[{ n }]] = await p.src.query<RowDataPacket[]>("SELECT COUNT(*) AS n FROM order_lines WHERE tenant <> 'beta' AND qty % 5 <> 0");
    assert.equal(out.rows, Number(n));
    assert.equal(out.where, "tenant <> 'beta' AND qty % 5 <> 0");
    const order = 'tenant, n, sku';
    const [expected] = await p.src.query<RowDataPacket[]>(`SELECT * FROM order_lines WHERE tenant <> 'beta' AND qty % 5 <> 0 ORDER BY ${order}`);
    const [got] = await p.dst.query<RowDataPacket[]>(`SELECT * FROM order_lines ORDER BY ${order}`);
    assert.deepEqual(got, expected);
  });

  it('running the same step twice gives one copy', async () => {
    const p = await pair();
    await seedOrders(p, 300);
    const input = copyInput(p, { table: 'orders', batchSize: 50 });
    await runActivity(mysqlCopyTable, input);
    const again = await runActivity(mysqlCopyTable, input);
    assert.equal(again.rows, 304);
    assert.equal(again.written, 304);
    assert.deepEqual(again.target, { target: 'new', table: `${p.target.name}.orders`, createdTable: true }, 'the first attempt decided who created the table');
    const [[{ n }]] = await p.dst.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM orders');
    assert.equal(Number(n), 304);
    assert.deepEqual(await dump(p.dst, 'orders'), await dump(p.src, 'orders'));
  });

  it('integer keys are journaled as runs of consecutive keys, sparse pages key by key; the undo is exact', async () => {
    const p = await pair();
    await p.src.query('CREATE TABLE items (id INT UNSIGNED PRIMARY KEY, v VARCHAR(20) NOT NULL)');
    // 2,000 consecutive keys, then 1,000 keys ten apart.
    await p.src.query(`INSERT INTO items SELECT seq, CONCAT('dense-', seq) FROM seq_1_to_2000`);
    await p.src.query(`INSERT INTO items SELECT 10000 + 10 * seq, CONCAT('sparse-', seq) FROM seq_0_to_999`);
    await p.dst.query('CREATE TABLE items (id INT UNSIGNED PRIMARY KEY, v VARCHAR(20) NOT NULL)');
    // Rows of the target's own: one between the two parts, one in a gap of the sparse part.
    await p.dst.query(`INSERT INTO items VALUES (5000, 'own'), (10005, 'own too')`);
    const input = copyInput(p, { table: 'items', batchSize: 500 });
    const out = await runActivity(mysqlCopyTable, input);
    assert.equal(out.rows, 3000);
    assert.equal(out.written, 3000);
    const journal = (await tables(p.dst)).filter((t) => t.startsWith('cutover_copy_'));
    const count = async (suffix: string) => Number((await p.dst.query<RowDataPacket[]>(`SELECT COUNT(*) AS n FROM ${journal.find((t) => t.endsWith(suffix))}`))[0][0].n);
    assert.equal(await count('_runs'), 4, 'one run per dense page');
    assert.equal(await count('_new'), 1000, 'the sparse keys one by one');

    const undo = await runActivity(mysqlCopyTableUndo, input);
    assert.equal(undo.deleted, 3000);
    assert.deepEqual(await dump(p.dst, 'items'), [
      { id: 5000, v: 'own' },
      { id: 10005, v: 'own too' },
    ]);
    assert.deepEqual(await tables(p.dst), ['items']);
  });

  it('compensation removes what the run inserted, restores what it overwrote, and leaves other rows alone; twice = once', async () => {
    const p = await pair();
    await seedOrders(p, 200);
    // The target table exists already: rows the source also has (to be overwritten) and rows of its own.
    await p.dst.query("SET sql_mode = ''");
    await p.dst.query(ORDERS);
    await p.dst.query(`INSERT INTO orders (id, customer, amount, note) SELECT 1000 + seq, 'target-own', seq, 'before' FROM seq_1_to_50 WHERE seq % 2 = 0`);
    await p.dst.query(`INSERT INTO orders (id, customer, note) VALUES (5, 'only in target', 'keep me'), (99999, 'only in target', 'keep me too')`);
    const before = await dump(p.dst, 'orders');

    const input = copyInput(p, { table: 'orders', batchSize: 40, onExisting: 'overwrite' });
    const out = await runActivity(mysqlCopyTable, input);
    assert.equal(out.rows, 204);
    assert.equal(out.overwritten, 25);
    assert.deepEqual(out.target, { target: 'new', table: `${p.target.name}.orders`, createdTable: false });
    const [[{ n }]] = await p.dst.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM orders');
    assert.equal(Number(n), 206, 'the two rows of its own stay in the target');
    // The extra rows in the key range made chunks be compared key by key: still verified.
    assert.ok(Number((out.verification as { comparedKeyByKey: number }).comparedKeyByKey) >= 1);

    const undo = await runActivity(mysqlCopyTableUndo, { ...input });
    assert.equal(undo.found, true);
    assert.equal(undo.deleted, 204);
    assert.equal(undo.restored, 25);
    assert.equal(undo.droppedTable, false);
    assert.deepEqual(await dump(p.dst, 'orders'), before);
    assert.deepEqual(await tables(p.dst), ['orders'], 'the journal is gone');
    const twice = await runActivity(mysqlCopyTableUndo, input);
    assert.deepEqual(twice, { journal: undo.journal, found: false, deleted: 0, restored: 0, droppedTable: false });
    assert.deepEqual(await dump(p.dst, 'orders'), before);
  });

  it('compensation drops the table the run created', async () => {
    const p = await pair();
    await seedOrders(p, 10);
    const input = copyInput(p, { table: 'orders', targetTable: 'orders_copy' });
    await runActivity(mysqlCopyTable, input);
    assert.deepEqual((await tables(p.dst)).filter((t) => !t.startsWith('cutover_')), ['orders_copy']);
    const undo = await runActivity(mysqlCopyTableUndo, input);
    assert.equal(undo.droppedTable, true);
    assert.deepEqual(await tables(p.dst), []);
  });

  it('refuses to overwrite a row it did not write (onExisting: fail), before writing anything', async () => {
    const p = await pair();
    await seedOrders(p, 100);
    await p.dst.query("SET sql_mode = ''");
    await p.dst.query(ORDERS);
    await p.dst.query(`INSERT INTO orders (id, customer) VALUES (3, 'no conflict'), (1001, 'conflict')`);
    const err = await failure(runActivity(mysqlCopyTable, copyInput(p, { table: 'orders', batchSize: 1000 })));
    assert.equal(err.type, 'MysqlTargetConflict');
    assert.equal(err.nonRetryable, true);
    assert.match(err.message, new RegExp(`step copy-orders: target new \\(mysql://cutover@127\\.0\\.0\\.1:\\d+/${p.target.name}\\): table ${p.target.name}\\.orders already holds a row with key \\(1001\\)`));
    const [[{ n }]] = await p.dst.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM orders');
    assert.equal(Number(n), 2);
  });

  it('fails verification when the source changes under the copy', async () => {
    const p = await pair();
    await seedOrders(p, 400);
    const env = new MockActivityEnvironment({}, { logger: new DefaultLogger('ERROR') });
    let changed = false;
    env.on('heartbeat', () => {
      if (changed) return;
      changed = true;
      // Row 1001 is in the first page, already copied: the target keeps the old value.
      void p.src.query("UPDATE orders SET note = 'changed' WHERE id = 1001");
    });
    const err = await failure(env.run(mysqlCopyTable, copyInput(p, { table: 'orders', batchSize: 100 })));
    assert.equal(err.type, 'MysqlCopyMismatch');
    assert.equal(err.nonRetryable, true);
    assert.match(err.message, /copy verification failed for keys \(\d+\) … \(\d+\): 100 rows on both sides, checksums differ/);
  });

  describe('bad input', () => {
    it('a missing table is non-retryable and names step, target and table', async () => {
      const p = await pair();
      const err = await failure(runActivity(mysqlCopyTable, copyInput(p, { table: 'nope' })));
      assert.equal(err.type, 'MysqlNoSuchTable');
      assert.equal(err.nonRetryable, true);
      assert.match(err.message, new RegExp(`^step copy-orders: source old \\(mysql://cutover@127\\.0\\.0\\.1:\\d+/${p.source.name}\\): table ${p.source.name}\\.nope does not exist$`));
    });

    it('wrong credentials are non-retryable and the password never shows', async () => {
      const p = await pair();
      const input = copyInput(p, { table: 'orders' });
      input.ctx.targets.new = { kind: 'mysql', url: p.target.url.replace('cutover:cutover@', 'cutover:s3cret-wrong@') };
      await seedOrders(p, 1);
      const err = await failure(runActivity(mysqlCopyTable, input));
      assert.equal(err.type, 'MysqlAccessDenied');
      assert.equal(err.nonRetryable, true);
      assert.match(err.message, /^step copy-orders: target new \(mysql:\/\/cutover@127\.0\.0\.1:\d+\/cpt_\w+\): Access denied for user 'cutover'/);
      assert.doesNotMatch(err.message, /s3cret/);
    });

    it('an unreachable server is retryable', async () => {
      const p = await pair();
      const input = copyInput(p, { table: 'orders' });
      input.ctx.targets.old = { kind: 'mysql', url: 'mysql://cutover:cutover@127.0.0.1:1/db' };
      const err = await failure(runActivity(mysqlCopyTable, input));
      assert.equal(err.type, 'MysqlUnreachable');
      assert.equal(err.nonRetryable, false);
      assert.match(err.message, /^step copy-orders: source old \(mysql:\/\/cutover@127\.0\.0\.1:1\/db\): /);
    });

    it('a selection that matches nothing is a clear, non-retryable error unless allowed', async () => {
      const p = await pair();
      await seedOrders(p, 5);
      const err = await failure(runActivity(mysqlCopyTable, copyInput(p, { table: 'orders', where: 'id BETWEEN 100000 AND 200000' })));
      assert.equal(err.type, 'MysqlNothingToCopy');
      assert.equal(err.nonRetryable, true);
      assert.match(err.message, /nothing to copy: cps_\w+\.orders has no row where id BETWEEN 100000 AND 200000/);
      const ok = await runActivity(mysqlCopyTable, copyInput(p, { table: 'orders', where: 'id BETWEEN 100000 AND 200000', allowEmpty: true }));
      assert.equal(ok.rows, 0);
    });

    it('a where clause with a syntax error is non-retryable and quoted back', async () => {
      const p = await pair();
      await seedOrders(p, 5);
      const err = await failure(runActivity(mysqlCopyTable, copyInput(p, { table: 'orders', where: 'id >' })));
      assert.equal(err.type, 'MysqlSyntaxError');
      assert.equal(err.nonRetryable, true);
      assert.match(err.message, /where "id >": You have an error in your SQL syntax/);
    });

    it('table names cannot inject SQL: the plan schema refuses them, and quoting defeats them anyway', async () => {
      const params = kindParams('mysql.copyTable');
      const base = { source: 'old', target: 'new' };
      for (const table of ['orders; DROP TABLE victim', 'orders`; DROP TABLE victim; --', 'a.b', '']) {
        assert.equal(params.safeParse({ ...base, table }).success, false, table);
        assert.equal(params.safeParse({ ...base, table: 'orders', targetTable: table }).success, false, table);
      }
      // Past the schema (the implementation called directly), a hostile name is just a table that does not exist.
      const p = await pair();
      await p.src.query('CREATE TABLE victim (id INT PRIMARY KEY)');
      await p.dst.query('CREATE TABLE victim (id INT PRIMARY KEY)');
      const unchecked = (i: StepInput) => copyTableImpl({ ...i, params: { batchSize: 5000, onExisting: 'fail', allowEmpty: false, ...i.step.params } as MysqlCopyTableParams });
      const err = await failure(runActivity(unchecked, copyInput(p, { table: 'victim`; DROP TABLE victim; --' })));
      assert.equal(err.type, 'MysqlNoSuchTable');
      const err2 = await failure(runActivity(unchecked, copyInput(p, { table: 'victim', targetTable: 'x` (id INT); DROP TABLE victim; --' })));
      assert.ok(err2.nonRetryable);
      assert.deepEqual(await tables(p.src), ['victim']);
      assert.ok((await tables(p.dst)).includes('victim'));
    });

    it('the where clause runs read-only: a function that writes is refused', async () => {
      const p = await pair();
      await seedOrders(p, 5);
      await p.src.query('CREATE TABLE victim (id INT PRIMARY KEY)');
      await p.src.query('INSERT INTO victim VALUES (1)');
      await p.src.query('CREATE FUNCTION wipe() RETURNS INT MODIFIES SQL DATA BEGIN DELETE FROM victim; RETURN 1; END');
      const err = await failure(runActivity(mysqlCopyTable, copyInput(p, { table: 'orders', where: 'wipe() = 1' })));
      assert.equal(err.type, 'MysqlReadOnly');
      assert.equal(err.nonRetryable, true);
      const [[{ n }]] = await p.src.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM victim');
      assert.equal(Number(n), 1);
    });

    it('a table without a primary key is refused', async () => {
      const p = await pair();
      await p.src.query('CREATE TABLE heap (a INT)');
      await p.src.query('INSERT INTO heap VALUES (1)');
      const err = await failure(runActivity(mysqlCopyTable, copyInput(p, { table: 'heap' })));
      assert.equal(err.type, 'MysqlNoPrimaryKey');
      assert.equal(err.nonRetryable, true);
    });

    it('source and target the same table is a plan mistake', async () => {
      const p = await pair();
      await seedOrders(p, 1);
      const input = copyInput(p, { table: 'orders' });
      input.ctx.targets.new = input.ctx.targets.old;
      const err = await failure(runActivity(mysqlCopyTable, input));
      assert.equal(err.type, 'PlanError');
      assert.ok(serverUrl());
    });
  });
});
