// `cutover plan`: steps in run order with their policies and undo, the rollback newest first
// up to the commit point, and where the commit point falls.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { explainPlan, explainPlanJson } from '../../src/plan';
import { fixture, parse } from './plan-fixtures';

const TEXT = fixture('explain.yaml');
const plan = parse(TEXT, 'explain.yaml');

describe('explainPlanJson', () => {
  const e = explainPlanJson(plan);

  it('lists every step in run order with what it does', () => {
    assert.deepEqual(e.steps.map((s) => `${s.order}.${s.phase}/${s.id}`), [
      '1.prepare/snap',
      '2.migrateData/schema',
      '3.migrateData/graph-schema',
      '4.migrateData/ok',
      '5.migrateData/check',
      '6.optimize/schema2',
      '7.optimize/settle',
    ]);
    assert.equal(e.steps[1].does, 'apply pending versioned schema migrations: m → db');
    assert.match(e.steps[3].does, /approve or reject; no answer in 1h = reject/);
    assert.match(e.steps[6].does, /for 30s$/);
  });

  it('gives activities their effective timeout, retry and onFailure; gates and timers none', () => {
    const [, schema, graph, ok, , , settle] = e.steps;
    assert.deepEqual(schema.retry, { maximumAttempts: 1, initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1m' });
    assert.equal(schema.timeout, '5m');
    assert.equal(schema.onFailure, 'rollback');
    assert.equal(graph.timeout, '1m');
    assert.equal(graph.onFailure, 'pause');
    assert.equal(ok.retry, null);
    assert.equal(ok.timeout, '1h');
    assert.equal(settle.retry, null);
    assert.equal(settle.timeout, null);
  });

  it('undoes the undoable steps before the commit point in reverse order; none after it', () => {
    assert.equal(e.commitAfter, 'check');
    assert.deepEqual(e.rollbackOrder, ['graph-schema', 'schema', 'snap']);
    assert.deepEqual(e.rollback.map((r) => r.kind), ['graph.migrate', 'mysql.migrate', 'rds.snapshot']);
    assert.match(e.rollback[1].undo, /down scripts/);
    assert.deepEqual(e.steps.map((s) => s.afterCommit), [false, false, false, false, false, true, true]);
    assert.equal(e.steps[5].undo, null, 'schema2 is after the commit point');
    assert.equal(e.steps[4].undo, null, 'http.check has nothing to undo');
    assert.deepEqual(e.undoRetry, plan.defaults.undoRetry);
  });

  it('without a commit point, every undoable step is undone, the last first', () => {
    const all = explainPlanJson(parse(TEXT.replace('commit: after check', ''), 'explain.yaml'));
    assert.equal(all.commitAfter, null);
    assert.deepEqual(all.rollbackOrder, ['schema2', 'graph-schema', 'schema', 'snap']);
  });
});

describe('explainPlan', () => {
  const text = explainPlan(plan);
  const lines = text.split('\n');
  const lineOf = (re: RegExp) => lines.findIndex((l) => re.test(l));

  it('prints the phases in order, each step as order, id, kind and description', () => {
    assert.equal(lines[0], 'plan shop on prod (explain.yaml)');
    const phases = ['prepare', 'provisionBase', 'migrateData', 'optimize'].map((p) => lines.indexOf(p));
    assert.deepEqual([...phases].sort((a, b) => a - b), phases, text);
    assert.ok(phases.every((i) => i > 0));
    assert.equal(lines[phases[1] + 1], '  (no steps)');
    assert.match(lines[lineOf(/2\. schema /)], /^ {3}2\. schema +mysql\.migrate +apply pending versioned schema migrations: m → db$/);
    const order = ['snap', 'schema', 'graph-schema', 'ok', 'check', 'schema2', 'settle'].map((id, i) => lineOf(new RegExp(`^ +${i + 1}\\. ${id} `)));
    assert.deepEqual([...order].sort((a, b) => a - b), order, text);
  });

  it('shows each activity policy and undo under its step', () => {
    const schema = lineOf(/2\. schema /);
    assert.equal(lines[schema + 1], '      timeout 5m per attempt; 1 attempt; on failure rollback');
    assert.equal(lines[schema + 2], '      undo: run the down scripts of the versions this run applied, newest first');
    const graph = lineOf(/3\. graph-schema /);
    assert.equal(lines[graph + 1], '      timeout 1m per attempt; 3 attempts every 1s ×2 up to 1m; on failure pause');
    assert.equal(lines[lineOf(/6\. schema2 /) + 2], '      not undone: after the commit point');
  });

  it('marks the commit point right after its step', () => {
    const check = lineOf(/5\. check /);
    assert.match(lines[check + 2], /^ {2}── commit point: once check succeeds, the steps above can no longer be undone; the steps below are not undone if they fail$/);
  });

  it('ends with the rollback order, newest first', () => {
    const head = lineOf(/^if a step fails before the commit point \(after check\), undo newest first/);
    assert.ok(head > 0, text);
    assert.match(lines[head], /each undo gets 5 attempts every 1s ×2 up to 30s/);
    assert.deepEqual(lines.slice(head + 1).map((l) => l.trim().split(/\s+/)[0]), ['graph-schema', 'schema', 'snap']);
  });

  it('says so when there is nothing to undo, or no commit point', () => {
    const none = explainPlan(parse('name: a\nenvironment: b\nphases: { prepare: [ { id: w, kind: wait, duration: 1s } ] }\n'));
    assert.match(none, /no commit point: a failure at any step undoes every step done so far\nnothing to undo if a step fails$/);
  });
});
