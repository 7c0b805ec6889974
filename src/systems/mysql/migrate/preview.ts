// `cutover plan --against` for mysql.migrate: which versions a run would apply, which applied ones
// no longer match their files, and who holds the migration lock, read in a read-only session. The
// history table is only read (never created), the lock only looked at (never taken).
import path from 'node:path';
import type { RowDataPacket } from 'mysql2/promise';
import type { KindInput } from '../../../kit/context';
import { count, type Preview } from '../../../kit/preview';
import type { MysqlMigrateParams as Params } from '../kinds';
import { classify, closeQuietly, openMysql, type MysqlConn } from '../connection';
import { readHistory } from './history';
import { lockName } from './lock';
import { readMigrations } from './files';
import { historyFindings } from '../../sql/migrate-preview';

async function tableExists(c: MysqlConn, table: string): Promise<boolean> {
  const [rows] = await c.conn.query<RowDataPacket[]>('SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?', [c.database, table]);
  return rows.length > 0;
}

/** Who holds the migration lock now, if anyone (IS_USED_LOCK looks without taking it). */
async function lockHolder(c: MysqlConn, name: string): Promise<string | undefined> {
  const [rows] = await c.conn.query<RowDataPacket[]>(
    'SELECT IS_USED_LOCK(?) AS id, p.USER AS user, p.HOST AS host, p.TIME AS secs FROM (SELECT 1) x LEFT JOIN information_schema.PROCESSLIST p ON p.ID = IS_USED_LOCK(?)',
    [name, name],
  );
  const r = rows[0];
  if (r?.id === null || r?.id === undefined) return undefined;
  return `connection ${r.id}${r.user ? `, ${r.user}@${r.host}, for ${r.secs}s` : ''}`;
}

export async function mysqlMigratePreview(input: KindInput<Params>): Promise<Preview> {
  const p = input.params;
  const migrations = readMigrations(path.resolve(input.ctx.baseDir, p.dir), `step ${input.step.id}`);
  let c: MysqlConn | undefined;
  try {
    c = await openMysql(input);
    await c.conn.query('SET SESSION TRANSACTION READ ONLY');
    const exists = await tableExists(c, p.table);
    const history = exists ? await readHistory(c.conn, p.table) : [];
    const found = historyFindings(migrations, history);
    const holder = await lockHolder(c, lockName(c.database, p.table));
    if (holder) found.warnings.push(`another runner holds the migration lock (${holder}): a run would wait up to lockWait ${p.lockWait} for it`);
    const changes = exists ? found.changes : [{ action: 'create' as const, what: `history table ${c.database}.${p.table}` }, ...found.changes];
    const applied = history.filter((r) => r.status === 'applied').length;
    return {
      summary: `${found.pending} of ${count(migrations.length, 'migration')} to apply on ${p.target} (${c.database}), ${applied} applied${exists ? '' : '; no history table yet'}`,
      changes,
      ...(found.warnings.length ? { warnings: found.warnings } : {}),
    };
  } catch (err) {
    throw classify(err, c?.where ?? `step ${input.step.id}: target ${p.target}`);
  } finally {
    await closeQuietly(c);
  }
}
