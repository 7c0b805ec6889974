// `mysql.migrate`: apply pending versioned migrations; its compensation runs the down scripts
// of exactly the versions this run applied (found by run id in the history table), newest first.
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import { durationMs } from '../../../kit/fields';
import type { RowDataPacket } from 'mysql2/promise';
import type { KindInput, UndoKindInput } from '../../../kit/context';
import type { MysqlMigrateParams as Params } from '../kinds';
import { progress } from '../../../kit/checkpoint';
import { openMysql, quoteId } from '../connection';
import { ensureHistory, readHistory, type HistoryRow } from './history';
import { isSession, runJournaled } from './statement-journal';
import { lockName, withLock } from './lock';
import { readMigrations, type Migration } from './files';

const lockSeconds = (p: Params) => Math.max(1, Math.round(durationMs(p.lockWait) / 1000));

/**
 * Recorded versions must match their files: every applied one, and this run's own half-applied
 * ones (resuming from a changed file would run the wrong statements). Pending versions must be
 * newer than every applied one.
 */
function checkDrift(migrations: Migration[], history: HistoryRow[], runId: string, where: string): void {
  const files = new Map(migrations.map((m) => [m.version, m]));
  const applied = history.filter((r) => r.status === 'applied');
  for (const row of history) {
    const m = files.get(row.version);
    if (!m) {
      throw ApplicationFailure.nonRetryable(
        `${where}: version ${row.version} (${row.name}) is recorded as ${row.status} but its files (<${row.version}>_${row.name}.up.sql / .down.sql) are missing from the folder`,
        'MigrationDrift',
      );
    }
    if ((row.status === 'applied' || row.run_id === runId) && m.up.checksum !== row.checksum_up) {
      throw ApplicationFailure.nonRetryable(
        `${where}: ${m.up.file} was edited after it was applied (checksum ${row.checksum_up.slice(0, 12)}…, now ${m.up.checksum.slice(0, 12)}…); add a new version instead`,
        'MigrationDrift',
      );
    }
  }
  const newest = Math.max(0, ...applied.map((r) => r.version));
  const late = migrations.find((m) => m.version < newest && !history.some((r) => r.version === m.version));
  if (late) {
    throw ApplicationFailure.nonRetryable(`${where}: ${late.up.file} is older than the applied version ${newest}; give it a newer version number`, 'MigrationDrift');
  }
}

async function historyExists(conn: import('mysql2/promise').Connection, database: string, table: string): Promise<boolean> {
  const [rows] = await conn.query<RowDataPacket[]>('SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?', [database, table]);
  return rows.length > 0;
}

export async function mysqlMigrate(input: KindInput<Params>) {
  const { ctx, step } = input;
  const p = input.params;
  const where = `step ${step.id}`;
  const migrations = readMigrations(path.resolve(ctx.baseDir, p.dir), where);
  const { conn, database, where: target } = await openMysql(input);
  try {
    return await withLock(conn, lockName(database, p.table), lockSeconds(p), target, async () => {
      await ensureHistory(conn, p.table);
      const history = await readHistory(conn, p.table);
      checkDrift(migrations, history, ctx.runId, where);
      const before = Math.max(0, ...history.filter((r) => r.status === 'applied' && r.run_id !== ctx.runId).map((r) => r.version));
      for (const m of migrations) {
        let row = history.find((r) => r.version === m.version);
        if (row?.status === 'applied') continue;
        if (row && row.run_id !== ctx.runId) {
          throw ApplicationFailure.nonRetryable(
            `${where}: version ${m.version} was left ${row.status === 'applying' ? 'half-applied' : 'half-reverted'} by run ${row.run_id}; finish or undo that run first`,
            'MigrationHalfDone',
          );
        }
        if (row?.status.startsWith('reverting')) {
          throw ApplicationFailure.nonRetryable(`${where}: version ${m.version} is being reverted by this run`, 'MigrationHalfDone');
        }
        if (!row) {
          await conn.query(
            `INSERT INTO ${quoteId(p.table)} (version, name, checksum_up, checksum_down, status, run_id, step_id) VALUES (?, ?, ?, ?, 'applying', ?, ?)`,
            [m.version, m.name, m.up.checksum, m.down.checksum, ctx.runId, step.id],
          );
          row = { version: m.version, name: m.name, checksum_up: m.up.checksum, checksum_down: m.down.checksum, status: 'applying', statements_done: 0, pending_statement: null, fingerprint_before: null, run_id: ctx.runId, step_id: step.id };
        }
        await runJournaled({ conn, database, table: p.table }, row, m.up.statements, { direction: 'up', file: m.up.file, tolerateMissing: false });
        await conn.query(`UPDATE ${quoteId(p.table)} SET status = 'applied', applied_at = NOW(3) WHERE version = ?`, [m.version]);
        progress({ applied: m.version });
      }
      const mine = (await readHistory(conn, p.table)).filter((r) => r.run_id === ctx.runId).map((r) => r.version);
      return { database, applied: mine, before, after: Math.max(before, ...mine) };
    });
  } finally {
    await conn.end().catch(() => undefined);
  }
}

export async function mysqlMigrateUndo(input: UndoKindInput<Params>) {
  const { ctx, step } = input;
  const p = input.params;
  const where = `step ${step.id} (undo)`;
  const migrations = readMigrations(path.resolve(ctx.baseDir, p.dir), where);
  const { conn, database, where: target } = await openMysql(input);
  try {
    if (!(await historyExists(conn, database, p.table))) return { database, reverted: [] };
    return await withLock(conn, lockName(database, p.table), lockSeconds(p), target, async () => {
      const mine = (await readHistory(conn, p.table)).filter((r) => r.run_id === ctx.runId).reverse();
      const reverted: number[] = [];
      for (const row of mine) {
        const m = migrations.find((x) => x.version === row.version);
        if (!m) throw ApplicationFailure.nonRetryable(`${where}: cannot undo version ${row.version} (${row.name}): its files are gone`, 'MigrationFolderError');
        // A version whose up changed nothing yet (no statement but session settings done, no DDL
        // in flight: it failed or was interrupted before its first change) has nothing to undo;
        // its down script would take back what never happened (a counter decremented, say).
        if (row.status === 'applying' && row.pending_statement === null && m.up.statements.slice(0, row.statements_done).every(isSession)) {
          await conn.query(`DELETE FROM ${quoteId(p.table)} WHERE version = ?`, [row.version]);
          continue;
        }
        // A version applied part-way is undone with its whole down script, skipping what is
        // already gone (a column or index its up never created).
        const partial = row.status === 'applying' || row.status === 'reverting_partial';
        if (row.status === 'applying' || row.status === 'applied') {
          // The down file's checksum is recorded as the revert starts, so a resumed revert can
          // tell whether the statements it counts are still the same ones.
          const status = partial ? 'reverting_partial' : 'reverting';
          await conn.query(
            `UPDATE ${quoteId(p.table)} SET status = ?, checksum_down = ?, statements_done = 0, pending_statement = NULL, fingerprint_before = NULL WHERE version = ?`,
            [status, m.down.checksum, row.version],
          );
          Object.assign(row, { status, checksum_down: m.down.checksum, statements_done: 0, pending_statement: null, fingerprint_before: null });
        } else if (row.checksum_down !== m.down.checksum) {
          throw ApplicationFailure.nonRetryable(
            `${where}: ${m.down.file} changed while version ${row.version} was being reverted (after ${row.statements_done} statement(s)); restore the file as it was, then retry`,
            'MigrationDrift',
          );
        }
        await runJournaled({ conn, database, table: p.table }, row, m.down.statements, { direction: 'down', file: m.down.file, tolerateMissing: partial });
        await conn.query(`DELETE FROM ${quoteId(p.table)} WHERE version = ?`, [row.version]);
        reverted.push(row.version);
        progress({ reverted: row.version });
      }
      return { database, reverted };
    });
  } finally {
    await conn.end().catch(() => undefined);
  }
}

export const mysqlMigrateActivities = {
  'mysql.migrate': mysqlMigrate,
  'mysql.migrate.undo': mysqlMigrateUndo,
};
