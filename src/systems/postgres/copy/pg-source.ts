// A PostgreSQL source of postgres.copyTable: page bounds by keyset on the primary key (one index
// scan of a page's keys tells its first and last key), and each page's rows as the server's own
// COPY text, which the worker passes to the target without looking inside.
import type { Readable } from 'node:stream';
import type { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { PgColumn } from './schema';
import type { Bounds, CopyFormat } from './pages';
import { and, keyAfter, keyFrom, keyUpTo, names, orderBy } from './sql';

export interface PgSourceQuery {
  table: string;
  columns: PgColumn[];
  key: PgColumn[];
  where?: string;
  format: CopyFormat;
}

/** The first and last key of the page after `after` (null: from the start); undefined at the end. */
export async function nextBounds(client: Client, q: PgSourceQuery, after: (string | null)[] | null, size: number): Promise<Bounds | undefined> {
  const cond = and(q.where, after && keyAfter(q.key, after));
  const k = names(q.key);
  const r = await client.query({
    text: `SELECT ${k} FROM (SELECT ${k}, row_number() OVER (ORDER BY ${orderBy(q.key)}) AS cutover_rn, count(*) OVER () AS cutover_n
             FROM (SELECT ${k} FROM ${q.table} WHERE ${cond} ORDER BY ${orderBy(q.key)} LIMIT ${size}) page) x
            WHERE cutover_rn = 1 OR cutover_rn = cutover_n ORDER BY cutover_rn`,
    rowMode: 'array',
  });
  if (!r.rows.length) return undefined;
  const first = r.rows[0] as (string | null)[];
  return { first, last: (r.rows[r.rows.length - 1] as (string | null)[]) ?? first };
}

/** The page's rows in key order as COPY text. */
export function pageRows(client: Client, q: PgSourceQuery, b: Bounds): Readable {
  const cond = and(q.where, keyFrom(q.key, b.first), keyUpTo(q.key, b.last));
  return client.query(copyTo(`COPY (SELECT ${names(q.columns)} FROM ${q.table} WHERE ${cond} ORDER BY ${orderBy(q.key)}) TO STDOUT${q.format === 'binary' ? ' (FORMAT binary)' : ''}`));
}
