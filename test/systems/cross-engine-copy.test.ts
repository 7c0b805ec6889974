// Copies across engines on the stack's MariaDB and PostgreSQL: postgres.copyTable from a MySQL
// source and mysql.copyTable from a PostgreSQL source, for tables with every mapped type, read back
// from both servers; columns that cannot be mapped exactly are refused before anything is written.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { kindActivity } from '../helpers/kinds';
import { failure } from '../helpers/failures';
import { tempDatabase, type TempDatabase } from '../helpers/mysql';
import { tempSchema, type TempSchema } from '../helpers/postgres';
import { connect, tables as mysqlTables } from './mysql-copy-fixtures';
import { pgCopyInput, pgTables, runActivity } from './postgres-copy-fixtures';

const pgCopy = kindActivity('postgres.copyTable');
const pgUndo = kindActivity('postgres.copyTable.undo');
const myCopy = kindActivity('mysql.copyTable');
const myUndo = kindActivity('mysql.copyTable.undo');

let my: TempDatabase;
let my2: TempDatabase;
let myc: Connection;
let my2c: Connection;
let pg: TempSchema;
beforeEach(async () => {
  my = await tempDatabase('xms');
  my2 = await tempDatabase('xmt');
  myc = await connect(my.url);
  my2c = await connect(my2.url);
  for (const c of [myc, my2c]) await c.query("SET time_zone = '+00:00'");
  pg = await tempSchema('xpg', 'cutover_test2');
  await pg.client.query(`SET search_path = "${pg.name}"; SET TimeZone = 'UTC'`);
});
afterEach(async () => {
  await myc.end();
  await my2c.end();
  await my.drop();
  await my2.drop();
  await pg.drop();
});

/** MySQL → PostgreSQL: source in a MariaDB database, target a PostgreSQL schema. */
const toPg = (params: Record<string, unknown>, runId?: string) =>
  pgCopyInput({ source: { url: my.url, name: 'unused' }, target: { url: pg.url, name: pg.name } }, { schema: 'public', targetSchema: pg.name, ...params }, { sourceKind: 'mysql', runId });
/** PostgreSQL → MySQL: source a PostgreSQL schema, target a MariaDB database. */
const toMysql = (params: Record<string, unknown>, runId?: string) => {
  const i = pgCopyInput({ source: { url: pg.url, name: pg.name }, target: { url: my2.url, name: 'unused' } }, {}, { targetKind: 'mysql', kind: 'mysql.copyTable', runId });
  const { targetSchema: _t, ...rest } = i.step.params as Record<string, unknown>;
  return { ...i, step: { ...i.step, params: { ...rest, schema: pg.name, onExisting: 'fail', allowEmpty: false, ...params } } };
};

const ALL_TYPES = `CREATE TABLE every_type (
  id BIGINT NOT NULL PRIMARY KEY,
  t TINYINT, tu TINYINT UNSIGNED, flag TINYINT(1), s SMALLINT, su SMALLINT UNSIGNED, m MEDIUMINT, i INT, iu INT UNSIGNED, b BIGINT, bu BIGINT UNSIGNED, y YEAR,
  d DECIMAL(30, 4), f FLOAT, dbl DOUBLE,
  c CHAR(5), v VARCHAR(40) NOT NULL, tx TEXT, lt LONGTEXT, doc JSON,
  day DATE, at DATETIME(6), stamp TIMESTAMP(3) NULL DEFAULT NULL,
  bin BINARY(4), vb VARBINARY(16), blb BLOB
) DEFAULT CHARSET=utf8mb4`;

async function seedAllTypes(n: number): Promise<void> {
  await myc.query(ALL_TYPES);
  await myc.query(
    `INSERT INTO every_type VALUES
     (1, -128, 255, 1, -32768, 65535, -8388608, -2147483648, 4294967295, -9223372036854775808, 18446744073709551615, 2155,
      -99999999999999999999999999.9999, -3.4e38, 1e308, 'ab', 'it''s a \\\\ back?slash', 'tab\\tline\\nend', REPEAT('x', 70000), '{"b": [1, 2.5, "x"], "a": null}',
      '1000-01-01', '1000-01-01 00:00:00.000001', '1970-01-01 00:00:01.000', X'00FF0A0D', X'', X'5C00'),
     (2, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 5e-324, NULL, 'emoji 😀 ✓', '', NULL, NULL,
      '9999-12-31', '9999-12-31 23:59:59.999999', '2038-01-19 03:14:07.999', NULL, NULL, NULL),
     (9007199254740993, 127, 0, NULL, 32767, 0, 8388607, 2147483647, 0, 9223372036854775807, 0, 1901,
      0.0001, 1.1, 0.1, '', 'past 2^53', NULL, '', '[]', '2024-02-29', '2024-02-29 12:00:00', '2024-02-29 12:00:00.5', X'01020304', X'FFFF', X'')`,
  );
  await myc.query(
    `INSERT INTO every_type (id, i, d, f, dbl, v, day, at, doc, blb)
     SELECT 100 + seq, seq, seq / 7, seq / 3, seq / 11, CONCAT('row-', seq), '2020-01-01' + INTERVAL seq DAY, '2020-01-01 00:00:00' + INTERVAL seq SECOND, JSON_OBJECT('seq', seq), UNHEX(MD5(seq))
       FROM seq_1_to_${n}`,
  );
}

/** A MariaDB table's rows as canonical text (what the same values print as in PostgreSQL after mapping). */
async function mysqlRows(c: Connection, table: string): Promise<string[][]> {
  const [rows] = await c.query<RowDataPacket[]>({ sql: `SELECT * FROM \`${table}\` ORDER BY id`, rowsAsArray: true });
  return (rows as unknown as unknown[][]).map((r) => r.map((v) => (v === null ? null : Buffer.isBuffer(v) ? v.toString('hex') : String(v))) as string[]);
}

describe('postgres.copyTable from a MySQL source', () => {
  it('maps every common type exactly, verifies after mapping, and the undo removes table and journal', async () => {
    await seedAllTypes(3000);
    const i = toPg({ table: 'every_type', batchSize: 700 });
    const out = await runActivity(pgCopy, i);
    assert.equal(out.rows, 3003);
    assert.equal(out.written, 3003);
    const cols = await pg.rows(`SELECT column_name, format_type(atttypid, atttypmod) AS t FROM information_schema.columns c JOIN pg_attribute a ON a.attrelid = '"${pg.name}".every_type'::regclass AND a.attname = c.column_name WHERE table_schema = $1 AND table_name = 'every_type' ORDER BY ordinal_position`, [pg.name]);
    assert.deepEqual(
      cols.map((c) => `${c.column_name} ${c.t}`),
      [
        'id bigint', 't smallint', 'tu smallint', 'flag boolean', 's smallint', 'su integer', 'm integer', 'i integer', 'iu bigint', 'b bigint', 'bu numeric(20,0)', 'y smallint',
        'd numeric(30,4)', 'f real', 'dbl double precision', 'c character(5)', 'v character varying(40)', 'tx text', 'lt text', 'doc text',
        'day date', 'at timestamp(6) without time zone', 'stamp timestamp(3) with time zone', 'bin bytea', 'vb bytea', 'blb bytea',
      ],
    );
    // Values read from PostgreSQL, against what MariaDB holds.
    const [one] = await pg.rows(`SELECT tu, flag, bu::text, y, d::text, f::text, dbl::text, c, v, tx, length(lt) AS lt, doc, day::text, at::text, stamp::text, encode(bin, 'hex') AS bin, encode(vb, 'hex') AS vb, encode(blb, 'hex') AS blb FROM every_type WHERE id = 1`);
    assert.deepEqual(one, {
      tu: 255, flag: true, bu: '18446744073709551615', y: 2155, d: '-99999999999999999999999999.9999', f: '-3.4e+38', dbl: '1e+308', c: 'ab   ', v: "it's a \\ back?slash",
      tx: 'tab\tline\nend', lt: 70000, doc: '{"b": [1, 2.5, "x"], "a": null}', day: '1000-01-01', at: '1000-01-01 00:00:00.000001', stamp: '1970-01-01 00:00:01+00',
      bin: '00ff0a0d', vb: '', blb: '5c00',
    });
    const [two] = await pg.rows(`SELECT flag, v, dbl::text, at::text, stamp::text FROM every_type WHERE id = 2`);
    assert.deepEqual(two, { flag: false, v: 'emoji 😀 ✓', dbl: '5e-324', at: '9999-12-31 23:59:59.999999', stamp: '2038-01-19 03:14:07.999+00' });
    assert.equal((await pg.rows(`SELECT b::text FROM every_type WHERE id = 9007199254740993`))[0].b, '9223372036854775807');
    assert.equal((await pg.rows(`SELECT count(*)::int AS n, sum(i)::text AS s FROM every_type WHERE id > 100 AND id < 100000`))[0].s, String((3000 * 3001) / 2));
    const u = await runActivity(pgUndo, { ...i, output: out });
    assert.equal(u.deleted, 3003);
    assert.deepEqual(await pgTables(pg), []);
  });

  it('and back: the PostgreSQL copy goes to MySQL again and equals the original, value for value', async () => {
    await seedAllTypes(500);
    await runActivity(pgCopy, toPg({ table: 'every_type' }));
    // The PostgreSQL types map back to types that hold the same values (boolean → tinyint(1), timestamptz → DATETIME in UTC).
    const out = await runActivity(myCopy, toMysql({ table: 'every_type' }));
    assert.equal(out.rows, 503);
    const a = await mysqlRows(myc, 'every_type');
    const b = await mysqlRows(my2c, 'every_type');
    const norm = (rows: string[][]) => rows.map((r) => r.map((v, i) => (v !== null && i === 19 ? JSON.stringify(JSON.parse(v)) : v)));
    assert.deepEqual(norm(b), norm(a));
  });

  it('a text primary key (sorted differently by the two engines) and a target with rows of its own: the undo restores them exactly', async () => {
    await myc.query('CREATE TABLE tags (name VARCHAR(40) NOT NULL PRIMARY KEY, n INT NOT NULL) DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci');
    await myc.query(`INSERT INTO tags SELECT CONCAT(IF(seq % 2, 'b', 'A'), '-', seq), seq FROM seq_1_to_2000`);
    await pg.client.query('CREATE TABLE tags (name VARCHAR(40) PRIMARY KEY, n INT NOT NULL)');
    await pg.client.query(`INSERT INTO tags VALUES ('b-1', -1), ('A-2', -2), ('zz-theirs', 0)`);
    const before = await pg.rows('SELECT * FROM tags ORDER BY name');
    const i = toPg({ table: 'tags', onExisting: 'overwrite', batchSize: 300 });
    const out = await runActivity(pgCopy, i);
    assert.equal(out.rows, 2000);
    assert.equal(out.overwritten, 2);
    assert.equal((await pg.rows('SELECT count(*)::int AS n FROM tags'))[0].n, 2001);
    await runActivity(pgUndo, { ...i, output: out });
    assert.deepEqual(await pg.rows('SELECT * FROM tags ORDER BY name'), before);
    assert.deepEqual(await pgTables(pg), ['tags']);
  });

  it('refuses, before writing anything, columns it cannot map exactly', async () => {
    await myc.query(`CREATE TABLE odd (id INT PRIMARY KEY, state ENUM('a', 'b'), dur TIME, ok VARCHAR(3))`);
    await myc.query(`INSERT INTO odd VALUES (1, 'a', '-838:59:59', 'x')`);
    const err = await failure(runActivity(pgCopy, toPg({ table: 'odd' })));
    assert.equal(err.type, 'UnmappableColumnType');
    assert.equal(err.nonRetryable, true);
    assert.match(err.message, /^step copy-orders: source old \(mysql:\/\/cutover@127\.0\.0\.1:3307\/xms_\w+\): table xms_\w+\.odd: 2 columns cannot be copied exactly: state enum\('a','b'\): PostgreSQL has no ENUM column type.*; dur time: MySQL TIME holds −838:59:59 … 838:59:59.*\(nothing was written\)$/);
    assert.deepEqual(await pgTables(pg), [], 'no table, no journal');
    await myc.query('CREATE TABLE flags (id INT PRIMARY KEY, f TINYINT(1))');
    await myc.query('INSERT INTO flags VALUES (1, 1), (2, 7)');
    const flag = await failure(runActivity(pgCopy, toPg({ table: 'flags' })));
    assert.equal(flag.type, 'UnmappableColumnType');
    assert.match(flag.message, /column f tinyint\(1\) \(BOOLEAN\) holds 7/);
    assert.deepEqual(await pgTables(pg), []);
  });
});

describe('mysql.copyTable from a PostgreSQL source', () => {
  it('maps PostgreSQL types exactly into a table it creates, verifies after mapping, and the undo removes it', async () => {
    await pg.client.query(`CREATE TABLE native (
      id UUID PRIMARY KEY, n NUMERIC(12, 3), r REAL, d DOUBLE PRECISION, ok BOOLEAN, t TEXT, vc VARCHAR(20), ch CHAR(3),
      day DATE, at TIMESTAMP(6), at_tz TIMESTAMPTZ, clock TIME(3), doc JSONB, raw JSON, blob BYTEA, i2 SMALLINT, i4 INT, i8 BIGINT NOT NULL)`);
    await pg.client.query(`INSERT INTO native
      SELECT md5(i::text)::uuid, i / 7.0, i / 3.0, i / 11.0, i % 2 = 0, E'line\\nbreak \\\\ ' || i, 'v' || i, 'c' || (i % 10),
             date '2000-01-01' + i, timestamp '2000-01-01' + i * interval '1.5 second', timestamptz '2000-01-01 00:00:00+05' + i * interval '1 minute',
             time '12:00' + i * interval '1 ms', jsonb_build_object('i', i, 'k', ARRAY[1, 2]), '{"z": 1,  "a": 2}', decode(md5(i::text), 'hex'), i % 100, i, i::bigint * 1000000000
        FROM generate_series(1, 2000) i`);
    await pg.client.query(`INSERT INTO native (id, ok, t, i8, blob) VALUES ('00000000-0000-0000-0000-000000000000', NULL, '', -9223372036854775808, '')`);
    const i = toMysql({ table: 'native', batchSize: 400 });
    const out = await runActivity(myCopy, i);
    assert.equal(out.rows, 2001);
    const [cols] = await my2c.query<RowDataPacket[]>(`SELECT COLUMN_NAME AS c, COLUMN_TYPE AS t FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'native' ORDER BY ORDINAL_POSITION`, [my2.name]);
    assert.deepEqual(
      cols.map((c) => `${c.c} ${c.t}`),
      ['id char(36)', 'n decimal(12,3)', 'r float', 'd double', 'ok tinyint(1)', 't longtext', 'vc varchar(20)', 'ch char(3)', 'day date', 'at datetime(6)', 'at_tz datetime(6)', 'clock time(3)', 'doc longtext', 'raw longtext', 'blob longblob', 'i2 smallint(6)', 'i4 int(11)', 'i8 bigint(20)'],
    );
    const [[row]] = await my2c.query<RowDataPacket[]>(`SELECT n, ok, t, ch, at, at_tz, clock, doc, HEX(\`blob\`) AS b, i8 FROM native WHERE id = ?`, ['c4ca4238-a0b9-2382-0dcc-509a6f75849b']);
    assert.deepEqual({ ...row }, {
      n: '0.143', ok: 0, t: 'line\nbreak \\ 1', ch: 'c1', at: '2000-01-01 00:00:01.500000', at_tz: '1999-12-31 19:01:00.000000', clock: '12:00:00.001',
      doc: '{"i": 1, "k": [1, 2]}', b: 'C4CA4238A0B923820DCC509A6F75849B', i8: '1000000000',
    });
    const u = await runActivity(myUndo, { ...i, output: out });
    assert.equal(u.deleted, 2001);
    assert.deepEqual(await mysqlTables(my2c), []);
  });

  it('refuses arrays, unconstrained numerics and NaN before writing anything', async () => {
    await pg.client.query('CREATE TABLE odd (id INT PRIMARY KEY, tags TEXT[], amount NUMERIC)');
    await pg.client.query(`INSERT INTO odd VALUES (1, ARRAY['a'], 1)`);
    const err = await failure(runActivity(myCopy, toMysql({ table: 'odd' })));
    assert.equal(err.type, 'UnmappableColumnType');
    assert.match(err.message, /^step copy-orders: source old \(postgres:\/\/cutover@127\.0\.0\.1:5433\/cutover_test2\): table .*\.odd: 2 columns cannot be copied exactly: tags text\[\]: MySQL has no array type; amount numeric: an unconstrained numeric/);
    await pg.client.query('CREATE TABLE floats (id INT PRIMARY KEY, f DOUBLE PRECISION)');
    await pg.client.query(`INSERT INTO floats VALUES (1, 1.5), (2, 'NaN')`);
    const nan = await failure(runActivity(myCopy, toMysql({ table: 'floats' })));
    assert.match(nan.message, /column f double precision holds NaN, which MySQL cannot store/);
    assert.deepEqual(await mysqlTables(my2c), [], 'no table, no journal');
  });
});
