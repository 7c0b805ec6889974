// A plugin's kinds join the JSON Schema once the plugin is loaded, as `cutover schema` loads them
// from cutover.config.json or CUTOVER_PLUGINS: a definition per kind, its target kind among the
// target kinds, its steps allowed in parallel groups, and its field rules seen by both validators.
// (A process of its own: the plugin stays registered.)
import { it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildProgram } from '../../src/cli/main';
import { planJsonSchema } from '../../src/plan/json-schema';
import { judge, jsonValidator, showErrors } from './schema-helpers';

const FIXTURES = path.resolve(__dirname, '../fixtures/plugins');

const PLAN = (open: string) => `name: tickets
environment: test
targets:
  ledger: { kind: ledger, url: "\${env:LEDGER_URL}" }
phases:
  migrateData:
    - parallel:
        steps:
          - { id: open, kind: acme.open, target: ledger, ${open} }
          - { id: w, kind: wait, duration: 1s }
    - { id: note, kind: acme.note, ticket: "\${steps.open.ticket}", text: opened }
`;

it("cutover schema with a plugin configured holds the plugin's kinds; --no-plugins does not", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-schema-plugins-'));
  const cwd = process.cwd();
  const before = process.env.CUTOVER_PLUGINS;
  process.env.CUTOVER_PLUGINS = path.join(FIXTURES, 'acme.js');
  try {
    process.chdir(dir); // no cutover.config.json here or above
    await buildProgram().parseAsync(['schema', '--no-plugins', '--out', 'built-in.json'], { from: 'user' });
    await buildProgram().parseAsync(['schema', '--out', 'with-plugins.json'], { from: 'user' });
    const builtIn = JSON.parse(fs.readFileSync('built-in.json', 'utf8'));
    const withPlugins = JSON.parse(fs.readFileSync('with-plugins.json', 'utf8'));
    assert.equal(builtIn.definitions['kind:acme.open'], undefined);
    assert.ok(withPlugins.definitions['kind:acme.open']);
    assert.ok(withPlugins.definitions['kind:acme.note']);
  } finally {
    process.chdir(cwd);
    if (before === undefined) delete process.env.CUTOVER_PLUGINS;
    else process.env.CUTOVER_PLUGINS = before;
    fs.rmSync(dir, { recursive: true });
  }
});

it("the plugin's kinds are in the step union, its target kind among the target kinds, with its defaults", () => {
  const schema = planJsonSchema() as Record<string, any>;
  const defs = schema.definitions;
  assert.ok(defs.step.oneOf.some((o: { $ref: string }) => o.$ref === '#/definitions/kind:acme.open'));
  assert.ok(defs.groupStep.oneOf.some((o: { $ref: string }) => o.$ref === '#/definitions/kind:acme.open'));
  assert.equal(defs['kind:acme.open'].description, 'open a ticket in the ledger');
  assert.equal(defs['kind:acme.open'].properties.priority.default, 3);
  assert.deepEqual(defs['kind:acme.open'].required, ['id', 'kind', 'target', 'title']);
  assert.ok(schema.properties.targets.additionalProperties.properties.kind.enum.includes('ledger'));
});

it('both validators accept a plan of its kinds and refuse a field out of its range', () => {
  const validate = jsonValidator(planJsonSchema());
  const good = judge(validate, PLAN('title: "ticket 7", priority: 2'), 'tickets.yaml', FIXTURES);
  assert.deepEqual(good.cutover.messages, []);
  assert.ok(good.json.ok, showErrors(good.json.errors));
  const bad = judge(validate, PLAN('title: "ticket 7", priority: 9'), 'tickets.yaml', FIXTURES);
  assert.ok(!bad.cutover.ok, 'cutover validate accepts priority 9');
  assert.ok(!bad.json.ok, 'the JSON Schema accepts priority 9');
  assert.ok(bad.json.errors.some((e) => e.instancePath === '/phases/migrateData/0/parallel/steps/0/priority'), showErrors(bad.json.errors));
});
