// Redis connections for steps: from a plan target (`redis://[user:password@]host:port[/db]`,
// `rediss://` for TLS), with errors classified for Temporal's retry policy. One connection per
// side, no reconnects and no offline queue: a lost connection fails the attempt, and the retry
// resumes from the heartbeated cursor.
import Redis from 'ioredis';
import { ApplicationFailure, TemporalFailure } from '@temporalio/common';
import type { StepInput } from '../../kit/context';
import { targetUrl } from '../../kit/targets';

export interface RedisConn {
  redis: Redis;
  /** `source cache (redis://host:port/0)`, for messages; never a password. */
  where: string;
  /** host:port/db, to tell whether two targets are the same database. */
  identity: string;
  url: string;
}

/** The URL without credentials. */
function parse(raw: string, where: string): { url: string; identity: string; db: number } {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw ApplicationFailure.nonRetryable(`${where}: not a valid Redis URL (expected redis://[user:password@]host:port[/db])`, 'PlanError');
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw ApplicationFailure.nonRetryable(`${where}: unsupported scheme ${u.protocol} (expected redis or rediss)`, 'PlanError');
  }
  const dbText = u.pathname.replace(/^\//, '') || '0';
  if (!/^\d+$/.test(dbText)) throw ApplicationFailure.nonRetryable(`${where}: database ${JSON.stringify(dbText)} is not a number`, 'PlanError');
  const port = u.port || '6379';
  return { url: `${u.protocol}//${u.hostname}:${port}/${dbText}`, identity: `${u.hostname}:${port}/${dbText}`, db: Number(dbText) };
}

const CONNECTION = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE|Connection is closed|Stream isn't writeable|connect ETIMEDOUT/i;

/** Turns an ioredis error into what Temporal should do with it; classified failures pass through. */
export function classify(err: unknown, where: string): Error {
  if (err instanceof TemporalFailure) return err;
  const msg = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string }).code ?? '';
  const fail = (type: string, text = msg) => ApplicationFailure.nonRetryable(`${where}: ${text}`, type);
  if (/^(WRONGPASS|NOAUTH)|invalid password|AUTH <password> called without/i.test(msg)) return fail('RedisAuthError', `authentication failed: ${msg}`);
  if (/^NOPERM/.test(msg)) return fail('RedisNoPermission');
  if (/DUMP payload version or checksum are wrong|Bad data format/i.test(msg)) {
    return fail('RedisIncompatiblePayload', `${msg} (the target Redis cannot read the source's DUMP format: is it an older version?)`);
  }
  if (/DB index is out of range/i.test(msg)) return fail('PlanError');
  if (/^READONLY/.test(msg)) return fail('RedisReadOnly', `${msg} (is the target a replica?)`);
  if (/unknown command/i.test(msg)) return fail('RedisUnsupported');
  if (/^OOM/.test(msg)) return ApplicationFailure.retryable(`${where}: ${msg}`, 'RedisOutOfMemory');
  if (CONNECTION.test(msg) || CONNECTION.test(code)) return ApplicationFailure.retryable(`${where}: server unreachable: ${msg}`, 'RedisUnreachable');
  return ApplicationFailure.retryable(`${where}: ${msg}`, 'RedisError');
}

/** `work` on `conn`, its failure classified and named for that server (not the step's other one). */
export const on = <T>(conn: RedisConn, work: Promise<T>): Promise<T> =>
  work.catch((err: unknown) => {
    throw classify(err, conn.where);
  });

/** Connects to the redis target named by `step.params[field]` and selects its database. */
export async function openRedis(input: StepInput, field: 'source' | 'target' = 'target'): Promise<RedisConn> {
  const name = String(input.step.params[field]);
  const raw = await targetUrl(input, 'redis', field);
  const { url, identity, db } = parse(raw, `step ${input.step.id}: ${field} ${name}`);
  const where = `step ${input.step.id}: ${field} ${name} (${url})`;
  const redis = new Redis(raw, {
    lazyConnect: true,
    // The database is selected below, where a bad index is an error (ioredis ignores it).
    db: 0,
    connectTimeout: 10_000,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
    connectionName: 'cutover',
  });
  // ioredis rejects connect() with "Connection is closed"; the cause arrives as an error event.
  let cause: unknown;
  redis.on('error', (err) => (cause = err));
  try {
    await redis.connect();
    if (db !== 0) await redis.select(db);
  } catch (err) {
    redis.disconnect();
    throw classify(cause ?? err, where);
  }
  return { redis, where, identity, url };
}

/** Runs `fn` with a connection and closes it after; errors are classified. */
export async function withRedis<T>(input: StepInput, field: 'source' | 'target', fn: (c: RedisConn) => Promise<T>): Promise<T> {
  const c = await openRedis(input, field);
  try {
    return await fn(c);
  } catch (err) {
    throw classify(err, c.where);
  } finally {
    c.redis.disconnect();
  }
}

/** A key for messages: text when it is text, JSON-quoted, shortened. */
export function showKey(key: Buffer | string): string {
  const text = typeof key === 'string' ? key : key.toString('utf8');
  const shown = text.length > 120 ? `${text.slice(0, 120)}…` : text;
  return JSON.stringify(shown);
}

/** `cutover doctor`: connect and ask for the server's version. */
export async function probeRedis(raw: string, where: string): Promise<string> {
  const { url } = parse(raw, where);
  const redis = new Redis(raw, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 5000, retryStrategy: () => null });
  try {
    await redis.connect();
    const info = await redis.info('server');
    return `${url}, redis ${/redis_version:(\S+)/.exec(info)?.[1] ?? '?'}`;
  } finally {
    redis.disconnect();
  }
}
