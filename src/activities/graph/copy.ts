// graph.copy and its compensation. Nodes, then relationships, are read from the source in id
// order (keyset pages: `id > $after ORDER BY id LIMIT $batch`) and written to the target in
// batched `UNWIND $rows` MERGEs inside managed transactions. After each committed batch the cursor
// is heartbeated; a retry resumes after it, and MERGE on the copy key makes a replayed batch
// harmless. The copy ends by comparing counts per label and per type. See markers.ts for how the
// compensation knows what this run wrote.
import neo4j, { type Driver, type Integer } from 'neo4j-driver';
import { ApplicationFailure } from '@temporalio/common';
import type { StepInput, StepOutput, UndoInput } from '../contract';
import { progress, resumeFrom } from '../heartbeat';
import { targetUrl } from '../targets';
import { throwIfCancelled } from './cancel';
import { classify, withGraph } from './connect';
import * as q from './copy-queries';
import { identify, type ServerIdentity } from './dialect';
import { dropMarkerIndexIfUnused, ensureMarkerIndex, runMarker } from './markers';

export interface CopyCheckpoint {
  phase: 'nodes' | 'relationships' | 'verify';
  /** Source id (decimal string) of the last node / relationship whose batch committed. */
  after: string;
  /** Totals written so far, over all attempts. */
  nodes: number;
  relationships: number;
}

type Row = Record<string, unknown> & { id: Integer };

const toMap = (records: { get(k: string): unknown }[], key: string) =>
  Object.fromEntries(records.map((r) => [String(r.get(key)), Number(r.get('c'))])) as Record<string, number>;

function selection(params: Record<string, unknown>): q.Selection {
  return {
    labels: params.labels as string[] | undefined,
    types: params.relationshipTypes as string[] | undefined,
    exclude: (params.excludeLabels as string[] | undefined) ?? ['CutoverMigration'],
  };
}

/** Writes one batch in one transaction: one UNWIND per label set (or type). */
async function write(driver: Driver, groups: Map<string, { query: string; rows: unknown[] }>, run: string): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      for (const g of groups.values()) await tx.run(g.query, { rows: g.rows, run });
    });
  } finally {
    await session.close();
  }
}

/** Rows of one keyset read: ten batches, at most 50,000 rows (two pages are held in memory at once). */
const pageOf = (batch: number) => Math.max(batch, Math.min(50_000, 10 * batch));

async function read(driver: Driver, query: string, after: Integer, limit: number): Promise<Row[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: limit });
  try {
    const res = await session.executeRead((tx) => tx.run(query, { after, limit: neo4j.int(limit) }));
    return res.records.map((r) => r.toObject() as Row);
  } finally {
    await session.close();
  }
}

/**
 * Reads `readQuery` page by page from `after` (`ORDER BY id LIMIT page`), reading the next page
 * while the current one is written, and writes every `batch` rows in one transaction. Calls
 * `done(lastId, count)` after each commit.
 *
 * Why pages of several batches: neither server can seek to `id > $after`, so every keyset query
 * scans the whole label (or graph); a query per batch would scan N/batch times. A page of ten
 * batches scans ten times less often, the source sorts a bounded set, the query ends well inside
 * Memgraph's query timeout, and the worker's memory stays bounded by two pages.
 */
async function pump(
  source: Driver,
  target: Driver,
  readQuery: string,
  after: Integer,
  batch: number,
  group: (rows: Row[]) => Map<string, { query: string; rows: unknown[] }>,
  run: string,
  done: (last: Integer, count: number) => void,
): Promise<void> {
  const pageRows = pageOf(batch);
  let page = await read(source, readQuery, after, pageRows);
  while (page.length > 0) {
    const next = page.length === pageRows ? read(source, readQuery, page[page.length - 1].id, pageRows) : Promise.resolve([] as Row[]);
    next.catch(() => undefined); // awaited below; keeps a failed prefetch from being unhandled meanwhile
    for (let i = 0; i < page.length; i += batch) {
      await throwIfCancelled();
      const rows = page.slice(i, i + batch);
      await write(target, group(rows), run);
      done(rows[rows.length - 1].id, rows.length);
    }
    page = await next;
  }
}

export async function graphCopy(input: StepInput): Promise<StepOutput> {
  const { ctx, step } = input;
  const where = `step ${step.id}`;
  const sel = selection(step.params);
  const batch = Number(step.params.batchSize ?? 5000);
  const onExisting = (step.params.onExisting as string | undefined) ?? 'fail';
  const run = runMarker(ctx, step.id);
  const resumed = resumeFrom<CopyCheckpoint>();
  const cp: CopyCheckpoint = resumed ? { ...resumed } : { phase: 'nodes', after: '-1', nodes: 0, relationships: 0 };
  const thisAttempt = { nodes: 0, relationships: 0 };
  let batches = 0;

  const srcUrl = targetUrl(input, 'bolt', 'source');
  const dstUrl = targetUrl(input, 'bolt', 'target');
  const sw = `${where} source ${String(step.params.source)}`;
  const tw = `${where} target ${String(step.params.target)}`;

  return withGraph(srcUrl, sw, (source, sourceT) =>
    withGraph(dstUrl, tw, async (target, targetT) => {
      const [srcId, tgtId] = await Promise.all([identify(source), identify(target)]);

      // What the source holds for this selection; a named label or type that matches nothing is a plan mistake.
      const expected = await sourceCounts(source, sel, where);
      for (const l of sel.labels ?? []) {
        if (!expected.labels[l]) {
          throw ApplicationFailure.nonRetryable(`${where}: label ${JSON.stringify(l)} matches no node in source ${sourceT.url}`, 'GraphNothingToCopy');
        }
      }
      for (const t of sel.types ?? []) {
        if (!expected.types[t]) {
          throw ApplicationFailure.nonRetryable(
            `${where}: relationship type ${JSON.stringify(t)} matches no relationship between selected nodes in source ${sourceT.url}`,
            'GraphNothingToCopy',
          );
        }
      }
      if (onExisting === 'fail') {
        const foreign = Number((await target.executeQuery(q.countForeign(sel, where), { run })).records[0].get('c'));
        if (foreign > 0) {
          throw ApplicationFailure.nonRetryable(
            `${where}: target ${targetT.url} already holds ${foreign} node(s) matching the selection that this run did not write; ` +
              `empty it first or set onExisting: append`,
            'GraphTargetNotEmpty',
          );
        }
      }
      await ensureMarkerIndex(target, tgtId.dialect);

      const checkpoint = () => progress({ ...cp });
      if (cp.phase === 'nodes') {
        const queries = new Map<string, string>();
        await pump(source, target, q.readNodes(sel, where), neo4j.int(cp.after), batch, (rows) => {
          const groups = new Map<string, { query: string; rows: unknown[] }>();
          for (const r of rows) {
            const labels = [...(r.labels as string[])].sort();
            const key = JSON.stringify(labels);
            let query = queries.get(key);
            if (!query) queries.set(key, (query = q.writeNodes(labels, where)));
            const g = groups.get(key) ?? { query, rows: [] };
            g.rows.push({ id: r.id, props: r.props });
            groups.set(key, g);
          }
          return groups;
        }, run, (last, n) => {
          cp.after = last.toString();
          cp.nodes += n;
          thisAttempt.nodes += n;
          batches++;
          checkpoint();
        });
        Object.assign(cp, { phase: 'relationships', after: '-1' });
        checkpoint();
      }
      if (cp.phase === 'relationships') {
        if (sel.types === undefined || sel.types.length > 0) {
          await pump(source, target, q.readRels(sel, where), neo4j.int(cp.after), batch, (rows) => {
            const groups = new Map<string, { query: string; rows: unknown[] }>();
            for (const r of rows) {
              const type = String(r.type);
              const g = groups.get(type) ?? { query: q.writeRels(type, where), rows: [] };
              g.rows.push({ id: r.id, s: r.s, e: r.e, props: r.props });
              groups.set(type, g);
            }
            return groups;
          }, run, (last, n) => {
            cp.after = last.toString();
            cp.relationships += n;
            thisAttempt.relationships += n;
            batches++;
            checkpoint();
          });
        }
        Object.assign(cp, { phase: 'verify', after: '-1' });
        checkpoint();
      }

      const verified = await verify(source, target, sel, run, where);
      return {
        source: describe(sourceT.url, srcId),
        target: describe(targetT.url, tgtId),
        marker: run,
        nodes: verified.nodes,
        relationships: verified.relationships,
        labels: verified.labels,
        types: verified.types,
        batchSize: batch,
        batches,
        writtenThisAttempt: thisAttempt,
        resumedFrom: resumed ?? null,
      };
    }),
  );
}

const describe = (url: string, id: ServerIdentity) => ({ url, dialect: id.dialect, version: id.version });

async function sourceCounts(source: Driver, sel: q.Selection, where: string) {
  const [labels, nodes, types] = await Promise.all([
    source.executeQuery(q.countNodesByLabel(sel, where), {}, { routing: 'READ' }),
    source.executeQuery(q.countNodes(sel, where), {}, { routing: 'READ' }),
    sel.types && sel.types.length === 0
      ? Promise.resolve({ records: [] })
      : source.executeQuery(q.countRelsByType(sel, where), {}, { routing: 'READ' }),
  ]);
  const typesMap = toMap(types.records, 'type');
  return {
    labels: toMap(labels.records, 'label'),
    nodes: Number(nodes.records[0].get('c')),
    types: typesMap,
    relationships: Object.values(typesMap).reduce((a, b) => a + b, 0),
  };
}

/** Source and target must agree: total nodes, nodes per label, relationships per type. */
async function verify(source: Driver, target: Driver, sel: q.Selection, run: string, where: string) {
  // The source is counted again (not taken from the start): a source written to during the copy fails here.
  const [expected, labels, types, total] = await Promise.all([
    sourceCounts(source, sel, where),
    target.executeQuery(q.targetNodesByLabel, { run }),
    target.executeQuery(q.targetRelsByType, { run }),
    target.executeQuery(`MATCH (n:CutoverCopy) WHERE n._cutover_run = $run RETURN count(n) AS c`, { run }),
  ]);
  const got = { labels: toMap(labels.records, 'label'), types: toMap(types.records, 'type'), nodes: Number(total.records[0].get('c')) };
  const diffs: string[] = [];
  if (got.nodes !== expected.nodes) diffs.push(`nodes: source ${expected.nodes}, target ${got.nodes}`);
  for (const k of new Set([...Object.keys(expected.labels), ...Object.keys(got.labels)])) {
    if ((expected.labels[k] ?? 0) !== (got.labels[k] ?? 0)) diffs.push(`label ${k}: source ${expected.labels[k] ?? 0}, target ${got.labels[k] ?? 0}`);
  }
  for (const k of new Set([...Object.keys(expected.types), ...Object.keys(got.types)])) {
    if ((expected.types[k] ?? 0) !== (got.types[k] ?? 0)) diffs.push(`type ${k}: source ${expected.types[k] ?? 0}, target ${got.types[k] ?? 0}`);
  }
  if (diffs.length) {
    throw ApplicationFailure.nonRetryable(`${where}: copy verification failed: ${diffs.join('; ')}`, 'GraphCopyMismatch');
  }
  return expected;
}

/** Deletes what this run wrote into the target (by its run marker), in batches; twice = once. */
export async function graphCopyUndo(input: UndoInput): Promise<StepOutput> {
  const { ctx, step } = input;
  const where = `step ${step.id} (undo) target ${String(step.params.target)}`;
  const run = runMarker(ctx, step.id);
  const batch = neo4j.int(Number(step.params.batchSize ?? 5000));
  return withGraph(targetUrl(input, 'bolt', 'target'), where, async (target) => {
    const { dialect } = await identify(target);
    const deleted = { relationships: 0, nodes: 0 };
    for (const [kind, query] of [['relationships', q.deleteRels], ['nodes', q.deleteNodes]] as const) {
      for (;;) {
        await throwIfCancelled();
        let n: number;
        try {
          const res = await target.executeQuery(query, { run, limit: batch });
          n = Number(res.records[0]?.get('c') ?? 0);
        } catch (err) {
          throw classify(err, where);
        }
        if (n === 0) break;
        deleted[kind] += n;
        progress({ deleted });
      }
    }
    const droppedIndex = await dropMarkerIndexIfUnused(target, dialect);
    return { marker: run, deleted, droppedMarkerIndex: droppedIndex };
  });
}
