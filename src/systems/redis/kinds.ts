// Redis steps: a resumable, verified copy of keys between targets, cache invalidation and cache
// warming. See docs/data-copies.md.
import { z } from 'zod';
import { defineKind } from '../../kit/define';
import { duration, onExisting } from '../../kit/fields';

const copyKeysParams = z.strictObject({
  source: z.string().min(1).describe('The redis target the keys are copied from'),
  target: z.string().min(1).describe('The redis target the keys are copied into'),
  pattern: z.string().min(1).default('*').describe('SCAN MATCH glob of the keys to copy'),
  batchSize: z.number().int().min(1).max(50_000).default(1_000).describe('SCAN COUNT hint and keys per write'),
  onExisting: onExisting.describe('What to do about a key in the target that this run did not write: fail (stop) or overwrite (its old value and TTL are journaled and come back on rollback)'),
  sample: z.number().int().min(0).max(10_000).default(100).describe('Keys compared value for value (and TTL) after the copy'),
  ttlTolerance: duration.default('2s').describe('Largest TTL difference accepted between a source key and its copy'),
  journalTtl: duration.default('7d').describe('How long the journal (what the compensation needs) is kept in the target after the last write'),
  allowEmpty: z.boolean().default(false).describe('Succeed when the pattern matches nothing (by default that fails)'),
});
export type RedisCopyKeysParams = z.infer<typeof copyKeysParams>;

const invalidateParams = z
  .strictObject({
    target: z.string().min(1).describe('The redis target whose keys are deleted'),
    pattern: z.string().min(1).describe('SCAN MATCH glob of the keys to delete (UNLINK in pages); "*" only with allowAll'),
    batchSize: z.number().int().min(1).max(50_000).default(1_000).describe('SCAN COUNT and keys per UNLINK'),
    allowAll: z.boolean().default(false).describe('Allow pattern "*", which empties the whole database'),
    requireMatch: z.boolean().default(false).describe('Fail when nothing matches (off by default: a cold cache is normal)'),
  })
  .refine((p) => p.allowAll || p.pattern !== '*', { message: 'pattern "*" deletes every key: set allowAll: true if that is meant', path: ['pattern'] });
export type RedisInvalidateParams = z.infer<typeof invalidateParams>;

const warmParams = z
  .strictObject({
    urls: z.array(z.string().min(1)).min(1).optional().describe('URLs requested twice each (references allowed): the second answer must carry the hit header'),
    hitHeader: z.string().min(1).default('x-cache').describe('Response header that reports a cache hit'),
    hitValue: z.string().min(1).default('HIT').describe('The value of hitHeader (case-insensitive, a substring) that means a hit'),
    headers: z.record(z.string(), z.string()).optional().describe('Request headers for the URLs; values may hold references'),
    concurrency: z.number().int().min(1).max(64).default(4).describe('Requests in flight at once'),
    requestTimeout: duration.default('10s').describe("One request's limit"),
    target: z.string().min(1).optional().describe('With keys: the redis target whose keys are read (TOUCHed, so LRU/LFU eviction sees them as used)'),
    keys: z.array(z.string().min(1)).min(1).optional().describe('Keys to touch in target (instead of urls)'),
    requireHit: z.boolean().default(true).describe("Fail when a URL's second answer is not a hit or a key is missing"),
  })
  .refine((p) => (p.urls ? 1 : 0) + (p.keys ? 1 : 0) === 1, { message: 'give either urls or keys (with a target)', path: ['urls'] })
  .refine((p) => !p.keys || p.target, { message: 'keys need a redis target', path: ['target'] });
export type RedisWarmParams = z.infer<typeof warmParams>;

// Implementations load on first use, so that `cutover validate` and `plan` never load the driver.
const copy = () => require('./copy') as typeof import('./copy');
const invalidate = () => require('./invalidate') as typeof import('./invalidate');
const warm = () => require('./warm') as typeof import('./warm');
const preview = () => require('./preview') as typeof import('./preview');

const str = z.string();
const num = z.number();

export const redisKinds = {
  'redis.copyKeys': defineKind({
    summary: 'copy keys matching a pattern between Redis targets (DUMP/RESTORE, TTLs kept); resumable, verified by count and sample',
    targets: ['redis'],
    params: copyKeysParams,
    outputs: z.object({
      source: z.object({ target: str, url: str }),
      target: z.object({ target: str, url: str }),
      pattern: str,
      keys: num,
      created: num,
      overwritten: num,
      batchSize: num,
      batches: num,
      journal: str,
    }),
    describe: (p) => `${p.source} → ${p.target}: ${p.pattern} (batches of ${p.batchSize})`,
    run: (i) => copy().redisCopyKeys(i),
    preview: (i) => preview().redisCopyKeysPreview(i),
    undo: {
      summary: 'delete the keys this run created and restore the keys it overwrote (from its journal in the target)',
      run: (i) => copy().redisCopyKeysUndo(i),
    },
  }),
  'redis.invalidate': defineKind({
    summary: 'delete the keys matching a pattern (UNLINK in batches); not undoable',
    targets: ['redis'],
    params: invalidateParams,
    outputs: z.object({ target: str, url: str, pattern: str, deleted: num, batches: num }),
    describe: (p) => `${p.target}: delete ${p.pattern}`,
    run: (i) => invalidate().redisInvalidate(i),
    preview: (i) => preview().redisInvalidatePreview(i),
  }),
  'redis.warm': defineKind({
    summary: 'request URLs (or read keys) so the cache is hot; a second request must be a cache hit',
    targets: ['redis'],
    params: warmParams,
    outputs: z.object({ urls: num, keys: num, target: str, hits: num, alreadyHot: num, misses: z.array(str) }),
    describe: (p) => (p.urls ? `${p.urls.length} URL(s), expecting ${p.hitHeader}: ${p.hitValue}` : `${p.target}: ${p.keys?.length} key(s)`),
    run: (i) => warm().redisWarm(i),
  }),
};
