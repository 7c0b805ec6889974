// What each run of the load benchmark acts on, made before and removed after: its own MariaDB
// database (bench_load_<key>), a few keys under its own prefix in database 14 of the stack's first
// Redis (copied to the second), and the health endpoint the benchmark serves.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import mysql from 'mysql2/promise';
import Redis from 'ioredis';
import { journalFor } from '../../src/systems/redis/key-journal';
import type { StepContext } from '../../src/kit/context';

/** Database 14 on both Redis servers: no test uses it; only the keys made here are deleted. */
export const REDIS_DB = 14;
const KEYS_PER_RUN = 5;

export const database = (key: string) => `bench_load_${key}`;
export const keyPrefix = (key: string) => `bench-load:${key}:`;

/** Serves `GET /health/<key>` → `{"status":"healthy"}` and counts the requests. */
export async function startSite(): Promise<{ url: string; requests: () => number; close(): Promise<void> }> {
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    const ok = req.url?.startsWith('/health/');
    res.writeHead(ok ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(ok ? { status: 'healthy' } : { error: 'not found' }));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

export interface Stores {
  mysqlUrl: string;
  redisUrl: string;
  redis2Url: string;
}

/** Creates each run's database and seeds its keys (strings, one with a TTL, a hash). */
export async function prepare(stores: Stores, keys: readonly string[]): Promise<void> {
  const conn = await mysql.createConnection({ uri: stores.mysqlUrl });
  const redis = new Redis(`${stores.redisUrl}/${REDIS_DB}`);
  try {
    for (const key of keys) await conn.query(`CREATE DATABASE IF NOT EXISTS \`${database(key)}\``);
    for (let i = 0; i < keys.length; i += 100) {
      const p = redis.pipeline();
      for (const key of keys.slice(i, i + 100)) {
        const prefix = keyPrefix(key);
        for (let k = 0; k < KEYS_PER_RUN - 2; k++) p.set(`${prefix}session:${k}`, `value ${k} of ${key}`);
        p.set(`${prefix}token`, `short-lived ${key}`, 'EX', 3600);
        p.hset(`${prefix}profile`, { name: key, plan: 'pro' });
      }
      await p.exec();
    }
  } finally {
    await conn.end();
    redis.disconnect();
  }
}

/** Drops each run's database, its keys on both servers and the copy's journal (from the run's id). */
export async function cleanup(stores: Stores, runs: readonly { key: string; runId?: string }[]): Promise<void> {
  const conn = await mysql.createConnection({ uri: stores.mysqlUrl });
  const src = new Redis(`${stores.redisUrl}/${REDIS_DB}`);
  const dst = new Redis(`${stores.redis2Url}/${REDIS_DB}`);
  try {
    for (const { key } of runs) await conn.query(`DROP DATABASE IF EXISTS \`${database(key)}\``);
    for (const { key, runId } of runs) {
      const names = [`${keyPrefix(key)}token`, `${keyPrefix(key)}profile`, ...Array.from({ length: KEYS_PER_RUN - 2 }, (_, k) => `${keyPrefix(key)}session:${k}`)];
      await src.del(...names);
      await dst.del(...names);
      if (runId) {
        const j = journalFor({ runId } as StepContext, 'cache');
        await dst.del(j.added, j.old, j.oldExpiry, j.meta);
      }
    }
  } finally {
    await conn.end();
    src.disconnect();
    dst.disconnect();
  }
}
