// Benchmark (not a test): graph.copy against a bare batched UNWIND import with neo4j-driver, same
// run, same servers (the stack's graph1 → graph2), same batch size.
//
//   node --expose-gc --import tsx bench/copy-graph.ts [pairs=50000] [batch=5000] [rounds=2] [scale=10]
//
// Data: `pairs` (a)-[:NEXT]->(b) pairs in the source, so 2·pairs nodes + pairs relationships, each
// node with three properties. The baseline streams the source once (no paging, no cursor, no
// markers, no verification) and writes with UNWIND … CREATE through an index of its own; graph.copy
// does everything it does in production (keyset pages, MERGE on the copy key, heartbeats, count
// verification). Then graph.copy runs on `scale` times the pairs, to show the worker's memory does
// not grow with the graph. Peak RSS is this process's (the worker side), sampled every 20 ms.
import neo4j, { type Driver, type Integer } from 'neo4j-driver';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import type { StepInput, StepOutput } from '../src/kit/context';
import { stackEnv } from '../test/helpers/stack';
import { mb, timed } from './measure';
import { kindActivity } from '../test/helpers/kinds';

const graphCopy = kindActivity('graph.copy');
const graphCopyUndo = kindActivity('graph.copy.undo');

const [pairs = 50_000, batch = 5_000, rounds = 2, scale = 10] = process.argv.slice(2).map(Number);
const env = stackEnv();
const SRC = env.CUTOVER_BOLT_URL;
const DST = env.CUTOVER_BOLT2_URL;
const LABEL = 'BenchGraph';
const BASE = 'BenchBaseline';

async function dropAll(d: Driver, label: string) {
  for (;;) {
    const r = await d.executeQuery(`MATCH (n:${label}) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c`);
    if (Number(r.records[0].get('c')) === 0) return;
  }
}

async function seed(src: Driver, n: number) {
  await dropAll(src, LABEL);
  for (let k = 0; k < n; k += 25_000) {
    await src.executeQuery(
      `UNWIND range($from, $to) AS i
       CREATE (:${LABEL} {i: 2 * i, name: 'node-' + toString(i), score: i * 0.25})-[:NEXT {w: i}]->(:${LABEL} {i: 2 * i + 1, name: 'peer', score: 1.0})`,
      { from: neo4j.int(k), to: neo4j.int(Math.min(n, k + 25_000) - 1) },
    );
  }
}

/** graph.copy of the seeded `n` pairs, checked, then undone. */
async function copyOnce(n: number) {
  const input = copyInput(`bench-${Date.now()}`);
  const copy = await timed(() => mock().run(graphCopy, input) as Promise<StepOutput>);
  if (copy.value.nodes !== 2 * n || copy.value.relationships !== n) throw new Error(`copy verified wrong counts: ${JSON.stringify(copy.value)}`);
  await mock().run(graphCopyUndo, input);
  return copy;
}


/** The bare import: stream the source once, write batches with UNWIND … CREATE. */
async function baseline(src: Driver, dst: Driver): Promise<number> {
  await dst.executeQuery(`CREATE INDEX bench_baseline_src IF NOT EXISTS FOR (n:${BASE}) ON (n.src)`);
  await dst.executeQuery('CALL db.awaitIndexes(300)');
  const flush = async (query: string, rows: unknown[]) => {
    if (rows.length) await dst.executeQuery(query, { rows });
  };
  let written = 0;
  const nodesQ = `UNWIND $rows AS row CREATE (n:${BASE}) SET n += row.props, n.src = row.id`;
  const relsQ = `UNWIND $rows AS row MATCH (a:${BASE} {src: row.s}) MATCH (b:${BASE} {src: row.e}) CREATE (a)-[r:NEXT]->(b) SET r += row.props`;
  for (const [read, write, shape] of [
    [`MATCH (n:${LABEL}) RETURN id(n) AS id, properties(n) AS props`, nodesQ, (r: Rec) => ({ id: r.get('id'), props: r.get('props') })],
    [`MATCH (a:${LABEL})-[r:NEXT]->(b:${LABEL}) RETURN id(a) AS s, id(b) AS e, properties(r) AS props`, relsQ,
      (r: Rec) => ({ s: r.get('s'), e: r.get('e'), props: r.get('props') })],
  ] as const) {
    const session = src.session({ defaultAccessMode: neo4j.session.READ });
    let rows: unknown[] = [];
    try {
      for await (const rec of session.run(read)) {
        rows.push(shape(rec as unknown as Rec));
        if (rows.length === batch) {
          await flush(write, rows);
          written += rows.length;
          rows = [];
        }
      }
      await flush(write, rows);
      written += rows.length;
    } finally {
      await session.close();
    }
  }
  return written;
}
type Rec = { get(k: string): Integer | Record<string, unknown> };

function copyInput(runId: string): StepInput {
  return {
    ctx: {
      workflowId: 'bench',
      runId,
      planName: 'bench',
      environment: 'bench',
      baseDir: process.cwd(),
      targets: { src: { kind: 'bolt', url: SRC }, dst: { kind: 'bolt', url: DST } },
    },
    step: {
      id: 'copy',
      kind: 'graph.copy',
      phase: 'migrateData',
      execution: 'activity',
      undo: true,
      params: { source: 'src', target: 'dst', labels: [LABEL], batchSize: batch, onExisting: 'append', excludeLabels: [] },
    },
  };
}

const mock = () => new MockActivityEnvironment({}, { logger: new DefaultLogger('ERROR') });

async function main() {
  const src = neo4j.driver(SRC);
  const dst = neo4j.driver(DST);
  const items = 3 * pairs;
  process.stderr.write(`seeding ${2 * pairs} nodes + ${pairs} relationships…\n`);
  await seed(src, pairs);
  await dropAll(dst, BASE);
  await dropAll(dst, LABEL);
  const rows: string[] = [];
  for (let round = 1; round <= rounds; round++) {
    const base = await timed(() => baseline(src, dst));
    if (base.value !== items) throw new Error(`baseline wrote ${base.value}, expected ${items}`);
    await dropAll(dst, BASE);

    const copy = await copyOnce(pairs);

    const bRate = items / (base.ms / 1000);
    const cRate = items / (copy.ms / 1000);
    rows.push(
      `| ${round} | ${2 * pairs} + ${pairs} | ${batch} | ${bRate.toFixed(0)} | ${cRate.toFixed(0)} | ${(cRate / bRate).toFixed(2)}× | ${mb(base.peak)} | ${mb(copy.peak)} |`,
    );
    process.stderr.write(rows.at(-1) + '\n');
  }
  const mem: string[] = [];
  for (const n of scale > 1 ? [pairs, pairs * scale] : [pairs]) {
    if (n !== pairs) {
      process.stderr.write(`seeding ${2 * n} nodes + ${n} relationships…\n`);
      await seed(src, n);
    }
    const copy = await copyOnce(n);
    mem.push(`| ${2 * n} + ${n} | ${batch} | ${((3 * n) / (copy.ms / 1000)).toFixed(0)} | ${mb(copy.peak)} |`);
    process.stderr.write(mem.at(-1) + '\n');
  }
  await dropAll(src, LABEL);
  await src.close();
  await dst.close();
  console.log('| round | nodes + relationships | batch | bare UNWIND (items/s) | graph.copy (items/s) | ratio | bare peak RSS (MB) | graph.copy peak RSS (MB) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  console.log('\n| nodes + relationships | batch | graph.copy (items/s) | peak RSS (MB) |');
  console.log('|---|---|---|---|');
  for (const r of mem) console.log(r);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
