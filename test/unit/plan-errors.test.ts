// Every class of plan error, at its exact `file:line:col` in the fixture text, all of them at once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, problems, problemsOf } from './plan-fixtures';

const GOOD = fixture('good.yaml');

describe('plan errors', () => {
  it('a duplicate step id points at the second use and names the first line', () => {
    assert.deepEqual(problemsOf('duplicate-id.yaml'), ['duplicate-id.yaml:8:13: duplicate step id warm (first used on line 5)']);
  });

  it('an unknown kind points at the kind, suggesting the closest name or listing them all', () => {
    const [typo, unknown, ...rest] = problemsOf('unknown-kind.yaml');
    assert.equal(typo, 'unknown-kind.yaml:5:27: step settle: unknown kind wiat (did you mean wait?)');
    assert.match(unknown, /^unknown-kind\.yaml:7:13: step beam: unknown kind teleport; known kinds: approval, .*mysql\.migrate, .*wait$/);
    assert.deepEqual(rest, []);
  });

  it('a target that is not declared, or of a kind the step cannot use, in target and source fields', () => {
    assert.deepEqual(problemsOf('targets.yaml'), [
      'targets.yaml:8:50: step schema: target dbb is not declared under targets (did you mean db?)',
      'targets.yaml:9:47: step graph: target db is a mysql target; graph.check needs bolt',
      'targets.yaml:10:45: step copy: source cache is a redis target; graph.copy needs bolt',
      'targets.yaml:10:60: step copy: target nowhere is not declared under targets (declared: db, cache)',
    ]);
  });

  it('a gate after the commit point, in the same phase or a later one', () => {
    const out = problemsOf('gates.yaml');
    assert.equal(out.length, 2, out.join('\n'));
    assert.match(out[0], /^gates\.yaml:6:28: step go-live: a gate must come before the commit point \(after schema\)/);
    assert.match(out[1], /^gates\.yaml:10:13: step late-ok: a gate must come before the commit point/);
  });

  it('a gate that is itself the commit point', () => {
    const text = GOOD.replace('commit: after optimize.settle', 'commit: after go-live');
    assert.deepEqual(problems(text), ['p.yaml:20:28: step go-live: a gate cannot be the commit point: commit after the step it lets through']);
  });

  it('a commit point naming a step in another phase, an unknown step, or no phase at all', () => {
    assert.deepEqual(problemsOf('commit.yaml'), ['commit.yaml:6:9: commit point: step schema is in migrateData, not optimize']);
    const at = (commit: string) => problems(GOOD.replace('after optimize.settle', commit));
    assert.deepEqual(at('after setle'), ['p.yaml:24:9: commit point: no step setle (did you mean settle?)']);
    assert.deepEqual(at('after optimise.settle'), [
      'p.yaml:24:9: commit point: optimise is not a phase (did you mean optimize?); phases are prepare, provisionBase, migrateData, optimize',
    ]);
    assert.deepEqual(at('settle'), ["p.yaml:24:9: commit: expected 'after <step id>' or 'after <phase>.<step id>'"]);
  });

  const FORMS = '${env:NAME}, ${secret:NAME} (or NAME#key) or ${steps.<step id>.<field>}';
  it('malformed references anywhere, pointing inside the string at the reference', () => {
    assert.deepEqual(problemsOf('refs.yaml'), [
      `refs.yaml:4:28: malformed reference \${DB_URL}: expected ${FORMS}`,
      `refs.yaml:9:46: malformed reference \${vault:TOKEN}: expected ${FORMS}`,
      `refs.yaml:10:41: malformed reference \${env:}: expected ${FORMS}`,
    ]);
  });

  it('durations in defaults, retry policies, step timeouts and kind fields', () => {
    const expected = 'expected a duration such as 30s, 10m or 24h';
    assert.deepEqual(problemsOf('durations.yaml'), [
      `durations.yaml:4:12: defaults.timeout: ${expected}`,
      `durations.yaml:5:50: defaults.retry.maximumInterval: ${expected}`,
      `durations.yaml:8:43: step settle: duration: ${expected}`,
      `durations.yaml:8:58: step settle: timeout: ${expected}`,
    ]);
  });

  it('unknown fields at the top, in defaults, in phases and in a step, each at its key with a suggestion', () => {
    assert.deepEqual(problemsOf('unknown-keys.yaml'), [
      'unknown-keys.yaml:3:1: unknown field owner',
      'unknown-keys.yaml:5:3: defaults: unknown field timout (did you mean timeout?)',
      'unknown-keys.yaml:8:7: step schema: missing dir',
      'unknown-keys.yaml:8:54: step schema: unknown field dri (did you mean dir?)',
      'unknown-keys.yaml:9:3: phases: unknown field optimise (did you mean optimize?)',
    ]);
  });

  it('wrong types and values, in words', () => {
    const text = GOOD.replace('maximumAttempts: 5', 'maximumAttempts: 2.5').replace('onFailure: pause', 'onFailure: stop');
    assert.deepEqual(problems(text), [
      'p.yaml:8:29: defaults.retry.maximumAttempts: expected an integer, got 2.5',
      'p.yaml:14:95: step schema: onFailure: expected one of rollback, pause, got "stop"',
    ]);
    assert.deepEqual(problems(GOOD.replace('require: [DB_URL, SITE_URL]', 'require: []')), ['p.yaml:12:48: step pre: require: must not be empty']);
    assert.deepEqual(problems(GOOD.replace('  prepare:\n', '  prepare:\n    - just-a-name\n')), [
      "p.yaml:12:7: step 1 of prepare: expected a map with id, kind and the kind's fields",
    ]);
    assert.deepEqual(problems(GOOD.replace('- { id: pre, kind', '- { id: Pre!, kind')), [
      'p.yaml:12:13: step Pre!: id: a step id is lower-case letters, digits, - and _, starting with a letter or digit',
    ]);
  });

  it('a plan without steps, and an empty file', () => {
    assert.deepEqual(problemsOf('empty.yaml'), ['empty.yaml:4:3: the plan has no steps: list them under phases (prepare, provisionBase, migrateData, optimize)']);
    assert.deepEqual(problems('name: x\nenvironment: y\n'), ['p.yaml:1:1: the plan has no steps: list them under phases (prepare, provisionBase, migrateData, optimize)']);
    assert.deepEqual(problems('# nothing yet\n'), ['p.yaml:1:1: the plan is empty']);
    assert.deepEqual(problems('- a\n'), ['p.yaml:1:1: expected a map, got a list']);
  });

  it('YAML syntax errors and duplicate keys, with their place', () => {
    assert.deepEqual(problemsOf('syntax.yaml'), ['syntax.yaml:6:3: Flow map in block collection must be sufficiently indented and end with a }']);
    assert.deepEqual(problems(GOOD.replace('environment: staging', 'environment: staging\nname: again')), ['p.yaml:4:1: Map keys must be unique']);
  });

  it('collects every problem, sorted by place', () => {
    assert.deepEqual(problemsOf('many.yaml'), [
      'many.yaml:1:7: name: a plan name is lower-case letters, digits and -',
      'many.yaml:6:13: duplicate step id one (first used on line 5)',
      'many.yaml:6:24: step one: unknown kind wiat (did you mean wait?)',
      'many.yaml:8:50: step schema: target nowhere is not declared under targets',
      'many.yaml:8:76: step schema: timeout: expected a duration such as 30s, 10m or 24h',
      'many.yaml:9:9: commit point: no step nothing',
    ]);
  });
});
