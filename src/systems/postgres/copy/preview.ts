// `cutover plan --against` for postgres.copyTable, and the PostgreSQL side of any table copy's
// preview: the source selection counted and its keys read in key order (as text), the target's
// table described and the keys it already holds counted. Both connections are read-only sessions;
// nothing is created (no journal, schema or table).
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput } from '../../../kit/context';
import type { Preview } from '../../../kit/preview';
import type { MysqlCopyTableParams } from '../../mysql/kinds';
import type { PostgresCopyTableParams } from '../kinds';
import { classify, closeQuietly, openPostgres, qualifiedName, type PgConn } from '../connection';
import { describePgTable, type PgColumn } from './schema';
import { and, keyAfter, keyLiteral, keyRow, names, orderBy } from './sql';
import { checkWhere } from './copy';
import { copyPreview, keyText, type KeySource, type KeyTarget, type KeyValue } from '../../sql/copy-preview';
import { fromPostgres, mapAll, UnmappableColumns } from '../../sql/types';
import { classify as classifyMysql, closeQuietly as closeMysql, openMysql, type MysqlConn } from '../../mysql/connection';
import { countExisting, mysqlKeySource, mysqlKeyTarget } from '../../mysql/copy/preview';

async function schemaExists(c: PgConn, schema: string): Promise<boolean> {
  const r = await c.client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  return r.rows.length > 0;
}

/** The selection of `schema.table` in a PostgreSQL source opened read-only. */
export async function pgKeySource(c: PgConn, name: string, schema: string, table: string, where: string | undefined): Promise<KeySource & { unmappable?: string }> {
  const info = await describePgTable(c.client, schema, table);
  if (!info) throw ApplicationFailure.nonRetryable(`${c.where}: table ${schema}.${table} does not exist`, 'PostgresNoSuchTable');
  if (!info.primaryKey.length) throw ApplicationFailure.nonRetryable(`${c.where}: table ${schema}.${table} has no primary key; the copy pages and resumes by primary key`, 'PostgresNoPrimaryKey');
  const key = info.primaryKey.map((n) => info.columns.find((col) => col.name === n) as PgColumn);
  const t = qualifiedName(schema, table);
  let selected: number;
  try {
    // A named statement: the extended protocol runs exactly one statement, so `where` cannot add another.
    const r = await c.client.query({ name: 'cutover_preview_count', text: `SELECT count(*)::text AS n FROM ${t} WHERE ${and(where)}` });
    selected = Number(r.rows[0].n);
  } catch (err) {
    throw classify(err, where ? `${c.where}: where ${JSON.stringify(where)}` : c.where);
  }
  const columns = info.columns.filter((col) => !col.generated);
  let unmappable: string | undefined;
  try {
    mapAll(columns.map(fromPostgres), `table ${schema}.${table}`);
  } catch (err) {
    if (!(err instanceof UnmappableColumns)) throw err;
    unmappable = err.message;
  }
  return {
    label: `${name} (${schema}.${table})`,
    columns: columns.map((col) => col.name),
    keyNames: info.primaryKey,
    selected,
    unmappable,
    async *pages(size) {
      let cursor: (string | null)[] | null = null;
      for (;;) {
        const r = await c.client.query({
          text: `SELECT ${names(key)} FROM ${t} WHERE ${and(where, cursor && keyAfter(key, cursor))} ORDER BY ${orderBy(key)} LIMIT ${size}`,
          rowMode: 'array',
        });
        const keys = r.rows as (string | null)[][];
        if (keys.length) yield keys;
        if (keys.length < size) return;
        cursor = keys[keys.length - 1];
      }
    },
  };
}

/** `schema.table` in a PostgreSQL target opened read-only. */
export async function pgKeyTarget(c: PgConn, name: string, schema: string, table: string): Promise<KeyTarget> {
  const label = `${name} (${schema}.${table})`;
  const info = await describePgTable(c.client, schema, table);
  if (!info) return { label, existing: async () => 0 };
  const t = qualifiedName(schema, table);
  const r = await c.client.query(`SELECT count(*)::text AS n FROM ${t}`);
  const key = info.primaryKey.map((n) => info.columns.find((col) => col.name === n) as PgColumn);
  return {
    label,
    table: { rows: Number(r.rows[0].n), keyNames: info.primaryKey, columns: info.columns.filter((col) => !col.generated).map((col) => col.name) },
    async existing(keys: KeyValue[][]) {
      const list = keys.map((k) => keyLiteral(key, k.map(keyText))).join(', ');
      const found = await c.client.query(`SELECT count(*)::text AS n FROM ${t} WHERE ${keyRow(key)} IN (${list})`);
      return Number(found.rows[0].n);
    },
  };
}

const unmappableWarning = (why: string | undefined) => (why ? `${why}: the copy would refuse to run (UnmappableColumnType)` : undefined);

export async function postgresCopyTablePreview(input: KindInput<PostgresCopyTableParams>): Promise<Preview> {
  const { ctx, step, params: p } = input;
  const targetTable = p.targetTable ?? p.table;
  const targetSchema = p.targetSchema ?? p.schema;
  let s: PgConn | undefined;
  let m: MysqlConn | undefined;
  let d: PgConn | undefined;
  try {
    let source: KeySource;
    let refused: string | undefined;
    if (ctx.targets[p.source]?.kind === 'mysql') {
      m = await openMysql(input, 'source', 'copy source');
      const src = await mysqlKeySource(m, p.source, p.table, p.where);
      source = src;
      refused = unmappableWarning(src.unmappable);
    } else {
      checkWhere(p.where, `step ${step.id}: source ${p.source}`);
      s = await openPostgres(input, 'source', 'copy source');
      source = await pgKeySource(s, p.source, p.schema, p.table, p.where);
    }
    // The target is read like a source: a read-only session.
    d = await openPostgres(input, 'target', 'copy source');
    if (s && s.identity === d.identity && p.schema === targetSchema && p.table === targetTable) {
      refused = `source and target are the same table (${s.identity} ${p.schema}.${p.table}): the copy would refuse to run (PlanError)`;
    }
    if (!(await schemaExists(d, targetSchema))) {
      refused = [refused, `schema ${targetSchema} does not exist in the target database ${d.database}: the copy would fail (PostgresUnknownSchema)`].filter(Boolean).join('; ');
    }
    const target = await pgKeyTarget(d, p.target, targetSchema, targetTable);
    const existing = refused ? 0 : await countExisting(source, target, p.batchSize);
    return copyPreview({ source, target, where: p.where, onExisting: p.onExisting, allowEmpty: p.allowEmpty, existing, refused });
  } catch (err) {
    throw m && !s && !d ? classifyMysql(err, m.where) : classify(err, d?.where ?? s?.where ?? `step ${step.id}`);
  } finally {
    await closeMysql(m);
    await closeQuietly(s);
    await closeQuietly(d);
  }
}

/** mysql.copyTable from a PostgreSQL source. */
export async function postgresToMysqlPreview(input: KindInput<MysqlCopyTableParams>): Promise<Preview> {
  const { step, params: p } = input;
  const schema = p.schema ?? 'public';
  let s: PgConn | undefined;
  let d: MysqlConn | undefined;
  try {
    checkWhere(p.where, `step ${step.id}: source ${p.source}`);
    s = await openPostgres(input, 'source', 'copy source');
    const source = await pgKeySource(s, p.source, schema, p.table, p.where);
    d = await openMysql(input, 'target', 'copy source');
    const target = await mysqlKeyTarget(d, p.target, p.targetTable ?? p.table);
    const refused = unmappableWarning(source.unmappable);
    const existing = refused ? 0 : await countExisting(source, target, p.batchSize);
    return copyPreview({ source, target, where: p.where, onExisting: p.onExisting, allowEmpty: p.allowEmpty, existing, refused });
  } catch (err) {
    throw d ? classifyMysql(err, d.where) : classify(err, s?.where ?? `step ${step.id}`);
  } finally {
    await closeQuietly(s);
    await closeMysql(d);
  }
}
