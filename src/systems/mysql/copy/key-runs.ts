// The journal's compact form for integer keys. A page's keys usually form a few runs of consecutive
// values (an AUTO_INCREMENT key has no or few gaps), so a page written where the target had no row in
// its key range records its keys in `…_runs` as [lo, hi] rows: one row per run instead of one per
// key, which takes most of the journal's cost off each page. It stays exact: every value in a run is
// a key this run wrote. Pages that compress badly (sparse keys), pages in a range the target already
// had rows in, and non-integer or composite keys keep one row per key in `…_new`.
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { quoteId } from '../connection';
import { qualified, type Column } from './schema';

const INTEGER = new Set(['tinyint', 'smallint', 'mediumint', 'int', 'integer', 'bigint']);

/** Whether the key can be journaled as runs: one integer column. */
export const runsFit = (key: Column[]) => key.length === 1 && INTEGER.has(key[0].dataType);

/** A page's keys (in key order) as runs of consecutive values; undefined when runs would not save much. */
export function runsOf(keys: unknown[][]): [bigint, bigint][] | undefined {
  const runs: [bigint, bigint][] = [];
  for (const [k] of keys) {
    const v = BigInt(String(k));
    const last = runs[runs.length - 1];
    if (last && v === last[1] + 1n) last[1] = v;
    else runs.push([v, v]);
    if (runs.length * 4 > keys.length + 4) return undefined;
  }
  return runs;
}

/** `lo` and `hi` of the key's type; the primary key on `lo` orders the undo. */
export async function openRuns(conn: Connection, database: string, table: string, key: Column): Promise<void> {
  await conn.query(`CREATE TABLE IF NOT EXISTS ${qualified(database, table)} (lo ${key.columnType} NOT NULL, hi ${key.columnType} NOT NULL, PRIMARY KEY (lo)) ENGINE=InnoDB`);
}

export async function journalRuns(conn: Connection, database: string, table: string, runs: [bigint, bigint][]): Promise<void> {
  // INSERT IGNORE: a page written again (a retry) brings the same runs.
  await conn.query(`INSERT IGNORE INTO ${qualified(database, table)} (lo, hi) VALUES ${runs.map(([lo, hi]) => `(${lo}, ${hi})`).join(', ')}`);
}

/** The keys of a page (in key order) that no run holds. */
export async function outsideRuns(conn: Connection, database: string, table: string, keys: unknown[][]): Promise<unknown[][]> {
  const first = BigInt(String(keys[0][0]));
  const last = BigInt(String(keys[keys.length - 1][0]));
  const [rows] = await conn.query<RowDataPacket[]>({ sql: `SELECT lo, hi FROM ${qualified(database, table)} WHERE lo <= ${last} AND hi >= ${first}`, rowsAsArray: true });
  const runs = (rows as unknown as unknown[][]).map(([lo, hi]) => [BigInt(String(lo)), BigInt(String(hi))]);
  if (!runs.length) return keys;
  return keys.filter(([k]) => {
    const v = BigInt(String(k));
    return !runs.some(([lo, hi]) => lo <= v && v <= hi);
  });
}

/** SQL: the row `alias`.key lies in one of the runs. */
export const inRuns = (database: string, table: string, key: Column, alias: string) =>
  `EXISTS (SELECT 1 FROM ${qualified(database, table)} r WHERE ${alias}${quoteId(key.name)} BETWEEN r.lo AND r.hi)`;

/** Keys recorded as runs (for the step's output). */
export async function keysInRuns(conn: Connection, database: string, table: string): Promise<number> {
  const [[row]] = await conn.query<RowDataPacket[]>(`SELECT COALESCE(SUM(hi - lo + 1), 0) AS n FROM ${qualified(database, table)}`);
  return Number(row.n);
}

/** The first `limit` runs, for the undo. */
export async function firstRuns(conn: Connection, database: string, table: string, limit: number): Promise<[string, string][]> {
  const [rows] = await conn.query<RowDataPacket[]>({ sql: `SELECT lo, hi FROM ${qualified(database, table)} ORDER BY lo LIMIT ${limit}`, rowsAsArray: true });
  return (rows as unknown as unknown[][]).map(([lo, hi]) => [String(lo), String(hi)]);
}

/** Deletes the target rows of `runs`, and the runs, inside the caller's transaction; returns rows deleted. */
export async function deleteRuns(conn: Connection, database: string, table: string, runsTable: string, key: Column, runs: [string, string][]): Promise<number> {
  const k = quoteId(key.name);
  // As integer literals (BigInt accepts digits only): a quoted number would compare as a double.
  const ranges = runs.map(([lo, hi]) => `${k} BETWEEN ${BigInt(lo)} AND ${BigInt(hi)}`).join(' OR ');
  const [res] = await conn.query(`DELETE FROM ${qualified(database, table)} WHERE ${ranges}`);
  await conn.query(`DELETE FROM ${qualified(database, runsTable)} WHERE lo IN (${runs.map(([lo]) => BigInt(lo)).join(', ')})`);
  return (res as { affectedRows: number }).affectedRows;
}
