// MySQL/MariaDB connections for steps, from a plan target, and the error classification that
// makes what a retry cannot fix (credentials, a missing database or table, bad data) fail the step
// at once. Copies add driver options so that values make the round trip unchanged:
//   - BIGINT and DECIMAL as strings (a JS number loses digits past 2^53),
//   - DATE/DATETIME/TIMESTAMP as the server's text (no JS Date and no time-zone shifts),
//   - JSON as its text (MariaDB reports JSON columns and the driver would parse them),
// and sessions pinned to UTC so TIMESTAMP columns read and write the same instant on both sides.
import mysql, { type Connection, type ConnectionOptions } from 'mysql2/promise';
import { ApplicationFailure, TemporalFailure } from '@temporalio/common';
import type { StepInput } from '../../kit/context';
import { targetUrl } from '../../kit/targets';

const NON_RETRYABLE: Record<string, string> = {
  ER_ACCESS_DENIED_ERROR: 'MysqlAccessDenied',
  ER_DBACCESS_DENIED_ERROR: 'MysqlAccessDenied',
  ER_TABLEACCESS_DENIED_ERROR: 'MysqlAccessDenied',
  ER_SPECIFIC_ACCESS_DENIED_ERROR: 'MysqlAccessDenied',
  ER_COLUMNACCESS_DENIED_ERROR: 'MysqlAccessDenied',
  ER_BAD_DB_ERROR: 'MysqlUnknownDatabase',
  ER_NO_SUCH_TABLE: 'MysqlNoSuchTable',
  ER_PARSE_ERROR: 'MysqlSyntaxError',
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
};

/** The URL without its password, for messages. */
export function safeUrl(raw: string): string {
  try {
    const u = new URL(raw);
    u.password = '';
    return `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}

/** Turns a driver error into an ApplicationFailure that says where; classified failures (and cancellations) pass through. */
export function classify(err: unknown, where: string): Error {
  if (err instanceof TemporalFailure) return err;
  const e = err as { code?: string; message?: string; sqlMessage?: string };
  const message = `${where}: ${e.sqlMessage ?? e.message ?? String(err)}`;
  const type = e.code ? NON_RETRYABLE[e.code] : undefined;
  if (type) return ApplicationFailure.nonRetryable(message, type);
  return ApplicationFailure.retryable(message, e.code === 'ECONNREFUSED' || e.code === 'ETIMEDOUT' ? 'MysqlUnreachable' : (e.code ?? 'MysqlError'));
}

export interface MysqlConn {
  conn: Connection;
  database: string;
  /** `step s: target appDb (mysql://user@host:port/db)`, for messages. */
  where: string;
  /** host:port/database, to tell whether two targets are the same place. */
  identity: string;
  url: string;
}

/** How a connection is used: a migration's, or one side of a copy. */
export type MysqlRole = 'migrate' | 'copy source' | 'copy target';

const COPY_OPTIONS: ConnectionOptions = {
  charset: 'utf8mb4',
  supportBigNumbers: true,
  bigNumberStrings: true,
  dateStrings: true,
  jsonStrings: true,
  decimalNumbers: false,
  // The driver scans every statement for `?` placeholders even without values; a page's
  // upsert is megabytes of literals already escaped. Format only when there are values.
  queryFormat: (sql: string, values: unknown) => (Array.isArray(values) && values.length ? mysql.format(sql, values) : sql),
};

/**
 * Opens the mysql target named by the step's `field`. A copy's source side is read-only: a plan's
 * `where` text is evaluated there, and a read-only session keeps it from changing anything.
 */
export async function openMysql(input: StepInput, field = 'target', role: MysqlRole = 'migrate'): Promise<MysqlConn> {
  const name = String(input.step.params[field]);
  const url = await targetUrl(input, 'mysql', field);
  const where = `step ${input.step.id}: ${field} ${name} (${safeUrl(url)})`;
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
    conn = await mysql.createConnection({ uri: url, multipleStatements: false, connectTimeout: 10_000, ...(role === 'migrate' ? {} : COPY_OPTIONS) });
  } catch (err) {
    throw classify(err, where);
  }
  try {
    if (role !== 'migrate') {
      // Strict, but zero dates pass (a source may hold them); explicit 0 in an AUTO_INCREMENT column stays 0.
      await conn.query("SET time_zone = '+00:00', sql_mode = 'STRICT_ALL_TABLES,NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION'");
      if (role === 'copy source') await conn.query('SET SESSION TRANSACTION READ ONLY');
      // Like mysqldump's output: rows arrive in key order, not in the order foreign keys would need.
      else await conn.query('SET foreign_key_checks = 0');
    }
  } catch (err) {
    await conn.end().catch(() => undefined);
    throw classify(err, where);
  }
  return { conn, database, where, url, identity: `${parsed.hostname}:${parsed.port || '3306'}/${database}` };
}

export const closeQuietly = (c: MysqlConn | undefined) => c?.conn.end().catch(() => undefined);

/** Quotes an identifier that the plan schema has already restricted to plain characters. */
export const quoteId = (id: string) => `\`${id.replace(/`/g, '``')}\``;

/** `cutover doctor`: connect and ask for the server's version. */
export async function probeMysql(url: string): Promise<string> {
  const conn = await mysql.createConnection({ uri: url, connectTimeout: 5000 }).catch((err: Error) => {
    throw new Error(`${safeUrl(url)}: ${err.message}`);
  });
  try {
    const [rows] = await conn.query('SELECT VERSION() AS v');
    return `${safeUrl(url)}, server ${(rows as { v: string }[])[0].v}`;
  } finally {
    await conn.end();
  }
}
