// The example's own JSON Schema, schema/plan.schema.json: what `cutover schema` prints from this
// folder, where cutover.config.json adds flags.set to the built-in kinds. Its plans name it on
// their first line; a JSON Schema validator and `cutover validate` both accept them, and both
// refuse a flags.set step that is wrong.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..');
const CUTOVER = path.join(path.dirname(require.resolve('cutover/package.json')), 'bin/cutover.js');
const SCHEMA = path.join(ROOT, 'schema/plan.schema.json');
const PLANS = ['plans/flags-rollout.yaml', 'test/rollback.yaml'];

const committed = fs.readFileSync(SCHEMA, 'utf8');
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(JSON.parse(committed));

/** `cutover validate` run from this folder, so the plugin is loaded. */
const cutoverValidate = (file: string) => spawnSync(process.execPath, [CUTOVER, 'validate', file], { cwd: ROOT, encoding: 'utf8' });

it('schema/plan.schema.json is what cutover schema prints here (the built-in kinds and flags.set)', () => {
  const printed = execFileSync(process.execPath, [CUTOVER, 'schema'], { cwd: ROOT, encoding: 'utf8' });
  assert.ok(printed === committed, 'schema/plan.schema.json is out of date: run `npm run schema` in examples/custom-kind and commit the file');
  const defs = JSON.parse(committed).definitions;
  const flags = defs['kind:flags.set'];
  assert.equal(flags.description, 'set a feature flag');
  for (const field of ['target', 'key', 'flag', 'value', 'journalTtl']) assert.ok(flags.properties[field].description, `flags.set ${field} has no description`);
  assert.equal(flags.properties.key.default, 'flags');
  assert.ok(defs['kind:mysql.migrate'], 'the built-in kinds are there too');
});

for (const plan of PLANS) {
  it(`${plan} names the schema on its first line and both validators accept it`, () => {
    const text = fs.readFileSync(path.join(ROOT, plan), 'utf8');
    const ref = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1];
    assert.equal(ref && path.resolve(ROOT, path.dirname(plan), ref), SCHEMA, `${plan}: first line ${JSON.stringify(text.split('\n')[0])}`);
    assert.ok(validate(parse(text)), JSON.stringify(validate.errors, null, 2));
    const r = cutoverValidate(plan);
    assert.equal(r.status, 0, r.stderr);
  });
}

it('both refuse a flags.set step with a bad flag name or a field it does not have', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flags-schema-'));
  const good = fs.readFileSync(path.join(ROOT, 'plans/flags-rollout.yaml'), 'utf8');
  for (const [what, text, at] of [
    ['a flag name with a space', good.replace('flag: checkout-v2,', 'flag: checkout v2,'), '/phases/migrateData/0/flag'],
    ['an unknown field', good.replace('flag: checkout-v2,', 'flag: checkout-v2, ttl: 60,'), '/phases/migrateData/0'],
  ]) {
    assert.notEqual(text, good, what);
    assert.ok(!validate(parse(text)), `the JSON Schema accepts ${what}`);
    assert.ok(validate.errors!.some((e) => e.instancePath === at), `${what}: ${JSON.stringify(validate.errors)}`);
    const file = path.join(dir, 'bad.yaml');
    fs.writeFileSync(file, text);
    const r = cutoverValidate(file);
    assert.equal(r.status, 4, `cutover validate accepts ${what}`);
  }
  fs.rmSync(dir, { recursive: true });
});
