// graph.migrate against the stack's Bolt server (Neo4j 5.26). Every test writes its own migration
// folder with its own label, index names and history label, so tests do not see each other.
//
// What would differ on Memgraph: the dialect is detected as 'memgraph' and the `.memgraph.cypher`
// variants written below run instead of the plain files (CREATE INDEX ON :L(p), ASSERT …, no IF
// [NOT] EXISTS before 3.x); the schema snapshot would come from SHOW INDEX INFO / SHOW CONSTRAINT INFO
// instead of SHOW INDEXES / SHOW CONSTRAINTS; and the schema statements would fail if they were
// sent inside an explicit transaction (they are not: the activity runs them auto-commit).
import { after, afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { boltUrls, count, driverFor, dropLabel, plain, runActivity, stepInput, uniq } from './graph-fixtures';
import { kindActivity } from '../helpers/kinds';
import { failure } from '../helpers/failures';

const graphMigrate = kindActivity('graph.migrate');
const graphMigrateUndo = kindActivity('graph.migrate.undo');

const db: Driver = driverFor(boltUrls().target);
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
after(() => db.close());

interface Fixture {
  dir: string;
  label: string;
  history: string;
  write(file: string, text: string): void;
}

/** A migration folder for one test; `{L}` in file texts becomes the test's label. */
function fixture(files: Record<string, string>): Fixture {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-graph-mig-'));
  const label = uniq('Person');
  const history = uniq('Hist');
  const f: Fixture = {
    dir,
    label,
    history,
    write: (file, text) => fs.writeFileSync(path.join(dir, file), text.replaceAll('{L}', label)),
  };
  for (const [file, text] of Object.entries(files)) f.write(file, text);
  cleanups.push(async () => {
    await dropSchemaOf(label);
    await dropLabel(db, label);
    await dropLabel(db, history);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return f;
}

const migrateInput = (f: Fixture, runId?: string) =>
  stepInput('graph.migrate', { target: 'dst', dir: f.dir, historyLabel: f.history }, { runId, id: 'graph-schema' });


// On Memgraph: SHOW INDEX INFO / SHOW CONSTRAINT INFO, whose columns are index type, label, property.
async function schemaOf(label: string) {
  const idx = await db.executeQuery('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint');
  const con = await db.executeQuery('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties');
  const mine = (r: { get(k: string): unknown }) => ((r.get('labelsOrTypes') as string[] | null) ?? []).includes(label);
  return {
    indexes: idx.records.filter(mine).map((r) => JSON.stringify(plain(r.toObject()))).sort(),
    constraints: con.records.filter(mine).map((r) => JSON.stringify(plain(r.toObject()))).sort(),
  };
}

async function dropSchemaOf(label: string) {
  const { constraints, indexes } = await schemaOf(label);
  for (const c of constraints) await db.executeQuery(`DROP CONSTRAINT \`${JSON.parse(c).name}\` IF EXISTS`);
  for (const i of indexes) {
    const { name, owningConstraint } = JSON.parse(i);
    if (!owningConstraint) await db.executeQuery(`DROP INDEX \`${name}\` IF EXISTS`);
  }
}

async function dataOf(label: string) {
  const res = await db.executeQuery(`MATCH (n:\`${label}\`) OPTIONAL MATCH (n)-[r]->(m) RETURN properties(n) AS n, type(r) AS t, properties(m) AS m`);
  return res.records.map((r) => JSON.stringify(plain(r.toObject()))).sort();
}

async function historyOf(f: Fixture) {
  const res = await db.executeQuery(`MATCH (h:\`${f.history}\`) RETURN h.version AS v, h.state AS s, h.runId AS run ORDER BY v`);
  return res.records.map((r) => ({ version: r.get('v') as string, state: r.get('s') as string, runId: r.get('run') as string }));
}

// Neo4j 5 syntax in the plain files; the Memgraph variants sit beside them (the convention the
// activity documents) and run only on a Memgraph server.
const SCHEMA = {
  '0001_schema.up.cypher': `// index and uniqueness constraint
CREATE INDEX {L}_name IF NOT EXISTS FOR (n:{L}) ON (n.name);
CREATE CONSTRAINT {L}_id IF NOT EXISTS FOR (n:{L}) REQUIRE n.id IS UNIQUE;
`,
  '0001_schema.down.cypher': `DROP CONSTRAINT {L}_id IF EXISTS;
DROP INDEX {L}_name IF EXISTS;
`,
  '0001_schema.up.memgraph.cypher': `CREATE INDEX ON :{L}(name);
CREATE CONSTRAINT ON (n:{L}) ASSERT n.id IS UNIQUE;
`,
  '0001_schema.down.memgraph.cypher': `DROP CONSTRAINT ON (n:{L}) ASSERT n.id IS UNIQUE;
DROP INDEX ON :{L}(name);
`,
};
const SEED = {
  '0002_seed.up.cypher': `UNWIND range(1, 50) AS i CREATE (:{L} {id: i, name: 'p' + toString(i)});
MATCH (a:{L} {id: 1}), (b:{L} {id: 2}) CREATE (a)-[:KNOWS]->(b);
`,
  '0002_seed.down.cypher': `MATCH (n:{L}) WHERE n.id <= 50 DETACH DELETE n;`,
};
const KIND = {
  // Data first, then schema: the data statement runs in a managed transaction, the index auto-commit.
  '0003_kind.up.cypher': `MATCH (n:{L}) SET n.kind = 'person';
CREATE INDEX {L}_kind IF NOT EXISTS FOR (n:{L}) ON (n.kind);
`,
  '0003_kind.down.cypher': `DROP INDEX {L}_kind IF EXISTS;
MATCH (n:{L}) REMOVE n.kind;
`,
  '0003_kind.up.memgraph.cypher': `MATCH (n:{L}) SET n.kind = 'person';
CREATE INDEX ON :{L}(kind);
`,
  '0003_kind.down.memgraph.cypher': `DROP INDEX ON :{L}(kind);
MATCH (n:{L}) REMOVE n.kind;
`,
};

describe('graph.migrate', () => {
  it('applies pending versions in order and records them in the graph', async () => {
    const f = fixture({ ...SCHEMA, ...SEED, ...KIND });
    const input = migrateInput(f);
    const out = await runActivity(graphMigrate, input);
    assert.deepEqual(out.applied, ['0001_schema', '0002_seed', '0003_kind']);
    assert.equal(out.dialect, 'neo4j');
    assert.equal(out.current, '0003_kind');

    const schema = await schemaOf(f.label);
    assert.equal(schema.constraints.length, 1);
    assert.ok(schema.indexes.some((i) => i.includes(`${f.label}_name`)));
    assert.ok(schema.indexes.some((i) => i.includes(`${f.label}_kind`)));
    assert.equal(await count(db, `MATCH (n:\`${f.label}\` {kind: 'person'}) RETURN count(n)`), 50);
    assert.equal(await count(db, `MATCH (:\`${f.label}\`)-[r:KNOWS]->() RETURN count(r)`), 1);
    const h = await historyOf(f);
    assert.deepEqual(h.map((x) => [x.version, x.state, x.runId]), [
      ['0001', 'applied', input.ctx.runId],
      ['0002', 'applied', input.ctx.runId],
      ['0003', 'applied', input.ctx.runId],
    ]);
  });

  it('running again (same run or a new one) applies nothing', async () => {
    const f = fixture({ ...SCHEMA, ...SEED });
    const first = migrateInput(f);
    await runActivity(graphMigrate, first);
    const again = await runActivity(graphMigrate, first);
    assert.deepEqual(again.applied, []);
    assert.equal(again.alreadyApplied, 2);
    const other = await runActivity(graphMigrate, migrateInput(f));
    assert.deepEqual(other.applied, []);
    assert.equal(await count(db, `MATCH (n:\`${f.label}\`) RETURN count(n)`), 50);
  });

  it('an applied file that changed is checksum drift, not retried', async () => {
    const f = fixture({ ...SCHEMA, ...SEED });
    await runActivity(graphMigrate, migrateInput(f));
    f.write('0002_seed.up.cypher', SEED['0002_seed.up.cypher'].replace('range(1, 50)', 'range(1, 60)'));
    const err = await failure(runActivity(graphMigrate, migrateInput(f)));
    assert.equal(err.type, 'ChecksumDrift');
    assert.equal(err.nonRetryable, true);
    assert.match(err.message, /step graph-schema: 0002_seed\.up\.cypher changed after it was applied/);
    // Nothing ran: still 50 nodes.
    assert.equal(await count(db, `MATCH (n:\`${f.label}\`) RETURN count(n)`), 50);
  });

  it('undo restores schema and data as they were before the run; twice = once', async () => {
    const f = fixture({ ...SCHEMA, ...SEED, ...KIND });
    // Data that was there before: the rollback must leave it exactly as it was.
    await db.executeQuery(`UNWIND range(1000, 1004) AS i CREATE (:\`${f.label}\` {id: i, name: 'old' + toString(i)})`);
    const schemaBefore = await schemaOf(f.label);
    const dataBefore = await dataOf(f.label);

    const input = migrateInput(f);
    await runActivity(graphMigrate, input);
    assert.notDeepEqual(await schemaOf(f.label), schemaBefore);

    // The step's output is absent on purpose: the compensation finds what to undo in the history.
    const undo = await runActivity(graphMigrateUndo, { ...input });
    assert.deepEqual(undo.reverted, ['0003_kind', '0002_seed', '0001_schema']);
    assert.deepEqual(await schemaOf(f.label), schemaBefore);
    assert.deepEqual(await dataOf(f.label), dataBefore);
    assert.deepEqual(await historyOf(f), []);

    const twice = await runActivity(graphMigrateUndo, { ...input });
    assert.deepEqual(twice.reverted, []);
    assert.deepEqual(await schemaOf(f.label), schemaBefore);
  });

  it('undo reverts only the versions this run applied', async () => {
    const f = fixture({ ...SCHEMA, ...SEED });
    const runA = migrateInput(f);
    await runActivity(graphMigrate, runA);
    const afterA = { schema: await schemaOf(f.label), data: await dataOf(f.label) };
    for (const [file, text] of Object.entries(KIND)) f.write(file, text);
    const runB = migrateInput(f);
    const outB = await runActivity(graphMigrate, runB);
    assert.deepEqual(outB.applied, ['0003_kind']);

    const undo = await runActivity(graphMigrateUndo, runB);
    assert.deepEqual(undo.reverted, ['0003_kind']);
    assert.deepEqual(await schemaOf(f.label), afterA.schema);
    assert.deepEqual(await dataOf(f.label), afterA.data);
    assert.deepEqual((await historyOf(f)).map((h) => [h.version, h.runId]), [
      ['0001', runA.ctx.runId],
      ['0002', runA.ctx.runId],
    ]);
  });

  it('a version that fails half-way is recorded as started, blocks other runs, and is undone', async () => {
    const f = fixture({
      ...SCHEMA,
      '0002_broken.up.cypher': `CREATE INDEX {L}_extra IF NOT EXISTS FOR (n:{L}) ON (n.extra);
CREATE (:{L} {id: 1, name: 'one'});
THIS IS NOT CYPHER;
`,
      '0002_broken.down.cypher': `DROP INDEX {L}_extra IF EXISTS;
MATCH (n:{L} {id: 1}) DETACH DELETE n;
`,
    });
    const schemaBefore = await schemaOf(f.label);
    const input = migrateInput(f);
    const err = await failure(runActivity(graphMigrate, input));
    assert.equal(err.type, 'GraphQueryError');
    assert.equal(err.nonRetryable, true);
    assert.match(err.message, /step graph-schema: 0002_broken\.up\.cypher statement 3: .*Invalid input/s);
    // The schema statement ran (auto-commit); the data group rolled back as one transaction.
    assert.ok((await schemaOf(f.label)).indexes.some((i) => i.includes(`${f.label}_extra`)));
    assert.equal(await count(db, `MATCH (n:\`${f.label}\`) RETURN count(n)`), 0);
    assert.deepEqual((await historyOf(f)).map((h) => [h.version, h.state]), [
      ['0001', 'applied'],
      ['0002', 'started'],
    ]);

    const blocked = await failure(runActivity(graphMigrate, migrateInput(f)));
    assert.equal(blocked.type, 'GraphMigrationIncomplete');
    assert.match(blocked.message, new RegExp(`left half-applied by run ${input.ctx.runId}`));

    const undo = await runActivity(graphMigrateUndo, input);
    assert.deepEqual(undo.reverted, ['0002_broken', '0001_schema']);
    assert.deepEqual(await schemaOf(f.label), schemaBefore);
    assert.deepEqual(await historyOf(f), []);
  });

  it('folder mistakes are plan errors; an out-of-order version is refused', async () => {
    const noDown = fixture({ '0001_a.up.cypher': 'RETURN 1;' });
    let err = await failure(runActivity(graphMigrate, migrateInput(noDown)));
    assert.equal(err.type, 'PlanError');
    assert.match(err.message, /0001_a has an up but no down file/);

    const badName = fixture({ 'V1__a.cypher': 'RETURN 1;' });
    err = await failure(runActivity(graphMigrate, migrateInput(badName)));
    assert.equal(err.type, 'PlanError');
    assert.match(err.message, /V1__a\.cypher .* is not named <version>_<name>/);

    const missing = stepInput('graph.migrate', { target: 'dst', dir: '/nonexistent/graph-migrations', historyLabel: 'H' });
    err = await failure(runActivity(graphMigrate, missing));
    assert.equal(err.type, 'PlanError');

    const order = fixture({ ...SEED });
    await runActivity(graphMigrate, migrateInput(order));
    for (const [file, text] of Object.entries(SCHEMA)) order.write(file, text);
    err = await failure(runActivity(graphMigrate, migrateInput(order)));
    assert.equal(err.type, 'GraphMigrationOrder');
    assert.match(err.message, /0001_schema is pending but the newer version 0002 is already applied/);
  });

  it('an unreachable server is retryable', async () => {
    const f = fixture({ ...SEED });
    const input = stepInput(
      'graph.migrate',
      { target: 'dst', dir: f.dir, historyLabel: f.history },
      { targets: { dst: { kind: 'bolt', url: 'bolt://127.0.0.1:1' } } },
    );
    const err = await failure(runActivity(graphMigrate, input));
    assert.equal(err.type, 'GraphUnavailable');
    assert.equal(err.nonRetryable, false);
  });
});
