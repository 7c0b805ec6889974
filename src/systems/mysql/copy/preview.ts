// `cutover plan --against` for mysql.copyTable, and the MySQL side of any table copy's preview: the
// source selection counted and its keys read in key order, the target's table described and the
// keys it already holds counted. Both connections are read-only sessions; nothing is created (no
// journal, no table).
import type { RowDataPacket } from 'mysql2/promise';
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput } from '../../../kit/context';
import type { Preview } from '../../../kit/preview';
import type { MysqlCopyTableParams } from '../kinds';
import { classify, closeQuietly, openMysql, type MysqlConn } from '../connection';
import { describeTable, qualified, type Column } from './schema';
import { after, inList, orderBy, names } from './sql';
import { copyPreview, existingKeys, type KeySource, type KeyTarget, type KeyValue } from '../../sql/copy-preview';
import { fromMysql, mapAll, UnmappableColumns } from '../../sql/types';

/** The key page size of a preview: large enough to be quick, small enough for one IN list. */
export const previewPage = (batchSize: number) => Math.min(Math.max(batchSize, 1000), 10_000);

/** The selection of `table` (rows matching `where`) in a MySQL source opened read-only. */
export async function mysqlKeySource(c: MysqlConn, name: string, table: string, where: string | undefined): Promise<KeySource & { key: Column[]; unmappable?: string }> {
  const info = await describeTable(c.conn, c.database, table);
  if (!info) throw ApplicationFailure.nonRetryable(`${c.where}: table ${c.database}.${table} does not exist`, 'MysqlNoSuchTable');
  if (!info.primaryKey.length) throw ApplicationFailure.nonRetryable(`${c.where}: table ${c.database}.${table} has no primary key; the copy pages and resumes by primary key`, 'MysqlNoPrimaryKey');
  const key = info.primaryKey.map((n) => info.columns.find((col) => col.name === n) as Column);
  const t = qualified(c.database, table);
  let selected: number;
  try {
    const [rows] = await c.conn.query<RowDataPacket[]>(`SELECT COUNT(*) AS n FROM ${t}${where ? ` WHERE (${where})` : ''}`);
    selected = Number(rows[0].n);
  } catch (err) {
    throw classify(err, where ? `${c.where}: where ${JSON.stringify(where)}` : c.where);
  }
  const columns = info.columns.filter((col) => !col.generated);
  let unmappable: string | undefined;
  try {
    mapAll(columns.map((col) => fromMysql(col, false)), `table ${c.database}.${table}`);
  } catch (err) {
    if (!(err instanceof UnmappableColumns)) throw err;
    unmappable = err.message;
  }
  return {
    label: `${name} (${c.database}.${table})`,
    columns: columns.map((col) => col.name),
    keyNames: info.primaryKey,
    key,
    selected,
    unmappable,
    async *pages(size) {
      let cursor: KeyValue[] | null = null;
      for (;;) {
        const conds = [where ? `(${where})` : '', cursor ? after(key, cursor) : ''].filter(Boolean);
        const [rows] = await c.conn.query<RowDataPacket[]>({
          sql: `SELECT ${names(key)} FROM ${t}${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''} ORDER BY ${orderBy(key)} LIMIT ${size}`,
          rowsAsArray: true,
        });
        const keys = rows as unknown as KeyValue[][];
        if (keys.length) yield keys;
        if (keys.length < size) return;
        cursor = keys[keys.length - 1];
      }
    },
  };
}

/** `table` in a MySQL target opened read-only: whether it exists, its rows and key, and which keys it holds. */
export async function mysqlKeyTarget(c: MysqlConn, name: string, table: string): Promise<KeyTarget> {
  const label = `${name} (${c.database}.${table})`;
  const info = await describeTable(c.conn, c.database, table);
  if (!info) return { label, existing: async () => 0 };
  const t = qualified(c.database, table);
  const [rows] = await c.conn.query<RowDataPacket[]>(`SELECT COUNT(*) AS n FROM ${t}`);
  const key = info.primaryKey.map((n) => info.columns.find((col) => col.name === n) as Column);
  return {
    label,
    table: { rows: Number(rows[0].n), keyNames: info.primaryKey, columns: info.columns.filter((col) => !col.generated).map((col) => col.name) },
    async existing(keys) {
      const [found] = await c.conn.query<RowDataPacket[]>(`SELECT COUNT(*) AS n FROM ${t} WHERE ${inList(key, keys)}`);
      return Number(found[0].n);
    },
  };
}

/** Counts only when the keys line up: otherwise the copy would fail on the key, as the preview says. */
export async function countExisting(source: KeySource, target: KeyTarget, batchSize: number): Promise<number> {
  if (target.table && target.table.keyNames.join(',') !== source.keyNames.join(',')) return 0;
  return existingKeys(source, target, previewPage(batchSize));
}

export async function mysqlCopyTablePreview(input: KindInput<MysqlCopyTableParams>): Promise<Preview> {
  const { ctx, step, params: p } = input;
  const targetTable = p.targetTable ?? p.table;
  let s: MysqlConn | undefined;
  let d: MysqlConn | undefined;
  try {
    if (ctx.targets[p.source]?.kind === 'postgres') {
      const pg = require('../../postgres/copy/preview') as typeof import('../../postgres/copy/preview');
      return await pg.postgresToMysqlPreview(input);
    }
    let refused: string | undefined;
    s = await openMysql(input, 'source', 'copy source');
    const source = await mysqlKeySource(s, p.source, p.table, p.where);
    // The target is read like a source: a read-only session.
    d = await openMysql(input, 'target', 'copy source');
    if (s.identity === d.identity && p.table === targetTable) refused = `source and target are the same table (${s.identity}.${p.table}): the copy would refuse to run (PlanError)`;
    const target = await mysqlKeyTarget(d, p.target, targetTable);
    const existing = refused ? 0 : await countExisting(source, target, p.batchSize);
    return copyPreview({ source, target, where: p.where, onExisting: p.onExisting, allowEmpty: p.allowEmpty, existing, refused });
  } catch (err) {
    throw classify(err, `step ${step.id}${d ? '' : s ? ` target ${p.target}` : ` source ${p.source}`}`);
  } finally {
    await closeQuietly(s);
    await closeQuietly(d);
  }
}
