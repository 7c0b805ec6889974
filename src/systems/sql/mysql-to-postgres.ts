// postgres.copyTable from a MySQL/MariaDB source. Every column is mapped to a PostgreSQL type that
// holds its values exactly (types.ts) before anything is written; a column that cannot be is
// refused. Pages are read from MySQL by keyset on the primary key, turned into COPY text on the
// worker and written like any other page (postgres/copy/pages.ts: straight in when the key range is
// empty in the target and the key orders the same on both engines, else through staging), with the
// same journal, checkpoints and undo as a PostgreSQL source. Verification compares canonical values.
import { Readable } from 'node:stream';
import type { RowDataPacket } from 'mysql2/promise';
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput, StepOutput } from '../../kit/context';
import { progress, resumeFrom, throwIfCancelled } from '../../kit/checkpoint';
import { orderedWrites } from '../../kit/ordered-writes';
import type { PostgresCopyTableParams } from '../postgres/kinds';
import { classify as classifyPg, closeQuietly as closePg, openPostgres, qualifiedName, quoteIdent, safeUrl as safePgUrl, type PgConn } from '../postgres/connection';
import { advanceSequences, describePgTable, type PgColumn } from '../postgres/copy/schema';
import { journalFor, openBeforeImages, openJournal, runsFit, type PageTarget } from '../postgres/copy/journal';
import { needsStaging, writeFresh, writeStaged, type Bounds } from '../postgres/copy/pages';
import { requirePgTable, requireSchema, type PgCopyCheckpoint } from '../postgres/copy/copy';
import { journalCounts } from '../postgres/copy/undo';
import { and, keyFrom, keyLiteral, keyRow, keyUpTo, names as pgNames } from '../postgres/copy/sql';
import { classify as classifyMysql, closeQuietly as closeMysql, openMysql, safeUrl as safeMysqlUrl, type MysqlConn } from '../mysql/connection';
import { describeTable, qualified, type Column } from '../mysql/copy/schema';
import { selectPage } from '../mysql/copy/sql';
import { fromMysql, mapAll, orderSafe, pgType, UnmappableColumns, type Mapped } from './types';
import { canonical, copyLines, mysqlKeyValue, pgKeyText } from './values';
import { verifyAcross } from './verify';

const WRITERS = 2;
const pgTypname: Record<string, string> = { smallint: 'int2', integer: 'int4', bigint: 'int8' };

/** A PostgreSQL column description for a mapped column (the journal's key columns, before the table exists). */
const asPgColumn = (m: Mapped): PgColumn => ({
  name: m.name,
  type: pgType(m.canon),
  typname: m.canon.t === 'int' ? pgTypname[m.canon.pg] : m.canon.t,
  category: '',
  notNull: m.notNull,
  default: null,
  identity: '',
  generated: false,
  generation: null,
  collation: null,
  sequence: null,
});

/** The source's columns and their mapping; refuses, before anything is written, what cannot be carried exactly. */
export async function mysqlSourceColumns(s: MysqlConn, table: string, where: string | undefined) {
  const info = await describeTable(s.conn, s.database, table);
  if (!info) throw ApplicationFailure.nonRetryable(`${s.where}: table ${s.database}.${table} does not exist`, 'MysqlNoSuchTable');
  if (!info.primaryKey.length) throw ApplicationFailure.nonRetryable(`${s.where}: table ${s.database}.${table} has no primary key; the copy pages and resumes by primary key`, 'MysqlNoPrimaryKey');
  const [nulls] = await s.conn.query<RowDataPacket[]>('SELECT COLUMN_NAME AS name, IS_NULLABLE AS n FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?', [s.database, table]);
  const notNull = new Map(nulls.map((r) => [String(r.name), r.n === 'NO']));
  const columns = info.columns.filter((c) => !c.generated);
  if (info.primaryKey.some((k) => info.columns.find((c) => c.name === k)?.generated)) {
    throw ApplicationFailure.nonRetryable(`${s.where}: the primary key of ${table} includes a generated column; it cannot be copied`, 'MysqlNoPrimaryKey');
  }
  let mapped: Mapped[];
  try {
    mapped = mapAll(columns.map((c) => fromMysql(c, notNull.get(c.name) ?? false)), `${s.where}: table ${s.database}.${table}`);
  } catch (err) {
    if (err instanceof UnmappableColumns) throw ApplicationFailure.nonRetryable(`${err.message} (nothing was written)`, 'UnmappableColumnType');
    throw err;
  }
  // tinyint(1) is carried as boolean only when it holds nothing but 0, 1 and NULL.
  for (const m of mapped.filter((x) => x.canon.t === 'bool')) {
    const [rows] = await s.conn.query<RowDataPacket[]>(`SELECT \`${m.name}\` AS v FROM ${qualified(s.database, table)} WHERE \`${m.name}\` NOT IN (0, 1)${where ? ` AND (${where})` : ''} LIMIT 1`);
    if (rows.length) {
      throw ApplicationFailure.nonRetryable(
        `${s.where}: column ${m.name} tinyint(1) (BOOLEAN) holds ${rows[0].v}, which a PostgreSQL boolean cannot; widen it to SMALLINT in the source first (nothing was written)`,
        'UnmappableColumnType',
      );
    }
  }
  const key = info.primaryKey.map((n) => columns.find((c) => c.name === n) as Column);
  return { info, columns, mapped, key, keyIndex: key.map((k) => columns.indexOf(k)) };
}

export async function copyMysqlToPostgres(input: KindInput<PostgresCopyTableParams>): Promise<StepOutput> {
  const { ctx, step, params: p } = input;
  const targetTable = p.targetTable ?? p.table;
  const targetSchema = p.targetSchema ?? p.schema;
  const what = `step ${step.id}`;
  let s: MysqlConn | undefined;
  let d: PgConn | undefined;
  const writers: PgConn[] = [];
  try {
    s = await openMysql(input, 'source', 'copy source');
    const src = s;
    const { columns, mapped, key, keyIndex } = await mysqlSourceColumns(src, p.table, p.where);
    const canons = mapped.map((m) => m.canon);
    const keyCanons = keyIndex.map((i) => canons[i]);
    const srcTable = qualified(src.database, p.table);
    try {
      const [probe] = await src.conn.query<RowDataPacket[]>(`SELECT 1 FROM ${srcTable}${p.where ? ` WHERE (${p.where})` : ''} LIMIT 1`);
      if (!probe.length && !p.allowEmpty) {
        throw ApplicationFailure.nonRetryable(
          `${src.where}: nothing to copy: ${src.database}.${p.table}${p.where ? ` has no row where ${p.where}` : ' is empty'} (set allowEmpty: true if that is expected)`,
          'PostgresNothingToCopy',
        );
      }
    } catch (err) {
      throw classifyMysql(err, p.where ? `${src.where}: where ${JSON.stringify(p.where)}` : src.where);
    }

    d = await openPostgres(input, 'target', 'copy target');
    const dst = d;
    await requireSchema(dst, targetSchema);
    const existing = await describePgTable(dst.client, targetSchema, targetTable);
    const j = journalFor(ctx, step.id);
    const mappedKey = keyIndex.map((i) => asPgColumn(mapped[i]));
    const journalKey = existing ? existing.primaryKey.map((n) => existing.columns.find((c) => c.name === n) as PgColumn) : mappedKey;
    const meta = await openJournal(dst.client, targetSchema, j, journalKey, { run: ctx.runId, step: step.id, table: targetTable, schema: targetSchema, createdTable: !existing });
    if (!existing) {
      const defs = mapped.map((m) => `${quoteIdent(m.name)} ${pgType(m.canon)}${m.notNull ? ' NOT NULL' : ''}`);
      await dst.client.query(`CREATE TABLE IF NOT EXISTS ${qualifiedName(targetSchema, targetTable)} (\n  ${[...defs, `PRIMARY KEY (${pgNames(mappedKey)})`].join(',\n  ')}\n)`);
    }
    const target = await requirePgTable(dst, targetSchema, targetTable, 'the copy');
    const targetBy = new Map(target.columns.map((c) => [c.name, c]));
    const missing = columns.filter((c) => !targetBy.has(c.name) || targetBy.get(c.name)!.generated);
    if (missing.length) {
      throw ApplicationFailure.nonRetryable(`${dst.where}: table ${targetSchema}.${targetTable} has no column(s) ${missing.map((c) => c.name).join(', ')} to copy into`, 'PostgresSchemaMismatch');
    }
    if (target.primaryKey.join(',') !== key.map((k) => k.name).join(',')) {
      throw ApplicationFailure.nonRetryable(
        `${dst.where}: table ${targetSchema}.${targetTable} has primary key (${target.primaryKey.join(', ')}), the source (${key.map((k) => k.name).join(', ')})`,
        'PostgresSchemaMismatch',
      );
    }
    const targetKey = target.primaryKey.map((n) => targetBy.get(n) as PgColumn);
    await openBeforeImages(dst.client, targetSchema, j, targetTable, targetKey);
    const writeColumns = columns.map((c) => targetBy.get(c.name) as PgColumn);
    const pageTarget: PageTarget = { schema: targetSchema, table: targetTable, j, key: targetKey, columns: writeColumns, onExisting: p.onExisting, where: dst.where, version: dst.version };
    const overriding = writeColumns.some((c) => c.identity === 'a');
    // A key range means the same rows on both engines only for keys that sort alike (numbers, dates).
    const rangesAgree = keyCanons.every(orderSafe);

    const resumed = resumeFrom<PgCopyCheckpoint>();
    const cp: PgCopyCheckpoint = resumed ? { ...resumed } : { phase: 'copy', after: null, rows: 0, batches: 0, verified: 0, done: 0, unit: 'rows' };
    if (!p.where) {
      const [est] = await src.conn.query<RowDataPacket[]>('SELECT TABLE_ROWS AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?', [src.database, p.table]);
      cp.total = Number(est[0]?.n ?? 0) || undefined;
    }
    const attempt = { rows: 0, batches: 0 };
    const native = (k: (string | null)[]) => k.map((v, i) => mysqlKeyValue(v, keyCanons[i]));
    const read = async (after: (string | null)[] | null, limit: number) => {
      const [rows] = await src.conn.query<RowDataPacket[]>({ sql: selectPage(srcTable, columns, key, p.where, after && native(after), limit), rowsAsArray: true });
      return rows as unknown as unknown[][];
    };
    const keyText = (r: unknown[]) => keyIndex.map((i) => canonical(r[i] as never, canons[i]));

    if (cp.phase === 'copy') {
      for (let i = 1; i < WRITERS; i++) writers.push(await openPostgres(input, 'target', 'copy target'));
      const pool = [dst, ...writers];
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
          const rows = await next;
          if (!rows.length) break;
          const last = keyText(rows[rows.length - 1]);
          const b: Bounds = { first: keyText(rows[0]).map((v, i) => pgKeyText(v, keyCanons[i])), last: last.map((v, i) => pgKeyText(v, keyCanons[i])) };
          next = rows.length < p.batchSize ? Promise.resolve([]) : read(last, p.batchSize);
          next.catch(() => undefined);
          await inFlight.room();
          await throwIfCancelled();
          const conn = pool[slot++ % WRITERS];
          const staged = !rangesAgree || (await needsStaging(conn.client, pageTarget, b));
          if (staged) await inFlight.drain();
          const text = copyLines(rows as never, canons);
          const item = { rows: 0, last };
          const write = async () => {
            const stream = Readable.from([text]);
            if (staged) item.rows = await writeStaged(conn.client, pageTarget, stream, overriding);
            else {
              try {
                item.rows = await writeFresh(conn.client, pageTarget, b, stream);
              } catch (err) {
                if ((err as { code?: string }).code !== '23505') throw err;
                throw ApplicationFailure.retryable(`${dst.where}: a row appeared in the key range of a page while it was written; the page is written again`, 'PostgresPageRace');
              }
            }
          };
          inFlight.add(item, write());
        }
        await inFlight.drain();
      } finally {
        await next.catch(() => undefined);
        await inFlight.settle();
      }
      Object.assign(cp, { phase: 'verify', after: null, verified: 0, done: 0, total: cp.rows });
      progress({ ...cp });
    }

    const sequences = await advanceSequences(dst.client, target);
    const dstTable = qualifiedName(targetSchema, targetTable);
    const verified = await verifyAcross({
      canons,
      names: mapped.map((m) => m.name),
      keyIndex,
      sourcePage: read,
      targetRows: async (keys) => {
        const lit = (k: (string | null)[]) => k.map((v, i) => pgKeyText(v, keyCanons[i]));
        // Keys that sort alike: the page's key range (one index range scan); else exactly its keys.
        const cond = rangesAgree
          ? and(keyFrom(targetKey, lit(keys[0])), keyUpTo(targetKey, lit(keys[keys.length - 1])))
          : `${keyRow(targetKey)} IN (${keys.map((k) => keyLiteral(targetKey, lit(k))).join(', ')})`;
        const r = await dst.client.query({ text: `SELECT ${pgNames(writeColumns)} FROM ${dstTable} WHERE ${cond}`, rowMode: 'array' });
        return r.rows;
      },
      page: Math.min(p.batchSize, 10_000),
      from: cp.after,
      onPage: (last, n) => {
        cp.verified += n;
        cp.done = cp.verified;
        cp.after = last;
        progress({ ...cp });
      },
      what: `${what}: ${src.database}.${p.table} → ${dst.database}.${targetSchema}.${targetTable}`,
      mismatchType: 'PostgresCopyMismatch',
    });
    const counts = await journalCounts(dst.client, targetSchema, j, runsFit(journalKey));
    return {
      source: { target: p.source, url: safeMysqlUrl(src.url), table: `${src.database}.${p.table}` },
      target: { target: p.target, url: safePgUrl(dst.url), table: `${dst.database}.${targetSchema}.${targetTable}`, createdTable: meta.createdTable },
      where: p.where ?? null,
      rows: cp.verified,
      written: counts.written,
      overwritten: counts.overwritten,
      batchSize: p.batchSize,
      batches: cp.batches,
      thisAttempt: attempt,
      sequences,
      verification: { chunks: verified.pages, comparedKeyByKey: verified.pages, checksum: 'canonical values compared row by row on the worker (across engines)' },
      journal: j.name,
      resumedFrom: resumed ? { phase: resumed.phase, rows: resumed.rows, verified: resumed.verified } : null,
    };
  } catch (err) {
    // Errors of the MySQL driver carry its codes (ER_…) and the server's message.
    const fromMysql = !d || /^ER_/.test(String((err as { code?: string }).code)) || (err as { sqlMessage?: string }).sqlMessage !== undefined;
    if (fromMysql) throw classifyMysql(err, s ? s.where : what);
    throw classifyPg(err, d!.where);
  } finally {
    await closeMysql(s);
    await closePg(d);
    for (const w of writers) await closePg(w);
  }
}
