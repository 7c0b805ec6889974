// The plan file's JSON Schema (`cutover schema`, schema/plan.schema.json): the committed file is
// what the command prints now; every field of every kind has a description and the kind's
// defaults; a real JSON Schema validator (ajv) and cutover's own validator both accept every plan
// the repository ships, and both refuse plans that are wrong in ways a schema can see; no plan
// cutover accepts is refused by the schema (generated plans and every valid plan file under test/).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { buildProgram } from '../../src/cli/main';
import { planJsonSchema, planJsonSchemaText } from '../../src/plan/json-schema';
import { allKinds } from '../../src/registry';
import { semanticCase } from './plan-fuzz-defects';
import { serialize, validPlan } from './plan-fuzz-plans';
import { judge, jsonValidator, MODELINE, ROOT, SCHEMA_FILE, schemaFor, shippedPlans, showErrors } from './schema-helpers';

type Json = Record<string, any>;
const REGENERATE = 'schema/plan.schema.json is out of date with the kinds: run `npm run schema` and commit the file';

/** `cutover <args>` in this process, with what it printed on stdout. */
async function cli(args: string[]): Promise<string> {
  const write = process.stdout.write.bind(process.stdout);
  let printed = '';
  process.stdout.write = ((chunk: string | Uint8Array) => ((printed += String(chunk)), true)) as typeof process.stdout.write;
  try {
    await buildProgram().parseAsync(args, { from: 'user' });
  } finally {
    process.stdout.write = write;
  }
  return printed;
}

const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
const schema = JSON.parse(committed) as Json;
const validate = jsonValidator(schema);
const defs = schema.definitions as Record<string, Json>;

describe('schema/plan.schema.json', () => {
  it('is, byte for byte, what cutover schema prints now', async () => {
    assert.ok(planJsonSchemaText() === committed, REGENERATE);
    assert.ok((await cli(['schema', '--no-plugins'])) === committed, `cutover schema prints another schema: ${REGENERATE}`);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-schema-')), 'plan.schema.json');
    await cli(['schema', '--no-plugins', '--out', out]);
    assert.ok(fs.readFileSync(out, 'utf8') === committed, `cutover schema --out writes another schema: ${REGENERATE}`);
    fs.rmSync(path.dirname(out), { recursive: true });
  });

  it('is a draft-07 schema with one definition per kind, a step union by kind, parallel groups and the phases', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const kinds = allKinds().map(([name]) => name).sort();
    assert.deepEqual(Object.keys(defs).filter((k) => k.startsWith('kind:')).map((k) => k.slice(5)).sort(), kinds);
    assert.deepEqual(defs.step.oneOf.map((o: Json) => o.$ref).sort(), kinds.map((k) => `#/definitions/kind:${k}`).sort());
    for (const k of kinds) assert.equal(defs[`kind:${k}`].properties.kind.const, k, k);
    // A group holds every kind but the gate.
    assert.deepEqual(defs.groupStep.oneOf.map((o: Json) => o.$ref.replace('#/definitions/kind:', '')).sort(), kinds.filter((k) => k !== 'approval'));
    assert.deepEqual(Object.keys(defs.parallel.properties.parallel.properties), ['id', 'maxConcurrency', 'steps']);
    const phases = schema.properties.phases.anyOf[0].properties;
    assert.deepEqual(Object.keys(phases), ['prepare', 'provisionBase', 'migrateData', 'optimize']);
    assert.deepEqual(phases.prepare.anyOf[0].items.anyOf, [{ $ref: '#/definitions/step' }, { $ref: '#/definitions/parallel' }]);
    assert.deepEqual(Object.keys(schema.properties), ['name', 'environment', 'targets', 'defaults', 'phases', 'commit', 'notify']);
    assert.deepEqual(schema.required, ['name', 'environment']);
  });
});

/** Every property in `s`, nested ones included, with its path. */
function* properties(s: Json, at: string): Generator<[string, Json]> {
  if (!s || typeof s !== 'object' || s.$ref) return;
  for (const [name, p] of Object.entries((s.properties ?? {}) as Record<string, Json>)) {
    yield [`${at}.${name}`, p];
    yield* properties(p, `${at}.${name}`);
  }
  for (const k of ['anyOf', 'oneOf', 'allOf']) for (const branch of (s[k] ?? []) as Json[]) yield* properties(branch, at);
  if (s.items) yield* properties(s.items, `${at}[]`);
  if (s.additionalProperties) yield* properties(s.additionalProperties, `${at}.*`);
}

describe('descriptions and defaults', () => {
  it("every field of every kind (nested fields too) has a description", () => {
    const missing: string[] = [];
    for (const [name] of allKinds()) {
      for (const [at, p] of properties(defs[`kind:${name}`], name)) if (!p.description) missing.push(at);
    }
    assert.deepEqual(missing, [], `fields without a description (add .describe('…') to the kind's params schema): ${missing.join(', ')}`);
  });

  it("and so does every field of the plan itself, its targets, defaults, groups and notify sinks", () => {
    const missing: string[] = [];
    for (const [at, p] of properties({ properties: schema.properties }, 'plan')) if (!p.description) missing.push(at);
    for (const [at, p] of properties(defs.parallel, 'parallel')) if (!p.description) missing.push(at);
    assert.deepEqual(missing, []);
  });

  it("every default of a kind's field is in the schema, and means the same value", () => {
    let withDefault = 0;
    for (const [name, kind] of allKinds()) {
      const shape = (kind.params as unknown as { shape: Record<string, z.ZodType> }).shape;
      for (const [field, zod] of Object.entries(shape)) {
        const absent = zod.safeParse(undefined);
        const json = defs[`kind:${name}`].properties[field] as Json;
        if (!absent.success || absent.data === undefined) {
          assert.equal(json.default, undefined, `${name}.${field} has no default, yet the schema shows one`);
          continue;
        }
        withDefault++;
        assert.ok('default' in json, `${name}.${field}: the schema shows no default`);
        assert.deepEqual(zod.parse(json.default), absent.data, `${name}.${field}: the schema's default is not the kind's`);
      }
    }
    assert.ok(withDefault > 50, `only ${withDefault} fields with a default`);
  });

  it("durations carry their form, and a target's kind lists the target kinds with their URL forms", () => {
    assert.equal(defs['kind:wait'].properties.duration.anyOf[0].pattern, '^\\d+(\\.\\d+)?(ms|s|m|h|d)$');
    assert.equal(schema.properties.defaults.properties.timeout.pattern, '^\\d+(\\.\\d+)?(ms|s|m|h|d)$');
    const kind = schema.properties.targets.additionalProperties.properties.kind;
    assert.deepEqual(kind.enum, ['bolt', 'http', 'mysql', 'postgres', 'prometheus', 'redis']);
    assert.match(kind.description, /mysql: mysql:\/\/user:password@host:port\/database/);
  });
});

describe('the plans the repository ships', () => {
  const files = shippedPlans();

  it('are there: the demo plans and the custom-kind example', () => {
    const names = files.map((f) => path.relative(ROOT, f));
    for (const expected of ['plans/demo.yaml', 'examples/custom-kind/plans/flags-rollout.yaml']) assert.ok(names.includes(expected), names.join(', '));
  });

  for (const file of files) {
    const name = path.relative(ROOT, file);
    it(`${name} begins with the yaml-language-server line naming ${path.relative(ROOT, schemaFor(file))}`, () => {
      const first = fs.readFileSync(file, 'utf8').split('\n')[0];
      const m = MODELINE.exec(first);
      const want = path.relative(path.dirname(file), schemaFor(file));
      assert.ok(m, `${name}: the first line must be "# yaml-language-server: $schema=${want}" (so editors check and complete it); it is ${JSON.stringify(first)}`);
      assert.equal(path.resolve(path.dirname(file), m[1]), schemaFor(file), `${name}: $schema=${m[1]} should be ${want}`);
    });
    // Plans of a package with its own schema (its plugins' kinds) are checked by that package's tests.
    if (schemaFor(file) !== SCHEMA_FILE) continue;
    it(`${name} is accepted by the JSON Schema and by cutover validate`, () => {
      const v = judge(validate, fs.readFileSync(file, 'utf8'), file, path.dirname(file));
      assert.ok(v.json.ok, `JSON Schema refuses ${name}:\n${showErrors(v.json.errors)}`);
      assert.deepEqual(v.cutover.messages, []);
    });
  }
});

const PLAN = (steps: string, extra = '') => `name: p
environment: test
targets:
  db: { kind: mysql, url: "\${env:DB_URL}" }
${extra}phases:
  migrateData:
${steps}
`;

describe('both validators', () => {
  const good: [string, string][] = [
    ['a step output where a number is wanted', PLAN('    - { id: size, kind: exec, command: [echo], outputs: json-last-line }\n    - { id: scale, kind: ecs.scale, cluster: c, service: s, desiredCount: "${steps.size.count}" }')],
    ['a step output where a boolean and a duration are wanted', PLAN('    - { id: size, kind: exec, command: [echo], outputs: json-last-line }\n    - { id: h, kind: http.check, url: "https://x.example/", within: "${steps.size.within}", expectStatus: "${steps.size.status}" }\n    - { id: scale, kind: ecs.scale, cluster: c, service: s, desiredCount: 2, wait: "${steps.size.wait}" }')],
    ['a step output in a nested field and a list item', PLAN('    - { id: size, kind: exec, command: [echo], outputs: json-last-line }\n    - { id: scale, kind: ecs.scale, cluster: c, service: s, desiredCount: 1, stabilize: { timeout: "${steps.size.t}" } }\n    - { id: pre, kind: preflight.env, require: ["${steps.size.name}"] }')],
    ['a parallel group with an id and a limit, a wait inside it', PLAN('    - parallel:\n        id: copies\n        maxConcurrency: 2\n        steps:\n          - { id: a, kind: mysql.copyTable, source: db, target: db, table: a, targetTable: b }\n          - { id: w, kind: wait, duration: 1s }', 'commit: after copies\n')],
    ['notify sinks, defaults and empty phases', PLAN('    - { id: w, kind: wait, duration: 1s }', 'notify:\n  - { kind: slack, url: "${secret:ops/slack}", events: [waiting, rolled_back] }\n  - { kind: webhook, url: "https://hooks.example/x", name: audit }\ndefaults: { timeout: 5m, retry: { maximumAttempts: 2 }, onFailure: pause, undoRetry: { maximumInterval: 10s } }\n').replace('phases:\n', 'phases:\n  prepare: []\n  provisionBase:\n')],
  ];
  for (const [what, text] of good) {
    it(`accept ${what}`, () => {
      const v = judge(validate, text);
      assert.deepEqual(v.cutover.messages, []);
      assert.ok(v.json.ok, showErrors(v.json.errors));
    });
  }

  /** Plans wrong in ways a schema can see: each with the place the JSON Schema names. */
  const bad: [string, string, string][] = [
    ['an unknown kind', PLAN('    - { id: m, kind: mysql.migrat, target: db, dir: m }'), '/phases/migrateData/0/kind'],
    ['a field the kind does not have', PLAN('    - { id: m, kind: mysql.migrate, target: db, dirs: m }'), '/phases/migrateData/0'],
    ['a required field missing', PLAN('    - { id: m, kind: mysql.migrate, target: db }'), '/phases/migrateData/0'],
    ['text where a number is wanted', PLAN('    - { id: c, kind: mysql.copyTable, source: db, target: db, table: a, targetTable: b, batchSize: many }'), '/phases/migrateData/0/batchSize'],
    ['an ${env:…} reference where a number is wanted (resolved on the worker, after validation)', PLAN('    - { id: s, kind: ecs.scale, cluster: c, service: s, desiredCount: "${env:COUNT}" }'), '/phases/migrateData/0/desiredCount'],
    ['a malformed duration', PLAN('    - { id: w, kind: wait, duration: 10 minutes }'), '/phases/migrateData/0/duration'],
    ['a step timeout that is no duration', PLAN('    - { id: w, kind: wait, duration: 1s, timeout: soon }'), '/phases/migrateData/0/timeout'],
    ['a bad onFailure', PLAN('    - { id: w, kind: wait, duration: 1s, onFailure: retry }'), '/phases/migrateData/0/onFailure'],
    ['a bad step id', PLAN('    - { id: Go Live, kind: approval }'), '/phases/migrateData/0/id'],
    ['a gate in a parallel group', PLAN('    - parallel:\n        steps:\n          - { id: g, kind: approval }'), '/phases/migrateData/0/parallel/steps/0'],
    ['a group in a group', PLAN('    - parallel:\n        steps:\n          - parallel: { steps: [{ id: w, kind: wait, duration: 1s }] }'), '/phases/migrateData/0/parallel/steps/0'],
    ['a group without steps', PLAN('    - parallel: { id: g, steps: [] }'), '/phases/migrateData/0/parallel/steps'],
    ['a group limit of 0', PLAN('    - parallel: { maxConcurrency: 0, steps: [{ id: w, kind: wait, duration: 1s }] }'), '/phases/migrateData/0/parallel/maxConcurrency'],
    ['an unknown phase', PLAN('    - { id: w, kind: wait, duration: 1s }').replace('migrateData:', 'migrate:'), '/phases'],
    ['an unknown top-level field', PLAN('    - { id: w, kind: wait, duration: 1s }', 'rollback: never\n'), ''],
    ['a target of an unknown kind', PLAN('    - { id: w, kind: wait, duration: 1s }').replace('kind: mysql,', 'kind: mongo,'), '/targets/db/kind'],
    ['a notify sink of an unknown kind', PLAN('    - { id: w, kind: wait, duration: 1s }', 'notify: [{ kind: email, url: "x" }]\n'), '/notify/0/kind'],
    ['a plan name with capitals', PLAN('    - { id: w, kind: wait, duration: 1s }').replace('name: p', 'name: Shop'), '/name'],
    ['a commit point that is not "after …"', PLAN('    - { id: w, kind: wait, duration: 1s }', 'commit: w\n'), '/commit'],
  ];
  for (const [what, text, where] of bad) {
    it(`refuse ${what}`, () => {
      const v = judge(validate, text);
      assert.ok(!v.cutover.ok, 'cutover validate accepts it');
      assert.ok(!v.json.ok, 'the JSON Schema accepts it');
      assert.ok(v.json.errors.some((e) => e.instancePath === where), `no JSON Schema error at ${where || '/'}:\n${showErrors(v.json.errors)}`);
    });
  }
});

describe('no plan cutover accepts is refused by the JSON Schema', () => {
  it('generated plans (valid, and broken ones cutover happens to accept)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const text = g(fc.boolean) ? serialize(g, validPlan(g)) : semanticCase(g).text!;
        const v = judge(validate, text);
        if (!v.cutover.ok) return;
        accepted++;
        assert.ok(v.json.ok, `${text}\n${showErrors(v.json.errors)}`);
      }),
      { seed: 20261203, numRuns: 400 },
    );
    assert.ok(accepted > 150, `only ${accepted} plans accepted`);
  });

  it('every plan file under test/ that cutover validates', () => {
    const files = fs
      .readdirSync(path.join(ROOT, 'test'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => path.join(ROOT, 'test', f));
    let accepted = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const v = judge(validate, text, file, path.dirname(file));
      if (!v.cutover.ok) continue;
      accepted++;
      assert.ok(v.json.ok, `${path.relative(ROOT, file)}:\n${showErrors(v.json.errors)}`);
    }
    assert.ok(accepted >= 15, `only ${accepted} plan files accepted`);
  });
});

it('planJsonSchema and the committed text agree (the text is the object, two-space JSON)', () => {
  assert.deepEqual(planJsonSchema(), schema);
});
