// `cutover plan --against` for the SQL kinds on the stack's real MariaDB and PostgreSQL: pending
// migrations (two of three), checksum mismatches and a held lock; copies that would move N rows of
// which M exist in the target (overwritten, or a conflict with onExisting: fail), across engines
// too. Every test reads the targets' tables, rows and history before and after: nothing changes.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import mysql from 'mysql2/promise';
import { MockActivityEnvironment } from '@temporalio/testing';
import { lockName } from '../../src/systems/mysql/migrate/lock';
import { LOCK_CLASS, lockKey } from '../../src/systems/postgres/migrate/lock';
import type { StepInput } from '../../src/kit/context';
import { kindActivity } from '../helpers/kinds';
import { tempDatabase, type TempDatabase } from '../helpers/mysql';
import { pgConnect, tempSchema, type TempSchema } from '../helpers/postgres';
import { against, changeLines, mysqlState, pgState, stepOf, tempDir } from './plan-against-fixtures';

const MYSQL_FIXTURES = path.resolve(__dirname, '../fixtures/migrations/basic');
const PG_FIXTURES = path.resolve(__dirname, '../fixtures/migrations/postgres/basic');

/** A folder `<dir>/<name>` holding the fixture migrations up to `upTo`. */
function migrations(from: string, name: string, upTo = 3): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, name));
  for (const f of fs.readdirSync(from)) if (Number(f.slice(0, 4)) <= upTo) fs.copyFileSync(path.join(from, f), path.join(dir, name, f));
  return dir;
}

const migrateInput = (kind: string, url: string, targetKind: string, baseDir: string, params: Record<string, unknown>): StepInput => ({
  ctx: { workflowId: 'wf', runId: randomUUID(), planName: 'p', environment: 'test', baseDir, targets: { appDb: { kind: targetKind, url } } },
  step: { id: 'schema', kind, phase: 'migrateData', execution: 'activity', undo: true, params: { target: 'appDb', lockWait: '2s', ...params } },
});

describe('plan --against: mysql.migrate', () => {
  let db: TempDatabase;
  beforeEach(async () => {
    db = await tempDatabase('agm');
    process.env.AGAINST_MYSQL = db.url;
  });
  afterEach(async () => db.drop());
  const targets = { appDb: { kind: 'mysql', url: '${env:AGAINST_MYSQL}' } };

  it('two of three pending, by version and name; nothing written', async () => {
    const one = migrations(MYSQL_FIXTURES, 'm', 1);
    await new MockActivityEnvironment().run(kindActivity('mysql.migrate'), migrateInput('mysql.migrate', db.url, 'mysql', one, { dir: 'm' }));
    const three = migrations(MYSQL_FIXTURES, 'm');
    const before = await mysqlState(db.url);
    const r = await against({ targets, steps: [{ id: 'schema', kind: 'mysql.migrate', target: 'appDb', dir: 'm' }] }, three);
    const s = stepOf(r, 'schema');
    assert.match(s.preview!.summary, /^2 of 3 migrations to apply on appDb \(agm_\w+\), 1 applied$/);
    assert.deepEqual(changeLines(s), [
      'none version 1 create_customers: applied',
      'create version 2 customers_tier: 0002_customers_tier.up.sql, 2 statements',
      'create version 3 gold_customers: 0003_gold_customers.up.sql, 2 statements',
    ]);
    assert.equal(s.preview!.warnings, undefined);
    assert.equal(r.complete, true);
    assert.deepEqual(await mysqlState(db.url), before);
  });

  it('an applied file edited since, and the lock held by another connection, are warnings', async () => {
    const one = migrations(MYSQL_FIXTURES, 'm', 1);
    await new MockActivityEnvironment().run(kindActivity('mysql.migrate'), migrateInput('mysql.migrate', db.url, 'mysql', one, { dir: 'm' }));
    const three = migrations(MYSQL_FIXTURES, 'm');
    fs.appendFileSync(path.join(three, 'm/0001_create_customers.up.sql'), '-- edited\n');
    const holder = await mysql.createConnection(db.url);
    try {
      const [[got]] = await holder.query<mysql.RowDataPacket[]>('SELECT GET_LOCK(?, 0) AS g, CONNECTION_ID() AS id', [lockName(db.name, 'cutover_schema_history')]);
      assert.equal(got.g, 1);
      const before = await mysqlState(db.url);
      const r = await against({ targets, steps: [{ id: 'schema', kind: 'mysql.migrate', target: 'appDb', dir: 'm' }] }, three);
      const w = stepOf(r, 'schema').preview!.warnings!;
      assert.equal(w.length, 2, w.join('\n'));
      assert.match(w[0], /^0001_create_customers\.up\.sql was edited after it was applied \(checksum [0-9a-f]{12}… recorded, [0-9a-f]{12}… now\): the run would fail \(MigrationDrift\)$/);
      assert.match(w[1], new RegExp(`^another runner holds the migration lock \\(connection ${got.id}, cutover@[^,]+, for \\d+s\\): a run would wait up to lockWait 30s for it$`));
      assert.deepEqual(changeLines(stepOf(r, 'schema'))[0], 'none version 1 create_customers: applied, but 0001_create_customers.up.sql changed since');
      assert.deepEqual(await mysqlState(db.url), before);
    } finally {
      await holder.end();
    }
  });

  it('a database never migrated: the history table would be created; it is not', async () => {
    const three = migrations(MYSQL_FIXTURES, 'm');
    const r = await against({ targets, steps: [{ id: 'schema', kind: 'mysql.migrate', target: 'appDb', dir: 'm' }] }, three);
    const s = stepOf(r, 'schema');
    assert.match(s.preview!.summary, /^3 of 3 migrations to apply .*, 0 applied; no history table yet$/);
    assert.equal(changeLines(s)[0], `create history table ${db.name}.cutover_schema_history`);
    assert.deepEqual(await mysqlState(db.url), {});
  });
});

describe('plan --against: postgres.migrate', () => {
  let s: TempSchema;
  beforeEach(async () => {
    s = await tempSchema('agm');
    process.env.AGAINST_PG = s.url;
  });
  afterEach(async () => s.drop());
  const targets = { appDb: { kind: 'postgres', url: '${env:AGAINST_PG}' } };

  it('two of three pending, a checksum mismatch and the advisory lock holder; nothing written', async () => {
    const one = migrations(PG_FIXTURES, 'm', 1);
    await new MockActivityEnvironment().run(kindActivity('postgres.migrate'), migrateInput('postgres.migrate', s.url, 'postgres', one, { dir: 'm', schema: s.name }));
    const three = migrations(PG_FIXTURES, 'm');
    const step = { id: 'schema', kind: 'postgres.migrate', target: 'appDb', dir: 'm', schema: s.name };
    let before = await pgState(s.client, s.name);
    let r = await against({ targets, steps: [step] }, three);
    const p = stepOf(r, 'schema');
    assert.match(p.preview!.summary, new RegExp(`^2 of 3 migrations to apply on appDb \\(cutover_test, schema ${s.name}\\), 1 applied$`));
    assert.deepEqual(changeLines(p).map((l) => l.replace(/: .*/, '')), ['none version 1 create_customers', 'create version 2 customers_tier', 'create version 3 gold_customers']);
    assert.deepEqual(await pgState(s.client, s.name), before);

    fs.appendFileSync(path.join(three, 'm/0001_create_customers.up.sql'), '-- edited\n');
    const holder = await pgConnect(s.url);
    try {
      await holder.query('SELECT pg_advisory_lock($1, $2)', [LOCK_CLASS, lockKey(s.name, 'cutover_schema_history')]);
      const pid = (await holder.query('SELECT pg_backend_pid() AS p')).rows[0].p;
      before = await pgState(s.client, s.name);
      r = await against({ targets, steps: [step] }, three);
      const w = stepOf(r, 'schema').preview!.warnings!;
      assert.equal(w.length, 2, w.join('\n'));
      assert.match(w[0], /^0001_create_customers\.up\.sql was edited after it was applied/);
      assert.match(w[1], new RegExp(`^another runner holds the migration lock \\(held by backend ${pid}, cutover`));
      assert.deepEqual(await pgState(s.client, s.name), before);
    } finally {
      await holder.end();
    }
  });

  it('a schema that does not exist yet: schema and history table would be created; neither is', async () => {
    const schema = `agm_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
    const r = await against({ targets, steps: [{ id: 'schema', kind: 'postgres.migrate', target: 'appDb', dir: 'm', schema }] }, migrations(PG_FIXTURES, 'm'));
    const p = stepOf(r, 'schema');
    assert.deepEqual(changeLines(p).slice(0, 2), [`create schema ${schema}`, `create history table ${schema}.cutover_schema_history`]);
    assert.match(p.preview!.summary, /^3 of 3 migrations to apply/);
    assert.deepEqual(await pgState(s.client, schema), { schemaExists: false });
  });
});

describe('plan --against: table copies', () => {
  let src: TempDatabase;
  let dst: TempDatabase;
  let pgSrc: TempSchema;
  let pgDst: TempSchema;
  before(async () => {
    src = await tempDatabase('ags');
    dst = await tempDatabase('agt');
    pgSrc = await tempSchema('ags', 'cutover_test');
    pgDst = await tempSchema('agt', 'cutover_test2');
    const s = await mysql.createConnection(src.url);
    const d = await mysql.createConnection(dst.url);
    // 10 orders in the source; the target holds orders 1–3 (changed) and two of its own.
    await s.query('CREATE TABLE orders (id BIGINT PRIMARY KEY, region VARCHAR(8) NOT NULL, total DECIMAL(10,2) NOT NULL)');
    await s.query(`INSERT INTO orders VALUES ${Array.from({ length: 10 }, (_, i) => `(${i + 1}, '${i % 2 ? 'eu' : 'us'}', ${i}.50)`).join(', ')}`);
    await d.query('CREATE TABLE orders (id BIGINT PRIMARY KEY, region VARCHAR(8) NOT NULL, total DECIMAL(10,2) NOT NULL)');
    await d.query(`INSERT INTO orders VALUES (1, 'us', 99), (2, 'eu', 99), (3, 'us', 99), (100, 'us', 1), (101, 'eu', 1)`);
    await s.end();
    await d.end();
    for (const [t, rows] of [
      [pgSrc, Array.from({ length: 10 }, (_, i) => `(${i + 1}, '${i % 2 ? 'eu' : 'us'}', ${i}.50)`).join(', ')],
      [pgDst, `(2, 'eu', 99), (4, 'eu', 99), (500, 'us', 1)`],
    ] as const) {
      await t.client.query(`CREATE TABLE "${t.name}".orders (id bigint PRIMARY KEY, region text NOT NULL, total numeric(10,2) NOT NULL)`);
      await t.client.query(`INSERT INTO "${t.name}".orders VALUES ${rows}`);
    }
    Object.assign(process.env, { AGAINST_SRC: src.url, AGAINST_DST: dst.url, AGAINST_PG_SRC: pgSrc.url, AGAINST_PG_DST: pgDst.url });
  });
  after(async () => {
    await src.drop();
    await dst.drop();
    await pgSrc.drop();
    await pgDst.drop();
  });
  const targets = {
    old: { kind: 'mysql', url: '${env:AGAINST_SRC}' },
    new: { kind: 'mysql', url: '${env:AGAINST_DST}' },
    oldPg: { kind: 'postgres', url: '${env:AGAINST_PG_SRC}' },
    newPg: { kind: 'postgres', url: '${env:AGAINST_PG_DST}' },
  };
  const states = async () => ({ src: await mysqlState(src.url), dst: await mysqlState(dst.url), pgSrc: await pgState(pgSrc.client, pgSrc.name), pgDst: await pgState(pgDst.client, pgDst.name) });

  it('mysql.copyTable: 8 rows to move (where id <= 8), 3 of them in the target; onExisting decides overwrite or conflict; nothing written', async () => {
    const before = await states();
    const r = await against({
      targets,
      steps: [
        { id: 'overwrite', kind: 'mysql.copyTable', source: 'old', target: 'new', table: 'orders', where: 'id <= 8', onExisting: 'overwrite', batchSize: 2 },
        { id: 'strict', kind: 'mysql.copyTable', source: 'old', target: 'new', table: 'orders', where: 'id <= 8' },
        { id: 'fresh', kind: 'mysql.copyTable', source: 'old', target: 'new', table: 'orders', targetTable: 'orders_copy' },
      ],
    });
    const o = stepOf(r, 'overwrite');
    assert.equal(o.preview!.summary, `would copy 8 rows of old (${src.name}.orders) (where id <= 8) into new (${dst.name}.orders): 5 new rows, 3 rows already there (overwritten)`);
    assert.deepEqual(changeLines(o), [
      `move 8 rows: old (${src.name}.orders) where id <= 8 → new (${dst.name}.orders)`,
      'create 5 rows inserted: deleted again on rollback',
      'change 3 rows overwritten: already in the target with the same keys; their old values journaled and put back on rollback',
      'none 2 other rows of the target: outside the selection, left as they are',
    ]);
    assert.equal(o.preview!.warnings, undefined);
    const strict = stepOf(r, 'strict');
    assert.deepEqual(strict.preview!.warnings, ['3 rows of the selection already exist in the target (same keys) and a new run did not write them: the copy would fail (onExisting: fail); empty them first or set onExisting: overwrite']);
    const fresh = stepOf(r, 'fresh');
    assert.deepEqual(changeLines(fresh).slice(0, 3), [
      `create table new (${dst.name}.orders_copy): from the source's definition (dropped again on rollback)`,
      `move 10 rows: old (${src.name}.orders) → new (${dst.name}.orders_copy)`,
      'create 10 rows inserted: deleted again on rollback',
    ]);
    assert.deepEqual(await states(), before);
  });

  it('postgres.copyTable between PostgreSQL servers and from MySQL; mysql.copyTable from PostgreSQL; nothing written', async () => {
    const before = await states();
    const r = await against({
      targets,
      steps: [
        { id: 'pg', kind: 'postgres.copyTable', source: 'oldPg', target: 'newPg', table: 'orders', schema: pgSrc.name, targetSchema: pgDst.name, where: "region = 'eu'", onExisting: 'overwrite', batchSize: 2 },
        { id: 'from-mysql', kind: 'postgres.copyTable', source: 'old', target: 'newPg', table: 'orders', schema: pgDst.name, where: 'id < 5' },
        { id: 'to-mysql', kind: 'mysql.copyTable', source: 'oldPg', target: 'new', table: 'orders', schema: pgSrc.name, onExisting: 'overwrite' },
        { id: 'no-schema', kind: 'postgres.copyTable', source: 'oldPg', target: 'newPg', table: 'orders', schema: pgSrc.name, targetSchema: 'nowhere_at_all' },
      ],
    });
    // eu orders are the even ids 2–10: 5 rows, of which 2 and 4 are in the target.
    const pg = stepOf(r, 'pg');
    assert.equal(pg.preview!.summary, `would copy 5 rows of oldPg (${pgSrc.name}.orders) (where region = 'eu') into newPg (${pgDst.name}.orders): 3 new rows, 2 rows already there (overwritten)`);
    assert.deepEqual(changeLines(pg).slice(3), ['none 1 other row of the target: outside the selection, left as they are']);
    // ids 1–4 from MySQL: 2 and 4 are in the PostgreSQL target; onExisting: fail.
    const fm = stepOf(r, 'from-mysql');
    assert.match(fm.preview!.summary, /would copy 4 rows of old .* 2 new rows, 2 rows already there \(a conflict\)$/);
    assert.equal(fm.preview!.warnings!.length, 1);
    // all 10 from PostgreSQL: 1, 2, 3 are in the MySQL target.
    const tm = stepOf(r, 'to-mysql');
    assert.match(tm.preview!.summary, /would copy 10 rows of oldPg .* 7 new rows, 3 rows already there \(overwritten\)$/);
    assert.deepEqual(stepOf(r, 'no-schema').preview!.warnings, ['schema nowhere_at_all does not exist in the target database cutover_test2: the copy would fail (PostgresUnknownSchema)']);
    assert.deepEqual(await states(), before);
  });

  it('a missing table and a where the source refuses fail that step only, saying where', async () => {
    const r = await against({
      targets,
      steps: [
        { id: 'no-table', kind: 'mysql.copyTable', source: 'old', target: 'new', table: 'nosuch' },
        { id: 'bad-where', kind: 'postgres.copyTable', source: 'oldPg', target: 'newPg', table: 'orders', schema: pgSrc.name, targetSchema: pgDst.name, where: 'nosuchcolumn > 1' },
        { id: 'ok', kind: 'mysql.copyTable', source: 'old', target: 'new', table: 'orders', onExisting: 'overwrite' },
      ],
    });
    const a = stepOf(r, 'no-table', 'failed');
    assert.equal(a.error!.type, 'MysqlNoSuchTable');
    assert.match(a.error!.message, new RegExp(`^step no-table: source old \\(mysql://cutover@127\\.0\\.0\\.1:3307/${src.name}\\): table ${src.name}\\.nosuch does not exist$`));
    const b = stepOf(r, 'bad-where', 'failed');
    assert.equal(b.error!.type, 'PostgresSchemaMismatch');
    assert.match(b.error!.message, /step bad-where: source oldPg .*: where "nosuchcolumn > 1": column "nosuchcolumn" does not exist/);
    stepOf(r, 'ok');
    assert.equal(r.complete, false);
  });
});
