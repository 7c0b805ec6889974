// Shared pieces of the Redis activity tests: the stack's two Redis servers (redis → source,
// redis2 → target), a key prefix per test, step inputs, and exact dumps of keys to compare.
import crypto from 'node:crypto';
import Redis from 'ioredis';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import type { StepInput, StepOutput, UndoInput } from '../../src/kit/context';
import { stackEnv } from '../helpers/stack';

export function redisUrls(): { source: string; target: string } {
  const env = stackEnv();
  if (!env.CUTOVER_REDIS_URL || !env.CUTOVER_REDIS2_URL) throw new Error('stack.env has no CUTOVER_REDIS_URL / CUTOVER_REDIS2_URL; run: scripts/stack.sh up');
  return { source: env.CUTOVER_REDIS_URL, target: env.CUTOVER_REDIS2_URL };
}

export const client = (url: string) => new Redis(url, { maxRetriesPerRequest: 1 });

/** A key prefix no other test uses. */
export const prefix = (name: string) => `t:${name}:${crypto.randomBytes(4).toString('hex')}:`;

export function stepInput(kind: string, params: Record<string, unknown>, opts: { runId?: string; id?: string } = {}): StepInput {
  const urls = redisUrls();
  return {
    ctx: {
      workflowId: 'cutover-redis-test',
      runId: opts.runId ?? `run-${crypto.randomUUID()}`,
      planName: 'redis-test',
      environment: 'test',
      baseDir: process.cwd(),
      targets: { cache: { kind: 'redis', url: urls.source }, newCache: { kind: 'redis', url: urls.target } },
    },
    step: { id: opts.id ?? 'copy-cache', kind, phase: 'migrateData', execution: 'activity', undo: kind === 'redis.copyKeys', params },
  };
}

export const copyInput = (params: Record<string, unknown>, opts: { runId?: string; id?: string } = {}) =>
  stepInput(
    'redis.copyKeys',
    { source: 'cache', target: 'newCache', batchSize: 1000, onExisting: 'fail', sample: 100, ttlTolerance: '2s', journalTtl: '7d', allowEmpty: false, ...params },
    opts,
  );

const quiet = new DefaultLogger('ERROR');

export function runActivity<I extends StepInput | UndoInput>(fn: (input: I) => Promise<StepOutput>, input: I, heartbeatDetails?: unknown): Promise<StepOutput> {
  return new MockActivityEnvironment({ heartbeatDetails }, { logger: quiet }).run(fn, input);
}

/** Deletes every key matching `pattern` (pipelined UNLINK per SCAN page). */
export async function wipe(r: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await r.scanBuffer(cursor, 'MATCH', pattern, 'COUNT', 5000);
    if (keys.length) await r.unlink(...keys);
    cursor = next.toString();
  } while (cursor !== '0');
}

const hex = (v: unknown): unknown => (Buffer.isBuffer(v) ? v.toString('hex') : Array.isArray(v) ? v.map(hex) : v);
const pairs = (flat: unknown[]) => Array.from({ length: flat.length / 2 }, (_, i) => `${hex(flat[2 * i])}=${hex(flat[2 * i + 1])}`);

/** A key's value read by its type (not its DUMP payload: a server may re-encode a restored value). */
async function read(r: Redis, k: Buffer): Promise<unknown> {
  const type = await r.type(k);
  switch (type) {
    case 'string':
      return hex(await r.getBuffer(k));
    case 'list':
      return hex(await r.lrangeBuffer(k, 0, -1));
    case 'set':
      return (hex(await r.smembersBuffer(k)) as string[]).sort();
    case 'zset':
      return pairs((await r.callBuffer('ZRANGE', k, '0', '-1', 'WITHSCORES')) as unknown[]);
    case 'hash':
      return pairs((await r.callBuffer('HGETALL', k)) as unknown[]).sort();
    case 'stream':
      return hex(await r.callBuffer('XRANGE', k, '-', '+'));
    default:
      return `unreadable ${type}`;
  }
}

/** Keys matching `pattern` (hex names) with their type, value and whether they expire, sorted. */
export async function dump(r: Redis, pattern: string): Promise<Record<string, { type: string; value: unknown; expires: boolean }>> {
  const keys = new Map<string, Buffer>();
  let cursor = '0';
  do {
    const [next, page] = await r.scanBuffer(cursor, 'MATCH', pattern, 'COUNT', 5000);
    for (const k of page) keys.set(k.toString('hex'), k);
    cursor = next.toString();
  } while (cursor !== '0');
  const out: [string, { type: string; value: unknown; expires: boolean }][] = [];
  for (const [name, k] of keys) out.push([name, { type: await r.type(k), value: await read(r, k), expires: (await r.pttl(k)) >= 0 }]);
  return Object.fromEntries(out.sort(([a], [b]) => a.localeCompare(b)));
}

/** Distinct keys matching `pattern`. */
export async function countKeys(r: Redis, pattern: string): Promise<number> {
  const seen = new Set<string>();
  let cursor = '0';
  do {
    const [next, page] = await r.scanBuffer(cursor, 'MATCH', pattern, 'COUNT', 5000);
    for (const k of page) seen.add(k.toString('hex'));
    cursor = next.toString();
  } while (cursor !== '0');
  return seen.size;
}
