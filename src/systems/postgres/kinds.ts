// PostgreSQL steps: versioned schema migrations with transactional files and an advisory lock, and
// resumable, verified table copies with an exact undo (docs/postgres.md).
import { z } from 'zod';
import { defineKind } from '../../kit/define';
import { duration, identifier, onExisting } from '../../kit/fields';

const migrateParams = z.strictObject({
  target: z.string().min(1).describe('A postgres target of the plan'),
  dir: z.string().min(1).describe('Folder of <version>_<name>.up.sql / .down.sql pairs, relative to the plan file'),
  schema: identifier.default('public').describe('Schema the migrations run in (search_path) and the history table lives in; created if missing'),
  table: identifier.default('cutover_schema_history').describe('The history table'),
  lockWait: duration.default('30s').describe("How long to wait for another runner's advisory lock before failing (retryably)"),
  lockTimeout: duration.default('5s').describe('How long one statement may wait for a table lock (lock_timeout) before it fails, retryably'),
  statementTimeout: duration.optional().describe("How long one statement may run (statement_timeout); the server's setting when absent"),
});
export type PostgresMigrateParams = z.infer<typeof migrateParams>;

const migrateOutputs = z.object({
  database: z.string(),
  schema: z.string(),
  /** Versions this run applied, in order. */
  applied: z.array(z.number()),
  /** Newest version applied before this run, and after it. */
  before: z.number(),
  after: z.number(),
});

const copyTableParams = z.strictObject({
  source: z.string().min(1).describe('A postgres target, or a mysql one (a copy across engines)'),
  target: z.string().min(1).describe('The postgres target the rows are copied into'),
  table: identifier.describe('The source table (a plain identifier)'),
  schema: identifier.default('public').describe('Schema of the source table (PostgreSQL sources)'),
  targetTable: identifier.optional().describe("Table name in the target (the source's when absent); created from the source's definition if missing"),
  targetSchema: identifier.optional().describe('Schema of the target table (schema when absent)'),
  /**
   * A SQL condition on the source rows (`created_at >= '2024-01-01'`), in the source's dialect.
   * Evaluated on the source only, in a read-only session; unlike table names it is SQL written by the plan's author.
   */
  where: z.string().min(1).max(4000).optional().describe("A SQL condition on the source rows (created_at >= '2024-01-01'), in the source's dialect, evaluated on the source only, in a read-only session"),
  batchSize: z.number().int().min(1).max(200_000).default(10_000).describe('Rows per page'),
  onExisting: onExisting.describe('What to do about a target row with a copied key that this run did not write: fail (stop) or overwrite (its old value is journaled and comes back on rollback)'),
  allowEmpty: z.boolean().default(false).describe('Succeed when the source selection is empty (by default an empty selection is a plan mistake)'),
});
export type PostgresCopyTableParams = z.infer<typeof copyTableParams>;

const side = z.object({ target: z.string(), url: z.string(), table: z.string() });
const copyOutputs = z.object({
  source: side,
  target: side.extend({ createdTable: z.boolean() }),
  where: z.string().nullable(),
  /** Rows verified equal in source and target. */
  rows: z.number(),
  /** Rows this run wrote (inserted or overwritten), and overwritten (their before-images are journaled). */
  written: z.number(),
  overwritten: z.number(),
  batchSize: z.number(),
  batches: z.number(),
  thisAttempt: z.object({ rows: z.number(), batches: z.number() }),
  /** COPY's wire format between two PostgreSQL servers (text across engines). */
  format: z.enum(['text', 'binary']).optional(),
  /** Identity and serial sequences moved past the copied keys. */
  sequences: z.array(z.string()),
  /** Secondary indexes built on a table this run created (PostgreSQL sources). */
  indexes: z.number().optional(),
  verification: z.object({ chunks: z.number(), comparedKeyByKey: z.number(), checksum: z.string() }),
  journal: z.string(),
  resumedFrom: z.object({ phase: z.string(), rows: z.number(), verified: z.number() }).nullable(),
});

// Implementations load on first use, so that `cutover validate` and `plan` never load the driver.
const migrate = () => require('./migrate/migrate') as typeof import('./migrate/migrate');
const copy = () => require('./copy/copy') as typeof import('./copy/copy');
const undoCopy = () => require('./copy/undo') as typeof import('./copy/undo');
const previewMigrate = () => require('./migrate/preview') as typeof import('./migrate/preview');
const previewCopy = () => require('./copy/preview') as typeof import('./copy/preview');

export const postgresKinds = {
  'postgres.migrate': defineKind({
    summary: 'apply pending versioned schema migrations, each in its own transaction, under an advisory lock',
    targets: ['postgres'],
    params: migrateParams,
    outputs: migrateOutputs,
    describe: (p) =>
      `${p.dir} → ${p.target} schema ${p.schema} (history ${p.table}; lock_timeout ${p.lockTimeout}${p.statementTimeout ? `, statement_timeout ${p.statementTimeout}` : ''}; waits ${p.lockWait} for another runner)`,
    run: (i) => migrate().postgresMigrate(i),
    preview: (i) => previewMigrate().postgresMigratePreview(i),
    undo: {
      summary: 'run the down scripts of exactly the versions this run applied, newest first, each in its own transaction',
      run: (i) => migrate().postgresMigrateUndo(i),
    },
  }),
  'postgres.copyTable': defineKind({
    summary: 'copy a table (or a filtered part) into a PostgreSQL target by primary-key pages with COPY, from PostgreSQL or MySQL; resumable, verified by counts and checksums',
    targets: ['postgres'],
    sources: ['postgres', 'mysql'],
    params: copyTableParams,
    outputs: copyOutputs,
    describe: (p) =>
      `${p.source}.${p.schema}.${p.table} → ${p.target}.${p.targetSchema ?? p.schema}.${p.targetTable ?? p.table}${p.where ? ` where ${p.where}` : ''} (pages of ${p.batchSize}; rows the target holds: ${p.onExisting === 'fail' ? 'refused' : 'overwritten, their old values journaled'})`,
    run: (i) => copy().postgresCopyTable(i),
    preview: (i) => previewCopy().postgresCopyTablePreview(i),
    undo: {
      summary: 'delete the rows this run inserted and restore the rows it overwrote (from its journal in the target schema); drop the table if this run created it',
      run: (i) => undoCopy().postgresCopyTableUndo(i),
    },
  }),
};
