// A plan is held to what one Temporal workflow execution can record when every step runs and is
// then undone: at most 2,000 steps, and at most 20 MB of activity inputs (each step's fields and the
// targets every step carries). Counted over phases and parallel groups; refused by `cutover validate`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { LIMITS } from '../../src/plan/limits';
import { parse, problems } from './plan-fixtures';

const HEAD = 'name: big\nenvironment: test\n';
const wait = (id: string) => `    - { id: ${id}, kind: wait, duration: 1s }`;

/** `prepare` steps, then a parallel group of `grouped` steps in migrateData. */
function plan(prepare: number, grouped: number, targets = ''): string {
  const lines = [`${HEAD}${targets}phases:`, '  prepare:', ...Array.from({ length: prepare }, (_, i) => wait(`p${i + 1}`))];
  if (grouped) {
    lines.push('  migrateData:', '    - parallel:', '        id: many', '        steps:');
    lines.push(...Array.from({ length: grouped }, (_, i) => `          - { id: g${i + 1}, kind: wait, duration: 1s }`));
  }
  return `${lines.join('\n')}\n`;
}

describe('plan history budget', () => {
  it('is 2,000 steps and 20 MB', () => {
    assert.equal(LIMITS.steps, 2000);
    assert.equal(LIMITS.historyBytes, 20 * 1024 * 1024);
  });

  it('takes 2,000 steps, across phases and a parallel group', () => {
    const p = parse(plan(1500, 500));
    assert.equal(p.phases.prepare.length + p.phases.migrateData.length, 2000);
  });

  it('refuses the 2,001st step at its place, with the limit and why', () => {
    // Lines 1-4: name, environment, phases, prepare; then 1,500 steps, 4 lines of group header, the group's steps.
    assert.deepEqual(problems(plan(1500, 501)), [
      'p.yaml:2009:13: the plan has 2,001 steps; at most 2,000: a run is one Temporal workflow, each step adds about 6 events to its history ' +
        'and 6 more when it is undone, and Temporal terminates a run at 51,200 events without rolling it back; split it into several plans run one after another',
    ]);
    assert.match(problems(plan(2001, 0))[0], /^p\.yaml:2005:7: the plan has 2,001 steps; at most 2,000/);
  });

  it('refuses targets that every step would carry past 20 MB of history', () => {
    // 100 steps × 2 (run and undo) × ~110 KB of targets ≈ 21.5 MB.
    const fat = (kb: number) => `targets:\n  db: { kind: mysql, url: "mysql://app@db:3306/app?note=${'x'.repeat(kb * 1024)}" }\n`;
    const out = problems(plan(100, 0, fat(110)));
    assert.equal(out.length, 1, out.join('\n'));
    assert.match(out[0], /^p\.yaml:4:3: the plan's 100 steps and its targets \(110\.\d KB, sent with every step\) come to about 21\.\d MB of history when run and undone; at most 20\.0 MB \(Temporal terminates a run at 50\.0 MB without rolling it back\): declare fewer or shorter targets, or split it/);
    assert.doesNotThrow(() => parse(plan(100, 0, fat(100))));
  });

  it('is what `cutover validate` reports, with exit 4', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-budget-'));
    const file = path.join(dir, 'big.yaml');
    fs.writeFileSync(file, plan(2001, 0));
    const cli = path.resolve(__dirname, '../../src/cli/main.ts');
    try {
      await promisify(execFile)(process.execPath, ['--import', 'tsx', cli, 'validate', file], { encoding: 'utf8' });
      assert.fail('validate accepted 2,001 steps');
    } catch (err) {
      const e = err as { code?: number; stdout: string; stderr: string };
      assert.equal(e.code, 4, e.stderr);
      assert.match(e.stdout + e.stderr, /big\.yaml:2005:7: the plan has 2,001 steps; at most 2,000/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
