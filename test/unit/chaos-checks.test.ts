// The reliability campaign's verdicts (bench/chaos/checks.ts) and schedules (bench/chaos/schedule.ts):
// the checks pass a run whose digests are right and fail each kind of wrong one; a seed always
// gives the same schedule.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { checkRun, type Observed } from '../../bench/chaos/checks';
import type { Digest, Expected } from '../../bench/chaos/digest';
import { makeSchedule, FAULT_KINDS } from '../../bench/chaos/schedule';
import { runBoundMs } from '../../bench/chaos/bound';

const pre = (): Digest => ({
  mysql: { schema: 'm1', tables: ['accounts', 'counters'], data: { accounts: { rows: 15, checksum: 'a' }, counters: { rows: 1, checksum: 'c' } }, history: [], counter: 0 },
  postgres: { schema: 'p1', tables: ['counters', 'ledger'], data: { ledger: { rows: 15, checksum: 'l' }, counters: { rows: 1, checksum: 'c' } }, history: [], counter: 0 },
  redis: { keys: 3, checksum: 'r', journals: 0, overwrittenTtlMs: 7_200_000 },
  graph: { nodes: 2, relationships: 1, checksum: 'g' },
  ecs: { taskDefinition: 'td:1', desiredCount: 2, taskDefinitions: 1 },
  rds: { instances: 'chaos-db 20 available', manualSnapshots: [] },
  tofu: { state: '[["terraform_data.release","r0"]]', files: { 'release.txt': 'r0' }, createsLogged: { 'create r0': 1 } },
  locks: { mysql: false, postgres: 0, tofu: [] },
});
const exp: Expected = {
  mysql: { rows: 20_010, checksum: 'A' },
  postgres: { rows: 20_010, checksum: 'L' },
  redis: { keys: 20_001, checksum: 'R', journals: 0, overwrittenTtlMs: -1 },
  graph: { nodes: 5_002, relationships: 2_501, checksum: 'G' },
};
const observed = (state: string): Observed => ({ state, durationMs: 30_000, boundMs: 600_000, release: 'r1' });

/** The digest after a clean successful run. */
function succeeded(): Digest {
  const d = pre();
  d.mysql = { schema: 'm2', tables: ['accounts', 'chaos_audit', 'counters', 'cutover_schema_history'], data: { accounts: exp.mysql, counters: { rows: 1, checksum: 'c2' } }, history: [1, 2], counter: 1 };
  d.postgres = { schema: 'p2', tables: ['chaos_audit', 'counters', 'cutover_schema_history', 'ledger'], data: { ledger: exp.postgres }, history: [1, 2], counter: 1 };
  d.redis = { ...exp.redis, journals: 1 };
  d.graph = { ...exp.graph };
  d.ecs = { taskDefinition: 'td:2', desiredCount: 2, taskDefinitions: 2 };
  d.rds = { instances: 'chaos-db 20 available', manualSnapshots: ['s1'] };
  d.tofu = { state: '[["terraform_data.release",{"value":"r1"}]]', files: { 'release.txt': 'r1' }, createsLogged: {} };
  return d;
}

/** The digest after a clean rollback: as before, apart from what is kept by design. */
function rolledBack(): Digest {
  const d = pre();
  d.mysql.tables = [...d.mysql.tables, 'cutover_schema_history'];
  d.ecs.taskDefinitions = 2;
  d.rds.manualSnapshots = ['s1'];
  d.redis.overwrittenTtlMs = 7_170_000;
  return d;
}

it('a clean success and a clean rollback have no violation', () => {
  assert.deepEqual(checkRun('success', pre(), succeeded(), exp, observed('succeeded')), []);
  assert.deepEqual(checkRun('rollback', pre(), rolledBack(), exp, observed('rolled_back')), []);
});

const fails = (expect: 'success' | 'rollback', post: Digest, check: RegExp, o = observed(expect === 'success' ? 'succeeded' : 'rolled_back')) => {
  const v = checkRun(expect, pre(), post, exp, o);
  assert.ok(v.some((x) => check.test(x.check)), `expected a violation matching ${check}, got ${JSON.stringify(v)}`);
};

it('a rollback that left a row, a key, a node, a TTL, a column, the service or the tofu state changed is a violation', () => {
  const mutations: Array<[(d: Digest) => void, RegExp]> = [
    [(d) => (d.mysql.data.accounts = { rows: 15, checksum: 'other' }), /mysql: rows as before/],
    [(d) => (d.postgres.schema = 'p2'), /postgres: schema as before/],
    [(d) => (d.mysql.history = [1]), /mysql: no version left applied/],
    [(d) => (d.redis.checksum = 'other'), /redis: keys as before/],
    [(d) => (d.redis.journals = 1), /redis: no journal left/],
    [(d) => (d.redis.overwrittenTtlMs = -1), /TTL back/],
    [(d) => (d.graph.nodes = 3), /graph/],
    [(d) => (d.ecs.taskDefinition = 'td:2'), /ecs: service back/],
    [(d) => (d.tofu.files = {}), /tofu: files/],
    [(d) => (d.rds.instances = 'chaos-db 30 available'), /RDS instances/],
  ];
  for (const [mutate, check] of mutations) {
    const d = rolledBack();
    mutate(d);
    fails('rollback', d, check);
  }
});

it('duplicate side effects, locks left held, a wrong outcome and a run past its bound are violations', () => {
  const twice = succeeded();
  twice.mysql.history = [1, 2, 2];
  fails('success', twice, /one history row per version/);
  const counter = succeeded();
  counter.postgres.counter = 2;
  fails('success', counter, /data migration ran once/);
  const snaps = succeeded();
  snaps.rds.manualSnapshots = ['s1', 's2'];
  fails('success', snaps, /one RDS snapshot per run/);
  const tds = succeeded();
  tds.ecs.taskDefinitions = 3;
  fails('success', tds, /one task definition/);
  const doubled = succeeded();
  doubled.graph.nodes = 7_502;
  fails('success', doubled, /graph: target holds/);
  const rows = succeeded();
  rows.redis.keys = 20_000;
  fails('success', rows, /redis: target holds/);
  const locked = succeeded();
  locked.locks = { mysql: true, postgres: 1, tofu: ['terraform.tfstate.d/chaos/.terraform.tfstate.lock.info'] };
  const v = checkRun('success', pre(), locked, exp, observed('succeeded')).map((x) => x.check);
  assert.ok(v.includes('no MySQL migration lock held') && v.includes('no PostgreSQL advisory lock held') && v.includes('no tofu state lock left'), v.join());
  fails('success', succeeded(), /outcome/, observed('rolled_back'));
  fails('rollback', rolledBack(), /within its bound/, { ...observed('rolled_back'), durationMs: 700_000 });
});

it('a seed gives the same schedule every time, and a campaign covers every fault kind, both outcomes and two workers', () => {
  assert.deepEqual(makeSchedule(42, 7), makeSchedule(42, 7));
  assert.notDeepEqual(makeSchedule(42, 7), makeSchedule(43, 7));
  const all = Array.from({ length: 60 }, (_, i) => makeSchedule(42, i));
  const kinds = new Set(all.flatMap((s) => s.faults.map((f) => f.kind)));
  assert.deepEqual([...kinds].sort(), [...FAULT_KINDS].sort());
  assert.ok(all.some((s) => s.expect === 'success') && all.some((s) => s.expect === 'rollback'));
  assert.ok(all.some((s) => s.workers === 2 && s.faults.some((f) => f.kind === 'worker-kill' && f.which === 'one')));
  // Undo boundaries only in runs that roll back; every bound longer than one attempt per step.
  for (const s of all) {
    if (s.expect === 'success') assert.ok(s.faults.every((f) => f.trigger.on === 'run' || !f.trigger.at.startsWith('undo')), JSON.stringify(s));
    assert.ok(runBoundMs(s) > 10 * 90_000);
  }
});
