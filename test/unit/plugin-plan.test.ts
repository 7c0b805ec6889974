// A plan of 200 steps of a plugin's kinds (half of them naming the plugin's target kind, half using
// an earlier step's output) validates and explains, every step with the plugin's own texts.
// How fast is measured in bench/custom-kinds.ts (BENCHMARKS.md); the bound here is only a guard
// against a pathological slowdown (something quadratic in the steps): it is ten times the "well
// under a second" the benchmark shows, because a shared CI machine's timing is not a measurement.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { explainPlan, explainPlanJson, parsePlan } from '../../src/plan';
import { loadPlugins } from '../../src/plugins';
import { manyStepsPlan } from '../fixtures/plugins/plan-200';

const FIXTURES = path.resolve(__dirname, '../fixtures/plugins');

it('a plan of 200 steps of custom kinds validates and explains', async () => {
  await loadPlugins([{ spec: './acme.js', baseDir: FIXTURES, where: 'test' }]);
  const text = manyStepsPlan('plugin', 200);
  const started = performance.now();
  const plan = parsePlan(text, { file: 'many.yaml', baseDir: FIXTURES });
  const explained = explainPlanJson(plan);
  const printed = explainPlan(plan);
  const ms = performance.now() - started;

  assert.equal(explained.steps.length, 200);
  assert.deepEqual(new Set(explained.steps.map((s) => s.kind)), new Set(['acme.open', 'acme.note']));
  const open = explained.steps.find((s) => s.id === 'open-7')!;
  assert.equal(open.does, 'open a ticket in the ledger: ledger: "ticket 7" (priority 3)');
  assert.equal(open.undo, 'close the ticket this run opened');
  assert.equal(explained.steps.find((s) => s.id === 'note-7')!.does, 'add a note to a ticket: on ${steps.open-7.ticket}');
  assert.equal(explained.rollbackOrder.length, 100, 'every acme.open is undone on a rollback');
  assert.equal(explained.rollbackOrder[0], 'open-100', 'newest first');
  assert.ok(printed.includes('close the ticket this run opened'));
  assert.ok(ms < 10_000, `validated and explained in ${ms.toFixed(0)} ms`);
});

it('the same plan with a step reference to an output the kind does not declare is refused at its place', () => {
  const text = manyStepsPlan('plugin', 200).replace('${steps.open-50.ticket}', '${steps.open-50.id}');
  assert.throws(() => parsePlan(text, { file: 'many.yaml', baseDir: FIXTURES }), { message: /^many\.yaml:\d+:\d+: step note-50: \$\{steps\.open-50\.id\}: acme\.open has no output id; it has ticket, priority$/ });
});
