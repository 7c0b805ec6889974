// Compensation of postgres.copyTable: undoes exactly what the run's journal says it wrote
// (journal.ts), whether the copy finished or stopped part-way. Each statement takes a slice of
// the journal and undoes it in the same statement (a data-modifying CTE), so journal and table
// change together, the undo resumes after a crash and never undoes a row twice; once the journal
// is gone, running it again does nothing.
import type { Client } from 'pg';
import type { StepOutput, UndoKindInput } from '../../../kit/context';
import { progress, throwIfCancelled } from '../../../kit/checkpoint';
import type { PostgresCopyTableParams } from '../kinds';
import { classify, closeQuietly, openPostgres, qualifiedName, quoteIdent, type PgConn } from '../connection';
import { describePgTable, type PgColumn } from './schema';
import { journalFor, readJournal, runsFit, tableExists, type Journal } from './journal';
import { joinOn, names, orderBy } from './sql';

/** Rows the journal holds: keys written (runs counted key by key) and before-images. */
export async function journalCounts(client: Client, schema: string, j: Journal, runs: boolean): Promise<{ written: number; overwritten: number }> {
  const r = await client.query(
    `SELECT (SELECT count(*) FROM ${qualifiedName(schema, j.added)})::text AS added,
            ${runs ? `(SELECT COALESCE(sum(hi - lo + 1), 0) FROM ${qualifiedName(schema, j.runs)})::text` : "'0'"} AS inruns,
            (SELECT count(*) FROM ${qualifiedName(schema, j.before)})::text AS old`,
  );
  return { written: Number(r.rows[0].added) + Number(r.rows[0].inruns), overwritten: Number(r.rows[0].old) };
}

/** Runs per statement when deleting by runs (a run is usually one page of keys). */
const RUNS_PER_STATEMENT = 10;

export async function postgresCopyTableUndo(input: UndoKindInput<PostgresCopyTableParams>): Promise<StepOutput> {
  const { ctx, step, params: p } = input;
  const schema = p.targetSchema ?? p.schema;
  const batch = Math.max(p.batchSize, 10_000);
  const j = journalFor(ctx, step.id);
  let d: PgConn | undefined;
  try {
    d = await openPostgres(input, 'target', 'copy target');
    const c = d.client;
    const meta = await readJournal(c, schema, j);
    if (!meta) return { journal: j.name, found: false, deleted: 0, restored: 0, droppedTable: false };
    const table = qualifiedName(schema, meta.table);
    const added = await describePgTable(c, schema, j.added);
    const target = await describePgTable(c, schema, meta.table);
    const done = { deleted: 0, restored: 0 };

    if (target && added) {
      const key = added.primaryKey.map((n) => added.columns.find((x) => x.name === n) as PgColumn);
      // Every row the run wrote goes: the runs of integer keys…
      if (runsFit(key) && (await tableExists(c, schema, j.runs))) {
        const k = quoteIdent(key[0].name);
        for (;;) {
          await throwIfCancelled();
          const r = await c.query(
            `WITH r AS (DELETE FROM ${qualifiedName(schema, j.runs)} WHERE lo IN (SELECT lo FROM ${qualifiedName(schema, j.runs)} ORDER BY lo LIMIT ${RUNS_PER_STATEMENT}) RETURNING lo, hi),
                  gone AS (DELETE FROM ${table} t USING r WHERE t.${k} BETWEEN r.lo AND r.hi RETURNING 1)
             SELECT (SELECT count(*) FROM r)::int AS runs, (SELECT count(*) FROM gone)::int AS rows`,
          );
          if (Number(r.rows[0].runs) === 0) break;
          done.deleted += Number(r.rows[0].rows);
          progress({ phase: 'delete', ...done });
        }
      }
      // …then the keys journaled one by one…
      const keys = names(key);
      for (;;) {
        await throwIfCancelled();
        const r = await c.query(
          `WITH a AS (DELETE FROM ${qualifiedName(schema, j.added)} WHERE (${keys}) IN (SELECT ${keys} FROM ${qualifiedName(schema, j.added)} ORDER BY ${orderBy(key)} LIMIT ${batch}) RETURNING ${keys}),
                gone AS (DELETE FROM ${table} t USING a WHERE ${joinOn(key, 't', 'a')} RETURNING 1)
           SELECT (SELECT count(*) FROM a)::int AS keys, (SELECT count(*) FROM gone)::int AS rows`,
        );
        if (Number(r.rows[0].keys) === 0) break;
        done.deleted += Number(r.rows[0].rows);
        progress({ phase: 'delete', ...done });
      }
      // …and the rows it overwrote come back as they were.
      const before = await describePgTable(c, schema, j.before);
      if (before) {
        const cols = target.columns.filter((x) => !x.generated && before.columns.some((b) => b.name === x.name));
        const pk = new Set(key.map((x) => x.name));
        const rest = cols.filter((x) => !pk.has(x.name) && x.identity !== 'a');
        const update = rest.length ? `DO UPDATE SET ${rest.map((x) => `${quoteIdent(x.name)} = EXCLUDED.${quoteIdent(x.name)}`).join(', ')}` : 'DO NOTHING';
        const overriding = cols.some((x) => x.identity === 'a') ? ' OVERRIDING SYSTEM VALUE' : '';
        for (;;) {
          await throwIfCancelled();
          const r = await c.query(
            `WITH o AS (DELETE FROM ${qualifiedName(schema, j.before)} WHERE (${keys}) IN (SELECT ${keys} FROM ${qualifiedName(schema, j.before)} ORDER BY ${orderBy(key)} LIMIT ${batch}) RETURNING ${names(cols)}),
                  back AS (INSERT INTO ${table} (${names(cols)})${overriding} SELECT ${names(cols)} FROM o ON CONFLICT (${keys}) ${update} RETURNING 1)
             SELECT (SELECT count(*) FROM o)::int AS n`,
          );
          const n = Number(r.rows[0].n);
          if (n === 0) break;
          done.restored += n;
          progress({ phase: 'restore', ...done });
        }
      }
    }

    // A table the run created goes too, unless someone else has put rows in it since.
    let droppedTable = false;
    let keptTable: string | undefined;
    if (meta.createdTable && target) {
      const r = await c.query(`SELECT EXISTS (SELECT 1 FROM ${table}) AS e`);
      if (r.rows[0].e === false || r.rows[0].e === 'f') {
        await c.query(`DROP TABLE IF EXISTS ${table}`);
        droppedTable = true;
      } else keptTable = `${schema}.${meta.table} was created by this run but holds rows it did not write; kept`;
    }
    await c.query(`DROP TABLE IF EXISTS ${qualifiedName(schema, j.before)}, ${qualifiedName(schema, j.runs)}`);
    // Last: the journal's facts live in this table's comment.
    await c.query(`DROP TABLE IF EXISTS ${qualifiedName(schema, j.added)}`);
    return { journal: j.name, found: true, table: `${d.database}.${schema}.${meta.table}`, ...done, droppedTable, ...(keptTable ? { note: keptTable } : {}) };
  } catch (err) {
    throw classify(err, d ? `${d.where} (undo)` : `step ${step.id} (undo)`);
  } finally {
    await closeQuietly(d);
  }
}
