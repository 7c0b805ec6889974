// Verification of postgres.copyTable between two PostgreSQL servers: the source selection is cut
// into key-range chunks; for each chunk both servers compute a row count and a checksum of the same
// columns (sql.ts), at the same time. The target side takes the whole key range first; when that
// differs (the target may hold rows of its own in the range, which a copy leaves alone), the chunk
// is compared again page by page, the target restricted to exactly the source's keys. A real
// difference fails the step. Progress is reported per chunk, so a retry resumes where it stopped.
import type { Client } from 'pg';
import { ApplicationFailure } from '@temporalio/common';
import { throwIfCancelled } from '../../../kit/checkpoint';
import type { PgColumn } from './schema';
import { and, checksumQuery, keyAfter, keyLiteral, keyRow, keyUpTo, names, orderBy, type ChecksumMode } from './sql';

export interface VerifySide {
  client: Client;
  /** Qualified table name. */
  table: string;
}

export interface VerifyOptions {
  source: VerifySide;
  target: VerifySide;
  columns: PgColumn[];
  key: PgColumn[];
  where?: string;
  chunk: number;
  page: number;
  from: (string | null)[] | null;
  onChunk: (last: (string | null)[] | null, rows: number) => void;
  what: string;
  mode: ChecksumMode;
}

interface Sum {
  n: string;
  x: string;
}

async function sum(side: VerifySide, cols: PgColumn[], cond: string, mode: ChecksumMode): Promise<Sum> {
  const r = await side.client.query(checksumQuery(side.table, cols, cond, mode));
  return { n: String(r.rows[0].n), x: String(r.rows[0].x) };
}

const same = (a: Sum, b: Sum) => a.n === b.n && a.x === b.x;

async function keysOf(side: VerifySide, key: PgColumn[], cond: string, limit: number, offset = 0): Promise<(string | null)[][]> {
  const r = await side.client.query({
    text: `SELECT ${names(key)} FROM ${side.table} WHERE ${cond} ORDER BY ${orderBy(key)} LIMIT ${limit}${offset ? ` OFFSET ${offset}` : ''}`,
    rowMode: 'array',
  });
  return r.rows as (string | null)[][];
}

const inList = (key: PgColumn[], keys: (string | null)[][]) => `${keyRow(key)} IN (${keys.map((k) => keyLiteral(key, k)).join(', ')})`;

async function compareByKeys(o: VerifyOptions, lo: (string | null)[] | null, hi: (string | null)[] | null): Promise<void> {
  let cursor = lo;
  for (;;) {
    await throwIfCancelled();
    const keys = await keysOf(o.source, o.key, and(o.where, cursor && keyAfter(o.key, cursor), hi && keyUpTo(o.key, hi)), o.page);
    if (!keys.length) return;
    const exact = inList(o.key, keys);
    const [s, t] = await Promise.all([sum(o.source, o.columns, and(o.where, exact), o.mode), sum(o.target, o.columns, exact, o.mode)]);
    if (!same(s, t)) {
      const first = keys[0].join(', ');
      const last = keys[keys.length - 1].join(', ');
      const detail = s.n !== t.n ? `source has ${s.n} rows, target ${t.n}` : `${s.n} rows on both sides, checksums differ`;
      throw ApplicationFailure.nonRetryable(
        `${o.what}: copy verification failed for keys (${first}) … (${last}): ${detail}. Was the source written to during the copy? Stop writes to it, then run the step again.`,
        'PostgresCopyMismatch',
      );
    }
    cursor = keys[keys.length - 1];
  }
}

/**
 * Verifies the key range (lo, hi] (lo null: from the start, hi null: to the end) as one chunk:
 * the pages the copy has just committed, checked while it writes the next ones. Returns the
 * source rows in the range; throws on a difference.
 */
export async function verifyRange(o: Omit<VerifyOptions, 'from' | 'onChunk' | 'chunk'>, lo: (string | null)[] | null, hi: (string | null)[] | null): Promise<{ rows: number; rekeyed: boolean }> {
  const range = and(lo && keyAfter(o.key, lo), hi && keyUpTo(o.key, hi));
  const [s, t] = await Promise.all([sum(o.source, o.columns, and(o.where, range), o.mode), sum(o.target, o.columns, range, o.mode)]);
  if (same(s, t)) return { rows: Number(s.n), rekeyed: false };
  await compareByKeys({ ...o, chunk: 0, from: null, onChunk: () => undefined }, lo, hi);
  return { rows: Number(s.n), rekeyed: true };
}

/** Verifies from `o.from` to the end. */
export async function verifyPgCopy(o: VerifyOptions): Promise<{ rows: number; chunks: number; rekeyedChunks: number }> {
  let lo = o.from;
  let rows = 0;
  let chunks = 0;
  let rekeyedChunks = 0;
  for (;;) {
    await throwIfCancelled();
    const fromLo = lo && keyAfter(o.key, lo);
    const [hiRow] = await keysOf(o.source, o.key, and(o.where, fromLo), 1, o.chunk - 1);
    const hi = hiRow ?? null;
    const range = and(fromLo, hi && keyUpTo(o.key, hi));
    const [s, t] = await Promise.all([sum(o.source, o.columns, and(o.where, range), o.mode), sum(o.target, o.columns, range, o.mode)]);
    if (!same(s, t)) {
      rekeyedChunks++;
      await compareByKeys(o, lo, hi);
    }
    const n = Number(s.n);
    rows += n;
    if (n > 0 || hi) chunks++;
    o.onChunk(hi, n);
    if (!hi) return { rows, chunks, rekeyedChunks };
    lo = hi;
  }
}

/**
 * `hash` when both servers have hash_record_extended (14+) and every column's type an extended
 * hash (tried on a source row: the target holds the same types, or verification tells); else `md5`.
 */
export async function checksumMode(source: VerifySide, versions: number[], cols: PgColumn[]): Promise<ChecksumMode> {
  if (versions.some((v) => v < 140000)) return 'md5';
  try {
    await source.client.query(`SELECT hash_record_extended(ROW(${names(cols)}), 0) FROM ${source.table} LIMIT 1`);
    return 'hash';
  } catch {
    return 'md5';
  }
}
