// Plans: a good plan normalizes (defaults, phases, params with their defaults, base dir), files
// are read and found by name (never outside the plans folder), and the demo plan is sound.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findPlanFile, loadPlanFile, PlanError } from '../../src/plan';
import { FIXTURES, fixture, parse } from './plan-fixtures';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-plan-'));

describe('plan normalization', () => {
  const p = parse(fixture('good.yaml'), 'good.yaml');

  it('fills the plan defaults, keeping the ones given', () => {
    assert.deepEqual(p.defaults, {
      retry: { maximumAttempts: 5, initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1m' },
      timeout: '10m',
      heartbeatTimeout: '1m',
      onFailure: 'rollback',
      undoRetry: { maximumAttempts: 5, initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s' },
    });
  });

  it('has all four phases, in order, an absent one empty', () => {
    assert.deepEqual(Object.keys(p.phases), ['prepare', 'provisionBase', 'migrateData', 'optimize']);
    assert.deepEqual(p.phases.provisionBase, []);
    assert.deepEqual(
      Object.values(p.phases).flat().map((s) => `${s.phase}/${s.id}`),
      ['prepare/pre', 'migrateData/schema', 'migrateData/health', 'migrateData/go-live', 'optimize/settle', 'optimize/schema-cleanup'],
    );
  });

  it('gives each step its execution, undo, own settings and the kind params with their defaults', () => {
    assert.deepEqual(p.phases.migrateData[0], {
      id: 'schema',
      kind: 'mysql.migrate',
      phase: 'migrateData',
      execution: 'activity',
      undo: true,
      timeout: '5m',
      onFailure: 'pause',
      params: { target: 'db', dir: 'migrations', table: 'cutover_schema_history', lockWait: '30s' },
    });
    const health = p.phases.migrateData[1];
    assert.deepEqual(health.retry, { maximumAttempts: 1 }, 'a step keeps only its own retry fields; the workflow merges defaults');
    assert.deepEqual(health.params, {
      url: '${env:SITE_URL}/health',
      method: 'GET',
      expectStatus: 200,
      expectJson: { status: 'healthy' },
      within: '1m',
      interval: '2s',
    });
    assert.equal(health.undo, false);
    assert.equal(p.phases.migrateData[2].execution, 'gate');
    assert.equal(p.phases.migrateData[2].timeout, '1h');
    assert.equal(p.phases.optimize[0].execution, 'timer');
    assert.equal('timeout' in p.phases.optimize[0], false, 'no step-level value is invented');
  });

  it('keeps targets with their references unresolved, and the commit point as a step id', () => {
    assert.deepEqual(p.targets, { db: { kind: 'mysql', url: '${env:DB_URL}' }, site: { kind: 'http', url: '${env:SITE_URL}' } });
    assert.equal(p.commitAfter, 'settle');
    assert.equal(parse(fixture('good.yaml').replace('after optimize.settle', 'after schema-cleanup')).commitAfter, 'schema-cleanup');
    assert.equal(parse(fixture('good.yaml').replace(/^commit:.*$/m, '')).commitAfter, undefined);
  });

  it('records where it came from: source as given, baseDir absolute', () => {
    assert.equal(p.source, 'good.yaml');
    assert.equal(p.baseDir, FIXTURES);
    const rel = parse(fixture('good.yaml'), 'x.yaml');
    assert.ok(path.isAbsolute(rel.baseDir));
  });

  it('is plain JSON data (it travels through workflow history)', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(p)), p);
  });
});

describe('plan files', () => {
  it('loads a file with baseDir = its folder', () => {
    const file = path.join(FIXTURES, 'good.yaml');
    const p = loadPlanFile(file);
    assert.equal(p.baseDir, FIXTURES);
    assert.equal(p.source, file);
    const cwdRelative = path.relative(process.cwd(), file);
    assert.equal(loadPlanFile(cwdRelative).baseDir, FIXTURES);
  });

  it('reports a missing file or a folder as a PlanError naming it', () => {
    const dir = tmp();
    const missing = path.join(dir, 'none.yaml');
    assert.throws(() => loadPlanFile(missing), (err: unknown) => {
      assert.ok(err instanceof PlanError);
      assert.deepEqual(err.issues, [{ file: missing, line: 0, col: 0, message: 'cannot read the plan: no such file' }]);
      assert.equal(err.message, `${missing}: cannot read the plan: no such file`);
      return true;
    });
    assert.throws(() => loadPlanFile(dir), /cannot read the plan: it is a folder/);
  });

  it('reports file:line:col with the path it was given', () => {
    const file = path.join(FIXTURES, 'errors', 'duplicate-id.yaml');
    assert.throws(() => loadPlanFile(file), (err: unknown) => {
      assert.ok(err instanceof PlanError);
      assert.equal(err.message, `${file}:8:13: duplicate step id warm (first used on line 5)`);
      assert.deepEqual(err.issues, [{ file, line: 8, col: 13, message: 'duplicate step id warm (first used on line 5)' }]);
      return true;
    });
  });
});

describe('findPlanFile', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'shop.yaml'), fixture('good.yaml'));
  fs.writeFileSync(path.join(dir, 'billing.yml'), fixture('good.yaml'));
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a plan');

  it('finds <name>.yaml and <name>.yml', () => {
    assert.equal(findPlanFile(dir, 'shop'), path.join(dir, 'shop.yaml'));
    assert.equal(findPlanFile(dir, 'billing'), path.join(dir, 'billing.yml'));
  });

  it('refuses names that are paths, so nothing outside the folder is read', () => {
    const outside = path.join(path.dirname(dir), 'outside.yaml');
    fs.writeFileSync(outside, fixture('good.yaml'));
    const base = path.basename(dir);
    for (const name of ['../outside', `../${base}/shop`, '/etc/passwd', 'a/b', '..', '.', 'shop.yaml', 'Shop', '', '-x', 'shop\0']) {
      assert.throws(() => findPlanFile(dir, name), /invalid plan name .*: expected lower-case letters, digits and - \(a name, not a path\)/, name);
    }
    fs.rmSync(outside);
  });

  it('says which plans there are when the name is not one of them', () => {
    assert.throws(() => findPlanFile(dir, 'shopp'), (err: unknown) => {
      assert.ok(err instanceof PlanError);
      assert.equal(err.message, `${dir}: no plan named shopp (did you mean shop?); plans here: billing, shop`);
      return true;
    });
    assert.throws(() => findPlanFile(tmp(), 'shop'), /no plan named shop; the folder has no plans/);
    assert.throws(() => findPlanFile(path.join(dir, 'nope'), 'shop'), /no plan named shop: the plans folder does not exist/);
  });
});

describe('the demo plan', () => {
  const file = path.resolve(__dirname, '../../plans/demo.yaml');
  const p = loadPlanFile(file);

  it('is valid and has the shape the demo relies on', () => {
    assert.equal(p.name, 'demo');
    assert.equal(p.environment, 'local');
    assert.deepEqual(p.targets, {
      appDb: { kind: 'mysql', url: '${env:CUTOVER_DEMO_DATABASE_URL}' },
      site: { kind: 'http', url: '${env:CUTOVER_DEMO_URL}' },
    });
    const steps = Object.values(p.phases).flat();
    assert.deepEqual(steps.map((s) => `${s.phase}/${s.id}:${s.kind}`), [
      'prepare/preflight:preflight.env',
      'migrateData/schema:mysql.migrate',
      'migrateData/health:http.check',
      'migrateData/go-live:approval',
      'optimize/settle:wait',
    ]);
    assert.ok((steps[0].params.require as string[]).includes('CUTOVER_DEMO_DATABASE_URL'));
    assert.equal(steps[2].params.url, '${env:CUTOVER_DEMO_URL}/health');
    assert.deepEqual(steps[2].params.expectJson, { status: 'healthy' });
    assert.equal(steps[4].params.duration, '2s');
    assert.equal(p.commitAfter, 'settle');
  });

  it('has its migrations as up/down pairs in the folder the plan names', () => {
    const dir = path.join(p.baseDir, p.phases.migrateData[0].params.dir as string);
    const files = fs.readdirSync(dir).sort();
    const ups = files.filter((f) => f.endsWith('.up.sql'));
    assert.ok(ups.length >= 2, files.join(', '));
    assert.equal(ups[0], '0001_create_accounts.up.sql');
    assert.deepEqual(files, ups.flatMap((u) => [u.replace('.up.sql', '.down.sql'), u]).sort());
  });
});
