// The saga on a real Temporal server with stub activities: ordering, reverse compensation,
// compensation retries and people resolving stuck compensations, pause, commit point.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { finalStatus, sendUpdate, startRun } from '../../src/client';
import { CutoverError } from '../../src/exit-codes';
import { loadConfig } from '../../src/config';
import { retryCompensationUpdate, retryStepUpdate, searchAttributes, skipCompensationUpdate, skipStepUpdate } from '../../src/workflows/definitions';
import type { Plan } from '../../src/plan/types';
import { startHarness, type TemporalHarness } from '../helpers/temporal';
import { brokenUndo, entriesFor, stubActivities, testPlan, waitForStatus } from './stubs';

let h: TemporalHarness;
before(async () => {
  h = await startHarness(stubActivities);
});
after(async () => h?.close());

const start = (plan: Plan, workflowId = `saga-${randomUUID()}`) =>
  startRun(h.client, plan, { workflowId, taskQueue: h.taskQueue }, loadConfig());

describe('migration saga', { concurrency: true }, () => {
  it('runs every phase in order and succeeds', async () => {
    const handle = await start(
      testPlan({ prepare: [{ id: 'a' }], provisionBase: [{ id: 'b', kind: 'test.check' }], migrateData: [{ id: 'c' }], optimize: [{ id: 'd' }] }),
    );
    const s = await finalStatus(handle);
    assert.equal(s.state, 'succeeded');
    assert.deepEqual(entriesFor(handle.workflowId), ['a', 'c', 'd']);
    assert.deepEqual(s.steps.map((x) => [x.id, x.state]), [['a', 'succeeded'], ['b', 'succeeded'], ['c', 'succeeded'], ['d', 'succeeded']]);
    assert.deepEqual(s.steps[0].output, { did: 'a', call: 1 });
    const d = await handle.describe();
    assert.equal(d.typedSearchAttributes.get(searchAttributes.state), 'succeeded');
    assert.equal(d.typedSearchAttributes.get(searchAttributes.phase), 'optimize');
  });

  it('a failure in migrateData compensates every started step in exact reverse order', async () => {
    const handle = await start(
      testPlan({
        prepare: [{ id: 'p1' }, { id: 'p2' }],
        provisionBase: [{ id: 'b1' }, { id: 'b2', kind: 'test.check' }],
        migrateData: [{ id: 'm1' }, { id: 'm2', params: { failAlways: true } }, { id: 'm3' }],
      }),
    );
    const s = await finalStatus(handle);
    assert.equal(s.state, 'rolled_back');
    assert.equal(s.failedStep, 'm2');
    assert.match(s.reason ?? '', /m2 broke/);
    // m2 failed part-way: its compensation runs first, without an output; m3 never ran.
    assert.deepEqual(entriesFor(handle.workflowId), ['p1', 'p2', 'b1', 'm1', 'undo m2 (no output)', 'undo m1', 'undo b1', 'undo p2', 'undo p1']);
    const m2 = s.steps.find((x) => x.id === 'm2')!;
    assert.equal(m2.state, 'failed');
    assert.equal(m2.attempts, 2, 'the plan allows two attempts');
    assert.equal(s.steps.find((x) => x.id === 'm3')!.state, 'pending');
    assert.equal(s.steps.find((x) => x.id === 'b2')!.undo.state, 'none');
    assert.ok(s.steps.filter((x) => ['p1', 'p2', 'b1', 'm1'].includes(x.id)).every((x) => x.undo.state === 'succeeded'));
  });

  it('a compensation that fails twice then succeeds is retried and the run rolls back', async () => {
    const handle = await start(testPlan({ prepare: [{ id: 'a', params: { undoFailAttempts: 2 } }, { id: 'boom', kind: 'test.check', params: { fatal: true } }] }));
    const s = await finalStatus(handle);
    assert.equal(s.state, 'rolled_back');
    assert.equal(s.steps[0].undo.state, 'succeeded');
    assert.equal(s.steps[0].undo.attempts, 3);
    assert.equal(s.steps[1].attempts, 1, 'a non-retryable failure is not retried');
  });

  it('a compensation that fails for good waits in rollback_failed; retryCompensation resolves it', async () => {
    const plan = testPlan({ prepare: [{ id: 'a' }, { id: 'b' }, { id: 'boom', kind: 'test.check', params: { fatal: true } }] });
    const handle = await start(plan);
    const key = `${handle.workflowId} b`;
    brokenUndo.add(key);
    const stuck = await waitForStatus(handle, (s) => s.state === 'rollback_failed');
    assert.equal(stuck.waitingFor?.type, 'compensation');
    assert.equal(stuck.waitingFor?.step, 'b');
    assert.match(stuck.steps[1].undo.error ?? '', /undo of b broke/);
    assert.equal(entriesFor(handle.workflowId).includes('undo a'), false, 'nothing older is undone while b is stuck');
    await assert.rejects(sendUpdate(handle, retryCompensationUpdate, { step: 'a' }), /not the one waiting/);
    brokenUndo.delete(key);
    assert.match(await sendUpdate(handle, retryCompensationUpdate, {}), /retrying the undo of b/);
    const s = await finalStatus(handle);
    assert.equal(s.state, 'rolled_back');
    assert.deepEqual(entriesFor(handle.workflowId).slice(-2), ['undo b', 'undo a']);
  });

  it('skipCompensation needs a reason, records it, and the rollback goes on', async () => {
    const handle = await start(testPlan({ prepare: [{ id: 'a' }, { id: 'b' }, { id: 'boom', kind: 'test.check', params: { fatal: true } }] }));
    brokenUndo.add(`${handle.workflowId} b`);
    await waitForStatus(handle, (s) => s.state === 'rollback_failed');
    await assert.rejects(sendUpdate(handle, skipCompensationUpdate, { reason: ' ' }), /reason is required/);
    await sendUpdate(handle, skipCompensationUpdate, { step: 'b', reason: 'fixed by hand', by: 'ops' });
    const s = await finalStatus(handle);
    assert.equal(s.state, 'rolled_back');
    assert.equal(s.steps[1].undo.state, 'skipped');
    assert.equal(s.steps[1].undo.reason, 'fixed by hand (by ops)');
    assert.match(s.reason ?? '', /undo skipped for b/);
    assert.deepEqual(entriesFor(handle.workflowId), ['a', 'b', 'undo a']);
  });

  it('onFailure: pause waits for a person; retry runs the step again and the run succeeds', async () => {
    const handle = await start(testPlan({ migrateData: [{ id: 'a' }, { id: 'flaky', onFailure: 'pause', params: { failAttempts: 2 } }, { id: 'c' }] }));
    const paused = await waitForStatus(handle, (s) => s.state === 'waiting');
    assert.equal(paused.waitingFor?.type, 'failure');
    assert.equal(paused.waitingFor?.step, 'flaky');
    assert.equal(paused.steps[1].state, 'failed');
    await assert.rejects(sendUpdate(handle, retryCompensationUpdate, {}), /no compensation is waiting/);
    await sendUpdate(handle, retryStepUpdate, { step: 'flaky' });
    const s = await finalStatus(handle);
    assert.equal(s.state, 'succeeded');
    assert.equal(s.steps[1].attempts, 3);
    assert.deepEqual(entriesFor(handle.workflowId), ['a', 'flaky', 'c']);
  });

  it('onFailure: pause then skip with a reason goes on', async () => {
    const plan = testPlan({ migrateData: [{ id: 'a', params: { failAlways: true } }, { id: 'b' }] });
    plan.defaults.onFailure = 'pause';
    const handle = await start(plan);
    await waitForStatus(handle, (s) => s.waitingFor?.type === 'failure');
    await sendUpdate(handle, skipStepUpdate, { reason: 'known flake' });
    const s = await finalStatus(handle);
    assert.equal(s.state, 'succeeded');
    assert.equal(s.steps[0].state, 'skipped');
    assert.equal(s.steps[0].reason, 'known flake');
  });

  it('the commit point drops the compensations recorded before it; later steps are not undone', async () => {
    const handle = await start(
      testPlan(
        { migrateData: [{ id: 'a' }, { id: 'b' }], optimize: [{ id: 'cleanup' }, { id: 'prune', params: { failAlways: true } }] },
        { commitAfter: 'b' },
      ),
    );
    const s = await finalStatus(handle);
    assert.equal(s.state, 'failed');
    assert.equal(s.committed, true);
    assert.deepEqual(entriesFor(handle.workflowId), ['a', 'b', 'cleanup'], 'nothing is undone');
    assert.equal(s.steps[0].undo.state, 'dropped');
    assert.equal(s.steps[2].undo.state, 'none');
    assert.match(s.steps[2].undo.reason ?? '', /after the commit point/);
  });

  it('a second start of the same plan on the same environment is refused', async () => {
    const plan = testPlan({ prepare: [{ id: 'slow', params: { sleepMs: 3000 } }] });
    const id = `saga-dup-${randomUUID()}`;
    const first = await start(plan, id);
    await assert.rejects(start(plan, id), (err: unknown) => {
      assert.ok(err instanceof CutoverError);
      assert.equal(err.exitCode, 4);
      assert.match(err.message, /already in progress/);
      return true;
    });
    const attached = await startRun(h.client, plan, { workflowId: id, taskQueue: h.taskQueue, attach: true });
    assert.equal(attached.firstExecutionRunId, first.firstExecutionRunId);
    assert.equal((await finalStatus(first)).state, 'succeeded');
  });
});
