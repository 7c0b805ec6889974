// Compensation of mysql.copyTable: undoes exactly what the run's journal says it wrote (see
// mysql-journal.ts), whether the copy finished or stopped part-way. In pages, each in one
// transaction with the matching journal rows, so it resumes after a crash; once the journal is
// gone, running it again does nothing.
import type { Connection, RowDataPacket } from 'mysql2/promise';
import type { StepOutput, UndoKindInput } from '../../../kit/context';
import type { MysqlCopyTableParams } from '../kinds';
import { progress, throwIfCancelled } from '../../../kit/checkpoint';
import { classify, closeQuietly, openMysql, type MysqlConn } from '../connection';
import { describeTable, qualified, type Column } from './schema';
import { journalFor, readJournal } from './row-journal';
import { deleteRuns, firstRuns, runsFit } from './key-runs';
import { inList, names, orderBy } from './sql';

async function firstKeys(conn: Connection, table: string, key: Column[], limit: number): Promise<unknown[][]> {
  const [rows] = await conn.query<RowDataPacket[]>({ sql: `SELECT ${names(key)} FROM ${table} ORDER BY ${orderBy(key)} LIMIT ${limit}`, rowsAsArray: true });
  return rows as unknown as unknown[][];
}

async function inTransaction(conn: Connection, fn: () => Promise<void>): Promise<void> {
  await conn.query('START TRANSACTION');
  try {
    await fn();
    await conn.query('COMMIT');
  } catch (err) {
    await conn.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

export async function mysqlCopyTableUndo(input: UndoKindInput<MysqlCopyTableParams>): Promise<StepOutput> {
  const { ctx, step } = input;
  const batch = input.params.batchSize;
  const j = journalFor(ctx, step.id);
  let d: MysqlConn | undefined;
  try {
    d = await openMysql(input, 'target', 'copy target');
    const conn = d.conn;
    const meta = await readJournal(conn, d.database, j);
    if (!meta) return { journal: j.name, found: false, deleted: 0, restored: 0, droppedTable: false };
    const table = qualified(d.database, meta.table);
    const added = await describeTable(conn, d.database, j.added);
    const before = await describeTable(conn, d.database, j.before);
    const target = await describeTable(conn, d.database, meta.table);
    const done = { deleted: 0, restored: 0 };

    if (target && added) {
      const key = added.primaryKey.map((n) => added.columns.find((c) => c.name === n) as Column);
      // Every row the run wrote goes: the runs of integer keys, one run per transaction…
      if (runsFit(key) && (await describeTable(conn, d.database, j.runs))) {
        for (;;) {
          await throwIfCancelled();
          const runs = await firstRuns(conn, d.database, j.runs, 1);
          if (!runs.length) break;
          await inTransaction(conn, async () => {
            done.deleted += await deleteRuns(conn, d!.database, meta.table, j.runs, key[0], runs);
          });
          progress({ phase: 'delete', ...done });
        }
      }
      // …then the keys journaled one by one…
      for (;;) {
        await throwIfCancelled();
        const keys = await firstKeys(conn, qualified(d.database, j.added), key, batch);
        if (!keys.length) break;
        await inTransaction(conn, async () => {
          const [res] = await conn.query(`DELETE FROM ${table} WHERE ${inList(key, keys)}`);
          done.deleted += (res as { affectedRows: number }).affectedRows;
          await conn.query(`DELETE FROM ${qualified(d!.database, j.added)} WHERE ${inList(key, keys)}`);
        });
        progress({ phase: 'delete', ...done });
      }
      // …and the rows it overwrote come back as they were.
      if (before) {
        const cols = before.columns.filter((c) => !c.generated);
        const update = cols.map((c) => `${names([c])} = VALUES(${names([c])})`).join(', ');
        for (;;) {
          await throwIfCancelled();
          const keys = await firstKeys(conn, qualified(d.database, j.before), key, batch);
          if (!keys.length) break;
          await inTransaction(conn, async () => {
            await conn.query(
              `INSERT INTO ${table} (${names(cols)}) SELECT ${names(cols)} FROM ${qualified(d!.database, j.before)} WHERE ${inList(key, keys)} ON DUPLICATE KEY UPDATE ${update}`,
            );
            await conn.query(`DELETE FROM ${qualified(d!.database, j.before)} WHERE ${inList(key, keys)}`);
          });
          done.restored += keys.length;
          progress({ phase: 'restore', ...done });
        }
      }
    }

    // A table the run created goes too, unless someone else has put rows in it since.
    let droppedTable = false;
    let keptTable: string | undefined;
    if (meta.createdTable && target) {
      const [[row]] = await conn.query<RowDataPacket[]>(`SELECT EXISTS (SELECT 1 FROM ${table}) AS e`);
      if (Number(row.e) === 0) {
        await conn.query(`DROP TABLE IF EXISTS ${table}`);
        droppedTable = true;
      } else keptTable = `${d.database}.${meta.table} was created by this run but holds rows it did not write; kept`;
    }
    await conn.query(`DROP TABLE IF EXISTS ${qualified(d.database, j.before)}, ${qualified(d.database, j.runs)}`);
    // Last: the journal's facts live in this table's comment.
    await conn.query(`DROP TABLE IF EXISTS ${qualified(d.database, j.added)}`);
    return { journal: j.name, found: true, table: `${d.database}.${meta.table}`, ...done, droppedTable, ...(keptTable ? { note: keptTable } : {}) };
  } catch (err) {
    throw classify(err, d ? d.where : `step ${step.id} (undo)`);
  } finally {
    await closeQuietly(d);
  }
}
