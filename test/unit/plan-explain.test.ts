// `cutover plan`: steps in order with what undoes them, and the rollback order, newest first.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { explainPlan, explainPlanJson, parsePlan } from '../../src/plan';

const plan = parsePlan(
  `name: shop
environment: prod
targets: { db: { kind: mysql, url: "\${env:DB}" } }
phases:
  prepare:
    - { id: snap, kind: rds.snapshot, instance: shop-db }
  migrateData:
    - { id: schema, kind: mysql.migrate, target: db, dir: m }
    - { id: ok, kind: approval, timeout: 1h }
    - { id: check, kind: http.check, url: "https://shop/health" }
  optimize:
    - { id: schema2, kind: mysql.migrate, target: db, dir: m2 }
commit: after check
`,
  { file: 'shop.yaml', baseDir: '/x' },
);

it('lists the steps in order and the rollback newest first, up to the commit point', () => {
  const e = explainPlanJson(plan);
  assert.deepEqual(e.steps.map((s) => s.id), ['snap', 'schema', 'ok', 'check', 'schema2']);
  assert.deepEqual(e.rollbackOrder, ['schema', 'snap']);
  assert.equal(e.steps[4].afterCommit, true);
  assert.equal(e.steps[4].undo, null);
  assert.match(e.steps[1].undo ?? '', /down scripts/);
  assert.match(e.steps[2].does, /no answer in 1h = reject/);
});

it('prints the same as text', () => {
  const text = explainPlan(plan);
  const at = (s: string) => text.indexOf(s);
  assert.ok(at('1. snap') < at('2. schema') && at('2. schema') < at('5. schema2'), text);
  assert.match(text, /commit point: once check succeeds/);
  assert.match(text, /schema2[\s\S]*not undone: after the commit point/);
  assert.match(text, /undo newest first[\s\S]*\n {2}schema: [\s\S]*\n {2}snap: /);
  assert.match(text, /\(no steps\)/, 'an empty phase is shown');
});
