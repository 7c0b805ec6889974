// MySQL/MariaDB steps: versioned schema migrations (docs/mysql-migrate.md) and resumable, verified
// table copies (docs/data-copies.md).
import { z } from 'zod';
import { defineKind } from '../../kit/define';
import { duration, identifier, onExisting } from '../../kit/fields';

const migrateParams = z.strictObject({
  target: z.string().min(1).describe('A mysql target of the plan'),
  dir: z.string().min(1).describe('Folder of <version>_<name>.up.sql / .down.sql pairs, relative to the plan file'),
  table: identifier.default('cutover_schema_history').describe('The history table (created if missing)'),
  lockWait: duration.default('30s').describe("How long to wait for another runner's lock on the database before failing (retryably)"),
});
export type MysqlMigrateParams = z.infer<typeof migrateParams>;

const copyTableParams = z.strictObject({
  source: z.string().min(1).describe('A mysql target, or a postgres one (a copy across engines)'),
  target: z.string().min(1).describe('The mysql target the rows are copied into'),
  table: identifier.describe('The source table (a plain identifier)'),
  schema: identifier.optional().describe('Schema of the table in a PostgreSQL source (public when absent)'),
  targetTable: identifier.optional().describe("Table name in the target (the source's when absent); created from the source's definition if missing"),
  /**
   * A SQL condition on the source rows (`created_at >= '2024-01-01'`). Evaluated on the source only,
   * in a read-only session; unlike table names it is SQL written by the plan's author.
   */
  where: z.string().min(1).max(4000).optional().describe("A SQL condition on the source rows (created_at >= '2024-01-01'), evaluated on the source only, in a read-only session"),
  batchSize: z.number().int().min(1).max(100_000).default(5_000).describe('Rows per page'),
  onExisting: onExisting.describe('What to do about a target row with a copied key that this run did not write: fail (stop) or overwrite (its old value is journaled and comes back on rollback)'),
  allowEmpty: z.boolean().default(false).describe('Succeed when the source selection is empty (by default an empty selection is a plan mistake)'),
});
export type MysqlCopyTableParams = z.infer<typeof copyTableParams>;

// Implementations load on first use, so that `cutover validate` and `plan` never load the driver.
const migrate = () => require('./migrate/migrate') as typeof import('./migrate/migrate');
const copy = () => require('./copy/copy') as typeof import('./copy/copy');
const undoCopy = () => require('./copy/undo') as typeof import('./copy/undo');
const previewMigrate = () => require('./migrate/preview') as typeof import('./migrate/preview');
const previewCopy = () => require('./copy/preview') as typeof import('./copy/preview');

const str = z.string();
const num = z.number();

export const mysqlKinds = {
  'mysql.migrate': defineKind({
    summary: 'apply pending versioned schema migrations',
    targets: ['mysql'],
    params: migrateParams,
    outputs: z.object({ database: str, applied: z.array(num), before: num, after: num }),
    describe: (p) => `${p.dir} → ${p.target}`,
    run: (i) => migrate().mysqlMigrate(i),
    preview: (i) => previewMigrate().mysqlMigratePreview(i),
    undo: { summary: 'run the down scripts of the versions this run applied, newest first', run: (i) => migrate().mysqlMigrateUndo(i) },
  }),
  'mysql.copyTable': defineKind({
    summary: 'copy a table (or a filtered part) into a MySQL target by primary-key pages, from MySQL or PostgreSQL; resumable, verified by counts and checksums',
    targets: ['mysql'],
    sources: ['mysql', 'postgres'],
    params: copyTableParams,
    outputs: z.object({
      source: z.object({ target: str, url: str, table: str }),
      target: z.object({ target: str, table: str, createdTable: z.boolean() }),
      where: str.nullable(),
      rows: num,
      written: num,
      overwritten: num,
      batchSize: num,
      batches: num,
      journal: str,
    }),
    describe: (p) =>
      `${p.source}.${p.schema ? `${p.schema}.` : ''}${p.table} → ${p.target}.${p.targetTable ?? p.table}${p.where ? ` where ${p.where}` : ''} (batches of ${p.batchSize})`,
    run: (i) => copy().mysqlCopyTable(i),
    preview: (i) => previewCopy().mysqlCopyTablePreview(i),
    undo: {
      summary: 'delete the rows this run inserted and restore the rows it overwrote (from its journal in the target database)',
      run: (i) => undoCopy().mysqlCopyTableUndo(i),
    },
  }),
};
