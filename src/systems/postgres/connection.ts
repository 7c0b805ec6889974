// PostgreSQL connections for steps, from a plan target, and the error classification that makes
// what a retry cannot fix (credentials, a missing database or table, bad data, SQL errors) fail
// the step at once. Every connection is one `pg` Client (never a pool): a session advisory lock and
// the transaction that goes with it must stay on one server session.
//
// Copies read every value as the server's text (the type parsers are switched off): numeric,
// int8, timestamptz, jsonb, arrays and bytea make the round trip without a JavaScript value in
// between, and keys go back into SQL as text cast to their column's type. Copy sessions pin the
// settings that decide how values print: UTC, ISO dates, hex bytea, shortest-exact floats.
import { Client, type ClientConfig } from 'pg';
import { ApplicationFailure, TemporalFailure } from '@temporalio/common';
import type { StepInput } from '../../kit/context';
import { targetUrl } from '../../kit/targets';

/** SQLSTATE → failure type for what a retry cannot fix. */
const NON_RETRYABLE: Record<string, string> = {
  '28P01': 'PostgresAccessDenied', // invalid_password
  '28000': 'PostgresAccessDenied', // invalid_authorization_specification (pg_hba, no such role)
  '42501': 'PostgresAccessDenied', // insufficient_privilege
  '3D000': 'PostgresUnknownDatabase',
  '3F000': 'PostgresUnknownSchema',
  '42P01': 'PostgresNoSuchTable',
  '42601': 'PostgresSyntaxError',
  '42703': 'PostgresSchemaMismatch', // undefined_column
  '42804': 'PostgresSchemaMismatch', // datatype_mismatch
  '23505': 'PostgresDuplicateKey',
  '23502': 'PostgresDataError', // not_null_violation
  '23503': 'PostgresDataError', // foreign_key_violation
  '23514': 'PostgresDataError', // check_violation
  '25006': 'PostgresReadOnly', // read_only_sql_transaction
  '25001': 'PostgresNeedsNoTransaction', // active_sql_transaction: CREATE INDEX CONCURRENTLY in a transaction
};

/** SQLSTATE → failure type for what a later attempt may well get past. */
const RETRYABLE: Record<string, string> = {
  '55P03': 'PostgresLockTimeout', // lock_not_available (lock_timeout)
  '57014': 'PostgresStatementTimeout', // query_canceled (statement_timeout)
  '40001': 'PostgresSerializationFailure',
  '40P01': 'PostgresDeadlock',
  '57P01': 'PostgresUnreachable', // admin_shutdown (also pg_terminate_backend)
  '57P02': 'PostgresUnreachable',
  '57P03': 'PostgresUnreachable', // cannot_connect_now (starting up)
  '53300': 'PostgresTooManyConnections',
};

const NETWORK = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/** The URL without its password, for messages. */
export function safeUrl(raw: string): string {
  try {
    const u = new URL(raw);
    return `${u.protocol}//${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.host}${u.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}

interface PgError {
  code?: string;
  message?: string;
  detail?: string;
  hint?: string;
  position?: string;
}

/** The type a driver error is classified as, and whether a retry may help. */
export function failureType(err: unknown): { type: string; retryable: boolean } {
  const e = err as PgError;
  const code = e.code ?? '';
  if (NON_RETRYABLE[code]) return { type: NON_RETRYABLE[code], retryable: false };
  if (RETRYABLE[code]) return { type: RETRYABLE[code], retryable: true };
  if (NETWORK.has(code) || /Connection terminated|connection timeout|timeout expired/i.test(e.message ?? '')) return { type: 'PostgresUnreachable', retryable: true };
  // Class 22: data exceptions (a value that does not fit); class 42: other SQL errors.
  if (code.startsWith('22')) return { type: 'PostgresDataError', retryable: false };
  if (code.startsWith('42')) return { type: 'PostgresSqlError', retryable: false };
  return { type: code ? `Postgres${code}` : 'PostgresError', retryable: true };
}

/** Turns a driver error into an ApplicationFailure that says where; classified failures (and cancellations) pass through. */
export function classify(err: unknown, where: string): Error {
  if (err instanceof TemporalFailure) return err;
  const e = err as PgError;
  const text = `${e.message ?? String(err)}${e.detail ? ` (${e.detail})` : ''}${e.hint ? ` hint: ${e.hint}` : ''}`;
  const { type, retryable } = failureType(err);
  const message = `${where}: ${text}`;
  return retryable ? ApplicationFailure.retryable(message, type) : ApplicationFailure.nonRetryable(message, type);
}

export interface PgConn {
  client: Client;
  database: string;
  /** `step s: target appDb (postgres://user@host:port/db)`, for messages. */
  where: string;
  /** host:port/database, to tell whether two targets are the same place. */
  identity: string;
  url: string;
  /** server_version_num, e.g. 150010. */
  version: number;
}

/** How a connection is used: a migration's, or one side of a copy. */
export type PgRole = 'migrate' | 'copy source' | 'copy target';

/** Every value as the server's text: no JS Date, number or parsed JSON in between. */
const TEXT_TYPES = { getTypeParser: () => (v: string) => v } as unknown as ClientConfig['types'];

export interface ParsedPgUrl {
  database: string;
  identity: string;
}

/** Checks a postgres:// or postgresql:// URL; `fail` builds the error for what is wrong. */
export function parsePgUrl(url: string, fail: (why: string) => Error): ParsedPgUrl {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw fail('is not a postgres:// URL');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') throw fail(`is not a postgres:// or postgresql:// URL (${parsed.protocol}//…)`);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw fail('names no database (postgres://user:password@host:port/database)');
  const sslmode = parsed.searchParams.get('sslmode');
  if (sslmode && !['disable', 'prefer', 'require', 'verify-ca', 'verify-full', 'no-verify'].includes(sslmode)) throw fail(`has an unknown sslmode ${sslmode}`);
  return { database, identity: `${parsed.hostname}:${parsed.port || '5432'}/${database}` };
}

/**
 * A client for `url`. `sslmode` in the URL is honoured by the driver (disable, prefer, require,
 * verify-ca, verify-full; `no-verify` encrypts without checking the certificate).
 */
export function pgClient(url: string, opts: { text?: boolean; connectTimeoutMs?: number } = {}): Client {
  const client = new Client({
    connectionString: url,
    application_name: 'cutover',
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
    keepAlive: true,
    ...(opts.text ? { types: TEXT_TYPES } : {}),
  });
  // A connection that dies while idle (the server restarted, the backend was terminated) must not
  // crash the worker: the next query on it fails and is classified like any other error.
  client.on('error', () => undefined);
  return client;
}

/** The name of the plan target a step field names, and its URL with references resolved. */
export async function namedTarget(input: StepInput, field: string, kind: string): Promise<{ name: string; url: string }> {
  const name = String(input.step.params[field]);
  return { name, url: await targetUrl(input, kind, field) };
}

/** Settings every copy session pins, so values print (and parse) the same on both sides. */
const COPY_SETTINGS = "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET bytea_output = 'hex'; SET extra_float_digits = 1";

/**
 * Opens the postgres target named by the step's `field`. A copy's source side is read-only: a
 * plan's `where` text is evaluated there, and a read-only session keeps it from changing anything.
 */
export async function openPostgres(input: StepInput, field = 'target', role: PgRole = 'migrate'): Promise<PgConn> {
  const { name, url } = await namedTarget(input, field, 'postgres');
  return connectPostgres(url, `step ${input.step.id}: ${field} ${name}`, role);
}

/** Opens `url` for `role`; `label` is `step s: target appDb`. */
export async function connectPostgres(url: string, label: string, role: PgRole): Promise<PgConn> {
  const { database, identity } = parsePgUrl(url, (why) => ApplicationFailure.nonRetryable(`${label} (${safeUrl(url)}): the URL ${why}`, 'PlanError'));
  const where = `${label} (${safeUrl(url)})`;
  const client = pgClient(url, { text: role !== 'migrate' });
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => undefined);
    throw classify(err, where);
  }
  try {
    const r = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    const version = Number(r.rows[0].v);
    // A killed worker's statement stops within a second instead of running on (PostgreSQL 14+):
    // the session, its locks and its transaction end with the connection.
    if (version >= 140000) await client.query("SET client_connection_check_interval = '1s'");
    if (role !== 'migrate') await client.query(COPY_SETTINGS);
    if (role === 'copy source') await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
    return { client, database, where, url, identity, version };
  } catch (err) {
    await client.end().catch(() => undefined);
    throw classify(err, where);
  }
}

export const closeQuietly = async (c: PgConn | undefined) => {
  await c?.client.end().catch(() => undefined);
};

/** Quotes an identifier (the plan schema has already restricted it to plain characters). */
export const quoteIdent = (id: string) => `"${id.replace(/"/g, '""')}"`;

/** `"schema"."table"`. */
export const qualifiedName = (schema: string, table: string) => `${quoteIdent(schema)}.${quoteIdent(table)}`;

/** A string literal (standard_conforming_strings is on in every supported server). */
export const quoteLiteral = (v: string) => `'${v.replace(/'/g, "''")}'`;

/**
 * `cutover doctor`: connect, ask for the server's version, and say whether the user can create what
 * the steps create (history and journal tables in a schema, a schema of its own).
 */
export async function probePostgres(url: string, where: string): Promise<string> {
  parsePgUrl(url, (why) => new Error(`${where}: the URL ${why}`));
  const client = pgClient(url, { connectTimeoutMs: 5000 });
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => undefined);
    throw new Error(`${safeUrl(url)}: ${(err as Error).message}`);
  }
  try {
    const { rows } = await client.query<{ v: string; u: string; su: boolean; db: boolean; pub: boolean | null; ro: string }>(
      `SELECT current_setting('server_version') AS v, current_user AS u,
              (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS su,
              has_database_privilege(current_database(), 'CREATE') AS db,
              CASE WHEN EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'public') THEN has_schema_privilege('public', 'CREATE') END AS pub,
              current_setting('transaction_read_only') AS ro`,
    );
    const r = rows[0];
    if (r.ro === 'on') throw new Error(`${safeUrl(url)}: server ${r.v} is read-only (a standby): migrations and copies need a primary`);
    if (!r.su && !r.db && !r.pub) {
      throw new Error(`${safeUrl(url)}: user ${r.u} may create neither schemas in the database nor tables in schema public (migrations and copies create history and journal tables)`);
    }
    const rights = r.su ? 'superuser' : [r.db ? 'may create schemas' : 'may not create schemas', r.pub ? 'may create in public' : 'may not create in public'].join(', ');
    return `${safeUrl(url)}, server PostgreSQL ${r.v}, user ${r.u} (${rights})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}
