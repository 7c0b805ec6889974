// graph.copy between the stack's two Bolt servers (source graph1 → target graph2). Each test uses
// labels of its own and removes what it made, so tests do not see each other.
//
// What would differ on Memgraph: nothing in the copy's data statements (id(), labels(),
// properties(), UNWIND, MERGE, SET n:Label run the same); the marker index is created with
// `CREATE INDEX ON :CutoverCopy(_cutover_src)` instead of the Neo4j form, and Memgraph has no
// db.awaitIndexes (its index is ready when the statement returns). Memgraph ids are not reused
// after deletes, Neo4j's can be: the copy key is only read while the copy runs, so either is fine.
// Temporal types: Memgraph has Date, LocalTime, LocalDateTime, Duration and (from 2.19)
// ZonedDateTime and Point; a property type the target lacks fails the batch with a ClientError.
import { after, afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import neo4j, { type Driver } from 'neo4j-driver';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { type CopyCheckpoint } from '../../src/systems/graph/copy';
import type { StepInput } from '../../src/kit/context';
import { boltUrls, count, driverFor, dropLabel, dump, runActivity, stepInput, uniq } from './graph-fixtures';
import { kindActivity } from '../helpers/kinds';
import { failure } from '../helpers/failures';

const graphCopy = kindActivity('graph.copy');
const graphCopyUndo = kindActivity('graph.copy.undo');

const urls = boltUrls();
const src: Driver = driverFor(urls.source);
const dst: Driver = driverFor(urls.target);
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
after(async () => {
  await src.close();
  await dst.close();
});

/** Labels for one test; their nodes are removed from both servers afterwards. */
function labels(...prefixes: string[]): string[] {
  const ls = prefixes.map(uniq);
  cleanups.push(async () => {
    for (const l of ls) {
      await dropLabel(src, l);
      await dropLabel(dst, l);
    }
  });
  return ls;
}

const copyInput = (params: Record<string, unknown>, runId?: string): StepInput =>
  stepInput('graph.copy', { source: 'src', target: 'dst', batchSize: 5000, onExisting: 'fail', excludeLabels: ['CutoverMigration'], ...params }, { runId, id: 'graph-copy' });

/** Undoes a run's copy after the test whatever happened (the compensation is idempotent). */
function undoLater(input: StepInput) {
  cleanups.push(async () => {
    await runActivity(graphCopyUndo, input);
  });
}


const runNodes = (run: string) => count(dst, 'MATCH (n:CutoverCopy) WHERE n._cutover_run = $run RETURN count(n)', { run });
const runRels = (run: string) =>
  count(dst, 'MATCH (n:CutoverCopy)-[r]->() WHERE n._cutover_run = $run AND r._cutover_run = $run RETURN count(r)', { run });
const markerOf = (input: StepInput) => `${input.ctx.runId}:${input.step.id}`;

/** A small graph with many property types, multi-label nodes, a self-loop and an unselected neighbour. */
async function smallGraph(A: string, B: string, C: string, Z: string) {
  await src.executeQuery(
    `UNWIND range(1, 30) AS i
     CREATE (:\`${A}\` {i: i, name: 'a' + toString(i), score: i * 0.5, flag: i % 2 = 0, tags: ['x', toString(i)],
             born: date('2020-01-01') + duration({days: i}), at: datetime('2024-05-06T07:08:09.123Z'),
             big: 9007199254740993, pt: point({x: i, y: 2.5})})`,
  );
  await src.executeQuery(`UNWIND range(1, 10) AS i CREATE (:\`${B}\` {j: i, unicode: 'ünï ✓ ' + toString(i)})`);
  await src.executeQuery(`UNWIND range(1, 5) AS i CREATE (:\`${A}\`:\`${B}\`:\`${C}\` {both: i})`);
  await src.executeQuery(`CREATE (:\`${Z}\` {name: 'not selected'})`);
  await src.executeQuery(
    `MATCH (a:\`${A}\`), (b:\`${A}\`) WHERE a.i + 1 = b.i CREATE (a)-[:R1 {w: a.i}]->(b)
     WITH count(*) AS x
     MATCH (a:\`${A}\` {i: 3}) CREATE (a)-[:R1 {self: true}]->(a)
     WITH count(*) AS y
     MATCH (a:\`${A}\`), (b:\`${B}\`) WHERE a.i = b.j CREATE (a)-[:R2 {since: date('2021-02-03')}]->(b)
     WITH count(*) AS c
     MATCH (a:\`${A}\` {i: 1}), (z:\`${Z}\`) CREATE (a)-[:R3]->(z)`,
  );
}

describe('graph.copy', () => {
  it('copies the selected nodes and relationships exactly, and verifies counts', async () => {
    const [A, B, C, Z] = labels('A', 'B', 'C', 'Z');
    await smallGraph(A, B, C, Z);
    const input = copyInput({ labels: [A, B] });
    undoLater(input);
    const out = await runActivity(graphCopy, input);

    assert.equal(out.nodes, 45);
    // 29 chain + 1 self-loop R1, 10 R2; R3 goes to an unselected node and is not copied.
    assert.equal(out.relationships, 40);
    assert.deepEqual(out.labels, { [A]: 35, [B]: 15, [C]: 5 });
    assert.deepEqual(out.types, { R1: 30, R2: 10 });
    assert.equal(out.resumedFrom, null);
    assert.deepEqual(out.writtenThisAttempt, { nodes: 45, relationships: 40 });
    assert.deepEqual((out.source as { dialect: string }).dialect, 'neo4j');

    const run = markerOf(input);
    const [s, t] = await Promise.all([dump(src, [A, B], 'source'), dump(dst, [A, B], 'target', run)]);
    assert.equal(Object.keys(t.nodes).length, 45);
    assert.deepEqual(t.nodes, s.nodes);
    assert.deepEqual(t.rels, s.rels);
    assert.equal(await count(dst, `MATCH (n:\`${Z}\`) RETURN count(n)`), 0);
  });

  it('running the same step twice gives one copy', async () => {
    const [A, B, C, Z] = labels('A', 'B', 'C', 'Z');
    await smallGraph(A, B, C, Z);
    const input = copyInput({ labels: [A, B], batchSize: 7 });
    undoLater(input);
    await runActivity(graphCopy, input);
    const again = await runActivity(graphCopy, input);
    assert.equal(again.nodes, 45);
    const run = markerOf(input);
    assert.equal(await runNodes(run), 45);
    assert.equal(await count(dst, 'MATCH (n:CutoverCopy) WHERE n._cutover_run = $run RETURN count(DISTINCT n._cutover_src)', { run }), 45);
    assert.equal(await runRels(run), 40);
    assert.equal(await count(dst, `MATCH (n) WHERE n:\`${A}\` OR n:\`${B}\` RETURN count(n)`), 45);
  });

  it('relationship types select what is copied; an empty list copies none', async () => {
    const [A, B, C, Z] = labels('A', 'B', 'C', 'Z');
    await smallGraph(A, B, C, Z);
    const only = copyInput({ labels: [A, B], relationshipTypes: ['R2'] });
    undoLater(only);
    const out = await runActivity(graphCopy, only);
    assert.deepEqual(out.types, { R2: 10 });
    assert.equal(await runRels(markerOf(only)), 10);

    const none = copyInput({ labels: [A], relationshipTypes: [], onExisting: 'append' });
    undoLater(none);
    const out2 = await runActivity(graphCopy, none);
    assert.equal(out2.nodes, 35);
    assert.equal(out2.relationships, 0);
    assert.equal(await runRels(markerOf(none)), 0);
  });

  it('compensation removes exactly what this run wrote; twice = once', async () => {
    const [A, B, C, Z] = labels('A', 'B', 'C', 'Z');
    await smallGraph(A, B, C, Z);
    // The target already holds a node with a copied label, another label, and another run's copy.
    await dst.executeQuery(`CREATE (:\`${A}\` {mine: false})-[:OWN]->(:\`${Z}\` {keep: true})`);
    const other = copyInput({ labels: [B], onExisting: 'append' });
    undoLater(other);
    await runActivity(graphCopy, other);
    const before = {
      a: await count(dst, `MATCH (n:\`${A}\`) RETURN count(n)`),
      z: await count(dst, `MATCH (n:\`${Z}\`) RETURN count(n)`),
      own: await count(dst, 'MATCH ()-[r:OWN]->() RETURN count(r)'),
      other: await runNodes(markerOf(other)),
    };

    const input = copyInput({ labels: [A, B], onExisting: 'append' });
    undoLater(input);
    await runActivity(graphCopy, input);
    assert.equal(await runNodes(markerOf(input)), 45);

    // As after a failure part-way: no output; the compensation finds this run's writes by marker.
    const undo = await runActivity(graphCopyUndo, input);
    assert.deepEqual(undo.deleted, { relationships: 40, nodes: 45 });
    assert.equal(undo.droppedMarkerIndex, false, 'another copy still needs the marker index');
    assert.equal(await runNodes(markerOf(input)), 0);
    assert.deepEqual(
      {
        a: await count(dst, `MATCH (n:\`${A}\`) RETURN count(n)`),
        z: await count(dst, `MATCH (n:\`${Z}\`) RETURN count(n)`),
        own: await count(dst, 'MATCH ()-[r:OWN]->() RETURN count(r)'),
        other: await runNodes(markerOf(other)),
      },
      before,
    );
    const twice = await runActivity(graphCopyUndo, input);
    assert.deepEqual(twice.deleted, { relationships: 0, nodes: 0 });
  });

  it('refuses a target that already holds selected nodes it did not write', async () => {
    const [A, B, C, Z] = labels('A', 'B', 'C', 'Z');
    await smallGraph(A, B, C, Z);
    await dst.executeQuery(`CREATE (:\`${B}\` {already: 'here'})`);
    const input = copyInput({ labels: [A, B] });
    undoLater(input);
    const err = await failure(runActivity(graphCopy, input));
    assert.equal(err.type, 'GraphTargetNotEmpty');
    assert.equal(err.nonRetryable, true);
    assert.match(err.message, /step graph-copy: target bolt:\/\/127\.0\.0\.1:\d+ already holds 1 node\(s\)/);
    assert.equal(await runNodes(markerOf(input)), 0);
  });

  it('a label or type that matches nothing is a clear, non-retryable error', async () => {
    const [A, B, C, Z] = labels('A', 'B', 'C', 'Z');
    await smallGraph(A, B, C, Z);
    const missing = uniq('Missing');
    let err = await failure(runActivity(graphCopy, copyInput({ labels: [A, missing] })));
    assert.equal(err.type, 'GraphNothingToCopy');
    assert.equal(err.nonRetryable, true);
    assert.match(err.message, new RegExp(`step graph-copy: label "${missing}" matches no node in source`));
    err = await failure(runActivity(graphCopy, copyInput({ labels: [A], relationshipTypes: ['R1', 'NOPE'] })));
    assert.equal(err.type, 'GraphNothingToCopy');
    assert.match(err.message, /relationship type "NOPE" matches no relationship/);
    assert.equal(await count(dst, `MATCH (n:\`${A}\`) RETURN count(n)`), 0);
  });

  it('an unreachable source is retryable and names the step and source', async () => {
    const input = copyInput({ labels: ['X'] });
    input.ctx.targets.src = { kind: 'bolt', url: 'bolt://127.0.0.1:1' };
    const err = await failure(runActivity(graphCopy, input));
    assert.equal(err.type, 'GraphUnavailable');
    assert.equal(err.nonRetryable, false);
    assert.match(err.message, /step graph-copy source src/);
  });

  it('resumes from its heartbeated cursor after interruptions (133,334 nodes + 66,667 relationships)', async () => {
    const [L] = labels('Big');
    const pairs = 66_667; // 200,001 nodes + relationships
    // Source: (a)-[:NEXT]->(b) pairs, written in chunks so no transaction gets large.
    for (let k = 0; k < pairs; k += 25_000) {
      await src.executeQuery(
        `UNWIND range($from, $to) AS i CREATE (:\`${L}\` {i: 2 * i, name: 'n' + toString(i)})-[:NEXT {w: i}]->(:\`${L}\` {i: 2 * i + 1})`,
        { from: neo4j.int(k), to: neo4j.int(Math.min(pairs, k + 25_000) - 1) },
      );
    }
    const input = copyInput({ labels: [L], batchSize: 5000 });
    undoLater(input);
    const total = { nodes: 2 * pairs, relationships: pairs };

    // Attempt 1: cancelled after 10 committed node batches. Attempt 2: resumes there and is cancelled
    // after 5 relationship batches. Attempt 3: resumes there and completes. The worker passes the
    // last heartbeat to the next attempt as heartbeatDetails; the mock environment does the same here.
    const interrupted = async (details: CopyCheckpoint | undefined, stop: (cp: CopyCheckpoint, n: number) => boolean) => {
      const env = new MockActivityEnvironment({ heartbeatDetails: details }, { logger: new DefaultLogger('ERROR') });
      let last: CopyCheckpoint | undefined;
      let n = 0;
      env.on('heartbeat', (cp: CopyCheckpoint) => {
        last = cp;
        if (stop(cp, ++n)) env.cancel();
      });
      await assert.rejects(env.run(graphCopy, input), (e: Error) => e.name === 'CancelledFailure');
      assert.ok(last);
      return last;
    };
    const cp1 = await interrupted(undefined, (cp, n) => cp.phase === 'nodes' && n >= 10);
    assert.equal(cp1.phase, 'nodes');
    assert.equal(cp1.nodes, 50_000);
    // The live view's bar: items done of the source's total.
    assert.deepEqual([cp1.done, cp1.total, cp1.unit], [50_000, total.nodes + total.relationships, 'items']);
    // Two batches are written at once: the one after the checkpoint may have committed too.
    const atStop = await runNodes(markerOf(input));
    assert.ok(atStop === 50_000 || atStop === 55_000, `${atStop} nodes in the target`);

    const cp2 = await interrupted(cp1, (cp) => cp.phase === 'relationships' && cp.relationships >= 25_000);
    assert.equal(cp2.phase, 'relationships');
    assert.equal(cp2.nodes, total.nodes);
    assert.equal(cp2.relationships, 25_000);
    assert.equal(cp2.done, total.nodes + 25_000);

    const out = await runActivity(graphCopy, input, cp2);
    assert.deepEqual(out.resumedFrom, cp2);
    assert.deepEqual(out.writtenThisAttempt, { nodes: 0, relationships: total.relationships - 25_000 });
    assert.equal(out.nodes, total.nodes);
    assert.equal(out.relationships, total.relationships);
    // Every item was written exactly once over the three attempts: none from zero, none twice.
    assert.equal(cp1.nodes + (cp2.nodes - cp1.nodes) + (out.writtenThisAttempt as { nodes: number }).nodes, total.nodes);

    // The end state equals the source: counts, distinct copy keys, and every edge between the right ends.
    const run = markerOf(input);
    assert.equal(await count(dst, 'MATCH (n:CutoverCopy) WHERE n._cutover_run = $run RETURN count(DISTINCT n._cutover_src)', { run }), total.nodes);
    const edges = (d: Driver, cond: string) =>
      count(d, `MATCH (a:\`${L}\`)-[r:NEXT]->(b:\`${L}\`) WHERE ${cond} RETURN sum(a.i * 1000003 + b.i + r.w)`, { run });
    assert.equal(await edges(dst, 'r._cutover_run = $run'), await edges(src, 'true'));
    assert.equal(await runRels(run), total.relationships);
  });
});
