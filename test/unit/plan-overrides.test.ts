// `--set key=value`: applied to the document before validation; values read as YAML scalars;
// a bad key, or a value that fails a check, is reported against its `--set`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseValue } from '../../src/plan/overrides';
import { fixture, parse, problems } from './plan-fixtures';

const GOOD = fixture('good.yaml');

describe('plan overrides', () => {
  it('sets the name, the environment, a default and fields of a step by id', () => {
    const p = parse(GOOD, 'p.yaml', [
      'name=shop-eu',
      'environment=production',
      'defaults.timeout=5m',
      'defaults.retry.maximumAttempts=7',
      'steps.settle.duration=1m',
      'steps.schema.retry={maximumAttempts: 2}',
      'steps.health.expectStatus=204',
      'steps.go-live.message=Go live: now? #42',
      'targets.db.url=${env:OTHER_DB_URL}',
    ]);
    assert.equal(p.name, 'shop-eu');
    assert.equal(p.environment, 'production');
    assert.equal(p.defaults.timeout, '5m');
    assert.equal(p.defaults.retry.maximumAttempts, 7);
    assert.equal(p.defaults.retry.initialInterval, '1s', 'fields not set keep their value');
    assert.equal(p.phases.optimize[0].params.duration, '1m');
    assert.deepEqual(p.phases.migrateData[0].retry, { maximumAttempts: 2 });
    assert.equal(p.phases.migrateData[1].params.expectStatus, 204, 'a number, as YAML reads it');
    assert.equal(p.phases.migrateData[2].params.message, 'Go live: now? #42', 'text with ": " and " #" stays text');
    assert.equal(p.targets.db.url, '${env:OTHER_DB_URL}');
  });

  it('reads values as YAML would, but keeps text that is not a single value', () => {
    assert.equal(parseValue('3'), 3);
    assert.equal(parseValue('true'), true);
    assert.equal(parseValue('"3"'), '3');
    assert.equal(parseValue('10m'), '10m');
    assert.deepEqual(parseValue('[a, b]'), ['a', 'b']);
    assert.deepEqual(parseValue('{status: healthy}'), { status: 'healthy' });
    assert.equal(parseValue('a: b'), 'a: b');
    assert.equal(parseValue('- x'), '- x');
    assert.equal(parseValue('${env:X}/ok'), '${env:X}/ok');
    assert.equal(parseValue(''), '');
  });

  it('refuses bad keys, naming the --set', () => {
    const out = problems(GOOD, 'p.yaml', [
      'oops',
      '=x',
      'steps.nope.url=x',
      'steps.settle=1',
      'steps.settle.id=other',
      'steps.schema.dri=x',
      'defaults.tmeout=1m',
      'name.first=x',
      'phases.prepare=[]',
      'colour=blue',
    ]);
    assert.deepEqual(out, [
      '--set oops: expected key=value, e.g. environment=production or steps.<step id>.<field>=<value>',
      '--set =x: expected key=value, e.g. environment=production or steps.<step id>.<field>=<value>',
      '--set steps.nope.url=x: no step with id nope',
      '--set steps.settle=1: expected steps.<step id>.<field>',
      '--set steps.settle.id=other: a step id cannot be overridden',
      '--set steps.schema.dri=x: step schema: unknown field dri (did you mean dir?)',
      '--set defaults.tmeout=1m: unknown field defaults.tmeout (did you mean timeout?)',
      '--set name.first=x: name has no fields',
      '--set phases.prepare=[]: set step fields with steps.<step id>.<field>',
      '--set colour=blue: unknown field colour; expected one of name, environment, targets, defaults, phases, commit, notify',
    ]);
  });

  it('checks the values set like the rest of the plan, blaming the --set, in the order given', () => {
    const out = problems(GOOD, 'p.yaml', ['steps.settle.duration=forever', 'name=Shop', 'steps.pre.retry={maximumAttempts: 0}', 'targets.db.url=${DB}']);
    assert.deepEqual(out, [
      '--set steps.settle.duration=forever: step settle: duration: expected a duration such as 30s, 10m or 24h',
      '--set name=Shop: name: a plan name is lower-case letters, digits and -',
      '--set steps.pre.retry={maximumAttempts: 0}: step pre: retry.maximumAttempts: expected at least 1, got 0',
      '--set targets.db.url=${DB}: malformed reference ${DB}: expected ${env:NAME}, ${secret:NAME} (or NAME#key) or ${steps.<step id>.<field>}',
    ]);
  });

  it('reports problems with overrides and with the file together', () => {
    const out = problems(GOOD.replace('kind: wait', 'kind: wiat'), 'p.yaml', ['colour=blue']);
    assert.equal(out.length, 2, out.join('\n'));
    assert.match(out[0], /^--set colour=blue: /);
    assert.match(out[1], /^p\.yaml:22:27: step settle: unknown kind wiat/);
  });

  it('can move the commit point, which the checks then judge', () => {
    assert.equal(parse(GOOD, 'p.yaml', ['commit=after schema-cleanup']).commitAfter, 'schema-cleanup');
    assert.deepEqual(problems(GOOD, 'p.yaml', ['commit=after schema']), [
      'p.yaml:20:28: step go-live: a gate must come before the commit point (after schema): past it nothing is rolled back, so rejecting could undo nothing',
    ]);
  });
});
