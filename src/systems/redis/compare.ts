// Comparing one key on two Redis servers. DUMP payloads are compared first (equal payloads are
// equal values); when they differ, which happens without a real difference when the two servers
// encode the value differently (versions, listpack/hashtable thresholds), the values themselves are
// read by type and compared.
import type Redis from 'ioredis';

export interface KeyState {
  type: string;
  payload: Buffer | null;
  pttl: number;
}

export async function keyStates(redis: Redis, keys: Buffer[]): Promise<KeyState[]> {
  if (!keys.length) return [];
  const pipe = redis.pipeline();
  for (const k of keys) pipe.type(k).dumpBuffer(k).pttl(k);
  const res = (await pipe.exec()) ?? [];
  return keys.map((_, i) => {
    for (const [err] of res.slice(3 * i, 3 * i + 3)) if (err) throw err;
    return { type: String(res[3 * i][1]), payload: (res[3 * i + 1][1] as Buffer | null) ?? null, pttl: Number(res[3 * i + 2][1]) };
  });
}

/** Nested replies with Buffers as hex, for comparison. */
const plain = (v: unknown): unknown => (Buffer.isBuffer(v) ? v.toString('hex') : Array.isArray(v) ? v.map(plain) : v);

const pairs = (flat: unknown[]) => {
  const out: string[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push(JSON.stringify([plain(flat[i]), plain(flat[i + 1])]));
  return out;
};

/** The value of `key` in a comparable form, by type; undefined for types cutover cannot read (modules). */
export async function valueOf(redis: Redis, key: Buffer, type: string): Promise<unknown> {
  switch (type) {
    case 'string':
      return plain(await redis.getBuffer(key));
    case 'list':
      return plain(await redis.lrangeBuffer(key, 0, -1));
    case 'set':
      return (plain(await redis.smembersBuffer(key)) as string[]).sort();
    case 'zset':
      return pairs((await redis.callBuffer('ZRANGE', key, '0', '-1', 'WITHSCORES')) as unknown[]);
    case 'hash':
      return pairs((await redis.callBuffer('HGETALL', key)) as unknown[]).sort();
    case 'stream':
      return plain(await redis.callBuffer('XRANGE', key, '-', '+'));
    default:
      return undefined;
  }
}
