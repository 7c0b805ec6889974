// Every plan shipped under plans/ (the demo's, the examples) passes `cutover validate`, run in this
// process as the CLI runs it: a plan that drifts from the language fails here, not in a reader's hands.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildProgram } from '../../src/cli/main';

const PLANS = path.resolve(__dirname, '../../plans');

/** Every .yaml / .yml file under plans/, migrations folders included (none of them holds YAML). */
function planFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return planFiles(full);
    return /\.ya?ml$/.test(e.name) ? [full] : [];
  });
}

/** `cutover validate <file> --json`: what it printed, and the exit code it set. */
async function validate(file: string): Promise<{ out: { ok: boolean; plan?: string; issues: unknown[] }; exitCode: number | undefined }> {
  const write = process.stdout.write.bind(process.stdout);
  const before = process.exitCode;
  let printed = '';
  process.stdout.write = ((chunk: string | Uint8Array) => ((printed += String(chunk)), true)) as typeof process.stdout.write;
  try {
    await buildProgram().parseAsync(['validate', file, '--json'], { from: 'user' });
  } finally {
    process.stdout.write = write;
  }
  const exitCode = process.exitCode as number | undefined;
  process.exitCode = before;
  return { out: JSON.parse(printed), exitCode };
}

describe('the plans under plans/', () => {
  const files = planFiles(PLANS);

  it('include the demo and the example rollout', () => {
    const names = files.map((f) => path.relative(PLANS, f));
    for (const expected of ['demo.yaml', 'examples/rollout.yaml']) assert.ok(names.includes(expected), names.join(', '));
  });

  for (const file of files) {
    it(`cutover validate accepts ${path.relative(PLANS, file)}`, async () => {
      const { out, exitCode } = await validate(file);
      assert.deepEqual(out.issues, [], JSON.stringify(out.issues, null, 2));
      assert.equal(out.ok, true);
      assert.equal(exitCode, undefined);
    });
  }

  it('and the same command refuses a broken plan (the check can fail)', async () => {
    const broken = path.resolve(__dirname, '../e2e/fixtures/broken.yaml');
    const { out, exitCode } = await validate(broken);
    assert.equal(out.ok, false);
    assert.ok(out.issues.length > 0);
    assert.equal(exitCode, 4);
  });
});
