// How redis.copyKeys knows what it wrote. Four keys in the target, named from the run id and
// step id (`cutover:copy:{<runId>:<stepId>}:…`, one hash slot):
//   :new    set   every key the run created (absent from the target before the run wrote it)
//   :old    hash  key → DUMP of the value a key had before the run overwrote it (onExisting: overwrite)
//   :oldpx  hash  key → when that old value was due to expire (ms since the epoch, target's clock)
//   :meta   hash  run, step, source, pattern, start time
// Each batch is written by one Lua script that journals every key and RESTOREs it in the same
// atomic step, so journal and data cannot disagree, whatever crashes when. The compensation
// deletes the :new keys and puts the :old values back with their remaining TTLs. The journal
// expires `journalTtl` after the last write, so a run that is never rolled back does not leave it
// behind forever.
import { createHash } from 'node:crypto';
import { runMarker } from '../../kit/naming';
import type Redis from 'ioredis';
import { EncodedCommand } from './resp';
import type { StepContext } from '../../kit/context';

export const JOURNAL_PREFIX = 'cutover:copy:';

export interface Journal {
  added: string;
  old: string;
  oldExpiry: string;
  meta: string;
}

export function journalFor(ctx: StepContext, stepId: string): Journal {
  const base = `${JOURNAL_PREFIX}{${runMarker(ctx, stepId)}}:`;
  return { added: `${base}new`, old: `${base}old`, oldExpiry: `${base}oldpx`, meta: `${base}meta` };
}

/** Keys of cutover's own journals are never copied, invalidated or counted. */
const PREFIX = Buffer.from(JOURNAL_PREFIX);
export const isJournalKey = (key: Buffer) => key.length >= PREFIX.length && key.compare(PREFIX, 0, PREFIX.length, 0, PREFIX.length) === 0;

/**
 * KEYS: new, old, oldpx, meta, then the batch's keys. ARGV: onExisting, journal TTL (ms), the TTLs
 * as `index:ms` pairs for the keys that have one (most have none: one argument per key is cheaper
 * for the client and the script), then per key its DUMP payload. With `fail`, a key that exists and that this
 * run did not write stops the batch before anything is written.
 */
export const COPY_BATCH = `
local n = #KEYS - 4
local existed = {}
for i = 1, n do
  local k = KEYS[i + 4]
  if redis.call('EXISTS', k) == 1 then
    local ours = redis.call('SISMEMBER', KEYS[1], k) == 1 or redis.call('HEXISTS', KEYS[2], k) == 1
    if not ours and ARGV[1] == 'fail' then return redis.error_reply('CUTOVER_EXISTS ' .. k) end
    existed[i] = ours and 'ours' or 'theirs'
  end
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = {}
for i, ms in string.gmatch(ARGV[3], '(%d+):(%d+)') do ttl[tonumber(i)] = ms end
local fresh = {}
for i = 1, n do
  local k = KEYS[i + 4]
  if not existed[i] then
    fresh[#fresh + 1] = k
  elseif existed[i] == 'theirs' then
    redis.call('HSET', KEYS[2], k, redis.call('DUMP', k))
    local px = redis.call('PTTL', k)
    if px >= 0 then redis.call('HSET', KEYS[3], k, now + px) end
  end
  redis.call('RESTORE', k, ttl[i] or 0, ARGV[i + 3], 'REPLACE')
end
-- One SADD per few thousand keys instead of one per key (unpack is bounded by Lua's C stack).
for i = 1, #fresh, 4000 do
  redis.call('SADD', KEYS[1], unpack(fresh, i, math.min(i + 3999, #fresh)))
end
for j = 1, 4 do
  if redis.call('EXISTS', KEYS[j]) == 1 then redis.call('PEXPIRE', KEYS[j], ARGV[2]) end
end
return n
`;

/** KEYS: new. ARGV: count. Deletes up to `count` created keys and their journal entries; returns {taken, deleted}. */
export const UNDO_CREATED = `
local ks = redis.call('SPOP', KEYS[1], ARGV[1])
local deleted = 0
for _, k in ipairs(ks) do deleted = deleted + redis.call('DEL', k) end
return {#ks, deleted}
`;

/**
 * KEYS: old, oldpx. ARGV: count. Puts back up to `count` overwritten values (with what is left of
 * their TTL; one that would have expired by now is deleted) and drops their journal entries.
 */
export const UNDO_OVERWRITTEN = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local want = 2 * tonumber(ARGV[1])
local cursor = '0'
local fields = {}
repeat
  local res = redis.call('HSCAN', KEYS[1], cursor, 'COUNT', ARGV[1])
  cursor = res[1]
  for _, v in ipairs(res[2]) do fields[#fields + 1] = v end
until cursor == '0' or #fields >= want
local restored = 0
for i = 1, #fields, 2 do
  local k = fields[i]
  local at = redis.call('HGET', KEYS[2], k)
  local ttl = 0
  if at then ttl = tonumber(at) - now end
  if at and ttl <= 0 then
    redis.call('DEL', k)
  else
    redis.call('RESTORE', k, ttl, fields[i + 1], 'REPLACE')
    restored = restored + 1
  end
  redis.call('HDEL', KEYS[1], k)
  redis.call('HDEL', KEYS[2], k)
end
return {#fields / 2, restored}
`;

const shas = new Map<string, string>();

/** EVALSHA, loading the script on the first NOSCRIPT; `binary` keeps bulk replies as Buffers. */
export async function runScript(redis: Redis, script: string, keys: (string | Buffer)[], args: (string | Buffer | number)[], binary = false): Promise<unknown> {
  let sha = shas.get(script);
  if (!sha) shas.set(script, (sha = createHash('sha1').update(script).digest('hex')));
  const rest = [String(keys.length), ...keys, ...args.map((a) => (typeof a === 'number' ? String(a) : a))];
  const call = (name: string, first: string) => redis.sendCommand(new EncodedCommand(name, [first, ...rest], binary));
  try {
    return await call('evalsha', sha);
  } catch (err) {
    if (!/NOSCRIPT/.test(err instanceof Error ? err.message : '')) throw err;
    return call('eval', script);
  }
}
