// `postgres.migrate`: apply pending versioned migrations, each in a transaction of its own (or
// journaled statement by statement when its file says `-- cutover:no-transaction`); the
// compensation runs the down scripts of exactly the versions this run applied (found by run id in
// the history table), newest first.
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput, UndoKindInput } from '../../../kit/context';
import { progress } from '../../../kit/checkpoint';
import { durationMs } from '../../../kit/fields';
import type { PostgresMigrateParams as Params } from '../kinds';
import { classify, closeQuietly, openPostgres, qualifiedName, quoteIdent, quoteLiteral, type PgConn } from '../connection';
import { ensureHistory, historyExists, readHistory, type HistoryRow } from './history';
import { lockKey, withAdvisoryLock } from './lock';
import { readMigrations, type Migration } from './files';
import { runJournaled, runTolerant, runTransactional, type Session } from './statements';

/**
 * Recorded versions must match their files: every applied one, and this run's own half-applied
 * ones (resuming from a changed file would run the wrong statements). Pending versions must be
 * newer than every applied one.
 */
function checkDrift(migrations: Migration[], history: HistoryRow[], runId: string, where: string): void {
  const files = new Map(migrations.map((m) => [m.version, m]));
  for (const row of history) {
    const m = files.get(row.version);
    if (!m) {
      throw ApplicationFailure.nonRetryable(
        `${where}: version ${row.version} (${row.name}) is recorded as ${row.status} but its files (${row.version}_${row.name}.up.sql / .down.sql) are missing from the folder`,
        'MigrationDrift',
      );
    }
    if ((row.status === 'applied' || row.run_id === runId) && m.up.checksum !== row.checksum_up.trim()) {
      throw ApplicationFailure.nonRetryable(
        `${where}: ${m.up.file} was edited after it was applied (checksum ${row.checksum_up.slice(0, 12)}…, now ${m.up.checksum.slice(0, 12)}…); add a new version instead`,
        'MigrationDrift',
      );
    }
  }
  const newest = Math.max(0, ...history.filter((r) => r.status === 'applied').map((r) => r.version));
  const late = migrations.find((m) => m.version < newest && !history.some((r) => r.version === m.version));
  if (late) {
    throw ApplicationFailure.nonRetryable(`${where}: ${late.up.file} is older than the applied version ${newest}; give it a newer version number`, 'MigrationDrift');
  }
}

/**
 * The session's settings for the whole step: where unqualified names go, and how long a statement
 * may wait for a lock (lock_timeout) or run (statement_timeout) before it fails, retryably.
 */
async function configure(c: PgConn, p: Params): Promise<void> {
  const ms = (v: string) => quoteLiteral(`${Math.max(1, Math.round(durationMs(v)))}ms`);
  await c.client.query(`SET search_path = ${quoteIdent(p.schema)}`);
  await c.client.query(`SET lock_timeout = ${ms(p.lockTimeout)}`);
  if (p.statementTimeout) await c.client.query(`SET statement_timeout = ${ms(p.statementTimeout)}`);
}

async function ensureSchema(c: PgConn, schema: string): Promise<void> {
  const r = await c.client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  if (!r.rows.length) await c.client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
}

async function connect(input: KindInput<Params>, where: string): Promise<PgConn> {
  const c = await openPostgres(input);
  try {
    await configure(c, input.params);
    return c;
  } catch (err) {
    await closeQuietly(c);
    throw classify(err, `${c.where}${where.endsWith('(undo)') ? ' (undo)' : ''}`);
  }
}

export async function postgresMigrate(input: KindInput<Params>) {
  const { ctx, step } = input;
  const p = input.params;
  const where = `step ${step.id}`;
  const migrations = readMigrations(path.resolve(ctx.baseDir, p.dir), where);
  const c = await connect(input, where);
  const history = qualifiedName(p.schema, p.table);
  const s: Session = { client: c.client, schema: p.schema, table: p.table, where: c.where };
  try {
    return await withAdvisoryLock(c.client, lockKey(p.schema, p.table), durationMs(p.lockWait), c.where, async () => {
      await ensureSchema(c, p.schema);
      await ensureHistory(c.client, p.schema, p.table);
      const rows = await readHistory(c.client, p.schema, p.table);
      checkDrift(migrations, rows, ctx.runId, where);
      const before = Math.max(0, ...rows.filter((r) => r.status === 'applied' && r.run_id !== ctx.runId).map((r) => r.version));
      for (const m of migrations) {
        let row = rows.find((r) => r.version === m.version);
        if (row?.status === 'applied') continue;
        if (row && row.run_id !== ctx.runId) {
          throw ApplicationFailure.nonRetryable(
            `${where}: version ${m.version} was left ${row.status === 'applying' ? 'half-applied' : 'half-reverted'} by run ${row.run_id}; finish or undo that run first`,
            'MigrationHalfDone',
          );
        }
        if (row?.status.startsWith('reverting')) throw ApplicationFailure.nonRetryable(`${where}: version ${m.version} is being reverted by this run`, 'MigrationHalfDone');
        const values = [m.version, m.name, m.up.checksum, m.down.checksum, ctx.runId, step.id];
        if (m.up.transactional) {
          await runTransactional(s, m.up, async () => {
            await c.client.query(
              `INSERT INTO ${history} (version, name, checksum_up, checksum_down, status, run_id, step_id, applied_at) VALUES ($1, $2, $3, $4, 'applied', $5, $6, now())`,
              values,
            );
          });
        } else {
          if (!row) {
            await c.client.query(`INSERT INTO ${history} (version, name, checksum_up, checksum_down, status, run_id, step_id) VALUES ($1, $2, $3, $4, 'applying', $5, $6)`, values);
            row = { version: m.version, name: m.name, checksum_up: m.up.checksum, checksum_down: m.down.checksum, status: 'applying', statements_done: 0, pending_statement: null, fingerprint_before: null, invalid_before: null, run_id: ctx.runId, step_id: step.id };
          }
          await runJournaled(s, row, m.up, false);
          await c.client.query(`UPDATE ${history} SET status = 'applied', applied_at = now(), updated_at = now() WHERE version = $1`, [m.version]);
        }
        progress({ applied: m.version });
      }
      const mine = (await readHistory(c.client, p.schema, p.table)).filter((r) => r.run_id === ctx.runId).map((r) => r.version);
      return { database: c.database, schema: p.schema, applied: mine, before, after: Math.max(before, ...mine) };
    });
  } catch (err) {
    throw classify(err, c.where);
  } finally {
    await closeQuietly(c);
  }
}

export async function postgresMigrateUndo(input: UndoKindInput<Params>) {
  const { ctx, step } = input;
  const p = input.params;
  const where = `step ${step.id} (undo)`;
  const migrations = readMigrations(path.resolve(ctx.baseDir, p.dir), where);
  const c = await connect(input, where);
  const history = qualifiedName(p.schema, p.table);
  const s: Session = { client: c.client, schema: p.schema, table: p.table, where: `${c.where} (undo)` };
  try {
    if (!(await historyExists(c.client, p.schema, p.table))) return { database: c.database, schema: p.schema, reverted: [] };
    return await withAdvisoryLock(c.client, lockKey(p.schema, p.table), durationMs(p.lockWait), c.where, async () => {
      const mine = (await readHistory(c.client, p.schema, p.table)).filter((r) => r.run_id === ctx.runId).reverse();
      const reverted: number[] = [];
      const forget = async (version: number) => {
        await c.client.query(`DELETE FROM ${history} WHERE version = $1`, [version]);
      };
      for (const row of mine) {
        const m = migrations.find((x) => x.version === row.version);
        if (!m) throw ApplicationFailure.nonRetryable(`${where}: cannot undo version ${row.version} (${row.name}): its files are gone`, 'MigrationFolderError');
        // A version whose non-transactional up ran part-way is undone with its whole down script,
        // skipping what is already gone (an index or column its up never created).
        const partial = row.status === 'applying' || row.status === 'reverting_partial';
        if (m.down.transactional && (row.status === 'applied' || row.status === 'applying')) {
          if (partial) await runTolerant(s, m.down, () => forget(row.version));
          else await runTransactional(s, m.down, () => forget(row.version));
        } else {
          if (row.status === 'applying' || row.status === 'applied') {
            // The down file's checksum is recorded as the revert starts, so a resumed revert can
            // tell whether the statements it counts are still the same ones.
            const status = partial ? 'reverting_partial' : 'reverting';
            await c.client.query(
              `UPDATE ${history} SET status = $1, checksum_down = $2, statements_done = 0, pending_statement = NULL, fingerprint_before = NULL, invalid_before = NULL, updated_at = now() WHERE version = $3`,
              [status, m.down.checksum, row.version],
            );
            Object.assign(row, { status, checksum_down: m.down.checksum, statements_done: 0, pending_statement: null, fingerprint_before: null, invalid_before: null });
          } else if (row.checksum_down.trim() !== m.down.checksum) {
            throw ApplicationFailure.nonRetryable(
              `${where}: ${m.down.file} changed while version ${row.version} was being reverted (after ${row.statements_done} statement(s)); restore the file as it was, then retry`,
              'MigrationDrift',
            );
          }
          await runJournaled(s, row, m.down, partial);
          await forget(row.version);
        }
        reverted.push(row.version);
        progress({ reverted: row.version });
      }
      return { database: c.database, schema: p.schema, reverted };
    });
  } catch (err) {
    throw classify(err, s.where);
  } finally {
    await closeQuietly(c);
  }
}
