// A PostgreSQL source of postgres.copyTable: page bounds by keyset on the primary key (a page's
// first and last key read from the key's index), and each page's rows as the server's own COPY
// output, which the worker passes to the target without looking inside.
import type { Readable } from 'node:stream';
import type { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { PgColumn } from './schema';
import type { Bounds, CopyFormat } from './pages';
import { and, keyAfter, keyFrom, keyUpTo, names, orderBy, orderByDesc } from './sql';

export interface PgSourceQuery {
  table: string;
  columns: PgColumn[];
  key: PgColumn[];
  where?: string;
  format: CopyFormat;
}

/**
 * The first and last key of the page after `after` (null: from the start); undefined at the end.
 * Both read from the key's index in one statement (the first key, and the key `size - 1` further
 * on), with no window function over the page's keys; only the last, shorter page needs a second
 * statement (its last key, read backwards).
 */
export async function nextBounds(client: Client, q: PgSourceQuery, after: (string | null)[] | null, size: number): Promise<Bounds | undefined> {
  const cond = and(q.where, after && keyAfter(q.key, after));
  const k = names(q.key);
  const one = (order: string, offset: number) => `(SELECT ${k} FROM ${q.table} WHERE ${cond} ORDER BY ${order}${offset ? ` OFFSET ${offset}` : ''} LIMIT 1)`;
  const r = await client.query({
    text: `SELECT 1 AS cutover_at, ${k} FROM ${one(orderBy(q.key), 0)} f UNION ALL SELECT 2, ${k} FROM ${one(orderBy(q.key), size - 1)} l`,
    rowMode: 'array',
  });
  if (!r.rows.length) return undefined;
  const keyOf = (row: unknown[]) => row.slice(1) as (string | null)[];
  const first = keyOf(r.rows[0] as unknown[]);
  if (r.rows.length > 1) return { first, last: keyOf(r.rows[1] as unknown[]) };
  const end = await client.query({ text: `SELECT ${k} FROM ${one(orderByDesc(q.key), 0)} e`, rowMode: 'array' });
  return { first, last: (end.rows[0] as (string | null)[] | undefined) ?? first };
}

/** The page's rows in key order as COPY text. */
export function pageRows(client: Client, q: PgSourceQuery, b: Bounds): Readable {
  const cond = and(q.where, keyFrom(q.key, b.first), keyUpTo(q.key, b.last));
  return client.query(copyTo(`COPY (SELECT ${names(q.columns)} FROM ${q.table} WHERE ${cond} ORDER BY ${orderBy(q.key)}) TO STDOUT${q.format === 'binary' ? ' (FORMAT binary)' : ''}`));
}
