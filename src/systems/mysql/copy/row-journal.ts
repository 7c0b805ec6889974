// How mysql.copyTable knows what it wrote. Two tables in the target database, named from the
// run id and step id (`cutover_copy_<16 hex of sha256(runId:stepId)>_…`), written in the same
// transaction as each batch:
//   …_new  the primary key of every row the run wrote (inserted or overwritten);
//          its table comment holds the journal's facts: run, step, table, and whether the run
//          created the target table;
//   …_runs the same for integer keys, as runs of consecutive keys (mysql-runs.ts);
//   …_old  the full before-image of every row that existed in the target before the run
//          overwrote it (onExisting: overwrite; always empty with onExisting: fail).
// The compensation deletes every key in _new and _runs from the target, puts the rows of _old back, drops
// the target table if the run created it and it is empty again, and drops the journal. Because
// the journal commits with the data, a crash between batches leaves them in agreement.
import { markerHash } from '../../../kit/naming';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { ApplicationFailure } from '@temporalio/common';
import type { StepContext } from '../../../kit/context';
import { quoteId } from '../connection';
import { escape, rowsLiteral } from './literals';
import { columnDefinition, qualified, type Column } from './schema';
import { between, inList, names } from './sql';
import { inRuns, journalRuns, openRuns, outsideRuns, runsFit, runsOf } from './key-runs';

export interface JournalMeta {
  run: string;
  step: string;
  table: string;
  /** The target table did not exist when the run started; the run created it. */
  createdTable: boolean;
}

export interface Journal {
  /** Common prefix of the journal tables. */
  name: string;
  added: string;
  runs: string;
  before: string;
}

export function journalFor(ctx: StepContext, stepId: string): Journal {
  const name = `cutover_copy_${markerHash(ctx, stepId)}`;
  return { name, added: `${name}_new`, runs: `${name}_runs`, before: `${name}_old` };
}

/** The journal's facts, or undefined when this run has no journal in the database. */
export async function readJournal(conn: Connection, database: string, j: Journal): Promise<JournalMeta | undefined> {
  const [rows] = await conn.query<RowDataPacket[]>(
    'SELECT TABLE_COMMENT AS c FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?',
    [database, j.added],
  );
  if (!rows.length) return undefined;
  try {
    return JSON.parse(String(rows[0].c)) as JournalMeta;
  } catch {
    throw ApplicationFailure.nonRetryable(`journal table ${database}.${j.added} has no readable description`, 'CopyJournalDamaged');
  }
}

/**
 * Creates the journal if missing and returns its facts. When it already exists (a retry), its
 * facts win: only the first attempt can tell whether the target table existed before the run.
 */
export async function openJournal(conn: Connection, database: string, j: Journal, key: Column[], meta: JournalMeta): Promise<JournalMeta> {
  if (runsFit(key)) await openRuns(conn, database, j.runs, key[0]);
  const existing = await readJournal(conn, database, j);
  if (existing) return existing;
  await conn.query(
    `CREATE TABLE IF NOT EXISTS ${qualified(database, j.added)} (${key.map(columnDefinition).join(', ')}, PRIMARY KEY (${names(key)})) ` +
      `ENGINE=InnoDB COMMENT=${escape(JSON.stringify(meta))}`,
  );
  return (await readJournal(conn, database, j)) ?? meta;
}

/** The before-image table: same columns and keys as the target table (LIKE copies no foreign keys or triggers). */
export async function openBeforeImages(conn: Connection, database: string, j: Journal, table: string): Promise<void> {
  await conn.query(`CREATE TABLE IF NOT EXISTS ${qualified(database, j.before)} LIKE ${qualified(database, table)}`);
}

export interface BatchTarget {
  database: string;
  table: string;
  j: Journal;
  key: Column[];
  targetColumns: Column[];
  onExisting: string;
  where: string;
}

/**
 * Whether the target holds any row in the batch's key range. Usually not (a fresh table, or the
 * part of it not copied yet): then no row of the batch exists there, no before-image is needed,
 * and the batch needs no lock on rows of the target. A plain consistent read, no locks.
 */
export async function rangeHasRows(conn: Connection, o: BatchTarget, first: unknown[], last: unknown[]): Promise<boolean> {
  const [rows] = await conn.query<RowDataPacket[]>(`SELECT 1 FROM ${qualified(o.database, o.table)} WHERE ${between(o.key, first, last)} LIMIT 1`);
  return rows.length > 0;
}

/**
 * Journals one batch inside the caller's transaction, before the batch is written. When the
 * target has rows in the batch's range (`existing`): keeps the before-image of those that this run
 * has not written yet (with `fail`, such a row stops the copy instead). Always: records every key
 * of the batch as written by this run.
 */
export async function journalBatch(conn: Connection, o: BatchTarget, keys: unknown[][], existing: boolean): Promise<void> {
  if (existing) {
    const t = qualified(o.database, o.table);
    const notOurs =
      `NOT EXISTS (SELECT 1 FROM ${qualified(o.database, o.j.added)} a WHERE ${o.key.map((c) => `a.${quoteId(c.name)} = t.${quoteId(c.name)}`).join(' AND ')})` +
      (runsFit(o.key) ? ` AND NOT ${inRuns(o.database, o.j.runs, o.key[0], 't.')}` : '');
    const foreign = `FROM ${t} t WHERE ${inList(o.key, keys, 't.')} AND ${notOurs}`;
    if (o.onExisting === 'fail') {
      const [rows] = await conn.query<RowDataPacket[]>({ sql: `SELECT ${names(o.key, 't.')} ${foreign} LIMIT 1`, rowsAsArray: true });
      if (rows.length) {
        throw ApplicationFailure.nonRetryable(
          `${o.where}: table ${o.database}.${o.table} already holds a row with key (${(rows[0] as unknown[]).map(String).join(', ')}) that this run did not write; ` +
            'empty the target first or set onExisting: overwrite (overwritten rows are restored on rollback)',
          'MysqlTargetConflict',
        );
      }
    } else {
      await conn.query(`INSERT IGNORE INTO ${qualified(o.database, o.j.before)} (${names(o.targetColumns)}) SELECT ${names(o.targetColumns, 't.')} ${foreign}`);
    }
  }
  // A fresh range holds no other writer's rows and no run of ours (a run's keys stay in the target
  // until the undo), so its keys can go in as runs; anything else is journaled key by key.
  const runs = !existing && runsFit(o.key) ? runsOf(keys) : undefined;
  if (runs) return journalRuns(conn, o.database, o.j.runs, runs);
  // Keys already in a run are journaled there (a page written again after a retry).
  const fresh = existing && runsFit(o.key) ? await outsideRuns(conn, o.database, o.j.runs, keys) : keys;
  if (fresh.length) await conn.query(`INSERT IGNORE INTO ${qualified(o.database, o.j.added)} (${names(o.key)}) VALUES ${rowsLiteral(fresh)}`);
}
