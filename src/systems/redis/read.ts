// Reads one page of the source for redis.copyKeys: SCAN MATCH, then DUMP (as Buffers: a string
// form corrupts the payload) and PTTL of each key. Where the source runs scripts, one read-only
// script does all of it server-side: one round trip per page, and the key names cross the wire
// once instead of three times. Where it refuses scripts (ACL, a restricted service), SCAN and a
// pipeline of DUMP + PTTL do the same. Keys gone meanwhile (expired, deleted) are left out; keys SCAN
// repeats within a page are read once; cutover's journal keys are never read.
import type Redis from 'ioredis';
import { JOURNAL_PREFIX, runScript } from './key-journal';
import { scanPage } from './scan';

export interface Entry {
  key: Buffer;
  /**
   * When the key expires, on this process's monotonic clock (`performance.now()`); 0 = never. The
   * source's PTTL is relative to when it was read: the write turns it back into a TTL, so time spent
   * between reading and writing (pages queue, a worker stalls) does not lengthen the key's life.
   */
  expiresAt: number;
  payload: Buffer;
}

export interface SourcePage {
  next: string;
  entries: Entry[];
}

/** ARGV: cursor, pattern, count, journal prefix. Returns the next cursor, then key, payload, PTTL per key. */
const READ_PAGE = `
local page = redis.call('SCAN', ARGV[1], 'MATCH', ARGV[2], 'COUNT', ARGV[3])
local out = { page[1] }
local seen = {}
local plen = #ARGV[4]
for _, k in ipairs(page[2]) do
  if not seen[k] and string.sub(k, 1, plen) ~= ARGV[4] then
    seen[k] = true
    local payload = redis.call('DUMP', k)
    if payload then
      out[#out + 1] = k
      out[#out + 1] = payload
      out[#out + 1] = redis.call('PTTL', k)
    end
  end
end
return out
`;

/**
 * PTTL → expiry on the worker's clock, counted from when the read was sent (before the server
 * measured PTTL, so the copy errs early by the read's round trip; late only by the time its write
 * waits in the target's queue). -1 (none) → 0.
 */
const expiry = (pttl: number, sent: number) => (pttl >= 0 ? sent + pttl : 0);

/** The TTL to RESTORE an expiring key with at `now`: at least 1 ms for one that is due (0 would mean forever). */
export const restoreTtl = (expiresAt: number, now: number) => Math.max(1, Math.floor(expiresAt - now));

const refused = (err: unknown) => /NOPERM|unknown command|not allowed|disabled/i.test(err instanceof Error ? err.message : '');

async function viaPipeline(redis: Redis, cursor: string, pattern: string, count: number): Promise<SourcePage> {
  const page = await scanPage(redis, cursor, pattern, count);
  const entries: Entry[] = [];
  if (page.keys.length) {
    const sent = performance.now();
    const pipe = redis.pipeline();
    for (const k of page.keys) pipe.dumpBuffer(k).pttl(k);
    const res = (await pipe.exec()) ?? [];
    page.keys.forEach((key, i) => {
      const [e1, payload] = res[2 * i];
      const [e2, pttl] = res[2 * i + 1];
      if (e1 || e2) throw e1 ?? e2;
      if (payload && (payload as Buffer).length && pttl !== -2) entries.push({ key, payload: payload as Buffer, expiresAt: expiry(Number(pttl), sent) });
    });
  }
  return { next: page.next, entries };
}

/** A reader for one source; it falls back to the pipeline for good on the first refused script. */
export function sourceReader(redis: Redis, pattern: string, count: number): (cursor: string) => Promise<SourcePage> {
  let script = true;
  return async (cursor) => {
    if (script) {
      try {
        const sent = performance.now();
        const flat = (await runScript(redis, READ_PAGE, [], [cursor, pattern, count, JOURNAL_PREFIX], true)) as (Buffer | number)[];
        const entries: Entry[] = [];
        for (let i = 1; i < flat.length; i += 3) entries.push({ key: flat[i] as Buffer, payload: flat[i + 1] as Buffer, expiresAt: expiry(Number(flat[i + 2]), sent) });
        return { next: flat[0].toString(), entries };
      } catch (err) {
        if (!refused(err)) throw err;
        script = false;
      }
    }
    return viaPipeline(redis, cursor, pattern, count);
  };
}
