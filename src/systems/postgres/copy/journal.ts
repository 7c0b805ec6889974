// How postgres.copyTable knows what it wrote. Tables in the target schema, named from the run id
// and step id (`cutover_copy_<16 hex of sha256(runId:stepId)>_…`), written in the same transaction
// as each page:
//   …_new  the primary key of every row the run wrote (inserted or overwritten); its table comment
//          holds the journal's facts: run, step, table, and whether the run created the table;
//   …_runs the same for single integer keys, as [lo, hi] runs of consecutive keys;
//   …_old  the before-image of every row that existed in the target before the run overwrote it
//          (onExisting: overwrite; always empty with onExisting: fail).
// A page written into a key range where the target had no row is journaled from the rows this
// very transaction inserted (their xmin is its transaction id), so a row someone else writes into
// the range is never taken for one of ours.
import type { Client } from 'pg';
import { ApplicationFailure } from '@temporalio/common';
import type { StepContext } from '../../../kit/context';
import { markerHash } from '../../../kit/naming';
import { qualifiedName, quoteIdent, quoteLiteral } from '../connection';
import type { PgColumn } from './schema';
import { and, joinOn, keyFrom, keyUpTo, names } from './sql';

export interface JournalMeta {
  run: string;
  step: string;
  table: string;
  schema: string;
  /** The target table did not exist when the run started; the run created it. */
  createdTable: boolean;
}

export interface Journal {
  name: string;
  added: string;
  runs: string;
  before: string;
}

export function journalFor(ctx: StepContext, stepId: string): Journal {
  const name = `cutover_copy_${markerHash(ctx, stepId)}`;
  return { name, added: `${name}_new`, runs: `${name}_runs`, before: `${name}_old` };
}

const INTEGER = new Set(['int2', 'int4', 'int8']);
/** Whether the key can be journaled as runs: one integer column. */
export const runsFit = (key: PgColumn[]) => key.length === 1 && INTEGER.has(key[0].typname);

export async function tableExists(client: Client, schema: string, table: string): Promise<boolean> {
  const r = await client.query('SELECT to_regclass($1) IS NOT NULL AS e', [qualifiedName(schema, table)]);
  return r.rows[0].e === true || r.rows[0].e === 't';
}

/** The journal's facts, or undefined when this run has no journal in the schema. */
export async function readJournal(client: Client, schema: string, j: Journal): Promise<JournalMeta | undefined> {
  if (!(await tableExists(client, schema, j.added))) return undefined;
  const r = await client.query('SELECT obj_description($1::regclass, $2) AS c', [qualifiedName(schema, j.added), 'pg_class']);
  try {
    return JSON.parse(String(r.rows[0].c)) as JournalMeta;
  } catch {
    throw ApplicationFailure.nonRetryable(`journal table ${schema}.${j.added} has no readable description`, 'CopyJournalDamaged');
  }
}

/**
 * Creates the journal if missing and returns its facts. When it already exists (a retry), its
 * facts win: only the first attempt can tell whether the target table existed before the run.
 */
export async function openJournal(client: Client, schema: string, j: Journal, key: PgColumn[], meta: JournalMeta): Promise<JournalMeta> {
  const existing = await readJournal(client, schema, j);
  if (existing) return existing;
  const cols = key.map((c) => `${quoteIdent(c.name)} ${c.type}${c.collation ? ` COLLATE ${c.collation}` : ''} NOT NULL`).join(', ');
  await client.query('BEGIN');
  try {
    if (runsFit(key)) await client.query(`CREATE TABLE IF NOT EXISTS ${qualifiedName(schema, j.runs)} (lo ${key[0].type} PRIMARY KEY, hi ${key[0].type} NOT NULL)`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${qualifiedName(schema, j.added)} (${cols}, PRIMARY KEY (${names(key)}))`);
    await client.query(`COMMENT ON TABLE ${qualifiedName(schema, j.added)} IS ${quoteLiteral(JSON.stringify(meta))}`);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
  return (await readJournal(client, schema, j)) ?? meta;
}

/** The before-image table: the target's columns (generated ones computed again), keyed like it. */
export async function openBeforeImages(client: Client, schema: string, j: Journal, table: string, key: PgColumn[]): Promise<void> {
  if (await tableExists(client, schema, j.before)) return;
  await client.query(`CREATE TABLE IF NOT EXISTS ${qualifiedName(schema, j.before)} (LIKE ${qualifiedName(schema, table)} INCLUDING GENERATED, PRIMARY KEY (${names(key)}))`);
}

export interface PageTarget {
  schema: string;
  table: string;
  j: Journal;
  key: PgColumn[];
  /** Target columns written (generated ones left out). */
  columns: PgColumn[];
  onExisting: string;
  where: string;
  /** server_version_num of the target. */
  version: number;
}

/** The row `alias` lies in one of the runs (an index probe on `lo`). */
export const inRuns = (o: PageTarget, alias: string) => {
  const k = `${alias}.${quoteIdent(o.key[0].name)}`;
  return `EXISTS (SELECT 1 FROM (SELECT r.hi FROM ${qualifiedName(o.schema, o.j.runs)} r WHERE r.lo <= ${k} ORDER BY r.lo DESC LIMIT 1) r WHERE r.hi >= ${k})`;
};

/** Rows `alias` that this run has not journaled (so not written) yet. */
export const notOurs = (o: PageTarget, alias: string) =>
  `NOT EXISTS (SELECT 1 FROM ${qualifiedName(o.schema, o.j.added)} a WHERE ${joinOn(o.key, 'a', alias)})` + (runsFit(o.key) ? ` AND NOT ${inRuns(o, alias)}` : '');

/** Whether the target holds any row in the page's key range (a plain read, no locks). */
export async function rangeHasRows(client: Client, o: PageTarget, first: (string | null)[], last: (string | null)[] | null): Promise<boolean> {
  const r = await client.query(`SELECT 1 FROM ${qualifiedName(o.schema, o.table)} WHERE ${and(keyFrom(o.key, first), last && keyUpTo(o.key, last))} LIMIT 1`);
  return r.rows.length > 0;
}

const currentXact = (version: number) => (version >= 130000 ? 'pg_current_xact_id()::xid' : '(txid_current() % 4294967296)::text::xid');

/**
 * Journals a page that went straight into a key range where the target had no row: the rows this
 * transaction inserted there, as runs of consecutive keys when they compress (a sequence-made key
 * gives one run per page), else key by key. Returns the number of rows journaled.
 */
export async function journalFresh(client: Client, o: PageTarget, first: (string | null)[], last: (string | null)[] | null): Promise<number> {
  const range = and(keyFrom(o.key, first, 't.'), last && keyUpTo(o.key, last, 't.'), `t.xmin = ${currentXact(o.version)}`);
  const t = `${qualifiedName(o.schema, o.table)} t`;
  if (!runsFit(o.key)) {
    const r = await client.query(`INSERT INTO ${qualifiedName(o.schema, o.j.added)} (${names(o.key)}) SELECT ${names(o.key, 't.')} FROM ${t} WHERE ${range} ON CONFLICT DO NOTHING`);
    return r.rowCount ?? 0;
  }
  const k = quoteIdent(o.key[0].name);
  const r = await client.query(
    `WITH s AS MATERIALIZED (SELECT t.${k} AS k, t.${k} - row_number() OVER (ORDER BY t.${k}) AS g FROM ${t} WHERE ${range}),
          r AS MATERIALIZED (SELECT min(k) AS lo, max(k) AS hi FROM s GROUP BY g),
          fit AS (SELECT (SELECT count(*) FROM r) * 4 <= (SELECT count(*) FROM s) + 4 AS ok),
          a AS (INSERT INTO ${qualifiedName(o.schema, o.j.runs)} (lo, hi) SELECT lo, hi FROM r WHERE (SELECT ok FROM fit) ON CONFLICT DO NOTHING),
          b AS (INSERT INTO ${qualifiedName(o.schema, o.j.added)} (${k}) SELECT k FROM s WHERE NOT (SELECT ok FROM fit) ON CONFLICT DO NOTHING)
     SELECT count(*)::text AS n FROM s`,
  );
  return Number(r.rows[0].n);
}

/**
 * Journals a page loaded into the staging table `stage`, before it is merged: keeps the
 * before-image of target rows with the page's keys that this run has not written yet (with `fail`,
 * such a row stops the copy instead), then records every key of the page as written by this run.
 */
export async function journalStaged(client: Client, o: PageTarget, stage: string): Promise<void> {
  const t = qualifiedName(o.schema, o.table);
  const foreign = `FROM ${t} t JOIN ${stage} s ON ${joinOn(o.key, 't', 's')} WHERE ${notOurs(o, 't')}`;
  if (o.onExisting === 'fail') {
    const r = await client.query({ text: `SELECT ${names(o.key, 't.')} ${foreign} LIMIT 1`, rowMode: 'array' });
    if (r.rows.length) {
      throw ApplicationFailure.nonRetryable(
        `${o.where}: table ${o.schema}.${o.table} already holds a row with key (${(r.rows[0] as unknown[]).map(String).join(', ')}) that this run did not write; ` +
          'empty the target first or set onExisting: overwrite (overwritten rows are restored on rollback)',
        'PostgresTargetConflict',
      );
    }
  } else {
    await client.query(`INSERT INTO ${qualifiedName(o.schema, o.j.before)} (${names(o.columns)}) SELECT ${names(o.columns, 't.')} ${foreign} ON CONFLICT DO NOTHING`);
  }
  // Keys already in a run are journaled there (a page written again after a retry).
  await client.query(
    `INSERT INTO ${qualifiedName(o.schema, o.j.added)} (${names(o.key)}) SELECT ${names(o.key, 's.')} FROM ${stage} s${runsFit(o.key) ? ` WHERE NOT ${inRuns(o, 's')}` : ''} ON CONFLICT DO NOTHING`,
  );
}
