// One runner per history table: a session-level advisory lock held by the migrating connection.
// It belongs to the server session, so a worker that dies releases it with its connection (the
// server ends the session when the socket closes; with client_connection_check_interval even while
// a statement is running). Waiting is bounded: `pg_try_advisory_lock` polled until `lockWait`.
import { createHash } from 'node:crypto';
import { sleep } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { Client } from 'pg';

/** First key of every cutover migration lock ('cutv'); the second is a hash of schema and table. */
export const LOCK_CLASS = 0x63757476;

export function lockKey(schema: string, table: string): number {
  return createHash('sha256').update(`${schema}.${table}`).digest().readUInt32BE(0) & 0x7fffffff;
}

/** Who holds the lock, for the message of a runner that gave up waiting (and for `cutover plan --against`). */
export async function holder(client: Client, key: number): Promise<string> {
  const r = await client.query(
    `SELECT a.pid, a.usename, a.application_name, a.client_addr::text AS addr, a.state, extract(epoch FROM now() - a.backend_start)::int AS secs
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1::bigint::oid AND l.objid = $2::bigint::oid AND l.objsubid = 2
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [LOCK_CLASS, key],
  );
  const h = r.rows[0];
  return h ? ` (held by backend ${h.pid}, ${h.usename}${h.addr ? `@${h.addr}` : ''}, ${h.application_name || 'no application name'}, ${h.state}, connected ${h.secs}s)` : '';
}

export async function withAdvisoryLock<T>(client: Client, key: number, waitMs: number, where: string, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const r = await client.query('SELECT pg_try_advisory_lock($1, $2) AS got', [LOCK_CLASS, key]);
    if (r.rows[0].got === true) break;
    if (Date.now() >= deadline) {
      throw ApplicationFailure.retryable(
        `${where}: another runner is migrating this schema${await holder(client, key)}; waited ${Math.round(waitMs / 1000)}s (lockWait)`,
        'MigrationLocked',
      );
    }
    await sleep(Math.min(250, Math.max(10, deadline - Date.now())));
  }
  try {
    return await fn();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_CLASS, key]).catch(() => undefined);
  }
}
