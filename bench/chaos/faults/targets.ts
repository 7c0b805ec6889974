// Faults on the targets' side: a row lock held on MySQL so that the data migration's statement
// hits its lock wait timeout, a table lock held on PostgreSQL so that the schema migration hits
// lock_timeout, Redis refusing writes with OOM (maxmemory below what it holds), and moto
// throttling AWS calls (through the proxy in front of it).
import mysql from 'mysql2/promise';
import { Client as PgClient } from 'pg';
import Redis from 'ioredis';
import { PG_DATABASE } from '../world';
import type { Fault } from '../schedule';
import { feltBy, holdUntil, sleep, type FaultContext } from './context';

/** The longest a lock is held when the step never gets to feel it (it ended first, say). */
const MAX_HOLD_MS = 60_000;

export async function mysqlLockWait(ctx: FaultContext): Promise<void> {
  const w = ctx.world;
  const c = await mysql.createConnection(`${w.mysql.server}/${w.mysql.dst}`);
  try {
    await c.query('BEGIN');
    await c.query("SELECT n FROM counters WHERE k = 'migrations' FOR UPDATE");
    const felt = await holdUntil(() => feltBy(ctx, 'my-schema', /lock wait timeout/i), MAX_HOLD_MS);
    ctx.note(felt ? 'my-schema hit the lock wait timeout' : 'lock released unfelt');
    await sleep(500);
    await c.query('ROLLBACK');
  } finally {
    await c.end();
  }
}

export async function pgLockTimeout(ctx: FaultContext): Promise<void> {
  const w = ctx.world;
  const c = new PgClient({ connectionString: `${w.pg.server}/${PG_DATABASE}` });
  c.on('error', () => undefined);
  await c.connect();
  try {
    await c.query('BEGIN');
    await c.query(`LOCK TABLE "${w.pg.schema}".counters IN ACCESS SHARE MODE`);
    const felt = await holdUntil(() => feltBy(ctx, 'pg-schema', /lock timeout|lock_timeout|canceling statement due to lock/i), MAX_HOLD_MS);
    ctx.note(felt ? 'pg-schema hit lock_timeout' : 'lock released unfelt');
    await sleep(500);
    await c.query('COMMIT');
  } finally {
    await c.end().catch(() => undefined);
  }
}

export async function redisOom(ctx: FaultContext, f: Extract<Fault, { kind: 'redis-oom' }>): Promise<void> {
  const r = new Redis(ctx.infra.redisUrl('dst'));
  try {
    const info = await r.info('memory');
    const used = Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 1_000_000);
    await r.config('SET', 'maxmemory', String(Math.max(1, used - 1024)));
    ctx.note(`redis target refuses writes (OOM) for ${f.durationMs} ms`);
    await sleep(f.durationMs);
  } finally {
    await r.config('SET', 'maxmemory', '0').catch(() => undefined);
    r.disconnect();
  }
}

export async function motoThrottle(ctx: FaultContext, f: Extract<Fault, { kind: 'moto-throttle' }>): Promise<void> {
  for (const operation of f.operations) ctx.infra.aws.fault({ operation, kind: 'throttle', times: f.times });
  ctx.note(`throttling ${f.operations.join(', ')} ×${f.times}`);
}
