// graph.copy survives SIGKILL of its worker: a new worker resumes the copy after its last
// checkpoint (not from zero), and the target ends equal to the source, with nothing duplicated.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { untilCheckpoint } from '../helpers/temporal';
import { cli, startWorkerProcess, stopProcess } from '../helpers/cli';
import { stackEnv } from '../helpers/stack';
import { count, dropLabel } from '../systems/graph-fixtures';

const L = `Kill_${randomBytes(4).toString('hex')}`;
const PAIRS = 80_000; // 160,000 nodes + 80,000 relationships = 240,000 items
let src: Driver;
let dst: Driver;
let env: Record<string, string>;
const workers: Awaited<ReturnType<typeof startWorkerProcess>>[] = [];

before(async () => {
  const stack = stackEnv();
  src = neo4j.driver(stack.CUTOVER_BOLT_URL);
  dst = neo4j.driver(stack.CUTOVER_BOLT2_URL);
  for (let from = 0; from < PAIRS; from += 20_000) {
    await src.executeQuery(`UNWIND range($from, $to) AS i CREATE (:\`${L}\` {i: 2 * i})-[:NEXT {w: i}]->(:\`${L}\` {i: 2 * i + 1})`, {
      from: neo4j.int(from),
      to: neo4j.int(Math.min(PAIRS, from + 20_000) - 1),
    });
  }
  // Checkpoints reach the server every quarter second: the test sees the copy part-way through however fast it runs.
  env = {
    TEMPORAL_TASK_QUEUE: `gkill-${randomUUID()}`,
    E2E_BOLT_SOURCE: stack.CUTOVER_BOLT_URL,
    E2E_BOLT_TARGET: stack.CUTOVER_BOLT2_URL,
    CUTOVER_CHECKPOINT_INTERVAL: '250ms',
  };
});

after(async () => {
  for (const w of workers) await stopProcess(w, 'SIGKILL');
  await dropLabel(src, L);
  await dropLabel(dst, L);
  await src.close();
  await dst.close();
});

it('a killed worker mid-copy: the new worker resumes past the checkpoint and the graphs end equal', async () => {
  const id = `gkill-${randomUUID()}`;
  workers.push(await startWorkerProcess(env));
  const started = await cli(['start', path.join(__dirname, 'fixtures/graph-copy.yaml'), '--id', id, '--set', `steps.copy.labels=[${L}]`], env);
  assert.equal(started.code, 0, started.stderr);
  // Kill once the server holds a checkpoint past a good part of the nodes.
  const checkpoint = await untilCheckpoint<{ nodes?: number }>(id, 'graph.copy', (cp) => (cp.nodes ?? 0) >= 40_000);
  await stopProcess(workers[0], 'SIGKILL');
  const atKill = await count(dst, `MATCH (n:\`${L}\`) RETURN count(n)`);
  workers.push(await startWorkerProcess(env));
  const watched = await cli(['watch', id, '--json'], env);
  assert.equal(watched.code, 0, `${watched.stdout}\n${watched.stderr}`);
  const out = JSON.parse(watched.stdout).steps[0].output;
  assert.ok(out.resumedFrom, `the second attempt started from a checkpoint: ${JSON.stringify(JSON.parse(watched.stdout).steps[0])} (at kill: ${atKill})`);
  assert.ok(out.resumedFrom.nodes >= checkpoint!.nodes!, 'from the checkpoint the server held at the kill, or later');
  assert.ok(out.writtenThisAttempt.nodes <= 2 * PAIRS - out.resumedFrom.nodes, `resumed, not restarted: ${JSON.stringify(out.writtenThisAttempt)}`);
  assert.ok(atKill >= out.resumedFrom.nodes, 'the checkpoint never runs ahead of what the target holds');
  assert.equal(out.nodes, 2 * PAIRS);
  assert.equal(out.relationships, PAIRS);
  // Read the target itself: every node and relationship once.
  assert.equal(await count(dst, `MATCH (n:\`${L}\`) RETURN count(n)`), 2 * PAIRS);
  assert.equal(await count(dst, `MATCH (:\`${L}\`)-[r:NEXT]->(:\`${L}\`) RETURN count(r)`), PAIRS);
  assert.equal(await count(dst, `MATCH (n:\`${L}\`) WITH n.i AS i, count(*) AS c WHERE c > 1 RETURN count(i)`), 0, 'no duplicates');
});
