// graph.copy and its compensation. Nodes, then relationships (by start node), are streamed from
// the source in id order (`id > $after ORDER BY id`) and written to the target in batched
// `UNWIND $rows` MERGEs inside managed transactions, two at a time. After each committed batch the
// cursor is heartbeated; a retry resumes after it, and MERGE on the copy key makes a replayed batch
// harmless. The copy ends by comparing counts per label and per type. See markers.ts for how the
// compensation knows what this run wrote.
import neo4j, { type Driver, type Integer } from 'neo4j-driver';
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput, StepOutput, UndoKindInput } from '../../kit/context';
import type { GraphCopyParams } from './kinds';
import { progress, resumeFrom, throwIfCancelled } from '../../kit/checkpoint';
import { targetUrl } from '../../kit/targets';
import { orderedWrites } from '../../kit/ordered-writes';
import { classify, withGraph } from './connection';
import * as q from './copy-queries';
import { identify, type ServerIdentity } from './dialect';
import { dropMarkerIndexIfUnused, ensureMarkerIndex } from './markers';
import { runMarker } from '../../kit/naming';

export interface CopyCheckpoint {
  phase: 'nodes' | 'relationships' | 'verify';
  /**
   * Source id (decimal string) of the last node whose batch committed (nodes), or of the last start
   * node whose outgoing relationships have all committed (relationships).
   */
  after: string;
  /** Totals written so far, over all attempts. */
  nodes: number;
  relationships: number;
  /** For progress displays: nodes + relationships written of `total` in the source selection. */
  done: number;
  total?: number;
  unit: 'items';
}

type Row = Record<string, unknown> & { id: Integer };

const toMap = (records: { get(k: string): unknown }[], key: string) =>
  Object.fromEntries(records.map((r) => [String(r.get(key)), Number(r.get('c'))])) as Record<string, number>;

export function selection(p: GraphCopyParams): q.Selection {
  return { labels: p.labels, types: p.relationshipTypes, exclude: p.excludeLabels };
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

/**
 * Rows (nodes, or start nodes for relationships) per read query. Each query is one scan of the
 * selection, streamed; a new query per segment keeps each well inside a server's query timeout
 * (Memgraph's default is ten minutes).
 */
const segmentOf = (batch: number) => 200 * batch;

interface Batch {
  rows: Row[];
  /** Every row at or before this position (node id, or start node id) has been yielded. */
  complete: Integer;
}

/**
 * Streams `query` from `after` and yields batches of about `batch` rows. `at(row)` is a row's
 * position in the query's order (ascending; several rows may share one: a start node's
 * relationships); rows for which `keep` is false only move the position. A batch ends where a
 * position does, so `complete` says exactly what is done (a position with more than three batches
 * of rows is cut, and its rows written again after a resume). The driver pulls `batch` rows at a time
 * (its fetch size) and the server produces them as the worker asks: the worker holds a batch being
 * written and the next.
 */
async function* stream(driver: Driver, query: string, after: Integer, batch: number, at: (r: Row) => Integer, keep: (r: Row) => boolean): AsyncGenerator<Batch> {
  const segment = segmentOf(batch);
  let from = after;
  let complete = after;
  let rows: Row[] = [];
  for (;;) {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: batch });
    let positions = 0;
    let current: Integer | undefined;
    try {
      for await (const rec of session.run(query, { after: from, limit: neo4j.int(segment) })) {
        const row = rec.toObject() as Row;
        const pos = at(row);
        if (!current || !pos.equals(current)) {
          if (current) complete = current; // its rows are all in `rows` or yielded
          if (rows.length >= batch) {
            yield { rows, complete };
            rows = [];
          }
          current = pos;
          positions++;
        }
        if (keep(row)) rows.push(row);
        if (rows.length >= 4 * batch) {
          yield { rows, complete };
          rows = [];
        }
      }
    } finally {
      await session.close();
    }
    if (current) complete = current; // a segment ends with its last position whole
    if (positions < segment) break;
    from = complete;
  }
  yield { rows, complete };
}

/** Rows grouped by the write query they need (one per label set, or per relationship type). */
function groupedBy(keyOf: (r: Row) => string, queryOf: (key: string) => string, rowOf: (r: Row) => unknown) {
  return (rows: Row[]) => {
    const groups = new Map<string, { query: string; rows: unknown[] }>();
    for (const r of rows) {
      const key = keyOf(r);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { query: queryOf(key), rows: [] }));
      g.rows.push(rowOf(r));
    }
    return groups;
  };
}

/** Batches written at once (two transactions keep the target busy while the worker prepares the next). */
const WRITES_IN_FLIGHT = 2;

/**
 * Writes the batches of `stream(...)` one transaction each, up to WRITES_IN_FLIGHT at once while
 * the next batch is pulled, and calls `done(complete, rows)` as batches commit, in stream order: a
 * position is reported once every batch up to it has committed.
 */
async function pump(batches: AsyncGenerator<Batch>, target: Driver, group: (rows: Row[]) => Map<string, { query: string; rows: unknown[] }>, run: string, done: (complete: Integer, count: number) => void): Promise<void> {
  const inFlight = orderedWrites<Batch>(WRITES_IN_FLIGHT, (b) => done(b.complete, b.rows.length));
  let next = batches.next();
  try {
    for (;;) {
      const r = await next;
      if (r.done) break;
      next = batches.next();
      next.catch(() => undefined); // awaited in the next turn; the generator is closed below
      await throwIfCancelled();
      inFlight.add(r.value, r.value.rows.length ? write(target, group(r.value.rows), run) : Promise.resolve());
      await inFlight.room();
    }
    await inFlight.drain();
  } finally {
    await Promise.allSettled([next, inFlight.settle()]);
    await batches.return(undefined);
  }
}

export async function graphCopy(input: KindInput<GraphCopyParams>): Promise<StepOutput> {
  const { ctx, step, params: p } = input;
  const where = `step ${step.id}`;
  const sel = selection(p);
  const batch = p.batchSize;
  const onExisting = p.onExisting;
  const run = runMarker(ctx, step.id);
  const resumed = resumeFrom<CopyCheckpoint>();
  const cp: CopyCheckpoint = resumed ? { ...resumed } : { phase: 'nodes', after: '-1', nodes: 0, relationships: 0, done: 0, unit: 'items' };
  const thisAttempt = { nodes: 0, relationships: 0 };
  let batches = 0;

  const srcUrl = await targetUrl(input, 'bolt', 'source');
  const dstUrl = await targetUrl(input, 'bolt', 'target');
  const sw = `${where} source ${p.source}`;
  const tw = `${where} target ${p.target}`;

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

      cp.total = expected.nodes + expected.relationships;
      const checkpoint = () => progress({ ...cp, done: cp.nodes + cp.relationships });
      /** A batch of `kind` committed up to the source position `complete`. */
      const committed = (kind: 'nodes' | 'relationships') => (complete: Integer, n: number) => {
        cp.after = complete.toString();
        cp[kind] += n;
        thisAttempt[kind] += n;
        batches++;
        checkpoint();
      };
      if (cp.phase === 'nodes') {
        const queries = new Map<string, string>();
        const nodes = stream(source, q.readNodes(sel, where), neo4j.int(cp.after), batch, (r) => r.id, () => true);
        const writeNodes = groupedBy(
          (r) => JSON.stringify([...(r.labels as string[])].sort()),
          (key) => {
            let query = queries.get(key);
            if (!query) queries.set(key, (query = q.writeNodes(JSON.parse(key) as string[], where)));
            return query;
          },
          (r) => ({ id: r.id, props: r.props }),
        );
        await pump(nodes, target, writeNodes, run, committed('nodes'));
        Object.assign(cp, { phase: 'relationships', after: '-1' });
        checkpoint();
      }
      if (cp.phase === 'relationships') {
        if (sel.types === undefined || sel.types.length > 0) {
          const rels = stream(source, q.readRels(sel, where), neo4j.int(cp.after), batch, (r) => r.a as Integer, (r) => r.id !== null);
          const writeRels = groupedBy(
            (r) => String(r.type),
            (type) => q.writeRels(type, where),
            (r) => ({ id: r.id, s: r.a, e: r.e, props: r.props }),
          );
          await pump(rels, target, writeRels, run, committed('relationships'));
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

export async function sourceCounts(source: Driver, sel: q.Selection, where: string) {
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
export async function graphCopyUndo(input: UndoKindInput<GraphCopyParams>): Promise<StepOutput> {
  const { ctx, step, params: p } = input;
  const where = `step ${step.id} (undo) target ${p.target}`;
  const run = runMarker(ctx, step.id);
  const batch = neo4j.int(p.batchSize);
  return withGraph(await targetUrl(input, 'bolt', 'target'), where, async (target) => {
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
