// Verification of mysql.copyTable: the source selection is cut into key-range chunks; for each
// chunk both servers compute a row count and a checksum of the same columns (mysql-sql.ts). The
// target side first takes the whole key range; when that differs (the target may hold rows of its
// own in the range, which a copy leaves alone), the chunk is compared again page by page, the
// target restricted to exactly the source's keys. A real difference fails the step. Progress is
// reported per chunk, so a retry resumes verification where it stopped.
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { ApplicationFailure } from '@temporalio/common';
import { throwIfCancelled } from '../../../kit/checkpoint';
import type { Column } from './schema';
import { after, and, checksum, inList, orderBy, names, upTo } from './sql';

export interface VerifySide {
  conn: Connection;
  /** Qualified table name. */
  table: string;
}

export interface VerifyOptions {
  source: VerifySide;
  target: VerifySide;
  columns: Column[];
  key: Column[];
  where?: string;
  /** Rows per chunk, and per page when a chunk is compared key by key. */
  chunk: number;
  page: number;
  /** Where the previous attempt stopped (last key of the last verified chunk). */
  from: unknown[] | null;
  /** Called after each verified chunk with its last key (null: the end). */
  onChunk: (last: unknown[] | null, rows: number) => void;
  what: string;
}

interface Sum {
  n: number;
  x: string;
}

async function sum(conn: Connection, table: string, cols: Column[], cond: string): Promise<Sum> {
  const [rows] = await conn.query<RowDataPacket[]>(checksum(table, cols, cond));
  return { n: Number(rows[0].n), x: String(rows[0].x) };
}

const same = (a: Sum, b: Sum) => a.n === b.n && a.x === b.x;

async function keysOf(conn: Connection, table: string, key: Column[], cond: string, limit: number, offset = 0): Promise<unknown[][]> {
  const [rows] = await conn.query<RowDataPacket[]>({
    sql: `SELECT ${names(key)} FROM ${table} WHERE ${cond} ORDER BY ${orderBy(key)} LIMIT ${limit}${offset ? ` OFFSET ${offset}` : ''}`,
    rowsAsArray: true,
  });
  return rows as unknown as unknown[][];
}

/** Compares one chunk page by page, the target limited to the source's keys; throws on a difference. */
async function compareByKeys(o: VerifyOptions, lo: unknown[] | null, hi: unknown[] | null): Promise<void> {
  let cursor = lo;
  for (;;) {
    await throwIfCancelled();
    const keys = await keysOf(o.source.conn, o.source.table, o.key, and(o.where, cursor && after(o.key, cursor), hi && upTo(o.key, hi)), o.page);
    if (!keys.length) return;
    const exact = inList(o.key, keys);
    const [s, t] = await Promise.all([sum(o.source.conn, o.source.table, o.columns, and(o.where, exact)), sum(o.target.conn, o.target.table, o.columns, exact)]);
    if (!same(s, t)) {
      const first = keys[0].map(String).join(', ');
      const last = keys[keys.length - 1].map(String).join(', ');
      const detail = s.n !== t.n ? `source has ${s.n} rows, target ${t.n}` : `${s.n} rows on both sides, checksums differ`;
      throw ApplicationFailure.nonRetryable(
        `${o.what}: copy verification failed for keys (${first}) … (${last}): ${detail}. ` +
          'Was the source written to during the copy? Stop writes to it, then run the step again.',
        'MysqlCopyMismatch',
      );
    }
    cursor = keys[keys.length - 1];
  }
}

/** Verifies from `o.from` to the end; returns the number of source rows verified by this call. */
export async function verifyCopy(o: VerifyOptions): Promise<{ rows: number; chunks: number; rekeyedChunks: number }> {
  let lo = o.from;
  let rows = 0;
  let chunks = 0;
  let rekeyedChunks = 0;
  for (;;) {
    await throwIfCancelled();
    const fromLo = lo && after(o.key, lo);
    const [hiRow] = await keysOf(o.source.conn, o.source.table, o.key, and(o.where, fromLo), 1, o.chunk - 1);
    const hi = hiRow ?? null;
    const range = and(fromLo, hi && upTo(o.key, hi));
    const [s, t] = await Promise.all([sum(o.source.conn, o.source.table, o.columns, and(o.where, range)), sum(o.target.conn, o.target.table, o.columns, range)]);
    if (!same(s, t)) {
      rekeyedChunks++;
      await compareByKeys(o, lo, hi);
    }
    rows += s.n;
    // The last chunk may be empty (the previous one ended on the last key): nothing to count.
    if (s.n > 0 || hi) chunks++;
    o.onChunk(hi, s.n);
    if (!hi) return { rows, chunks, rekeyedChunks };
    lo = hi;
  }
}
