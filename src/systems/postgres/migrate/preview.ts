// `cutover plan --against` for postgres.migrate: which versions a run would apply, which applied
// ones no longer match their files, and who holds the advisory lock, read in a read-only session.
// Neither the schema nor the history table is created; the lock is looked at, never taken.
import path from 'node:path';
import type { KindInput } from '../../../kit/context';
import { count, type Change, type Preview } from '../../../kit/preview';
import type { PostgresMigrateParams as Params } from '../kinds';
import { classify, closeQuietly, openPostgres, type PgConn } from '../connection';
import { historyExists, readHistory } from './history';
import { holder, lockKey } from './lock';
import { readMigrations } from './files';
import { historyFindings } from '../../sql/migrate-preview';

export async function postgresMigratePreview(input: KindInput<Params>): Promise<Preview> {
  const p = input.params;
  const migrations = readMigrations(path.resolve(input.ctx.baseDir, p.dir), `step ${input.step.id}`);
  let c: PgConn | undefined;
  try {
    c = await openPostgres(input);
    await c.client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
    const schema = (await c.client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [p.schema])).rows.length > 0;
    const exists = schema && (await historyExists(c.client, p.schema, p.table));
    const history = exists ? await readHistory(c.client, p.schema, p.table) : [];
    const found = historyFindings(migrations, history);
    const held = await holder(c.client, lockKey(p.schema, p.table));
    if (held) found.warnings.push(`another runner holds the migration lock${held}: a run would wait up to lockWait ${p.lockWait} for it`);
    const setup: Change[] = [];
    if (!schema) setup.push({ action: 'create', what: `schema ${p.schema}` });
    if (!exists) setup.push({ action: 'create', what: `history table ${p.schema}.${p.table}` });
    const applied = history.filter((r) => r.status === 'applied').length;
    return {
      summary: `${found.pending} of ${count(migrations.length, 'migration')} to apply on ${p.target} (${c.database}, schema ${p.schema}), ${applied} applied${exists ? '' : '; no history table yet'}`,
      changes: [...setup, ...found.changes],
      ...(found.warnings.length ? { warnings: found.warnings } : {}),
    };
  } catch (err) {
    throw classify(err, c?.where ?? `step ${input.step.id}: target ${p.target}`);
  } finally {
    await closeQuietly(c);
  }
}
