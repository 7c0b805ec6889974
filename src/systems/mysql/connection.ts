// MySQL/MariaDB connections for steps: from a plan target, with errors classified so that what
// a retry cannot fix (credentials, a missing database) fails the step at once.
import mysql, { type Connection } from 'mysql2/promise';
import { ApplicationFailure } from '@temporalio/common';
import type { StepInput } from '../../kit/context';
import { targetUrl } from '../../kit/targets';

const NON_RETRYABLE: Record<string, string> = {
  ER_ACCESS_DENIED_ERROR: 'MysqlAccessDenied',
  ER_DBACCESS_DENIED_ERROR: 'MysqlAccessDenied',
  ER_BAD_DB_ERROR: 'MysqlUnknownDatabase',
  ER_NO_SUCH_TABLE: 'MysqlNoSuchTable',
  ER_PARSE_ERROR: 'MysqlSyntaxError',
  ER_TABLEACCESS_DENIED_ERROR: 'MysqlAccessDenied',
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

/** Turns a driver error into an ApplicationFailure with a message that says where. */
export function classifyMysqlError(err: unknown, where: string): ApplicationFailure {
  const e = err as { code?: string; message?: string; sqlMessage?: string };
  const message = `${where}: ${e.sqlMessage ?? e.message ?? String(err)}`;
  const type = e.code ? NON_RETRYABLE[e.code] : undefined;
  if (type) return ApplicationFailure.nonRetryable(message, type);
  return ApplicationFailure.retryable(message, e.code === 'ECONNREFUSED' || e.code === 'ETIMEDOUT' ? 'MysqlUnreachable' : (e.code ?? 'MysqlError'));
}

export interface MysqlTarget {
  conn: Connection;
  database: string;
  /** `target appDb (mysql://user@host:port/db)`, for messages. */
  where: string;
}

export async function openMysql(input: StepInput, field = 'target'): Promise<MysqlTarget> {
  const name = String(input.step.params[field]);
  const url = targetUrl(input, 'mysql', field);
  const where = `step ${input.step.id}: ${field} ${name} (${safeUrl(url)})`;
  let database: string;
  try {
    database = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  } catch {
    throw ApplicationFailure.nonRetryable(`step ${input.step.id}: ${field} ${name} is not a mysql:// URL`, 'PlanError');
  }
  if (!database) throw ApplicationFailure.nonRetryable(`${where}: the URL names no database`, 'PlanError');
  try {
    const conn = await mysql.createConnection({ uri: url, multipleStatements: false, connectTimeout: 10_000 });
    return { conn, database, where };
  } catch (err) {
    throw classifyMysqlError(err, where);
  }
}

/** Quotes an identifier that the plan schema has already restricted to plain characters. */
export const quoteId = (id: string) => `\`${id.replace(/`/g, '``')}\``;
