// mysql.copyTable from a PostgreSQL source. Every column is mapped to a MySQL type that holds its
// values exactly (types.ts) before anything is written; a column that cannot be is refused. Pages
// are read from PostgreSQL by keyset on the primary key, as the server's text, turned into MySQL
// values on the worker and written with the MySQL copy's own upsert and journal (mysql/copy), so
// checkpoints and the undo are those of a MySQL source. Verification compares canonical values.
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput, StepOutput } from '../../kit/context';
import { progress, resumeFrom, throwIfCancelled } from '../../kit/checkpoint';
import { orderedWrites } from '../../kit/ordered-writes';
import type { MysqlCopyTableParams } from '../mysql/kinds';
import { classify as classifyMysql, closeQuietly as closeMysql, openMysql, quoteId, safeUrl as safeMysqlUrl, type MysqlConn } from '../mysql/connection';
import { describeTable, qualified, type Column } from '../mysql/copy/schema';
import { journalBatch, journalFor, openBeforeImages, openJournal, rangeHasRows, type BatchTarget } from '../mysql/copy/row-journal';
import { between, inList, selectItem, upsert } from '../mysql/copy/sql';
import { keysInRuns, runsFit } from '../mysql/copy/key-runs';
import { slices, statementLimit } from '../mysql/copy/copy';
import { classify as classifyPg, closeQuietly as closePg, openPostgres, qualifiedName, safeUrl as safePgUrl, type PgConn } from '../postgres/connection';
import { checkWhere, requirePgTable } from '../postgres/copy/copy';
import { and, keyAfter, names as pgNames, orderBy } from '../postgres/copy/sql';
import type { PgColumn } from '../postgres/copy/schema';
import { fromPostgres, mapAll, mysqlType, orderSafe, UnmappableColumns, type Mapped } from './types';
import { canonical, mysqlKeyValue, mysqlValue, pgKeyText } from './values';
import { verifyAcross } from './verify';

interface Checkpoint {
  phase: 'copy' | 'verify';
  /** Canonical texts of the last key of the last committed page or verified page. */
  after: (string | null)[] | null;
  rows: number;
  batches: number;
  verified: number;
  done: number;
  total?: number;
  unit: 'rows';
}

const WRITERS = 2;

/** A MySQL column description for a mapped column (the journal's key columns, before the table exists). */
const asMysqlColumn = (m: Mapped): Column => {
  const type = mysqlType(m.canon);
  return { name: m.name, dataType: /^\w+/.exec(type)![0], columnType: type, charset: null, collation: null, generated: false };
};

/** Refuses, before anything is written, values a mapped MySQL type cannot hold (NaN and infinities in floats). */
async function checkValues(s: PgConn, table: string, mapped: Mapped[], where: string | undefined): Promise<void> {
  for (const m of mapped.filter((x) => x.canon.t === 'float')) {
    const col = pgNames([m]);
    const r = await s.client.query(`SELECT ${col}::text AS v FROM ${table} WHERE ${and(where, `${col} IN ('NaN', 'Infinity', '-Infinity')`)} LIMIT 1`);
    if (r.rows.length) {
      throw ApplicationFailure.nonRetryable(`${s.where}: column ${m.name} ${m.sourceType} holds ${r.rows[0].v}, which MySQL cannot store (nothing was written)`, 'UnmappableColumnType');
    }
  }
}

export async function copyPostgresToMysql(input: KindInput<MysqlCopyTableParams>): Promise<StepOutput> {
  const { ctx, step, params: p } = input;
  const schema = p.schema ?? 'public';
  const targetTable = p.targetTable ?? p.table;
  const what = `step ${step.id}`;
  checkWhere(p.where, `${what}: source ${p.source}`);
  let s: PgConn | undefined;
  let d: MysqlConn | undefined;
  const writers: MysqlConn[] = [];
  try {
    s = await openPostgres(input, 'source', 'copy source');
    const src = s;
    const source = await requirePgTable(src, schema, p.table, 'the copy');
    const byName = new Map(source.columns.map((c) => [c.name, c]));
    const pgKey = source.primaryKey.map((n) => byName.get(n) as PgColumn);
    if (pgKey.some((c) => c.generated)) throw ApplicationFailure.nonRetryable(`${src.where}: the primary key of ${p.table} includes a generated column; it cannot be copied`, 'PostgresNoPrimaryKey');
    const pgColumns = source.columns.filter((c) => !c.generated);
    let mapped: Mapped[];
    try {
      mapped = mapAll(pgColumns.map(fromPostgres), `${src.where}: table ${schema}.${p.table}`);
    } catch (err) {
      if (err instanceof UnmappableColumns) throw ApplicationFailure.nonRetryable(`${err.message} (nothing was written)`, 'UnmappableColumnType');
      throw err;
    }
    const canons = mapped.map((m) => m.canon);
    const keyIndex = pgKey.map((k) => pgColumns.indexOf(k));
    const keyCanons = keyIndex.map((i) => canons[i]);
    const srcTable = qualifiedName(schema, p.table);
    try {
      const probe = await src.client.query({ name: 'cutover_probe', text: `SELECT 1 FROM ${srcTable} WHERE ${and(p.where)} LIMIT 1` });
      if (!probe.rows.length && !p.allowEmpty) {
        throw ApplicationFailure.nonRetryable(
          `${src.where}: nothing to copy: ${schema}.${p.table}${p.where ? ` has no row where ${p.where}` : ' is empty'} (set allowEmpty: true if that is expected)`,
          'MysqlNothingToCopy',
        );
      }
    } catch (err) {
      throw classifyPg(err, p.where ? `${src.where}: where ${JSON.stringify(p.where)}` : src.where);
    }
    await checkValues(src, srcTable, mapped, p.where);

    d = await openMysql(input, 'target', 'copy target');
    const dst = d;
    const existing = await describeTable(dst.conn, dst.database, targetTable);
    const j = journalFor(ctx, step.id);
    const mappedKey = keyIndex.map((i) => asMysqlColumn(mapped[i]));
    const journalKey = existing ? existing.primaryKey.map((n) => existing.columns.find((c) => c.name === n) as Column) : mappedKey;
    const meta = await openJournal(dst.conn, dst.database, j, journalKey, { run: ctx.runId, step: step.id, table: targetTable, createdTable: !existing });
    if (!existing) {
      const defs = mapped.map((m) => `${quoteId(m.name)} ${mysqlType(m.canon)}${m.notNull ? ' NOT NULL' : ' NULL'}`);
      await dst.conn.query(`CREATE TABLE IF NOT EXISTS ${qualified(dst.database, targetTable)} (${[...defs, `PRIMARY KEY (${mappedKey.map((k) => quoteId(k.name)).join(', ')})`].join(', ')}) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`);
    }
    const target = await describeTable(dst.conn, dst.database, targetTable);
    if (!target) throw ApplicationFailure.nonRetryable(`${dst.where}: table ${dst.database}.${targetTable} does not exist`, 'MysqlNoSuchTable');
    const missing = mapped.filter((m) => !target.columns.some((t) => t.name === m.name && !t.generated));
    if (missing.length) {
      throw ApplicationFailure.nonRetryable(`${dst.where}: table ${dst.database}.${targetTable} has no column(s) ${missing.map((c) => c.name).join(', ')} to copy into`, 'MysqlSchemaMismatch');
    }
    if (target.primaryKey.join(',') !== source.primaryKey.join(',')) {
      throw ApplicationFailure.nonRetryable(
        `${dst.where}: table ${dst.database}.${targetTable} has primary key (${target.primaryKey.join(', ')}), the source (${source.primaryKey.join(', ')})`,
        'MysqlSchemaMismatch',
      );
    }
    await openBeforeImages(dst.conn, dst.database, j, targetTable);
    const columns = mapped.map((m) => target.columns.find((t) => t.name === m.name) as Column);
    const key = target.primaryKey.map((n) => target.columns.find((c) => c.name === n) as Column);
    const dstTable = qualified(dst.database, targetTable);
    const pkNames = new Set(target.primaryKey);
    // A key range means the same rows on both engines only for keys that sort alike (numbers, dates).
    const rangesAgree = keyCanons.every(orderSafe);

    const resumed = resumeFrom<Checkpoint>();
    const cp: Checkpoint = resumed ? { ...resumed } : { phase: 'copy', after: null, rows: 0, batches: 0, verified: 0, done: 0, unit: 'rows' };
    if (!p.where) {
      const est = await src.client.query('SELECT GREATEST(reltuples, 0)::bigint::text AS n FROM pg_class WHERE oid = $1::regclass', [srcTable]);
      cp.total = Number(est.rows[0]?.n ?? 0) || undefined;
    }
    const attempt = { rows: 0, batches: 0 };
    const read = async (after: (string | null)[] | null, limit: number) => {
      const cond = and(p.where, after && keyAfter(pgKey, after.map((v, i) => pgKeyText(v, keyCanons[i]))));
      const r = await src.client.query({ text: `SELECT ${pgNames(pgColumns)} FROM ${srcTable} WHERE ${cond} ORDER BY ${orderBy(pgKey)} LIMIT ${limit}`, rowMode: 'array' });
      return r.rows as (string | null)[][];
    };
    const keyText = (r: unknown[]) => keyIndex.map((i) => canonical(r[i] as never, canons[i]));
    const limit = await statementLimit(dst.conn);

    if (cp.phase === 'copy') {
      for (let i = 1; i < WRITERS; i++) writers.push(await openMysql(input, 'target', 'copy target'));
      const pool = [dst, ...writers];
      const batchTarget: BatchTarget = { database: dst.database, table: targetTable, j, key, targetColumns: target.columns.filter((c) => !c.generated), onExisting: p.onExisting, where: dst.where };
      const write = async (conn: Connection, rows: unknown[][], keys: unknown[][], existingRows: boolean) => {
        await conn.query('START TRANSACTION');
        try {
          await journalBatch(conn, batchTarget, keys, existingRows);
          for (const slice of slices(rows, limit)) await conn.query(upsert(dstTable, columns, pkNames, slice));
          await conn.query('COMMIT');
        } catch (err) {
          await conn.query('ROLLBACK').catch(() => undefined);
          throw err;
        }
      };
      const inFlight = orderedWrites<{ rows: number; last: (string | null)[] }>(WRITERS, (w) => {
        cp.after = w.last;
        cp.rows += w.rows;
        cp.batches++;
        cp.done = cp.rows;
        attempt.rows += w.rows;
        attempt.batches++;
        progress({ ...cp });
      });
      let next = read(cp.after, p.batchSize);
      let slot = 0;
      try {
        for (;;) {
          const page = await next;
          if (!page.length) break;
          const last = keyText(page[page.length - 1]);
          next = page.length < p.batchSize ? Promise.resolve([]) : read(last, p.batchSize);
          next.catch(() => undefined);
          const rows = page.map((r) => r.map((v, i) => mysqlValue(v, canons[i])));
          const keys = page.map((r) => keyText(r).map((v, i) => mysqlKeyValue(v, keyCanons[i])));
          await inFlight.room();
          await throwIfCancelled();
          const conn = pool[slot++ % WRITERS].conn;
          // Keys that sort differently on the two engines always take the key-by-key before-image path.
          const existingRows = !rangesAgree || (await rangeHasRows(conn, batchTarget, keys[0], keys[keys.length - 1]));
          if (existingRows) await inFlight.drain();
          inFlight.add({ rows: rows.length, last }, write(conn, rows, keys, existingRows));
        }
        await inFlight.drain();
      } finally {
        await next.catch(() => undefined);
        await inFlight.settle();
      }
      Object.assign(cp, { phase: 'verify', after: null, verified: 0, done: 0, total: cp.rows });
      progress({ ...cp });
    }

    const verified = await verifyAcross({
      canons,
      names: mapped.map((m) => m.name),
      keyIndex,
      sourcePage: read,
      targetRows: async (keys) => {
        const native = (k: (string | null)[]) => k.map((v, i) => mysqlKeyValue(v, keyCanons[i]));
        // Keys that sort alike: the page's key range (one index range scan); else exactly its keys.
        const cond = rangesAgree ? between(key, native(keys[0]), native(keys[keys.length - 1])) : inList(key, keys.map(native));
        const [rows] = await dst.conn.query<RowDataPacket[]>({ sql: `SELECT ${columns.map(selectItem).join(', ')} FROM ${dstTable} WHERE ${cond}`, rowsAsArray: true });
        return rows as unknown as unknown[][];
      },
      page: Math.min(p.batchSize, 10_000),
      from: cp.after,
      onPage: (last, n) => {
        cp.verified += n;
        cp.done = cp.verified;
        cp.after = last;
        progress({ ...cp });
      },
      what: `${what}: ${src.database}.${schema}.${p.table} → ${dst.database}.${targetTable}`,
      mismatchType: 'MysqlCopyMismatch',
    });
    const [[counts]] = await dst.conn.query<RowDataPacket[]>(
      `SELECT (SELECT COUNT(*) FROM ${qualified(dst.database, j.added)}) AS written, (SELECT COUNT(*) FROM ${qualified(dst.database, j.before)}) AS overwritten`,
    );
    const inRuns = runsFit(journalKey) ? await keysInRuns(dst.conn, dst.database, j.runs) : 0;
    return {
      source: { target: p.source, url: safePgUrl(src.url), table: `${src.database}.${schema}.${p.table}` },
      target: { target: p.target, url: safeMysqlUrl(dst.url), table: `${dst.database}.${targetTable}`, createdTable: meta.createdTable },
      where: p.where ?? null,
      rows: cp.verified,
      written: Number(counts.written) + inRuns,
      overwritten: Number(counts.overwritten),
      batchSize: p.batchSize,
      batches: cp.batches,
      thisAttempt: attempt,
      verification: { chunks: verified.pages, comparedKeyByKey: verified.pages, checksum: 'canonical values compared row by row on the worker (across engines)' },
      journal: j.name,
      resumedFrom: resumed ? { phase: resumed.phase, rows: resumed.rows, verified: resumed.verified } : null,
    };
  } catch (err) {
    const fromMysql = d !== undefined && (/^ER_/.test(String((err as { code?: string }).code)) || (err as { sqlMessage?: string }).sqlMessage !== undefined);
    if (fromMysql || (!s && d)) throw classifyMysql(err, d!.where);
    throw classifyPg(err, s ? s.where : what);
  } finally {
    await closePg(s);
    await closeMysql(d);
    for (const w of writers) await closeMysql(w);
  }
}
