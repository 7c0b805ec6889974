// Gates answered by people (approve, reject, timeout), abort and cancellation mid-run: all on
// a real Temporal server with stub activities.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { WorkflowFailedError } from '@temporalio/client';
import { CancelledFailure } from '@temporalio/common';
import { finalStatus, sendUpdate, startRun } from '../../src/client';
import { loadConfig } from '../../src/config';
import { abortUpdate, approveUpdate, rejectUpdate } from '../../src/workflows/definitions';
import type { Plan } from '../../src/plan/types';
import { startHarness, type TemporalHarness } from '../helpers/temporal';
import { cancelled, entriesFor, stubActivities, testPlan, waitForStatus } from './stubs';

let h: TemporalHarness;
before(async () => {
  h = await startHarness(stubActivities);
});
after(async () => h?.close());

const start = (plan: Plan) => startRun(h.client, plan, { workflowId: `gate-${randomUUID()}`, taskQueue: h.taskQueue }, loadConfig());

const gatedPlan = (gate: Record<string, unknown> = {}) =>
  testPlan({ migrateData: [{ id: 'schema' }, { id: 'go-live', kind: 'approval', ...gate }, { id: 'api' }] });

describe('gates, abort and cancellation', { concurrency: true }, () => {
  it('approve lets the run go on and records who approved', async () => {
    const handle = await start(gatedPlan());
    const w = await waitForStatus(handle, (s) => s.state === 'waiting');
    assert.deepEqual([w.waitingFor?.type, w.waitingFor?.step], ['gate', 'go-live']);
    assert.equal(await sendUpdate(handle, approveUpdate, { by: 'alice' }), 'gate go-live approved');
    const s = await finalStatus(handle);
    assert.equal(s.state, 'succeeded');
    assert.equal(s.steps[1].gate?.decision, 'approved');
    assert.equal(s.steps[1].gate?.by, 'alice');
    assert.deepEqual(entriesFor(handle.workflowId), ['schema', 'api']);
  });

  it('reject rolls back and ends aborted', async () => {
    const handle = await start(gatedPlan());
    await waitForStatus(handle, (s) => s.waitingFor?.type === 'gate');
    await assert.rejects(sendUpdate(handle, rejectUpdate, { gate: 'go-live', reason: '' }), /reason is required/);
    await sendUpdate(handle, rejectUpdate, { gate: 'go-live', reason: 'error budget spent', by: 'bob' });
    const s = await finalStatus(handle);
    assert.equal(s.state, 'aborted');
    assert.equal(s.steps[1].state, 'rejected');
    assert.match(s.reason ?? '', /gate go-live rejected by bob: error budget spent/);
    assert.deepEqual(entriesFor(handle.workflowId), ['schema', 'undo schema']);
  });

  it('a gate that times out counts as rejected', async () => {
    const handle = await start(gatedPlan({ timeout: '1s' }));
    const s = await finalStatus(handle);
    assert.equal(s.state, 'aborted');
    assert.equal(s.steps[1].gate?.by, 'timeout');
    assert.match(s.reason ?? '', /no answer within 1s/);
    assert.deepEqual(entriesFor(handle.workflowId), ['schema', 'undo schema']);
  });

  it('updates for an unknown gate, a non-gate step or an answered gate are refused', async () => {
    const handle = await start(gatedPlan());
    await waitForStatus(handle, (s) => s.waitingFor?.type === 'gate');
    await assert.rejects(sendUpdate(handle, approveUpdate, { gate: 'nope' }), /refused: unknown gate nope/);
    await assert.rejects(sendUpdate(handle, approveUpdate, { gate: 'api' }), /api is a test.op step, not a gate/);
    await sendUpdate(handle, approveUpdate, { gate: 'go-live' });
    await assert.rejects(sendUpdate(handle, rejectUpdate, { gate: 'go-live', reason: 'late' }), /already answered|already ended/);
    assert.equal((await finalStatus(handle)).state, 'succeeded');
  });

  it('a gate answered before the run reaches it does not wait', async () => {
    const plan = testPlan({ prepare: [{ id: 'slow', params: { sleepMs: 1500 } }], migrateData: [{ id: 'go-live', kind: 'approval' }] });
    const handle = await start(plan);
    await waitForStatus(handle, (s) => s.steps[0].state === 'running');
    await sendUpdate(handle, approveUpdate, { gate: 'go-live', by: 'ci' });
    assert.equal((await finalStatus(handle)).state, 'succeeded');
  });

  it('abort mid-step stops the running step and rolls back everything', async () => {
    const handle = await start(testPlan({ prepare: [{ id: 'a' }], migrateData: [{ id: 'long', params: { hold: true } }, { id: 'never' }] }));
    await waitForStatus(handle, (s) => s.steps[1].state === 'running');
    await sendUpdate(handle, abortUpdate, { reason: 'wrong image', by: 'carol' });
    const s = await finalStatus(handle);
    assert.ok(cancelled.has(`${handle.workflowId} long`), 'the abort cancelled the long step instead of waiting for it');
    assert.equal(s.state, 'aborted');
    assert.equal(s.steps[1].state, 'cancelled');
    assert.match(s.reason ?? '', /aborted by carol: wrong image/);
    assert.deepEqual(entriesFor(handle.workflowId), ['a', 'undo long (no output)', 'undo a']);
    await assert.rejects(sendUpdate(handle, abortUpdate, { reason: 'again' }), /has already ended \(failed\)/);
  });

  it('abort while waiting at a gate rolls back', async () => {
    const handle = await start(gatedPlan());
    await waitForStatus(handle, (s) => s.waitingFor?.type === 'gate');
    await sendUpdate(handle, abortUpdate, { reason: 'not today' });
    const s = await finalStatus(handle);
    assert.equal(s.state, 'aborted');
    assert.deepEqual(entriesFor(handle.workflowId), ['schema', 'undo schema']);
  });

  it('cancelling the workflow rolls back, then the run ends cancelled', async () => {
    const handle = await start(testPlan({ prepare: [{ id: 'a' }, { id: 'b' }], optimize: [{ id: 'long', params: { hold: true } }] }));
    await waitForStatus(handle, (s) => s.steps[2].state === 'running');
    await handle.cancel();
    await assert.rejects(handle.result(), (err: unknown) => {
      assert.ok(err instanceof WorkflowFailedError);
      assert.ok(err.cause instanceof CancelledFailure);
      return true;
    });
    const s = await finalStatus(handle);
    assert.equal(s.state, 'aborted');
    assert.equal(s.reason, 'run cancelled');
    assert.deepEqual(entriesFor(handle.workflowId), ['a', 'b', 'undo long (no output)', 'undo b', 'undo a']);
    assert.equal((await handle.describe()).status.name, 'CANCELLED');
  });
});
