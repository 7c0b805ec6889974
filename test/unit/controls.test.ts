// The operators' controls as plain code: what each update accepts in each state of a run, and
// what it records; refusals are ApplicationFailures (a rejected update, never a failed task).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApplicationFailure } from '@temporalio/common';
import { Controls } from '../../src/workflows/controls';
import type { RunState, RunStatus, StepStatus, WaitingFor } from '../../src/workflows/status';
import type { StepSpec } from '../../src/plan/types';

const spec = (id: string, kind: string, execution: StepSpec['execution']): StepSpec => ({ id, kind, phase: 'migrateData', execution, undo: false, params: {} });

function run(state: RunState = 'running', waitingFor?: WaitingFor) {
  const steps: StepStatus[] = ['schema', 'go-live', 'api'].map((id) => ({ id, kind: 'x', phase: 'migrateData', state: 'pending', attempts: 0, undo: { state: 'none', attempts: 0 } }));
  const status = { state, waitingFor, steps } as unknown as RunStatus;
  const view = { status, step: (id: string) => steps.find((s) => s.id === id)! };
  const specs = new Map([spec('schema', 'mysql.migrate', 'activity'), spec('go-live', 'approval', 'gate'), spec('api', 'ecs.blueGreen', 'activity')].map((s) => [s.id, s]));
  let aborted = 0;
  const controls = new Controls(view, specs, () => '2026-01-01T00:00:00.000Z', () => aborted++);
  return { controls, status, view, aborted: () => aborted };
}

const refused = (fn: () => unknown, re: RegExp) =>
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof ApplicationFailure, `not an ApplicationFailure: ${err}`);
    assert.equal(err.type, 'CutoverRefused');
    assert.match(err.message, re);
    return true;
  });

describe('operator controls', () => {
  it('approve: the waiting gate by default, a named gate, and records who', () => {
    const { controls, view } = run('waiting', { type: 'gate', step: 'go-live', since: '', hint: '' });
    view.step('go-live').state = 'waiting';
    controls.approve.check({});
    assert.equal(controls.approve.apply({ by: 'alice' }), 'gate go-live approved');
    assert.deepEqual(controls.gateAnswers.get('go-live'), { decision: 'approved', by: 'alice', at: '2026-01-01T00:00:00.000Z' });
    refused(() => controls.approve.check({ gate: 'go-live' }), /gate go-live is already answered/);
  });

  it('refuses an unknown gate, a step that is not a gate, no gate waiting, and a reject without a reason', () => {
    const { controls } = run();
    refused(() => controls.approve.check({ gate: 'nope' }), /unknown gate nope/);
    refused(() => controls.approve.check({ gate: 'api' }), /step api is a ecs.blueGreen step, not a gate/);
    refused(() => controls.approve.check({}), /no gate is waiting; name the gate/);
    refused(() => controls.reject.check({ gate: 'go-live', reason: '  ' }), /a reason is required/);
    controls.reject.check({ gate: 'go-live', reason: 'not today' }); // a gate not reached yet can be answered ahead
  });

  it('abort stops the run once, cancels what is in flight, and is refused once rolling back or ended', () => {
    const r = run();
    refused(() => r.controls.abort.check({ reason: '' }), /a reason is required/);
    assert.equal(r.controls.abort.apply({ reason: 'bad deploy', by: 'bob' }), 'rolling back');
    assert.deepEqual(r.controls.stop, { reason: 'aborted by bob: bad deploy' });
    assert.equal(r.aborted(), 1);
    refused(() => r.controls.abort.check({ reason: 'again' }), /already rolling back/);
    for (const state of ['rolling_back', 'rollback_failed'] as const) refused(() => run(state).controls.abort.check({ reason: 'x' }), /already rolling back/);
    for (const state of ['succeeded', 'rolled_back', 'aborted', 'failed'] as const) refused(() => run(state).controls.abort.check({ reason: 'x' }), new RegExp(`has already ended \\(${state}\\)`));
  });

  it('retry and skip answer only the failure or compensation that is waiting, naming it', () => {
    const failed = run('waiting', { type: 'failure', step: 'schema', since: '', hint: '' }).controls;
    refused(() => failed.retryCompensation.check({}), /no compensation is waiting/);
    refused(() => failed.retryStep.check({ step: 'api' }), /step api is not the one waiting \(schema is\)/);
    refused(() => failed.skipStep.check({ reason: '' }), /a reason is required/);
    assert.equal(failed.skipStep.apply({ reason: 'known flaky', by: 'carol' }), 'skipping schema');
    assert.deepEqual(failed.failureDecision, { action: 'skip', reason: 'known flaky', by: 'carol' });

    const undo = run('rollback_failed', { type: 'compensation', step: 'api', since: '', hint: '' }).controls;
    refused(() => undo.retryStep.check({}), /no failed step is waiting/);
    assert.equal(undo.retryCompensation.apply({}), 'retrying the undo of api');
    assert.deepEqual(undo.undoDecision, { action: 'retry', by: undefined });
  });
});
