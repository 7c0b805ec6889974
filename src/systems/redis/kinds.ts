// Data steps for MySQL/MariaDB and Redis: resumable, verified copies between two targets, cache
// invalidation and cache warming. See docs/data-copies.md.
import { z } from 'zod';
import { defineKind } from '../../kit/define';
import { duration, identifier } from '../../plan/fields';

/** What a copy does about rows / keys that the target already holds and this run did not write. */
const onExisting = z.enum(['fail', 'overwrite']).default('fail');

export const dataKinds = {
  'mysql.copyTable': defineKind({
    summary: 'copy a table (or a filtered part) between MySQL targets by primary-key pages; resumable, verified by counts and checksums',
    execution: 'activity',
    undo: 'delete the rows this run inserted and restore the rows it overwrote (from its journal in the target database)',
    targets: ['mysql'],
    params: z.strictObject({
      source: z.string().min(1),
      target: z.string().min(1),
      table: identifier,
      /** Table name in the target; the source's name when absent. Created from the source's definition if missing. */
      targetTable: identifier.optional(),
      /**
       * A SQL condition on the source rows (`created_at >= '2024-01-01'`). Evaluated on the source only,
       * in a read-only session; unlike table names it is SQL written by the plan's author.
       */
      where: z.string().min(1).max(4000).optional(),
      batchSize: z.number().int().min(1).max(100_000).default(5_000),
      onExisting,
      /** Succeed when the source selection is empty (by default an empty selection is a plan mistake). */
      allowEmpty: z.boolean().default(false),
    }),
    describe: (p) =>
      `${p.source}.${p.table} → ${p.target}.${p.targetTable ?? p.table}${p.where ? ` where ${p.where}` : ''} (batches of ${p.batchSize})`,
  }),
  'redis.copyKeys': defineKind({
    summary: 'copy keys matching a pattern between Redis targets (DUMP/RESTORE, TTLs kept); resumable, verified by count and sample',
    execution: 'activity',
    undo: 'delete the keys this run created and restore the keys it overwrote (from its journal in the target)',
    targets: ['redis'],
    params: z.strictObject({
      source: z.string().min(1),
      target: z.string().min(1),
      /** SCAN MATCH glob. */
      pattern: z.string().min(1).default('*'),
      /** SCAN COUNT hint and keys per write. */
      batchSize: z.number().int().min(1).max(50_000).default(1_000),
      onExisting,
      /** Keys compared value-for-value (and TTL) after the copy. */
      sample: z.number().int().min(0).max(10_000).default(100),
      /** Largest TTL difference accepted between a source key and its copy. */
      ttlTolerance: duration.default('2s'),
      /** How long the journal (what the compensation needs) is kept in the target after the last write. */
      journalTtl: duration.default('7d'),
      allowEmpty: z.boolean().default(false),
    }),
    describe: (p) => `${p.source} → ${p.target}: ${p.pattern} (batches of ${p.batchSize})`,
  }),
  'redis.invalidate': defineKind({
    summary: 'delete the keys matching a pattern (UNLINK in batches); not undoable',
    execution: 'activity',
    targets: ['redis'],
    params: z
      .strictObject({
        target: z.string().min(1),
        pattern: z.string().min(1),
        batchSize: z.number().int().min(1).max(50_000).default(1_000),
        /** `pattern: "*"` empties the whole database; it must be asked for explicitly. */
        allowAll: z.boolean().default(false),
        /** Fail when nothing matches (off by default: a cold cache is normal). */
        requireMatch: z.boolean().default(false),
      })
      .refine((p) => p.allowAll || p.pattern !== '*', { message: 'pattern "*" deletes every key: set allowAll: true if that is meant', path: ['pattern'] }),
    describe: (p) => `${p.target}: delete ${p.pattern}`,
  }),
  'redis.warm': defineKind({
    summary: 'request URLs (or read keys) so the cache is hot; a second request must be a cache hit',
    execution: 'activity',
    targets: ['redis'],
    params: z
      .strictObject({
        /** URLs requested twice each (`${env:…}` references allowed): the second answer must carry the hit header. */
        urls: z.array(z.string().min(1)).min(1).optional(),
        /** Response header that reports a cache hit, and the value (case-insensitive, a substring) that means HIT. */
        hitHeader: z.string().min(1).default('x-cache'),
        hitValue: z.string().min(1).default('HIT'),
        headers: z.record(z.string(), z.string()).optional(),
        concurrency: z.number().int().min(1).max(64).default(4),
        requestTimeout: duration.default('10s'),
        /** With `keys`: the redis target whose keys are read (TOUCHed, so LRU/LFU eviction sees them as used). */
        target: z.string().min(1).optional(),
        keys: z.array(z.string().min(1)).min(1).optional(),
        /** Fail when a URL's second answer is not a hit or a key is missing. */
        requireHit: z.boolean().default(true),
      })
      .refine((p) => (p.urls ? 1 : 0) + (p.keys ? 1 : 0) === 1, { message: 'give either urls or keys (with a target)', path: ['urls'] })
      .refine((p) => !p.keys || p.target, { message: 'keys need a redis target', path: ['target'] }),
    describe: (p) => (p.urls ? `${p.urls.length} URL(s), expecting ${p.hitHeader}: ${p.hitValue}` : `${p.target}: ${p.keys?.length} key(s)`),
  }),
};
