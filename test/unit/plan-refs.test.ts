// `${steps.<id>.<field>}` references: checked against the outputs each kind declares, pointed at
// inside the string; `${secret:…}` is a worker-side reference like `${env:…}`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { explainPlan } from '../../src/plan';
import { parse, problems } from './plan-fixtures';

const plan = (steps: string, targets = '') => `name: refs
environment: staging
targets:
  appDb: { kind: mysql, url: "mysql://app:\${secret:prod/app-db#password}@\${steps.db.endpoint}:3306/app" }
${targets}
phases:
  provisionBase:
    - { id: db, kind: rds.ensureInstance, instance: app-db, instanceClass: db.t3.micro, engine: mysql, allocatedStorage: 20 }
  migrateData:
${steps}
`;

describe('step output references', () => {
  it('a later step may use an earlier step\u2019s declared outputs, in its fields and in a target URL', () => {
    const p = parse(
      plan(`    - { id: schema, kind: mysql.migrate, target: appDb, dir: migrations }
    - { id: health, kind: http.check, url: "https://\${steps.db.endpoint}/health", headers: { X-Db: "\${steps.schema.applied}" } }
    - { id: snap, kind: rds.snapshot, instance: "\${steps.db.instance}" }`),
    );
    const health = p.phases.migrateData[1];
    assert.equal(health.params.url, 'https://${steps.db.endpoint}/health', 'kept unresolved in the plan');
    assert.equal(health.params.method, 'GET', 'the kind\u2019s defaults still apply');
    // A field with a format (an RDS identifier) holding a reference is checked on the worker, once resolved.
    assert.equal(p.phases.migrateData[2].params.instance, '${steps.db.instance}');
    assert.match(explainPlan(p), /https:\/\/\$\{steps\.db\.endpoint\}\/health/, 'cutover plan shows references unresolved');
  });

  it('an unknown step, a later step, the step itself and an undeclared field are refused where they are written', () => {
    const text = plan(`    - { id: schema, kind: mysql.migrate, target: appDb, dir: "\${steps.dbb.endpoint}" }
    - { id: health, kind: http.check, url: "https://\${steps.late.url}/x" }
    - { id: self, kind: http.check, url: "\${steps.self.url}" }
    - { id: late, kind: http.check, url: "http://\${steps.db.endpont}/" }`);
    assert.deepEqual(problems(text), [
      'p.yaml:10:63: step schema: ${steps.dbb.endpoint}: no step dbb (did you mean db?)',
      'p.yaml:11:53: step health: ${steps.late.url}: step late runs after this step; a step can only use the outputs of steps before it',
      'p.yaml:12:43: step self: ${steps.self.url}: step self runs as this step; a step can only use the outputs of steps before it',
      'p.yaml:13:50: step late: ${steps.db.endpont}: rds.ensureInstance has no output endpont (did you mean endpoint?)',
    ]);
  });

  it('a target URL may only use outputs of steps before every step that uses the target', () => {
    const text = `name: refs
environment: staging
targets:
  early: { kind: mysql, url: "mysql://u@\${steps.db.endpoint}/app" }
phases:
  provisionBase:
    - { id: schema, kind: mysql.migrate, target: early, dir: migrations }
    - { id: db, kind: rds.ensureInstance, instance: app-db, instanceClass: db.t3.micro, engine: mysql, allocatedStorage: 20 }
`;
    assert.deepEqual(problems(text), [
      'p.yaml:4:41: target early (used by step schema): ${steps.db.endpoint}: step db runs after this step; a step can only use the outputs of steps before it',
    ]);
  });

  it('nested output fields are followed; outside steps and target URLs a step reference means nothing', () => {
    const ok = plan(`    - { id: copy, kind: mysql.copyTable, source: appDb, target: appDb, table: t, targetTable: t2 }
    - { id: ping, kind: http.check, url: "http://x/\${steps.copy.target.table}" }`);
    assert.equal(parse(ok).phases.migrateData[1].params.url, 'http://x/${steps.copy.target.table}');
    const bad = plan(`    - { id: ping, kind: http.check, url: "http://x/\${steps.db.endpoint.deeper}", timeout: "\${steps.db.endpoint}" }`).replace(
      'environment: staging',
      'environment: "${steps.db.endpoint}"',
    );
    assert.deepEqual(problems(bad), [
      'p.yaml:2:14: environment: an environment is letters, digits, - and _',
      'p.yaml:2:15: ${steps.db.endpoint}: step outputs can be used in step fields and target URLs only',
      'p.yaml:10:52: step ping: ${steps.db.endpoint.deeper}: rds.ensureInstance has no output endpoint.deeper (endpoint has no fields)',
      'p.yaml:10:91: step ping: timeout: expected a duration such as 30s, 10m or 24h',
      'p.yaml:10:92: ${steps.db.endpoint}: step outputs can be used in step fields and target URLs only',
    ]);
  });

  it('secret references are well-formed references; a malformed one is refused with the forms', () => {
    parse(plan('    - { id: h, kind: http.check, url: "https://x/", headers: { Authorization: "Bearer ${secret:api-token}" } }'));
    const out = problems(plan('    - { id: h, kind: http.check, url: "https://x/", headers: { Authorization: "Bearer ${secret:}" } }'));
    assert.deepEqual(out, [
      'p.yaml:10:87: malformed reference ${secret:}: expected ${env:NAME}, ${secret:NAME} (or NAME#key) or ${steps.<step id>.<field>}',
    ]);
  });
});
