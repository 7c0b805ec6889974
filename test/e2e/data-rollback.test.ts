// The saga across a database, a cache and a graph store, through the CLI: three copies land in
// targets that already hold data of their own, a later step fails, and the run rolls back. Each
// target is read before and after, from the servers themselves: it must be exactly as it was —
// overwritten rows and keys back with their old values (and TTLs), copied ones gone, the target's
// own data untouched, no journal left behind.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import type Redis from 'ioredis';
import { cli, startWorkerProcess, stopProcess } from '../helpers/cli';
import { stackEnv } from '../helpers/stack';
import { databasePair, dump as dumpTable, tables, type Pair } from '../systems/mysql-copy-fixtures';
import { client, countKeys, dump as dumpKeys, prefix, redisUrls, wipe } from '../systems/redis-fixtures';
import { count, dropLabel, uniq } from '../systems/graph-fixtures';

const N = 3000;
const p = prefix('saga');
const L = uniq('Saga');
let db: Pair;
let src: Redis;
let dst: Redis;
let gsrc: Driver;
let gdst: Driver;
let app: http.Server;
let env: Record<string, string>;
let worker: Awaited<ReturnType<typeof startWorkerProcess>>;

/** The target graph's nodes with label L and their relationships, as plain sorted text. */
async function graphOf(d: Driver): Promise<string[]> {
  const { records } = await d.executeQuery(
    `MATCH (n:\`${L}\`) OPTIONAL MATCH (n)-[r]->(m:\`${L}\`)
     RETURN labels(n) AS labels, properties(n) AS props, type(r) AS type, properties(r) AS rprops, m.i AS to`,
  );
  return records.map((r) => JSON.stringify(r.toObject(), (_, v) => (neo4j.isInt(v) ? v.toString() : v))).sort();
}

before(async () => {
  db = await databasePair();
  await db.src.query('CREATE TABLE accounts (id BIGINT PRIMARY KEY, owner VARCHAR(40) NOT NULL, balance DECIMAL(12,2) NULL)');
  await db.src.query(`INSERT INTO accounts SELECT seq, CONCAT('owner-', seq), seq / 7 FROM seq_1_to_${N}`);
  // The target's own rows: five keys the copy overwrites, ten it never touches.
  await db.dst.query('CREATE TABLE accounts (id BIGINT PRIMARY KEY, owner VARCHAR(40) NOT NULL, balance DECIMAL(12,2) NULL)');
  await db.dst.query("INSERT INTO accounts SELECT seq, CONCAT('theirs-', seq), NULL FROM seq_1_to_5");
  await db.dst.query("INSERT INTO accounts SELECT seq, CONCAT('theirs-', seq), 1.50 FROM seq_100001_to_100010");

  const urls = redisUrls();
  src = client(urls.source);
  dst = client(urls.target);
  const seed = src.pipeline();
  for (let i = 0; i < N; i++) seed.set(`${p}k:${i}`, `value-${i}`);
  await seed.exec();
  await dst.set(`${p}k:0`, 'theirs-0', 'EX', 3600); // overwritten, with a TTL to come back
  await dst.hset(`${p}k:1`, { theirs: '1' }); // overwritten by a value of another type
  await dst.set(`${p}own`, 'never copied');

  const stack = stackEnv();
  gsrc = neo4j.driver(stack.CUTOVER_BOLT_URL);
  gdst = neo4j.driver(stack.CUTOVER_BOLT2_URL);
  await gsrc.executeQuery(`UNWIND range(0, $n - 1) AS i CREATE (:\`${L}\` {i: 2 * i})-[:NEXT {w: i}]->(:\`${L}\` {i: 2 * i + 1})`, { n: neo4j.int(N / 2) });
  await gdst.executeQuery(`CREATE (:\`${L}\` {i: -1, theirs: true})-[:OWN {since: 2020}]->(:\`${L}\` {i: -2, theirs: true})`);

  app = http.createServer((_req, res) => res.writeHead(503).end('down for maintenance'));
  await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
  env = {
    TEMPORAL_TASK_QUEUE: `saga-${randomUUID()}`,
    E2E_MYSQL_SOURCE: db.source.url,
    E2E_MYSQL_TARGET: db.target.url,
    E2E_REDIS_SOURCE: urls.source,
    E2E_REDIS_TARGET: urls.target,
    E2E_BOLT_SOURCE: stack.CUTOVER_BOLT_URL,
    E2E_BOLT_TARGET: stack.CUTOVER_BOLT2_URL,
    E2E_APP_URL: `http://127.0.0.1:${(app.address() as AddressInfo).port}`,
  };
  worker = await startWorkerProcess(env);
});

after(async () => {
  if (worker) await stopProcess(worker);
  app?.close();
  await db?.close();
  if (src) await wipe(src, `${p}*`);
  if (dst) await wipe(dst, `${p}*`);
  src?.disconnect();
  dst?.disconnect();
  for (const d of [gsrc, gdst]) {
    if (!d) continue;
    await dropLabel(d, L);
    await d.close();
  }
});

it('a failure after three copies puts the database, the cache and the graph back as they were', async () => {
  const before = {
    table: await dumpTable(db.dst, 'accounts'),
    tables: await tables(db.dst),
    keys: await dumpKeys(dst, `${p}*`),
    journals: await countKeys(dst, 'cutover:copy:*'),
    graph: await graphOf(gdst),
  };
  const ttl = await dst.pttl(`${p}k:0`);

  const id = `saga-${randomUUID()}`;
  const sets = ['steps.copy-table.table=accounts', `steps.copy-cache.pattern=${p}k:*`, `steps.copy-graph.labels=[${L}]`].flatMap((s) => ['--set', s]);
  const r = await cli(['start', path.join(__dirname, 'fixtures/data-rollback.yaml'), '--id', id, '--wait', ...sets], env);
  assert.equal(r.code, 1, `${r.stdout}\n${r.stderr}`);
  const status = JSON.parse((await cli(['status', id, '--json'], env)).stdout);
  assert.equal(status.state, 'rolled_back', JSON.stringify(status));
  const steps = Object.fromEntries(status.steps.map((s: { id: string }) => [s.id, s]));
  for (const s of ['copy-table', 'copy-cache', 'copy-graph']) {
    assert.equal(steps[s].state, 'succeeded', `${s}: ${JSON.stringify(steps[s])}`);
    assert.equal(steps[s].undo.state, 'succeeded', `${s} was undone: ${JSON.stringify(steps[s].undo)}`);
  }
  // The copies really happened (and were verified) before the rollback.
  assert.equal(steps['copy-table'].output.rows, N);
  assert.equal(steps['copy-cache'].output.keys, N);
  assert.equal(steps['copy-graph'].output.nodes, N);

  assert.deepEqual(await dumpTable(db.dst, 'accounts'), before.table, 'the table holds exactly its own rows again');
  assert.deepEqual(await tables(db.dst), before.tables, 'no journal table left');
  assert.deepEqual(await dumpKeys(dst, `${p}*`), before.keys, 'the cache holds exactly its own keys again');
  const back = await dst.pttl(`${p}k:0`);
  assert.ok(back > 0 && back <= ttl && ttl - back < 60_000, `the overwritten key's TTL came back (${back} ms of ${ttl})`);
  assert.equal(await countKeys(dst, 'cutover:copy:*'), before.journals, 'no journal left in the cache');
  assert.deepEqual(await graphOf(gdst), before.graph, 'the graph holds exactly its own nodes and relationships again');
  assert.equal(await count(gdst, `MATCH (n:\`${L}\`) RETURN count(n)`), 2);
});
