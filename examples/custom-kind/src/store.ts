// flags.set and its undo against Redis. Idempotent by a journal kept in the same Redis, named
// after the run and the step: the first attempt records what the flag held, in the same script
// that sets it, so a retry (or a worker that died after the write) never records its own value as
// "previous", and the undo needs nothing from the step's output — it finds the journal even when
// the step failed part-way.
import Redis from 'ioredis';
import { ApplicationFailure, markerHash, resolveRefs, stepLog, targetUrl, type KindInput, type UndoKindInput } from 'cutover/kit';
import type { SetOutput, SetParams } from './index';

// KEYS: flags hash, journal. ARGV: flag, value, journal TTL (s). Returns what the journal holds.
const SET = `
if redis.call('EXISTS', KEYS[2]) == 0 then
  local prev = redis.call('HGET', KEYS[1], ARGV[1])
  redis.call('HSET', KEYS[2], 'flag', ARGV[1], 'value', ARGV[2], 'existed', prev and '1' or '0', 'previous', prev or '')
  redis.call('EXPIRE', KEYS[2], ARGV[3])
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return redis.call('HMGET', KEYS[2], 'existed', 'previous')`;

// KEYS: flags hash, journal. Returns none (nothing to undo), changed (left alone), restored or removed.
const RESTORE = `
if redis.call('EXISTS', KEYS[2]) == 0 then return {'none', ''} end
local j = redis.call('HMGET', KEYS[2], 'flag', 'value', 'existed', 'previous')
local now = redis.call('HGET', KEYS[1], j[1])
if now ~= j[2] then return {'changed', now or ''} end
if j[3] == '1' then redis.call('HSET', KEYS[1], j[1], j[4]) else redis.call('HDEL', KEYS[1], j[1]) end
redis.call('DEL', KEYS[2])
return {j[3] == '1' and 'restored' or 'removed', ''}`;

/** The URL as messages may show it: no password. */
const shown = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

/** The journal of one step of one run (a hash tag keeps it beside the flags on a cluster). */
const journalKey = (input: KindInput<SetParams>) => `{${input.params.key}}:cutover-journal:${markerHash(input.ctx, input.step.id)}`;

async function connect(input: KindInput<SetParams>): Promise<{ redis: Redis; where: string }> {
  const url = await targetUrl(input, 'flagstore');
  const where = `step ${input.step.id}: target ${input.params.target} (${shown(url)})`;
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5_000, retryStrategy: () => null });
  redis.on('error', () => {}); // reported by the command that failed
  try {
    await redis.connect();
  } catch (err) {
    redis.disconnect();
    // Retryable: the server may be back on the next attempt.
    throw new Error(`${where}: cannot connect: ${(err as Error).message}`);
  }
  return { redis, where };
}

export async function setFlag(input: KindInput<SetParams>): Promise<SetOutput> {
  const { params } = input;
  const value = await resolveRefs(params.value, `step ${input.step.id}: value`);
  const { redis, where } = await connect(input);
  try {
    const [existed, previous] = (await redis.eval(SET, 2, params.key, journalKey(input), params.flag, value, params.journalTtl)) as [string, string];
    const out = { key: params.key, flag: params.flag, value: params.value, previous: existed === '1' ? previous : null };
    stepLog().info('flag set', { key: params.key, flag: params.flag, hadValue: existed === '1' });
    return out;
  } catch (err) {
    throw new Error(`${where}: ${(err as Error).message}`);
  } finally {
    redis.disconnect();
  }
}

export async function restoreFlag(input: UndoKindInput<SetParams, SetOutput>): Promise<{ flag: string; undo: string }> {
  const { params } = input;
  const { redis, where } = await connect(input);
  let result: [string, string];
  try {
    result = (await redis.eval(RESTORE, 2, params.key, journalKey(input))) as [string, string];
  } catch (err) {
    throw new Error(`${where}: ${(err as Error).message}`);
  } finally {
    redis.disconnect();
  }
  const [undo, now] = result;
  if (undo === 'changed') {
    // Someone set the flag after this run did: putting the old value back would undo their change.
    throw ApplicationFailure.nonRetryable(
      `${where}: ${params.key} ${params.flag} was changed since this run set it (now ${now ? JSON.stringify(now) : 'removed'}); left as it is`,
      'FlagChanged',
    );
  }
  stepLog().info('flag put back', { key: params.key, flag: params.flag, undo });
  return { flag: params.flag, undo };
}

/** `cutover doctor`: the server answers, read-only. */
export async function probe(url: string, where: string): Promise<string> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5_000, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    const version = /redis_version:(\S+)/.exec(await redis.info('server'))?.[1] ?? 'unknown version';
    return `redis ${version}`;
  } catch (err) {
    throw new Error(`${where} (${shown(url)}): ${(err as Error).message}`);
  } finally {
    redis.disconnect();
  }
}
