// Running a migration's SQL. A transactional file runs statement by statement inside one
// transaction that also writes its history row: it is applied or not, never half. A non-transactional file
// (`-- cutover:no-transaction`) runs statement by statement so that a crash at any point never
// runs one twice:
//   - a statement that may run in a transaction runs in one together with its journal update;
//   - one that may not (CREATE INDEX CONCURRENTLY, VACUUM, …) is preceded by a journal entry with
//     its index, a fingerprint of the schema and the schema's invalid indexes. A run resumed after
//     a crash in between first drops the invalid indexes that appeared since (what an interrupted
//     CREATE INDEX CONCURRENTLY leaves), then compares the fingerprint: changed means the statement
//     ran, unchanged means it did not and it runs again.
import { ApplicationFailure } from '@temporalio/common';
import type { Client } from 'pg';
import { classify, failureType, qualifiedName } from '../connection';
import { invalidIndexes, schemaFingerprint, type HistoryRow } from './history';
import { statementHead } from './split';

const OUTSIDE_TRANSACTION = /^(CREATE\s+(UNIQUE\s+)?INDEX\s+CONCURRENTLY|DROP\s+INDEX\s+CONCURRENTLY|REINDEX\b.*\bCONCURRENTLY|VACUUM|CREATE\s+DATABASE|DROP\s+DATABASE|ALTER\s+SYSTEM|CREATE\s+TABLESPACE|DROP\s+TABLESPACE|ALTER\s+TYPE\b.*\bADD\s+VALUE)/is;
export const needsNoTransaction = (sql: string) => OUTSIDE_TRANSACTION.test(statementHead(sql));

/** "Already gone" errors, tolerated only when undoing a version that was applied part-way. */
const ALREADY_GONE = new Set(['42P01', '42703', '42704', '3F000', '42883']);

/** A script error: the server's message with the file, statement and line; SQL errors are final, timeouts and lost connections are not. */
function scriptError(err: unknown, where: string, file: string, what: string): Error {
  const e = err as { code?: string; message?: string };
  const { retryable } = failureType(err);
  if (e.code && !retryable) {
    return ApplicationFailure.nonRetryable(`${where}: ${file} ${what}: ${e.message}`, e.code === '25001' ? 'PostgresNeedsNoTransaction' : 'MigrationFailed');
  }
  return classify(err, `${where}: ${file} ${what}`);
}

export interface Session {
  client: Client;
  schema: string;
  table: string;
  where: string;
}

async function inTransaction(client: Client, fn: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await fn();
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

type File = { file: string; statements: string[]; lines: number[] };
const at = (file: File, i: number) => `statement ${i + 1} (line ${file.lines[i]})`;

/** Runs a transactional file, with `record` (its history change) in the same transaction. */
export async function runTransactional(s: Session, file: File, record: () => Promise<void>): Promise<void> {
  await inTransaction(s.client, async () => {
    for (const [i, sql] of file.statements.entries()) {
      try {
        await s.client.query(sql);
      } catch (err) {
        throw scriptError(err, s.where, file.file, at(file, i));
      }
    }
    await record();
  });
}

/**
 * Runs the statements of a file one at a time inside one transaction, skipping "already gone"
 * errors (the down of a version whose up ran part-way), with `record` at the end.
 */
export async function runTolerant(s: Session, file: File, record: () => Promise<void>): Promise<void> {
  await inTransaction(s.client, async () => {
    for (const [i, sql] of file.statements.entries()) {
      await s.client.query('SAVEPOINT cutover_statement');
      try {
        await s.client.query(sql);
        await s.client.query('RELEASE SAVEPOINT cutover_statement');
      } catch (err) {
        if (!ALREADY_GONE.has((err as { code?: string }).code ?? '')) throw scriptError(err, s.where, file.file, at(file, i));
        await s.client.query('ROLLBACK TO SAVEPOINT cutover_statement');
      }
    }
    await record();
  });
}

/** Runs the statements of a non-transactional file from where the journal says it stopped. */
export async function runJournaled(s: Session, row: HistoryRow, file: File, tolerateMissing: boolean): Promise<void> {
  const { client } = s;
  const history = qualifiedName(s.schema, s.table);
  const setDone = (done: number) =>
    client.query(`UPDATE ${history} SET statements_done = $1, pending_statement = NULL, fingerprint_before = NULL, invalid_before = NULL, updated_at = now() WHERE version = $2`, [
      done,
      row.version,
    ]);
  let done = row.statements_done;
  if (row.pending_statement !== null) {
    const before = new Set<string>(JSON.parse(row.invalid_before ?? '[]'));
    for (const name of await invalidIndexes(client, s.schema)) {
      if (!before.has(name)) await client.query(`DROP INDEX CONCURRENTLY IF EXISTS ${qualifiedName(s.schema, name)}`);
    }
    const ran = (await schemaFingerprint(client, s.schema, s.table)) !== row.fingerprint_before;
    done = ran ? row.pending_statement + 1 : row.pending_statement;
    await setDone(done);
  }
  for (let index = done; index < file.statements.length; index++) {
    const sql = file.statements[index];
    const exec = async () => {
      try {
        await client.query(sql);
      } catch (err) {
        if (tolerateMissing && ALREADY_GONE.has((err as { code?: string }).code ?? '')) return false;
        throw scriptError(err, s.where, file.file, at(file, index));
      }
      return true;
    };
    if (needsNoTransaction(sql)) {
      const fingerprint = await schemaFingerprint(client, s.schema, s.table);
      const invalid = JSON.stringify(await invalidIndexes(client, s.schema));
      await client.query(`UPDATE ${history} SET pending_statement = $1, fingerprint_before = $2, invalid_before = $3, updated_at = now() WHERE version = $4`, [
        index,
        fingerprint,
        invalid,
        row.version,
      ]);
      await exec();
      await setDone(index + 1);
    } else {
      await inTransaction(client, async () => {
        if (tolerateMissing) {
          // A tolerated error must not abort the transaction that records the statement.
          await client.query('SAVEPOINT cutover_statement');
          if (!(await exec())) await client.query('ROLLBACK TO SAVEPOINT cutover_statement');
        } else await exec();
          await setDone(index + 1);
      });
    }
  }
}
