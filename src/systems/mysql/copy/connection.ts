// Connections for mysql.copyTable. The URL handling and the error classification are the ones of
// mysql.migrate (../mysql/connection.ts); a copy needs its own driver options on top, so that values
// make the round trip from source to target unchanged:
//   - BIGINT and DECIMAL as strings (a JS number loses digits past 2^53),
//   - DATE/DATETIME/TIMESTAMP as the server's text (no JS Date and no time-zone shifts),
//   - JSON as its text (MariaDB reports JSON columns and the driver would parse them),
// and sessions pinned to UTC so TIMESTAMP columns read and write the same instant on both sides.
import mysql, { type Connection } from 'mysql2/promise';
import { ApplicationFailure, TemporalFailure } from '@temporalio/common';
import type { StepInput } from '../../../kit/context';
import { targetUrl } from '../../../kit/targets';
import { classifyMysqlError, safeUrl } from '../connection';

/** Errors of a copy that a retry cannot fix, beyond those mysql.migrate knows. */
const NON_RETRYABLE: Record<string, string> = {
  ER_BAD_FIELD_ERROR: 'MysqlSchemaMismatch',
  ER_WRONG_VALUE_COUNT_ON_ROW: 'MysqlSchemaMismatch',
  ER_NO_DEFAULT_FOR_FIELD: 'MysqlSchemaMismatch',
  ER_BAD_NULL_ERROR: 'MysqlDataError',
  ER_DATA_TOO_LONG: 'MysqlDataError',
  ER_TRUNCATED_WRONG_VALUE: 'MysqlDataError',
  ER_TRUNCATED_WRONG_VALUE_FOR_FIELD: 'MysqlDataError',
  ER_WARN_DATA_OUT_OF_RANGE: 'MysqlDataError',
  WARN_DATA_TRUNCATED: 'MysqlDataError',
  ER_DUP_ENTRY: 'MysqlDuplicateKey',
  ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION: 'MysqlReadOnly',
  ER_NET_PACKET_TOO_LARGE: 'MysqlPacketTooLarge',
  ER_SPECIFIC_ACCESS_DENIED_ERROR: 'MysqlAccessDenied',
  ER_COLUMNACCESS_DENIED_ERROR: 'MysqlAccessDenied',
};

/** Classifies a driver error; failures that are already classified (or cancellations) pass through. */
export function classify(err: unknown, where: string): Error {
  if (err instanceof TemporalFailure) return err;
  const e = err as { code?: string; message?: string; sqlMessage?: string };
  const type = e.code ? NON_RETRYABLE[e.code] : undefined;
  if (type) return ApplicationFailure.nonRetryable(`${where}: ${e.sqlMessage ?? e.message ?? String(err)}`, type);
  return classifyMysqlError(err, where);
}

export interface CopyConn {
  conn: Connection;
  database: string;
  /** `source legacy (mysql://user@host:port/db)`, for messages. */
  where: string;
  /** host:port/database, to tell whether source and target are the same place. */
  identity: string;
  url: string;
}

/**
 * Opens the target named by `step.params[field]`. The source side is read-only: a plan's `where`
 * text is evaluated there, and a read-only session keeps it from changing anything.
 */
export async function openCopyConn(input: StepInput, field: 'source' | 'target'): Promise<CopyConn> {
  const name = String(input.step.params[field]);
  const url = targetUrl(input, 'mysql', field);
  const shown = safeUrl(url);
  const where = `step ${input.step.id}: ${field} ${name} (${shown})`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw ApplicationFailure.nonRetryable(`step ${input.step.id}: ${field} ${name} is not a mysql:// URL`, 'PlanError');
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw ApplicationFailure.nonRetryable(`${where}: the URL names no database`, 'PlanError');
  let conn: Connection;
  try {
    conn = await mysql.createConnection({
      uri: url,
      multipleStatements: false,
      connectTimeout: 10_000,
      charset: 'utf8mb4',
      supportBigNumbers: true,
      bigNumberStrings: true,
      dateStrings: true,
      jsonStrings: true,
      decimalNumbers: false,
      // The driver scans every statement for `?` placeholders even without values; a page's
      // upsert is megabytes of literals already escaped. Format only when there are values.
      queryFormat: (sql: string, values: unknown) => (Array.isArray(values) && values.length ? mysql.format(sql, values) : sql),
    });
  } catch (err) {
    throw classify(err, where);
  }
  try {
    // Strict, but zero dates pass (a source may hold them); explicit 0 in an AUTO_INCREMENT column stays 0.
    await conn.query("SET time_zone = '+00:00', sql_mode = 'STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION'");
    if (field === 'source') await conn.query('SET SESSION TRANSACTION READ ONLY');
    // Like mysqldump's output: rows arrive in key order, not in the order foreign keys would need.
    else await conn.query('SET foreign_key_checks = 0');
  } catch (err) {
    await conn.end().catch(() => undefined);
    throw classify(err, where);
  }
  return { conn, database, where, url, identity: `${parsed.hostname}:${parsed.port || '3306'}/${database}` };
}

export const closeQuietly = (c: CopyConn | undefined) => c?.conn.end().catch(() => undefined);

/** A value as an SQL literal (arrays of arrays become `(…), (…)` row lists), escaped by the driver. */
export const escape = (value: unknown): string => mysql.escape(value as Parameters<typeof mysql.escape>[0]);

const NEEDS_ESCAPING = /[\0\b\t\n\r\x1a"'\\]/;

/**
 * Rows as `(…), (…)`: the same literals as `escape`, with the common cases (numbers, NULL, strings
 * without characters to escape) written directly. Most of a page's client time is spent here.
 */
export function rowsLiteral(rows: unknown[][]): string {
  let out = '';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    out += i ? ',(' : '(';
    for (let j = 0; j < r.length; j++) {
      const v = r[j];
      if (j) out += ',';
      if (v === null || v === undefined) out += 'NULL';
      else if (typeof v === 'number') out += String(v);
      else if (typeof v === 'string' && !NEEDS_ESCAPING.test(v)) out += `'${v}'`;
      else out += escape(v);
    }
    out += ')';
  }
  return out;
}

/** A literal that goes into SQL unquoted (a validated number); see mysql-sql.ts. */
export const raw = (text: string) => ({ toSqlString: () => text });
