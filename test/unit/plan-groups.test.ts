// Parallel groups in the plan: how they normalize and explain, and what validation refuses —
// gates, nesting, references between siblings, a commit point inside a group — at file:line:col.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { explainPlan, explainPlanJson } from '../../src/plan';
import { parse, problems } from './plan-fixtures';

const plan = (group: string, extra = '') => `name: groups
environment: staging
targets:
  old: { kind: mysql, url: "\${env:OLD}" }
  new: { kind: mysql, url: "\${env:NEW}" }
  cache: { kind: redis, url: "\${env:CACHE}" }
  cache2: { kind: redis, url: "\${env:CACHE2}" }
phases:
  migrateData:
    - { id: schema, kind: mysql.migrate, target: new, dir: migrations }
${group}
    - { id: smoke, kind: http.check, url: "https://app.example/health" }
${extra}`;

const copies = `    - parallel:
        id: copies
        maxConcurrency: 2
        steps:
          - { id: orders, kind: mysql.copyTable, source: old, target: new, table: orders }
          - { id: users, kind: mysql.copyTable, source: old, target: new, table: users }
          - { id: sessions, kind: redis.copyKeys, source: cache, target: cache2, pattern: "sess:*" }`;

describe('parallel groups in a plan', () => {
  it('normalize to consecutive steps that carry their group; cutover plan shows the group', () => {
    const p = parse(plan(copies, 'commit: after copies'), 'p.yaml', ['steps.users.batchSize=100']);
    assert.deepEqual(
      p.phases.migrateData.map((s) => [s.id, s.group ?? null]),
      [['schema', null], ['orders', { id: 'copies', maxConcurrency: 2 }], ['users', { id: 'copies', maxConcurrency: 2 }], ['sessions', { id: 'copies', maxConcurrency: 2 }], ['smoke', null]],
    );
    assert.equal(p.phases.migrateData[2].params.batchSize, 100, '--set reaches a step inside a group');
    assert.equal(p.commitAfter, 'copies');
    const text = explainPlan(p);
    assert.match(text, /┌ parallel group copies: 3 steps at once \(at most 2 at a time\); if one fails, the others are cancelled/);
    assert.match(text, /└ end of parallel group copies\n  ── commit point: once copies succeeds/);
    assert.match(text, /the steps of parallel group copies are undone in the reverse order in which they ended/);
    const e = explainPlanJson(p);
    assert.deepEqual(e.rollbackOrder, ['sessions', 'users', 'orders', 'schema']);
    assert.equal(e.steps.find((s) => s.id === 'smoke')!.afterCommit, true);
  });

  it('a group without an id is named after its place; its steps run in plan order within it', () => {
    const p = parse(plan(copies.replace('        id: copies\n', '')));
    assert.equal(p.phases.migrateData[1].group?.id, 'parallel-1');
  });

  it('refuses a gate, a nested group, an empty group, a bad maxConcurrency and an id taken twice', () => {
    const bad = plan(`    - parallel:
        id: smoke
        maxConcurrency: 0
        steps:
          - { id: go, kind: approval }
          - parallel: { steps: [] }
    - parallel: { id: empty, steps: [] }`);
    assert.deepEqual(problems(bad), [
      'p.yaml:13:25: parallel group smoke: parallel.maxConcurrency: expected at least 1, got 0',
      'p.yaml:15:29: step go: a gate cannot be in parallel group smoke: a group is for machines; put the gate before or after it',
      'p.yaml:16:13: step 2 of parallel group smoke: a parallel group cannot hold another one; list its steps in this group',
      'p.yaml:17:37: parallel group empty: parallel.steps: must not be empty',
      'p.yaml:18:13: step smoke: smoke is also the id of a parallel group',
    ]);
  });

  it('refuses a reference between steps of one group, and a commit point inside a group', () => {
    const refs = plan(copies.replace('table: users }', 'table: users, where: "id > ${steps.orders.rows}" }'), 'commit: after users');
    assert.deepEqual(problems(refs), [
      'p.yaml:16:102: step users: ${steps.orders.rows}: step orders runs at the same time, in parallel group copies; a step can only use the outputs of steps before its group',
      'p.yaml:19:9: commit point: step users is in parallel group copies: commit after the whole group (after copies)',
    ]);
  });
});
