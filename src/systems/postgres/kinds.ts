// PostgreSQL steps: versioned schema migrations with transactional files and an advisory lock, and
// resumable, verified table copies with an exact undo (docs/postgres.md).
import { z } from 'zod';
import { defineKind } from '../../kit/define';
import { duration, identifier } from '../../kit/fields';

const migrateParams = z.strictObject({
  target: z.string().min(1),
  /** Folder of `<version>_<name>.up.sql` / `.down.sql` pairs, relative to the plan file. */
  dir: z.string().min(1),
  /** Schema the migrations run in (`search_path`) and the history table lives in; created if missing. */
  schema: identifier.default('public'),
  table: identifier.default('cutover_schema_history'),
  /** How long to wait for another runner's advisory lock before failing (retryably). */
  lockWait: duration.default('30s'),
  /** How long one statement may wait for a table lock (`lock_timeout`) before it fails, retryably. */
  lockTimeout: duration.default('5s'),
  /** How long one statement may run (`statement_timeout`); the server's setting when absent. */
  statementTimeout: duration.optional(),
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

// Implementations load on first use, so that `cutover validate` and `plan` never load the driver.
const migrate = () => require('./migrate/migrate') as typeof import('./migrate/migrate');

export const postgresKinds = {
  'postgres.migrate': defineKind({
    summary: 'apply pending versioned schema migrations, each in its own transaction, under an advisory lock',
    targets: ['postgres'],
    params: migrateParams,
    outputs: migrateOutputs,
    describe: (p) =>
      `${p.dir} → ${p.target} schema ${p.schema} (history ${p.table}; lock_timeout ${p.lockTimeout}${p.statementTimeout ? `, statement_timeout ${p.statementTimeout}` : ''}; waits ${p.lockWait} for another runner)`,
    run: (i) => migrate().postgresMigrate(i),
    undo: {
      summary: 'run the down scripts of exactly the versions this run applied, newest first, each in its own transaction',
      run: (i) => migrate().postgresMigrateUndo(i),
    },
  }),
};
