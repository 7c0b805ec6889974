// The shapes of run whose histories are recorded from the previous release's workflow code
// (test/workflows/histories/previous/) and replayed against the current code in CI: every path
// of the run loop a run in flight can be on when the worker is redeployed.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { finalStatus, sendUpdate, startRun } from '../../../src/client';
import {
  abortUpdate,
  approveUpdate,
  rejectUpdate,
  retryCompensationUpdate,
  retryStepUpdate,
  skipCompensationUpdate,
  skipStepUpdate,
} from '../../../src/workflows/definitions';
import type { Plan } from '../../../src/plan/types';
import { brokenUndo, testPlan, waitForStatus } from '../stubs';

export const plansDir = path.join(__dirname, 'plans');

type Scenario = (client: Client, taskQueue: string) => Promise<WorkflowHandle>;

const begin = (client: Client, taskQueue: string, plan: Plan | { name: string; environment: string }) =>
  startRun(client, plan, { workflowId: `previous-${randomUUID()}`, taskQueue, startedBy: 'recorder' });

/** Waits for the end; a run that fails (rolled back, aborted, cancelled) is as good as one that succeeds. */
const ended = async (handle: WorkflowHandle) => {
  await finalStatus(handle).catch(() => undefined);
  return handle;
};

const gated = (gate: Record<string, unknown> = {}) => testPlan({ prepare: [{ id: 'a' }], migrateData: [{ id: 'go-live', kind: 'approval', ...gate }, { id: 'b' }] });

export const scenarios: Record<string, Scenario> = {
  async succeeded(client, q) {
    // A retried step, a step without undo, a timer and the commit point.
    const plan = testPlan(
      {
        prepare: [{ id: 'a' }, { id: 'check', kind: 'test.check' }],
        provisionBase: [{ id: 'b', params: { failAttempts: 1 } }],
        migrateData: [{ id: 'settle', kind: 'wait', params: { duration: '100ms' } }],
        optimize: [{ id: 'c' }],
      },
      { commitAfter: 'settle' },
    );
    return ended(await begin(client, q, plan));
  },
  async 'rolled-back'(client, q) {
    // A step that fails for good; one compensation fails once and is retried by its policy.
    const plan = testPlan({ prepare: [{ id: 'a' }, { id: 'b', params: { undoFailAttempts: 1 } }], migrateData: [{ id: 'bad', params: { failAlways: true } }] });
    return ended(await begin(client, q, plan));
  },
  async 'failed-after-commit'(client, q) {
    const plan = testPlan({ prepare: [{ id: 'a' }], migrateData: [{ id: 'bad', params: { failAlways: true } }] }, { commitAfter: 'a' });
    return ended(await begin(client, q, plan));
  },
  async 'gate-approved'(client, q) {
    const handle = await begin(client, q, gated());
    await waitForStatus(handle, (s) => s.waitingFor?.type === 'gate');
    await sendUpdate(handle, approveUpdate, { by: 'recorder' });
    return ended(handle);
  },
  async 'gate-rejected'(client, q) {
    const handle = await begin(client, q, gated());
    await waitForStatus(handle, (s) => s.waitingFor?.type === 'gate');
    await sendUpdate(handle, rejectUpdate, { gate: 'go-live', reason: 'not today', by: 'recorder' });
    return ended(handle);
  },
  async 'gate-timeout'(client, q) {
    return ended(await begin(client, q, gated({ timeout: '1s' })));
  },
  async 'gate-answered-early'(client, q) {
    // The answer arrives while an earlier step still runs: the gate does not wait.
    const plan = testPlan({ prepare: [{ id: 'slow', params: { sleepMs: 1000 } }], migrateData: [{ id: 'go-live', kind: 'approval' }] });
    const handle = await begin(client, q, plan);
    await waitForStatus(handle, (s) => s.steps[0].state === 'running');
    await sendUpdate(handle, approveUpdate, { gate: 'go-live', by: 'recorder' });
    return ended(handle);
  },
  async 'pause-retried'(client, q) {
    // onFailure: pause, answered with retryStep; the third call succeeds.
    const plan = testPlan({ prepare: [{ id: 'a' }], migrateData: [{ id: 'p', onFailure: 'pause', params: { failAttempts: 2 } }, { id: 'c' }] });
    const handle = await begin(client, q, plan);
    await waitForStatus(handle, (s) => s.waitingFor?.type === 'failure');
    await sendUpdate(handle, retryStepUpdate, { step: 'p', by: 'recorder' });
    return ended(handle);
  },
  async 'pause-skipped'(client, q) {
    const plan = testPlan({ prepare: [{ id: 'a' }], migrateData: [{ id: 'p', onFailure: 'pause', params: { failAlways: true } }, { id: 'c' }] });
    const handle = await begin(client, q, plan);
    await waitForStatus(handle, (s) => s.waitingFor?.type === 'failure');
    await sendUpdate(handle, skipStepUpdate, { step: 'p', reason: 'done by hand', by: 'recorder' });
    return ended(handle);
  },
  async 'pause-aborted'(client, q) {
    const plan = testPlan({ prepare: [{ id: 'a' }], migrateData: [{ id: 'p', onFailure: 'pause', params: { failAlways: true } }, { id: 'c' }] });
    const handle = await begin(client, q, plan);
    await waitForStatus(handle, (s) => s.waitingFor?.type === 'failure');
    await sendUpdate(handle, abortUpdate, { reason: 'give up', by: 'recorder' });
    return ended(handle);
  },
  async 'aborted-mid-step'(client, q) {
    const plan = testPlan({ prepare: [{ id: 'a' }], migrateData: [{ id: 'long', params: { sleepMs: 20_000 } }, { id: 'never' }] });
    const handle = await begin(client, q, plan);
    await waitForStatus(handle, (s) => s.steps[1].state === 'running');
    await sendUpdate(handle, abortUpdate, { reason: 'wrong image', by: 'recorder' });
    return ended(handle);
  },
  async cancelled(client, q) {
    const plan = testPlan({ prepare: [{ id: 'a' }, { id: 'b' }], optimize: [{ id: 'long', params: { sleepMs: 20_000 } }] });
    const handle = await begin(client, q, plan);
    await waitForStatus(handle, (s) => s.steps[2].state === 'running');
    await handle.cancel();
    return ended(handle);
  },
  async 'compensation-skipped'(client, q) {
    const plan = testPlan({ prepare: [{ id: 'a' }, { id: 'b' }], migrateData: [{ id: 'bad', params: { failAlways: true } }] });
    const handle = await begin(client, q, plan);
    brokenUndo.add(`${handle.workflowId} b`);
    await waitForStatus(handle, (s) => s.state === 'rollback_failed');
    await sendUpdate(handle, skipCompensationUpdate, { step: 'b', reason: 'removed by hand', by: 'recorder' });
    return ended(handle);
  },
  async 'compensation-retried'(client, q) {
    const plan = testPlan({ prepare: [{ id: 'a' }, { id: 'b' }], migrateData: [{ id: 'bad', params: { failAlways: true } }] });
    const handle = await begin(client, q, plan);
    brokenUndo.add(`${handle.workflowId} b`);
    await waitForStatus(handle, (s) => s.state === 'rollback_failed');
    brokenUndo.delete(`${handle.workflowId} b`);
    await sendUpdate(handle, retryCompensationUpdate, { step: 'b', by: 'recorder' });
    return ended(handle);
  },
  async 'group-sequential'(client, q) {
    // A plan with a parallel group from a newer client: this release does not know groups and runs
    // the group's steps one after another; the last one fails, and all are undone.
    const copies = { id: 'copies' };
    const plan = testPlan({
      migrateData: [{ id: 'schema' }, { id: 'orders', group: copies }, { id: 'users', group: copies }, { id: 'sessions', group: copies, params: { failAlways: true } }, { id: 'after' }],
    });
    return ended(await begin(client, q, plan));
  },
  async 'group-member-failed'(client, q) {
    // The same, with the group's second step failing: the third never starts.
    const copies = { id: 'copies' };
    const plan = testPlan({
      migrateData: [{ id: 'schema' }, { id: 'orders', group: copies }, { id: 'users', group: copies, params: { failAlways: true } }, { id: 'sessions', group: copies }, { id: 'after' }],
    });
    return ended(await begin(client, q, plan));
  },
  async 'by-name'(client, q) {
    // The worker loads the plan from its plans folder (cutover.loadPlan), as from the Web UI.
    const handle = await begin(client, q, { name: 'by-name', environment: 'test' });
    await waitForStatus(handle, (s) => s.waitingFor?.type === 'gate');
    await sendUpdate(handle, approveUpdate, { by: 'recorder' });
    return ended(handle);
  },
  async 'by-name-missing'(client, q) {
    // A plan that cannot be loaded fails the run before it has a status.
    return ended(await begin(client, q, { name: 'no-such-plan', environment: 'test' }));
  },
};
