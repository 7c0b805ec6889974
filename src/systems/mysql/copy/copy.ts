// mysql.copyTable: pages of the source in primary-key order (keyset pagination: `WHERE key > last
// ORDER BY key LIMIT batch`, composite keys included), each page written to the target in one
// transaction together with its journal entries (mysql-journal.ts), the next page read while the
// current one is written. After each commit the cursor (the page's last key) is heartbeated; a
// retry resumes after it. A page replayed after a crash (committed, but its heartbeat lost) is
// harmless: the write is an upsert and the journal ignores keys it already holds. Then the copy
// is verified chunk by chunk (mysql-verify.ts).
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput, StepOutput } from '../../../kit/context';
import type { MysqlCopyTableParams } from '../kinds';
import { progress, resumeFrom, throwIfCancelled } from '../../../kit/checkpoint';
import { classify, closeQuietly, openMysql, safeUrl, type MysqlConn } from '../connection';
import { createStatement, describeTable, qualified, type Column, type TableInfo } from './schema';
import { journalBatch, journalFor, openBeforeImages, openJournal, rangeHasRows, type BatchTarget } from './row-journal';
import { selectPage, upsert } from './sql';
import { orderedWrites } from '../../../kit/ordered-writes';
import { keysInRuns, runsFit } from './key-runs';
import { verifyCopy } from './verify';
import { decodeKey, encodeKey, type EncodedValue } from '../../../kit/key-codec';

export interface MysqlCopyCheckpoint {
  phase: 'copy' | 'verify';
  /** Last key of the last committed page (copy) or verified chunk (verify); null: from the start. */
  after: EncodedValue[] | null;
  /** Rows written and pages committed so far, over all attempts. */
  rows: number;
  batches: number;
  /** Rows verified so far. */
  verified: number;
  /** For progress displays: rows done of about `total` in the current phase. */
  done: number;
  total?: number;
  unit: 'rows';
}

/** Pages written at once (each in its own transaction on its own connection). */
const WRITERS = 2;

/** Statements stay well under the server's max_allowed_packet. */
export async function statementLimit(conn: Connection): Promise<number> {
  const [rows] = await conn.query<RowDataPacket[]>('SELECT @@max_allowed_packet AS m');
  return Math.max(64 * 1024, Math.min(16 * 1024 * 1024, Math.floor(Number(rows[0].m) / 2)));
}

/** Rough size of a row as SQL text (escaped strings, hex buffers). */
const rowBytes = (row: unknown[]) =>
  row.reduce<number>((n, v) => n + 4 + (typeof v === 'string' ? v.length * 3 : Buffer.isBuffer(v) ? v.length * 2 + 3 : 24), 2);

/** Splits a page into statements no larger than `limit` bytes. */
export function* slices(rows: unknown[][], limit: number): Generator<unknown[][]> {
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const b = rowBytes(rows[i]);
    if (i > start && bytes + b > limit) {
      yield rows.slice(start, i);
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (start < rows.length) yield rows.slice(start);
}

async function requireTable(c: MysqlConn, table: string, what: string): Promise<TableInfo> {
  const info = await describeTable(c.conn, c.database, table);
  if (!info) throw ApplicationFailure.nonRetryable(`${c.where}: table ${c.database}.${table} does not exist`, 'MysqlNoSuchTable');
  if (!info.primaryKey.length) {
    throw ApplicationFailure.nonRetryable(
      `${c.where}: table ${c.database}.${table} has no primary key; ${what} pages and resumes by primary key`,
      'MysqlNoPrimaryKey',
    );
  }
  return info;
}

export async function mysqlCopyTable(input: KindInput<MysqlCopyTableParams>): Promise<StepOutput> {
  const { ctx, step, params: p } = input;
  if (ctx.targets[p.source]?.kind === 'postgres') {
    const cross = require('../../sql/postgres-to-mysql') as typeof import('../../sql/postgres-to-mysql');
    return cross.copyPostgresToMysql(input);
  }
  const targetTable = p.targetTable ?? p.table;
  const what = `step ${step.id}`;
  let src: MysqlConn | undefined;
  let dst: MysqlConn | undefined;
  /** Target connections beside `dst` for concurrent pages. */
  const writers: MysqlConn[] = [];
  try {
    src = await openMysql(input, 'source', 'copy source');
    dst = await openMysql(input, 'target', 'copy target');
    const s = src;
    const d = dst;
    if (s.identity === d.identity && p.table === targetTable) {
      throw ApplicationFailure.nonRetryable(`${what}: source and target are the same table (${s.identity}.${p.table})`, 'PlanError');
    }

    // The source: columns to copy (generated ones are computed by the target), key, selection.
    const source = await requireTable(s, p.table, 'the copy');
    const byName = new Map(source.columns.map((c) => [c.name, c]));
    const key = source.primaryKey.map((n) => byName.get(n) as Column);
    if (key.some((c) => c.generated)) {
      throw ApplicationFailure.nonRetryable(`${s.where}: the primary key of ${p.table} includes a generated column; it cannot be copied`, 'MysqlNoPrimaryKey');
    }
    const columns = source.columns.filter((c) => !c.generated);
    const keyIndex = key.map((k) => columns.findIndex((c) => c.name === k.name));
    const srcTable = qualified(s.database, p.table);
    const dstTable = qualified(d.database, targetTable);
    try {
      const [probe] = await s.conn.query<RowDataPacket[]>(`SELECT 1 FROM ${srcTable}${p.where ? ` WHERE (${p.where})` : ''} LIMIT 1`);
      if (!probe.length && !p.allowEmpty) {
        throw ApplicationFailure.nonRetryable(
          `${s.where}: nothing to copy: ${s.database}.${p.table}${p.where ? ` has no row where ${p.where}` : ' is empty'} (set allowEmpty: true if that is expected)`,
          'MysqlNothingToCopy',
        );
      }
    } catch (err) {
      throw classify(err, p.where ? `${s.where}: where ${JSON.stringify(p.where)}` : s.where);
    }

    // The target: journal first (it records whether the table existed), then the table itself.
    const existing = await describeTable(d.conn, d.database, targetTable);
    const j = journalFor(ctx, step.id);
    const journalKey = existing ? existing.primaryKey.map((n) => existing.columns.find((c) => c.name === n) as Column) : key;
    const meta = await openJournal(d.conn, d.database, j, journalKey, { run: ctx.runId, step: step.id, table: targetTable, createdTable: !existing });
    if (!existing) await d.conn.query(await createStatement(s.conn, s.database, p.table, targetTable));
    const target = await requireTable(d, targetTable, 'the copy');
    const missing = columns.filter((c) => !target.columns.some((t) => t.name === c.name && !t.generated));
    if (missing.length) {
      throw ApplicationFailure.nonRetryable(`${d.where}: table ${d.database}.${targetTable} has no column(s) ${missing.map((c) => c.name).join(', ')} to copy into`, 'MysqlSchemaMismatch');
    }
    if (target.primaryKey.join(',') !== source.primaryKey.join(',')) {
      throw ApplicationFailure.nonRetryable(
        `${d.where}: table ${d.database}.${targetTable} has primary key (${target.primaryKey.join(', ')}), the source (${source.primaryKey.join(', ')})`,
        'MysqlSchemaMismatch',
      );
    }
    await openBeforeImages(d.conn, d.database, j, targetTable);
    const targetColumns = target.columns.filter((c) => !c.generated);
    const pkNames = new Set(source.primaryKey);

    const resumed = resumeFrom<MysqlCopyCheckpoint>();
    const cp: MysqlCopyCheckpoint = resumed
      ? { ...resumed }
      : { phase: 'copy', after: null, rows: 0, batches: 0, verified: 0, done: 0, unit: 'rows' };
    if (!p.where) {
      const [est] = await s.conn.query<RowDataPacket[]>('SELECT TABLE_ROWS AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?', [s.database, p.table]);
      cp.total = Number(est[0]?.n ?? 0) || undefined;
    }
    const attempt = { rows: 0, batches: 0 };
    const limit = await statementLimit(d.conn);

    if (cp.phase === 'copy') {
      const read = async (cursor: unknown[] | null) => {
        const [rows] = await s.conn.query<RowDataPacket[]>({ sql: selectPage(srcTable, columns, key, p.where, cursor, p.batchSize), rowsAsArray: true });
        return rows as unknown as unknown[][];
      };
      const batchTarget: BatchTarget = { database: d.database, table: targetTable, j, key, targetColumns, onExisting: p.onExisting, where: d.where };
      const write = async (conn: Connection, rows: unknown[][], keys: unknown[][], existing: boolean) => {
        await conn.query('START TRANSACTION');
        try {
          await journalBatch(conn, batchTarget, keys, existing);
          for (const slice of slices(rows, limit)) await conn.query(upsert(dstTable, columns, pkNames, slice));
          await conn.query('COMMIT');
        } catch (err) {
          await conn.query('ROLLBACK').catch(() => undefined);
          throw err;
        }
      };
      // WRITERS pages are written at once, each on its own connection, while the next page is
      // read; checkpoints follow page order (ordered-writes.ts): the upsert and the journal make
      // the pages a retry writes again harmless.
      for (let i = writers.length; i < WRITERS - 1; i++) writers.push(await openMysql(input, 'target', 'copy target'));
      const pool = [d, ...writers];
      const inFlight = orderedWrites<{ rows: number; last: unknown[] }>(WRITERS, (w) => {
        cp.after = encodeKey(w.last);
        cp.rows += w.rows;
        cp.batches++;
        cp.done = cp.rows;
        attempt.rows += w.rows;
        attempt.batches++;
        progress({ ...cp });
      });
      let next = read(cp.after ? decodeKey(cp.after) : null);
      let slot = 0;
      try {
        for (;;) {
          const rows = await next;
          if (!rows.length) break;
          const keys = rows.map((r) => keyIndex.map((i) => r[i]));
          const last = keys[keys.length - 1];
          next = rows.length < p.batchSize ? Promise.resolve([]) : read(last);
          next.catch(() => undefined); // awaited in the next turn or below
          await inFlight.room(); // the connection of the oldest write is the next one's
          await throwIfCancelled();
          const conn = pool[slot++ % WRITERS].conn;
          // Rows already in the range need row locks and before-images: such a page runs alone.
          const existing = await rangeHasRows(conn, batchTarget, keys[0], last);
          if (existing) await inFlight.drain();
          inFlight.add({ rows: rows.length, last }, write(conn, rows, keys, existing));
        }
        await inFlight.drain();
      } finally {
        await next.catch(() => undefined);
        await inFlight.settle();
      }
      Object.assign(cp, { phase: 'verify', after: null, verified: 0, done: 0, total: cp.rows });
      progress({ ...cp });
    }

    const verified = await verifyCopy({
      source: { conn: s.conn, table: srcTable },
      target: { conn: d.conn, table: dstTable },
      columns,
      key,
      where: p.where,
      chunk: Math.min(100_000, Math.max(10 * p.batchSize, 1000)),
      page: p.batchSize,
      from: cp.after ? decodeKey(cp.after) : null,
      onChunk: (last, n) => {
        cp.verified += n;
        cp.done = cp.verified;
        cp.after = last ? encodeKey(last) : null;
        progress({ ...cp });
      },
      what: `${what}: ${s.database}.${p.table} → ${d.database}.${targetTable}`,
    });

    const [[counts]] = await d.conn.query<RowDataPacket[]>(
      `SELECT (SELECT COUNT(*) FROM ${qualified(d.database, j.added)}) AS written, (SELECT COUNT(*) FROM ${qualified(d.database, j.before)}) AS overwritten`,
    );
    const inRuns = runsFit(journalKey) ? await keysInRuns(d.conn, d.database, j.runs) : 0;
    return {
      source: { target: p.source, url: safeUrl(s.url), table: `${s.database}.${p.table}` },
      target: { target: p.target, table: `${d.database}.${targetTable}`, createdTable: meta.createdTable },
      where: p.where ?? null,
      rows: cp.verified,
      written: Number(counts.written) + inRuns,
      overwritten: Number(counts.overwritten),
      batchSize: p.batchSize,
      batches: cp.batches,
      thisAttempt: attempt,
      verification: { chunks: verified.chunks, comparedKeyByKey: verified.rekeyedChunks, checksum: 'count + BIT_XOR(CRC32) per key-range chunk' },
      journal: j.name,
      resumedFrom: resumed ? { phase: resumed.phase, rows: resumed.rows, verified: resumed.verified } : null,
    };
  } catch (err) {
    throw classify(err, `${what}${dst ? '' : src ? ` target ${p.target}` : ` source ${p.source}`}`);
  } finally {
    await closeQuietly(src);
    await closeQuietly(dst);
    for (const w of writers) await closeQuietly(w);
  }
}
