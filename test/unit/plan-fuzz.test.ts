// Hostile plans: what validation must survive. A thousand and more generated ones (fast-check,
// seeded: CUTOVER_FUZZ_SEED=<n> replays a run or tries another, CUTOVER_FUZZ_RUNS=<n> sets how
// many), a sample of them through the CLI, and named cases for what was found and fixed. Each is refused with
// problems at places that exist in the file, never a crash, in time proportional to its size.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { loadPlanFile, parsePlan, PlanError } from '../../src/plan';
import { hostileCase, mutatedCase } from './plan-fuzz-hostile';
import { contentOf, serialize, validPlan, type Case } from './plan-fuzz-plans';
import { budgetMs, cpuMs, placesExist } from './plan-fuzz-checks';

const SEED = Number(process.env.CUTOVER_FUZZ_SEED ?? 20261203);
const RUNS = Number(process.env.CUTOVER_FUZZ_RUNS ?? 1000);
/** Cases also run through `cutover validate` (a process each, so a sample). */
const CLI_SAMPLE = 30;
const ROOT = path.resolve(__dirname, '../..');

const FIXTURES = path.resolve(__dirname, '../fixtures/plans');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-fuzz-'));
/** Set when a check fails: the files stay for a look. */
let keep = false;
after(() => {
  if (keep) console.log(`plan fuzz: the files are in ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
});

const GOOD = fs.readFileSync(path.join(FIXTURES, 'good.yaml'), 'utf8');
const PLAN_HEAD = 'name: x\nenvironment: y\n';

/** The PlanError a text (or file content) must raise, after checking its places and its time. */
function refused(content: string | Buffer, file = 'p.yaml'): PlanError {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const where = path.join(dir, file);
  fs.writeFileSync(where, bytes);
  const start = cpuMs();
  let caught: unknown;
  try {
    loadPlanFile(where);
  } catch (err) {
    caught = err;
  }
  const took = cpuMs() - start;
  assert.ok(caught instanceof PlanError, `expected a PlanError, got ${caught instanceof Error ? caught.stack : String(caught)}`);
  placesExist(caught, where, bytes);
  assert.ok(took <= budgetMs(bytes.length), `${file}: ${took.toFixed(0)} ms of CPU for ${(bytes.length / 1024).toFixed(0)} KB (budget ${budgetMs(bytes.length).toFixed(0)} ms)`);
  return caught;
}

/** The problems without the file name: `line:col: message`. */
const lines = (err: PlanError) => err.issues.map((i) => `${i.line}:${i.col}: ${i.message}`);

/** Checks one generated case; returns its file and what the CLI must print. */
function check(c: Case, name: string): { file: string; printed: string } {
  try {
    const err = refused(contentOf(c), name);
    const got = lines(err);
    if (c.expect) assert.ok(got.some((l) => c.expect!.test(l)), `expected a problem like ${c.expect}, got:\n${got.slice(0, 10).join('\n')}`);
    if (c.expectAt) assert.ok(got.includes(c.expectAt), `expected ${c.expectAt}, got:\n${got.slice(0, 10).join('\n')}`);
    if (c.sameAs !== undefined) {
      assert.deepEqual(got, lines(refused(c.sameAs, `plain-${name}`)), 'CRLF or a BOM moved or changed the problems');
      fs.rmSync(path.join(dir, `plain-${name}`));
    }
    return { file: path.join(dir, name), printed: err.message };
  } catch (err) {
    keep = true;
    const content = contentOf(c);
    throw new Error(`${c.category} (${path.join(dir, name)}, ${content.length} bytes): ${(err as Error).message}\nstarts with: ${JSON.stringify(content.subarray(0, 300).toString())}`);
  }
}

const cli = (file: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin/cutover.js'), 'validate', file], { cwd: ROOT, timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    );
  });

describe('generated malformed and hostile plans', () => {
  /** Files kept for the CLI, a few of each category. */
  const samples = new Map<string, { file: string; printed: string }[]>();

  it(`${RUNS} are each refused: PlanError, places in the file, one line each, within the time budget (seed ${SEED})`, (t) => {
    t.diagnostic(`seed ${SEED}: CUTOVER_FUZZ_SEED=${SEED} replays this run; another number tries other plans`);
    let n = 0;
    const counts = new Map<string, number>();
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const c = hostileCase(g);
        const name = `case-${n++}.yaml`;
        const result = check(c, name);
        const category = c.category.split(' ')[0];
        counts.set(category, (counts.get(category) ?? 0) + 1);
        const kept = samples.get(category) ?? [];
        if (kept.length < CLI_SAMPLE) kept.push(result);
        else fs.rmSync(result.file);
        samples.set(category, kept);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
    );
    t.diagnostic(`cases: ${[...counts].map(([k, v]) => `${v} ${k}`).join(', ')}`);
  });

  it(`${CLI_SAMPLE} of them through \`cutover validate\` (dist/, built by npx tsc): exit 4 and the same problems on stderr`, async () => {
    // Round-robin over the categories, so that each is represented.
    const lists = [...samples.values()];
    const picked: { file: string; printed: string }[] = [];
    for (let i = 0; picked.length < CLI_SAMPLE && lists.some((l) => l.length > i); i++) for (const l of lists) if (l[i] && picked.length < CLI_SAMPLE) picked.push(l[i]);
    assert.equal(picked.length, CLI_SAMPLE, 'the generated cases ran first');
    const queue = [...picked];
    const worker = async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const out = await cli(c.file);
        assert.equal(out.code, 4, `${c.file}: exit ${out.code} (is dist/ built from this source? npx tsc -p .)\n${out.stderr.slice(0, 2000)}`);
        assert.equal(out.stdout, '', c.file);
        assert.equal(out.stderr.trimEnd(), c.printed, `${c.file}: stderr differs from the in-process problems`);
      }
    };
    await Promise.all([worker(), worker()]);
  });

  it('edited at random (200 plans): either a plan that is plain JSON or problems at places in the file', () => {
    let n = 0;
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const c = mutatedCase(g);
        const file = path.join(dir, `mutated-${n++}.yaml`);
        fs.writeFileSync(file, c.text!);
        const start = cpuMs();
        let outcome: unknown;
        try {
          outcome = loadPlanFile(file);
        } catch (err) {
          outcome = err;
        }
        const took = cpuMs() - start;
        try {
          if (outcome instanceof PlanError) placesExist(outcome, file, Buffer.from(c.text!));
          else if (outcome instanceof Error) assert.fail(`not a PlanError: ${outcome.stack}`);
          else assert.deepEqual(JSON.parse(JSON.stringify(outcome)), outcome, 'a valid plan must survive workflow history (JSON)');
          assert.ok(took <= budgetMs(Buffer.byteLength(c.text!)), `${took.toFixed(0)} ms of CPU: over the budget`);
        } catch (err) {
          keep = true;
          throw new Error(`${file}: ${(err as Error).message}`);
        }
        fs.rmSync(file);
      }),
      { seed: SEED, numRuns: 200, endOnFailure: true, includeErrorInReport: true },
    );
  });

  it('the plans the cases are made from are valid, in every style (so each case is refused for what was done to it)', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const text = serialize(g, validPlan(g));
        for (const variant of [text, text.replace(/\n/g, '\r\n'), `\uFEFF${text}`]) parsePlan(variant, { file: 'p.yaml', baseDir: dir });
      }),
      { seed: SEED, numRuns: 100, includeErrorInReport: true },
    );
  });
});

describe('hostile plans found by the fuzz test', () => {
  it('a billion laughs (aliases of aliases) stops at the alias that passes the expansion limit', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    assert.deepEqual(lines(refused(`${levels.join('\n')}\n`)), ['5:11: aliases expand the plan by more than 20000 values (here, *d)']);
  });

  it('aliases within the limits are fine, beyond yaml’s default of 100 uses of one anchor too', () => {
    const steps = Array.from({ length: 150 }, (_, i) => `    - { id: s${i}, kind: wait, duration: 1s, retry: *r }`).join('\n');
    const plan = parsePlan(`${PLAN_HEAD}x-retry: &r { maximumAttempts: 2 }\nphases:\n  prepare:\n${steps}\n`.replace('x-retry: &r { maximumAttempts: 2 }\n', 'defaults: { retry: &r { maximumAttempts: 2 } }\n'), {
      file: 'p.yaml',
      baseDir: dir,
    });
    assert.deepEqual(plan.phases.prepare[149].retry, { maximumAttempts: 2 });
  });

  it('an alias without its anchor, inside what it names, too many, or nesting too deep', () => {
    assert.deepEqual(lines(refused(`${PLAN_HEAD}x: *nope\n`)), ['3:4: unknown alias *nope: there is no anchor &nope before it']);
    assert.deepEqual(lines(refused(`${PLAN_HEAD}x: &a [1, *a]\n`)), ['3:11: alias *a is inside the value it names (&a): it would never end']);
    assert.deepEqual(lines(refused(`${PLAN_HEAD}a: &a 1\nx: [${Array(1001).fill('*a').join(', ')}]\n`)), [`4:${5 + 4 * 1000}: more than 1000 aliases`]);
    const chain = Array.from({ length: 60 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]`).join('\n');
    assert.deepEqual(lines(refused(`a0: &a0 [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n${chain}\n`)), [
      '53:12: alias *a51 nests the plan more than 100 levels deep',
    ]);
  });

  it('20,000 levels of nesting are refused where the limit is passed (yaml’s composer ran out of stack)', () => {
    assert.deepEqual(lines(refused(`${'['.repeat(20_000)}${']'.repeat(20_000)}`)), ['1:101: nested more than 100 levels deep']);
    assert.deepEqual(lines(refused(`${PLAN_HEAD}x:\n${'- '.repeat(20_000)}1\n`)), ['4:199: nested more than 100 levels deep']);
    // 100 levels are allowed: only the unknown field is reported.
    assert.deepEqual(lines(refused(`${PLAN_HEAD}phases: { prepare: [{ id: a, kind: wait, duration: 1s }] }\nx: ${'['.repeat(99)}${']'.repeat(99)}\n`)), ['4:1: unknown field x']);
  });

  it('20,000 unknown fields: the first 100 listed and the rest counted, in linear time (50,000 took 50 s)', () => {
    const err = refused(`${PLAN_HEAD}phases: { prepare: [{ id: a, kind: wait, duration: 1s }] }\n${Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join('\n')}\n`);
    assert.equal(err.issues.length, 101);
    assert.deepEqual(lines(err).slice(0, 2), ['4:1: unknown field k0', '5:1: unknown field k1']);
    assert.equal(lines(err)[100], '104:1: 19900 more problems not listed (only the first 100 found are)');
  });

  it('duplicate keys are found in linear time, in block and flow maps (yaml compared every pair: 3.5 s for 20,000 keys)', () => {
    const err = refused(`${PLAN_HEAD}${Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join('\n')}\nk7: 2\nphases: { prepare: [{ id: a, id: b }] }\n`);
    assert.deepEqual(lines(err), ['20003:1: Map keys must be unique', '20004:30: Map keys must be unique']);
  });

  it('20,000 YAML syntax errors: the first 100 listed', () => {
    const err = refused(`x: [${','.repeat(20_000)}]\n`);
    assert.equal(err.issues.length, 101);
    assert.equal(lines(err)[0], '1:6: Unexpected , in flow sequence');
    assert.match(lines(err)[100], /^1:106: 19900 more problems not listed/);
  });

  it('a string of 50,000 unclosed ${ is scanned once (each ${ rescanned the rest: 4 s for 100 KB)', () => {
    const err = refused(`name: "\${nope} ${'${'.repeat(50_000)}"\nenvironment: y\n`);
    assert.ok(lines(err).includes('1:8: malformed reference ${nope}: expected ${env:NAME}, ${secret:NAME} (or NAME#key) or ${steps.<step id>.<field>}'), lines(err).join('\n'));
  });

  it('a target named like a property every object has is not declared (toString, __proto__, constructor were accepted)', () => {
    const text = GOOD.replace('target: db, dir: migrations,', 'target: toString, dir: migrations,').replace('target: db, dir: cleanup', 'target: constructor, dir: cleanup');
    assert.deepEqual(lines(refused(text)), [
      '14:50: step schema: target toString is not declared under targets (declared: db, site)',
      '23:58: step schema-cleanup: target constructor is not declared under targets (declared: db, site)',
    ]);
    assert.match(lines(refused(GOOD.replace('target: db, dir: cleanup', 'target: __proto__, dir: cleanup')))[0], /target __proto__ is not declared under targets/);
  });

  it('a line break inside a token yaml could not parse still counts (every later place was a line too high)', () => {
    const got = lines(refused('    x: [\n{\n  "a": 1,\n  "b": 2\n}\n'));
    assert.ok(got.includes('3:8: Unexpected scalar token in YAML stream: "1,\\n  \\"b\\""'), got.join('\n'));
    assert.deepEqual(got.slice(-3), ['4:6: Unexpected map-value-ind token in YAML stream: ":"', '4:8: Unexpected scalar token in YAML stream: "2"', '5:1: Unexpected flow-map-end token in YAML stream: "}"']);
  });

  it('a number too large for a double is shown as Infinity, not null', () => {
    assert.deepEqual(lines(refused(GOOD.replace('maximumAttempts: 5', 'maximumAttempts: 1e400'))), ['8:29: defaults.retry.maximumAttempts: expected a number, got Infinity']);
  });

  it('a byte order mark does not shift the columns of line 1', () => {
    const text = GOOD.replace('name: shop', 'name: Shop');
    assert.deepEqual(lines(refused(`\uFEFF${text}`)), lines(refused(text)));
    assert.deepEqual(lines(refused(`\uFEFF${text}`)), ['2:7: name: a plan name is lower-case letters, digits and -']);
  });

  it('bytes that are not UTF-8 are refused at the first of them; UTF-16 is named', () => {
    const text = Buffer.from(GOOD.replace('staging', 'stag\u00e9ing'));
    const latin1 = Buffer.from(GOOD.replace('staging', 'stag\u00e9ing'), 'latin1');
    assert.ok(text.length !== latin1.length);
    assert.deepEqual(lines(refused(latin1)), ['3:18: not UTF-8 text (byte 0xE9): save the plan as UTF-8']);
    assert.deepEqual(lines(refused(Buffer.concat([Buffer.from([0xc0, 0x80]), Buffer.from(GOOD)]))), ['1:1: not UTF-8 text (byte 0xC0): save the plan as UTF-8']);
    assert.deepEqual(lines(refused(Buffer.from(`\uFEFF${GOOD}`, 'utf16le'))), ['1:1: the plan is UTF-16 text: save it as UTF-8']);
  });

  it('a file over 1 MiB is refused without reading all of it (/dev/zero never ends)', () => {
    assert.deepEqual(lines(refused(`${GOOD}${'#'.repeat(1024 * 1024)}\n`)), ['1:1: the plan is larger than 1 MiB']);
    assert.throws(() => loadPlanFile('/dev/zero'), (err: unknown) => err instanceof PlanError && err.message === '/dev/zero:1:1: the plan is larger than 1 MiB');
  });

  it('control characters from the plan are escaped: one problem, one line', () => {
    const err = refused(`${GOOD}"evil\\nfake.yaml:1:1: ok\\e[2J": 1\n`);
    assert.deepEqual(err.message.split('\n'), [`${path.join(dir, 'p.yaml')}:25:1: unknown field evil\\nfake.yaml:1:1: ok\\u001b[2J`]);
  });

  it('an alias in a --set value stays text, blamed on the --set (it was an internal error, exit 70)', () => {
    for (const value of ['{a: *x}', `{a: &a [1, 1], b: [${Array(200).fill('*a').join(', ')}]}`]) {
      const set = `defaults.retry=${value}`;
      assert.throws(
        () => parsePlan(GOOD, { file: 'p.yaml', baseDir: dir, set: [set] }),
        (err: unknown) => err instanceof PlanError && err.message === `--set ${set}: defaults.retry: expected a map, got ${JSON.stringify(value)}`,
      );
    }
  });

  it('a second document and a map as a key are plain problems, and yaml warns nothing on stderr', () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      assert.deepEqual(lines(refused(`${GOOD}---\nname: again\n`)), ['25:1: a plan is one YAML document; another one starts here']);
      // A map or list as a key has no name to find it by: the problem is placed at its map.
      assert.deepEqual(lines(refused(`${GOOD}? [a, b]\n: 1\n`)), ['2:1: unknown field [ a, b ]']);
    } finally {
      process.off('warning', onWarning);
    }
    assert.deepEqual(warnings, []);
  });
});
