// What every refused plan must satisfy: problems at places that exist in the file, one line each,
// found within a CPU-time budget proportional to the file's size.
import assert from 'node:assert/strict';
import type { PlanError } from '../../src/plan';

/** CPU time of this process so far, in ms. */
export const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * The most CPU time validating a file of `bytes` may take: a safety net against super-linear
 * parsing, not a benchmark. Measured on a 2-core machine, validation costs up to ~3 ms per KB on
 * the densest inputs (a YAML token per byte: 100,000 `[`; yaml's own parser is most of it), and a
 * small file up to ~100 ms when a garbage collection of the previous large file lands in it, or on a
 * code path's first use. 250 ms + 10 ms per KB leaves room for that and for a busy machine, while
 * anything quadratic in the file blows through it by orders of magnitude at the sizes generated
 * (50,000 unknown fields took 50 s before it was fixed). CPU time, not wall time: other processes
 * on a shared machine do not count.
 */
export const budgetMs = (bytes: number) => 250 + (10 * bytes) / 1024;

/** Every problem is in `file` at a line and column that exist there (column = line length + 1 is its end). */
export function placesExist(err: PlanError, file: string, bytes: Uint8Array): void {
  // Lines as yaml counts them (a `\n` ends a line) and columns in UTF-16 units, of the text as
  // decoded (a BOM is not a column); bytes that are not UTF-8 are refused at a place in their valid prefix.
  const text = Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  assert.ok(err.issues.length > 0, 'a PlanError without problems');
  for (const i of err.issues) {
    const where = `${i.line}:${i.col} (${i.message.slice(0, 200)})`;
    assert.equal(i.file, file, where);
    assert.ok(Number.isInteger(i.line) && i.line >= 1 && i.line <= lines.length, `line ${where} is not in the file (${lines.length} lines)`);
    assert.ok(Number.isInteger(i.col) && i.col >= 1 && i.col <= lines[i.line - 1].length + 1, `column ${where} is not on its line (${lines[i.line - 1].length} long)`);
    assert.ok(i.message.trim().length > 0, `an empty message at ${where}`);
  }
  const printed = err.message.split('\n');
  assert.equal(printed.length, err.issues.length, 'a problem printed on more than one line');
  const prefix = `${file}:`;
  for (const line of printed) {
    assert.ok(line.startsWith(prefix) && /^\d+:\d+: \S/.test(line.slice(prefix.length)), `not file:line:col: message: ${line.slice(0, 200)}`);
  }
}
