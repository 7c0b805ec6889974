// postgres.copyTable between PostgreSQL targets: pages of the source in primary-key order (keyset
// bounds, composite keys included), each page streamed with COPY from the source into the target
// in one transaction together with its journal entries (journal.ts, pages.ts), two pages at once
// while the next page's bounds are found. After each commit (in page order) the cursor, the
// page's last key, is heartbeated; a retry resumes after it. A page replayed after a crash
// (committed, but its heartbeat lost) goes through the staging table: an upsert whose journal
// ignores keys it already holds. Then sequences are moved past the copied keys and the copy is
// verified chunk by chunk (verify.ts).
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput, StepOutput } from '../../../kit/context';
import { progress, resumeFrom, throwIfCancelled } from '../../../kit/checkpoint';
import { orderedWrites } from '../../../kit/ordered-writes';
import type { PostgresCopyTableParams } from '../kinds';
import { classify, closeQuietly, openPostgres, qualifiedName, safeUrl, type PgConn } from '../connection';
import { advanceSequences, createTableStatement, describePgTable, indexStatements, type PgColumn, type PgTable } from './schema';
import { journalFor, openBeforeImages, openJournal, runsFit, type PageTarget } from './journal';
import { needsStaging, writeFresh, writeStaged, type Bounds, type CopyFormat } from './pages';
import { nextBounds, pageRows, type PgSourceQuery } from './pg-source';
import { checksumMode, verifyPgCopy, verifyRange } from './verify';
import { and, whereProblem } from './sql';
import { journalCounts } from './undo';

export interface PgCopyCheckpoint {
  phase: 'copy' | 'verify';
  /** Last key (as text) of the last committed page (copy) or verified chunk (verify); null: from the start. */
  after: (string | null)[] | null;
  /** During the copy: last key of the pages verified so far (they are verified while later ones are written). */
  verifiedAfter?: (string | null)[] | null;
  /** Copied and verified to the end during the copy phase: nothing left to verify. */
  finished?: boolean;
  rows: number;
  batches: number;
  verified: number;
  done: number;
  total?: number;
  unit: 'rows';
}

/** Pages written at once, each on its own pair of connections. */
const WRITERS = 2;

export async function requirePgTable(c: PgConn, schema: string, table: string, what: string): Promise<PgTable> {
  const info = await describePgTable(c.client, schema, table);
  if (!info) throw ApplicationFailure.nonRetryable(`${c.where}: table ${schema}.${table} does not exist`, 'PostgresNoSuchTable');
  if (!info.primaryKey.length) {
    throw ApplicationFailure.nonRetryable(`${c.where}: table ${schema}.${table} has no primary key; ${what} pages and resumes by primary key`, 'PostgresNoPrimaryKey');
  }
  return info;
}

export function checkWhere(where: string | undefined, at: string): void {
  const problem = where === undefined ? undefined : whereProblem(where);
  if (problem) throw ApplicationFailure.nonRetryable(`${at}: where ${JSON.stringify(where)} must be one condition; it holds ${problem}`, 'PlanError');
}

export async function requireSchema(c: PgConn, schema: string): Promise<void> {
  const r = await c.client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  if (!r.rows.length) throw ApplicationFailure.nonRetryable(`${c.where}: schema ${schema} does not exist in database ${c.database}`, 'PostgresUnknownSchema');
}

async function copyFormat(s: PgConn, d: PgConn, table: string, columns: PgColumn[], targetColumns: PgColumn[]): Promise<CopyFormat> {
  if (Math.floor(s.version / 10000) !== Math.floor(d.version / 10000)) return 'text';
  if (columns.some((c, i) => c.type !== targetColumns[i].type)) return 'text';
  const r = await s.client.query(
    `SELECT bool_and(t.typsend <> 0 AND t.typreceive <> 0) AS ok FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attname = ANY($2)`,
    [table, columns.map((c) => c.name)],
  );
  return r.rows[0].ok === true || r.rows[0].ok === 't' ? 'binary' : 'text';
}

export async function postgresCopyTable(input: KindInput<PostgresCopyTableParams>): Promise<StepOutput> {
  const { ctx, step, params: p } = input;
  if (ctx.targets[p.source]?.kind === 'mysql') {
    const cross = require('../../sql/mysql-to-postgres') as typeof import('../../sql/mysql-to-postgres');
    return cross.copyMysqlToPostgres(input);
  }
  const targetTable = p.targetTable ?? p.table;
  const targetSchema = p.targetSchema ?? p.schema;
  const what = `step ${step.id}`;
  checkWhere(p.where, `${what}: source ${p.source}`);
  let src: PgConn | undefined;
  let dst: PgConn | undefined;
  const extra: PgConn[] = [];
  try {
    src = await openPostgres(input, 'source', 'copy source');
    dst = await openPostgres(input, 'target', 'copy target');
    const s = src;
    const d = dst;
    if (s.identity === d.identity && p.schema === targetSchema && p.table === targetTable) {
      throw ApplicationFailure.nonRetryable(`${what}: source and target are the same table (${s.identity} ${p.schema}.${p.table})`, 'PlanError');
    }

    // The source: columns to copy (generated ones are computed by the target), key, selection.
    const source = await requirePgTable(s, p.schema, p.table, 'the copy');
    const byName = new Map(source.columns.map((c) => [c.name, c]));
    const key = source.primaryKey.map((n) => byName.get(n) as PgColumn);
    if (key.some((c) => c.generated)) {
      throw ApplicationFailure.nonRetryable(`${s.where}: the primary key of ${p.table} includes a generated column; it cannot be copied`, 'PostgresNoPrimaryKey');
    }
    const columns = source.columns.filter((c) => !c.generated);
    const srcTable = qualifiedName(p.schema, p.table);
    const dstTable = qualifiedName(targetSchema, targetTable);
    try {
      // A named statement: the extended protocol runs exactly one statement, so `where` cannot add another.
      const probe = await s.client.query({ name: 'cutover_probe', text: `SELECT 1 FROM ${srcTable} WHERE ${and(p.where)} LIMIT 1` });
      if (!probe.rows.length && !p.allowEmpty) {
        throw ApplicationFailure.nonRetryable(
          `${s.where}: nothing to copy: ${p.schema}.${p.table}${p.where ? ` has no row where ${p.where}` : ' is empty'} (set allowEmpty: true if that is expected)`,
          'PostgresNothingToCopy',
        );
      }
    } catch (err) {
      throw classify(err, p.where ? `${s.where}: where ${JSON.stringify(p.where)}` : s.where);
    }

    // The target: journal first (it records whether the table existed), then the table itself.
    await requireSchema(d, targetSchema);
    const existing = await describePgTable(d.client, targetSchema, targetTable);
    const j = journalFor(ctx, step.id);
    const journalKey = existing ? existing.primaryKey.map((n) => existing.columns.find((c) => c.name === n) as PgColumn) : key;
    const meta = await openJournal(d.client, targetSchema, j, journalKey, { run: ctx.runId, step: step.id, table: targetTable, schema: targetSchema, createdTable: !existing });
    if (!existing) await d.client.query(await createTableStatement(s.client, source, targetSchema, targetTable));
    const target = await requirePgTable(d, targetSchema, targetTable, 'the copy');
    const targetBy = new Map(target.columns.map((c) => [c.name, c]));
    const missing = columns.filter((c) => !targetBy.has(c.name) || targetBy.get(c.name)!.generated);
    if (missing.length) {
      throw ApplicationFailure.nonRetryable(`${d.where}: table ${targetSchema}.${targetTable} has no column(s) ${missing.map((c) => c.name).join(', ')} to copy into`, 'PostgresSchemaMismatch');
    }
    if (target.primaryKey.join(',') !== source.primaryKey.join(',')) {
      throw ApplicationFailure.nonRetryable(
        `${d.where}: table ${targetSchema}.${targetTable} has primary key (${target.primaryKey.join(', ')}), the source (${source.primaryKey.join(', ')})`,
        'PostgresSchemaMismatch',
      );
    }
    const targetKey = target.primaryKey.map((n) => targetBy.get(n) as PgColumn);
    await openBeforeImages(d.client, targetSchema, j, targetTable, targetKey);
    const writeColumns = columns.map((c) => targetBy.get(c.name) as PgColumn);
    const pageTarget: PageTarget = { schema: targetSchema, table: targetTable, j, key: targetKey, columns: writeColumns, onExisting: p.onExisting, where: d.where, version: d.version };
    const overriding = writeColumns.some((c) => c.identity === 'a');

    const resumed = resumeFrom<PgCopyCheckpoint>();
    const cp: PgCopyCheckpoint = resumed ? { ...resumed } : { phase: 'copy', after: null, rows: 0, batches: 0, verified: 0, done: 0, unit: 'rows' };
    if (!p.where) {
      const est = await s.client.query('SELECT GREATEST(reltuples, 0)::bigint::text AS n FROM pg_class WHERE oid = $1::regclass', [srcTable]);
      cp.total = Number(est.rows[0]?.n ?? 0) || undefined;
    }
    const attempt = { rows: 0, batches: 0 };
    // Binary COPY skips printing and parsing every value (numeric, timestamptz, jsonb are costly as
    // text): only between servers of one major version, for columns of identical types with binary I/O.
    const format = await copyFormat(s, d, srcTable, columns, writeColumns);
    const q: PgSourceQuery = { table: srcTable, columns, key, where: p.where, format };

    // A table this run created gets the source's secondary indexes after the copy, built once over
    // all rows (cheaper than keeping them up to date page by page). IF NOT EXISTS: a retry builds only what is missing.
    const indexes = meta.createdTable ? await indexStatements(s.client, source, targetSchema, targetTable) : [];
    let built: Promise<void> | undefined;
    const buildIndexes = () =>
      (built ??= (async () => {
        for (const sql of indexes) await d.client.query(sql);
      })());
    const sides = { source: { client: s.client, table: srcTable }, target: { client: d.client, table: dstTable } };
    const mode = await checksumMode(sides.source, [s.version, d.version], columns);
    let rekeyed = 0;
    let ranges = 0;

    if (cp.phase === 'copy') {
      // Every connection of the copy opened at once (each is a TLS or SCRAM handshake of its own):
      // two to verify, and per writer a source and a target connection (one COPY out, one COPY in).
      const opened = await Promise.allSettled([
        openPostgres(input, 'source', 'copy source'),
        openPostgres(input, 'target', 'copy target'),
        ...Array.from({ length: WRITERS }, () => openPostgres(input, 'source', 'copy source')),
        ...Array.from({ length: WRITERS - 1 }, () => openPostgres(input, 'target', 'copy target')),
      ]);
      const conns = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
      extra.push(...conns); // closed at the end, also when one of them was refused
      const refused = opened.find((o) => o.status === 'rejected');
      if (refused) throw refused.reason;
      const [vs, vd, ...rest] = conns;
      const pairs = Array.from({ length: WRITERS }, (_, i) => ({ src: rest[i], dst: i === 0 ? d : rest[WRITERS + i - 1] }));
      // Committed pages are verified on connections of their own while the next pages are written:
      // each range (last verified key, page's last key] in page order, the rest after the last page.
      const check = { source: { client: vs.client, table: srcTable }, target: { client: vd.client, table: dstTable }, columns, key, where: p.where, page: Math.min(p.batchSize, 5000), mode, what: `${what}: ${s.database}.${p.schema}.${p.table} → ${d.database}.${targetSchema}.${targetTable}` };
      let queued: (string | null)[] | null = cp.verifiedAfter === undefined ? null : cp.verifiedAfter;
      if (cp.verifiedAfter === undefined) cp.verifiedAfter = null;
      let verifying: Promise<void> = Promise.resolve();
      let failed: unknown;
      const verifyUpTo = (hi: (string | null)[] | null) => {
        const lo = queued;
        queued = hi;
        verifying = verifying.then(async () => {
          const r = await verifyRange(check, lo, hi);
          cp.verified += r.rows;
          cp.verifiedAfter = hi;
          rekeyed += r.rekeyed ? 1 : 0;
          ranges++;
        });
        verifying.catch((err) => (failed ??= err)); // a difference stops the copy at its next page
      };
      const inFlight = orderedWrites<{ rows: number; last: (string | null)[] }>(WRITERS, (w) => {
        cp.after = w.last;
        cp.rows += w.rows;
        cp.batches++;
        cp.done = cp.rows;
        attempt.rows += w.rows;
        attempt.batches++;
        progress({ ...cp });
        verifyUpTo(w.last);
      });
      let next = nextBounds(s.client, q, cp.after, p.batchSize);
      let slot = 0;
      try {
        for (;;) {
          const b: Bounds | undefined = await next;
          if (!b) break;
          next = nextBounds(s.client, q, b.last, p.batchSize);
          next.catch(() => undefined); // awaited in the next turn or below
          await inFlight.room();
          await throwIfCancelled();
          if (failed) throw failed;
          const pair = pairs[slot++ % WRITERS];
          // Rows already in the range need before-images and row locks: such a page runs alone.
          const staged = await needsStaging(pair.dst.client, pageTarget, b);
          if (staged) await inFlight.drain();
          const item = { rows: 0, last: b.last };
          const write = async () => {
            const rows = pageRows(pair.src.client, q, b);
            if (staged) {
              item.rows = await writeStaged(pair.dst.client, pageTarget, rows, overriding, format);
              return;
            }
            try {
              item.rows = await writeFresh(pair.dst.client, pageTarget, b, rows, format);
            } catch (err) {
              // A row appeared in the range since the probe: the retry's probe sends the page through staging.
              if ((err as { code?: string }).code !== '23505') throw err;
              throw ApplicationFailure.retryable(`${d.where}: a row appeared in the key range of a page while it was written; the page is written again`, 'PostgresPageRace');
            }
          };
          inFlight.add(item, write());
        }
        await inFlight.drain();
      } finally {
        await next.catch(() => undefined);
        await inFlight.settle();
        await verifying.catch(() => undefined);
      }
      // Rows past the last page (none, unless the source grew) are checked too, while the indexes are built.
      verifyUpTo(null);
      await Promise.all([verifying, buildIndexes()]);
      Object.assign(cp, { phase: 'verify', after: null, done: cp.verified, total: cp.rows, verifiedAfter: undefined, finished: true });
      progress({ ...cp });
    }

    await buildIndexes();
    const sequences = await advanceSequences(d.client, target);
    const verified = cp.finished ? { chunks: ranges, rekeyedChunks: rekeyed } : await verifyPgCopy({
      ...sides,
      mode,
      columns,
      key,
      where: p.where,
      chunk: Math.min(200_000, Math.max(10 * p.batchSize, 1000)),
      page: Math.min(p.batchSize, 5000),
      from: cp.after,
      onChunk: (last, n) => {
        cp.verified += n;
        cp.done = cp.verified;
        cp.after = last;
        progress({ ...cp });
      },
      what: `${what}: ${s.database}.${p.schema}.${p.table} → ${d.database}.${targetSchema}.${targetTable}`,
    });
    const counts = await journalCounts(d.client, targetSchema, j, runsFit(journalKey));
    return {
      source: { target: p.source, url: safeUrl(s.url), table: `${s.database}.${p.schema}.${p.table}` },
      target: { target: p.target, url: safeUrl(d.url), table: `${d.database}.${targetSchema}.${targetTable}`, createdTable: meta.createdTable },
      where: p.where ?? null,
      rows: cp.verified,
      written: counts.written,
      overwritten: counts.overwritten,
      batchSize: p.batchSize,
      batches: cp.batches,
      thisAttempt: attempt,
      format,
      sequences,
      indexes: indexes.length,
      verification: { chunks: verified.chunks, comparedKeyByKey: verified.rekeyedChunks, checksum: mode === 'hash' ? 'count + sum of hash_record_extended per key-range chunk' : 'count + sum of 64-bit MD5 prefixes per key-range chunk' },
      journal: j.name,
      resumedFrom: resumed ? { phase: resumed.phase, rows: resumed.rows, verified: resumed.verified } : null,
    };
  } catch (err) {
    throw classify(err, dst ? dst.where : src ? src.where : what);
  } finally {
    await closeQuietly(src);
    await closeQuietly(dst);
    for (const c of extra) await closeQuietly(c);
  }
}
