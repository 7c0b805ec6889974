// Running a migration's statements so that a crash at any point never runs one twice.
//
// MySQL commits DDL implicitly, so a statement and its record cannot share a transaction.
// Before a DDL statement the journal records its index and a fingerprint of the schema; after
// it, the statement counts as done. A run resumed after a crash in between compares the
// fingerprint: changed means the statement ran, unchanged means it did not. DML statements run
// in one transaction together with the journal update, so they are done or not, never half.
import { ApplicationFailure } from '@temporalio/common';
import type { Connection } from 'mysql2/promise';
import { classify, quoteId } from '../connection';
import { schemaFingerprint, type HistoryRow } from './history';
import { statementHead } from './split';

const DDL = /^(CREATE|ALTER|DROP|RENAME|TRUNCATE|GRANT|REVOKE)\b/i;
export const isDdl = (sql: string) => DDL.test(statementHead(sql));

// A session setting (`SET SESSION innodb_lock_wait_timeout = 1`, `SET NAMES …`, `SET @v = …`): changes
// nothing stored, and is lost with the connection, so a resumed version runs it again.
const SESSION = /^SET\s+(?!PASSWORD\b|DEFAULT\s+ROLE\b|ROLE\b|GLOBAL\b|PERSIST(_ONLY)?\b|@@(GLOBAL|PERSIST(_ONLY)?)\.)/i;
export const isSession = (sql: string) => SESSION.test(statementHead(sql));

// Another session's lock: the statement did not run (its transaction is rolled back below, a DDL
// changed nothing), so a later attempt can run it. Not a fault of the migration.
const LOCK_WAIT = new Set(['ER_LOCK_WAIT_TIMEOUT', 'ER_LOCK_DEADLOCK']);

// Errors that mean "already gone": tolerated only when undoing a version that was applied part-way.
const ALREADY_GONE = new Set(['ER_CANT_DROP_FIELD_OR_KEY', 'ER_BAD_TABLE_ERROR', 'ER_NO_SUCH_TABLE', 'ER_BAD_FIELD_ERROR']);

export interface JournalTarget {
  conn: Connection;
  database: string;
  table: string;
}

export async function runJournaled(
  t: JournalTarget,
  row: HistoryRow,
  statements: string[],
  opts: { direction: 'up' | 'down'; file: string; tolerateMissing: boolean },
): Promise<void> {
  const { conn } = t;
  const history = quoteId(t.table);
  const setDone = (done: number) =>
    conn.query(`UPDATE ${history} SET statements_done = ?, pending_statement = NULL, fingerprint_before = NULL WHERE version = ?`, [done, row.version]);
  let done = row.statements_done;
  if (row.pending_statement !== null) {
    const ran = (await schemaFingerprint(conn, t.database, t.table)) !== row.fingerprint_before;
    done = ran ? row.pending_statement + 1 : row.pending_statement;
    await setDone(done);
  }
  // Resumed on a new connection: the session settings the script made so far, again.
  for (const sql of statements.slice(0, done).filter(isSession)) await conn.query(sql).catch((err: unknown) => {
    throw classify(err, `${opts.file} (a session setting run again on resume)`);
  });
  for (let index = done; index < statements.length; index++) {
    const sql = statements[index];
    const exec = async () => {
      try {
        await conn.query(sql);
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (opts.tolerateMissing && code && ALREADY_GONE.has(code)) return;
        if (code && LOCK_WAIT.has(code)) {
          throw ApplicationFailure.retryable(`${opts.file} statement ${index + 1}: ${(err as { sqlMessage?: string }).sqlMessage ?? (err as Error).message}`, 'MysqlLockWait');
        }
        if (code?.startsWith('ER_')) {
          throw ApplicationFailure.nonRetryable(
            `${opts.file} statement ${index + 1}: ${(err as { sqlMessage?: string }).sqlMessage ?? (err as Error).message}`,
            'MigrationFailed',
          );
        }
        throw classify(err, `${opts.file} statement ${index + 1}`);
      }
    };
    if (isDdl(sql)) {
      const fingerprint = await schemaFingerprint(conn, t.database, t.table);
      await conn.query(`UPDATE ${history} SET pending_statement = ?, fingerprint_before = ? WHERE version = ?`, [index, fingerprint, row.version]);
      await exec();
      await setDone(index + 1);
    } else {
      await conn.beginTransaction();
      try {
        await exec();
          await setDone(index + 1);
        await conn.commit();
      } catch (err) {
        await conn.rollback().catch(() => undefined);
        throw err;
      }
    }
  }
}
