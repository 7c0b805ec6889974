// Plans: normalization, every class of error with its exact place, overrides, plan lookup.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findPlanFile, loadPlanFile, parsePlan, PlanError } from '../../src/plan';

const parse = (text: string, set?: string[]) => parsePlan(text, { file: 'p.yaml', baseDir: '/plans', set });
const issues = (text: string, set?: string[]) => {
  try {
    parse(text, set);
  } catch (err) {
    assert.ok(err instanceof PlanError, String(err));
    return err.message.split('\n');
  }
  assert.fail('expected a PlanError');
};

const GOOD = `name: shop
environment: staging
targets:
  db: { kind: mysql, url: "\${env:DB_URL}" }
defaults:
  retry: { maximumAttempts: 5 }
phases:
  prepare:
    - { id: pre, kind: preflight.env, require: [DB_URL] }
  migrateData:
    - { id: schema, kind: mysql.migrate, target: db, dir: migrations, timeout: 5m, onFailure: pause }
    - { id: gate, kind: approval, timeout: 1h }
  optimize:
    - { id: settle, kind: wait, duration: 10s }
commit: after migrateData.gate
`;

describe('plan loading', () => {
  it('normalizes a good plan: defaults, phases, params with their defaults, base dir', () => {
    const p = parse(GOOD);
    assert.equal(p.name, 'shop');
    assert.equal(p.baseDir, '/plans');
    assert.deepEqual(p.defaults.retry, { maximumAttempts: 5, initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1m' });
    assert.equal(p.defaults.timeout, '10m');
    assert.equal(p.defaults.onFailure, 'rollback');
    assert.deepEqual(p.phases.provisionBase, []);
    const schema = p.phases.migrateData[0];
    assert.deepEqual(schema, {
      id: 'schema',
      kind: 'mysql.migrate',
      phase: 'migrateData',
      execution: 'activity',
      undo: true,
      timeout: '5m',
      onFailure: 'pause',
      params: { target: 'db', dir: 'migrations', table: 'cutover_schema_history', lockWait: '30s' },
    });
    assert.equal(p.phases.migrateData[1].execution, 'gate');
    assert.equal(p.phases.optimize[0].execution, 'timer');
    assert.equal(p.commitAfter, 'gate');
    assert.equal(p.targets.db.url, '${env:DB_URL}', 'references stay unresolved in the plan');
  });

  it('reports a duplicate id at the second use, naming the first line', () => {
    const out = issues(GOOD.replace('id: gate,', 'id: schema,').replace('after migrateData.gate', 'after settle'));
    assert.ok(out.includes('p.yaml:12:13: duplicate step id schema (first used on line 11)'), out.join('\n'));
  });

  it('reports an unknown kind with a suggestion', () => {
    const out = issues(GOOD.replace('kind: wait', 'kind: wiat'));
    assert.match(out[0], /^p\.yaml:14:27: step settle: unknown kind wiat \(did you mean wait\?\)/);
  });

  it('reports undeclared targets and targets of the wrong kind', () => {
    assert.deepEqual(issues(GOOD.replace('target: db', 'target: nope')), ['p.yaml:11:50: step schema: target nope is not declared under targets (declared: db)']);
    const wrongKind = issues(GOOD.replace('kind: mysql, url', 'kind: redis, url'));
    assert.deepEqual(wrongKind, ['p.yaml:11:50: step schema: target db is a redis target; mysql.migrate needs mysql']);
  });

  it('refuses a gate at or after the commit point', () => {
    const out = issues(GOOD.replace('after migrateData.gate', 'after schema'));
    assert.deepEqual(out, ['p.yaml:12:25: step gate: a gate must come before the commit point (after schema): past it nothing can be rolled back any more']);
    assert.equal(parse(GOOD).commitAfter, 'gate', 'a gate that is itself the commit point comes before it');
  });

  it('checks the commit point names a step in the named phase', () => {
    assert.match(issues(GOOD.replace('after migrateData.gate', 'after nothing'))[0], /^p\.yaml:15:9: commit point: no step nothing/);
    assert.match(issues(GOOD.replace('after migrateData.gate', 'after optimize.gate'))[0], /commit point: step gate is in migrateData, not optimize/);
  });

  it('reports malformed references and bad durations where they are', () => {
    const out = issues(GOOD.replace('${env:DB_URL}', '${DB_URL}').replace('duration: 10s', 'duration: soon'));
    assert.deepEqual(out, [
      'p.yaml:4:27: malformed reference ${DB_URL}: expected ${env:NAME}',
      'p.yaml:14:43: step settle: duration: expected a duration such as 30s, 10m or 24h',
    ]);
  });

  it('reports unknown fields, at the field, for the plan and for a step', () => {
    const out = issues(GOOD.replace('environment: staging', 'environment: staging\nowner: me').replace('dir: migrations,', 'dir: migrations, dri: x,'));
    assert.deepEqual(out, ['p.yaml:3:1: unknown field owner', 'p.yaml:12:71: step schema: unknown field dri']);
  });

  it('reports a missing required field at its step', () => {
    const out = issues(GOOD.replace('{ id: settle, kind: wait, duration: 10s }', '{ id: settle, kind: wait }'));
    assert.equal(out.length, 1);
    assert.match(out[0], /^p\.yaml:14:7: step settle: duration: /);
  });

  it('collects every problem, sorted by place', () => {
    const out = issues(GOOD.replace('kind: wait', 'kind: nope').replace('target: db', 'target: x').replace('name: shop', 'name: Shop!'));
    assert.equal(out.length, 3);
    assert.deepEqual(out.map((l) => Number(l.split(':')[1])), [1, 11, 14]);
  });

  it('reports YAML syntax errors with their place, and an empty plan', () => {
    assert.match(issues('name: x\n  bad: [\n')[0], /^p\.yaml:\d+:\d+: /);
    assert.deepEqual(issues('name: e\nenvironment: x\nphases: {}\n'), ['p.yaml:3:9: the plan has no steps']);
  });

  it('applies --set overrides before validation', () => {
    const p = parse(GOOD, ['environment=production', 'steps.settle.duration=1m', 'defaults.timeout=5m', 'steps.schema.retry={maximumAttempts: 2}']);
    assert.equal(p.environment, 'production');
    assert.equal(p.phases.optimize[0].params.duration, '1m');
    assert.equal(p.defaults.timeout, '5m');
    assert.deepEqual(p.phases.migrateData[0].retry, { maximumAttempts: 2 });
    assert.deepEqual(issues(GOOD, ['steps.nope.url=x']), ['--set steps.nope.url=x: no step with id nope']);
    assert.deepEqual(issues(GOOD, ['oops']), ['--set oops: expected key=value']);
    assert.match(issues(GOOD, ['steps.settle.duration=forever'])[0], /step settle: duration: expected a duration/);
  });

  it('reads files, and says so when one is missing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-'));
    fs.writeFileSync(path.join(dir, 'shop.yaml'), GOOD);
    const p = loadPlanFile(path.join(dir, 'shop.yaml'));
    assert.equal(p.baseDir, dir);
    assert.throws(() => loadPlanFile(path.join(dir, 'none.yaml')), /none\.yaml: cannot read the plan: no such file/);
    assert.equal(findPlanFile(dir, 'shop'), path.join(dir, 'shop.yaml'));
    assert.throws(() => findPlanFile(dir, '../etc/passwd'), /invalid plan name/);
    assert.throws(() => findPlanFile(dir, 'other'), /no plan named other \(plans here: shop\)/);
  });

  it('the demo plan is valid', () => {
    const p = loadPlanFile(path.resolve(__dirname, '../../plans/demo.yaml'));
    assert.equal(p.name, 'demo');
    assert.equal(p.commitAfter, 'settle');
  });
});
