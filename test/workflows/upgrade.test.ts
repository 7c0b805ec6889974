// A redeploy with runs in flight: runs start on a worker of the previous release's workflow code
// (test/workflows/previous-release/), which is stopped while runs wait at gates, on a paused
// failure and with steps in progress; a worker of the current code takes over the same task queue,
// the gates are answered and the steps let go, and every run ends as it should, on the new code.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { finalStatus, sendUpdate, startRun } from '../../src/client';
import { approveUpdate, rejectUpdate, retryStepUpdate } from '../../src/workflows/definitions';
import { PARALLEL_GROUPS_PATCH } from '../../src/workflows/groups';
import type { Plan, StepSpec } from '../../src/plan/types';
import type { RunStatus } from '../../src/workflows/status';
import { startHarness, workflowBundle, type TemporalHarness } from '../helpers/temporal';
import { pollFor } from '../helpers/poll';
import { previousBundle } from './previous-release/bundle';
import { entriesFor, holds, release, stubActivities, testPlan, waitForStatus } from './stubs';

type Event = Record<string, unknown> & { workflowTaskCompletedEventAttributes?: { workerVersion?: { buildId?: string } } };
const events = async (handle: WorkflowHandle) => (await handle.fetchHistory()).events as unknown as Event[];
/** A JSON payload of a history event, decoded. */
const decode = <T>(payload: { data: Uint8Array }): T => JSON.parse(Buffer.from(payload.data).toString()) as T;

/** The build of each workflow task completion, in order: which code ran each part of the run. */
const builds = async (handle: WorkflowHandle) => (await events(handle)).flatMap((e) => e.workflowTaskCompletedEventAttributes?.workerVersion?.buildId ?? []);
/** The ids of the patches recorded in the run's history. */
const patchesIn = async (handle: WorkflowHandle) =>
  (await events(handle)).flatMap((e) => {
    const patch = (e.markerRecordedEventAttributes as { details?: Record<string, { payloads: { data: Uint8Array }[] }> } | undefined)?.details?.['patch-data']?.payloads[0];
    return patch ? [decode<{ id: string }>(patch).id] : [];
  });

/** Each step activity the run scheduled, with the workflow task that scheduled it. */
const schedules = async (handle: WorkflowHandle) =>
  (await events(handle)).flatMap((e) => {
    const a = e.activityTaskScheduledEventAttributes as { input: { payloads: { data: Uint8Array }[] }; workflowTaskCompletedEventId: unknown } | undefined;
    return a ? [{ step: decode<{ step: { id: string } }>(a.input.payloads[0]).step.id, task: String(a.workflowTaskCompletedEventId) }] : [];
  });
const taskOf = (list: { step: string; task: string }[], step: string) => list.find((x) => x.step === step)!.task;

let previous: TemporalHarness | undefined;
let current: TemporalHarness | undefined;
after(async () => {
  await previous?.close();
  await current?.close();
});

describe('upgrade with runs in flight', () => {
  it('runs started on the previous release finish on the current code: gates, a paused failure and steps in progress carry over', async () => {
    previous = await startHarness(stubActivities, { workflowBundle: previousBundle });
    const { taskQueue } = previous;
    const started: Record<string, WorkflowHandle> = {};
    const begin = async (name: string, plan: Plan) => {
      started[name] = await startRun(previous!.client, plan, { workflowId: `upgrade-${name}-${randomUUID()}`, taskQueue, startedBy: 'upgrade-test' });
    };
    const group = { id: 'copies' };
    const member = (id: string, params: Record<string, unknown>): Partial<StepSpec> & { id: string } => ({ id, group, params });

    await begin('approved', testPlan({ prepare: [{ id: 'a' }], migrateData: [{ id: 'go-live', kind: 'approval' }, { id: 'b' }] }));
    await begin('rejected', testPlan({ prepare: [{ id: 'a' }], migrateData: [{ id: 'go-live', kind: 'approval' }, { id: 'b' }] }));
    await begin('held', testPlan({ prepare: [{ id: 'a' }], migrateData: [{ id: 'copy', params: { hold: true } }, { id: 'b' }] }));
    await begin('held-then-fails', testPlan({ prepare: [{ id: 'a' }], migrateData: [{ id: 'copy', params: { hold: true } }, { id: 'bad', params: { failAlways: true } }] }));
    await begin('paused', testPlan({ prepare: [{ id: 'a' }], migrateData: [{ id: 'p', onFailure: 'pause', params: { failAttempts: 2 } }, { id: 'c' }] }));
    // Plans with a parallel group (from a client newer than the worker, which ignores the field):
    // one reaches its group after the upgrade, one has started it before.
    await begin('group-after', testPlan({ prepare: [{ id: 'go-live', kind: 'approval' }], migrateData: [member('x', {}), member('y', {}), { id: 'after' }] }));
    await begin('group-during', testPlan({ migrateData: [{ id: 'a' }, member('x', { hold: true }), member('y', {}), member('z', {})] }));

    const id = (name: string) => started[name].workflowId;
    for (const name of ['approved', 'rejected', 'group-after']) await waitForStatus(started[name], (s) => s.waitingFor?.type === 'gate', 60_000);
    await waitForStatus(started.paused, (s) => s.waitingFor?.type === 'failure', 60_000);
    const holding = [`${id('held')} copy`, `${id('held-then-fails')} copy`, `${id('group-during')} x`];
    await pollFor('the held steps to run on the previous release', () => holding.map((k) => holds.get(k)?.length ?? 0), (n) => n.every((c) => c === 1));

    // The redeploy: the old worker drains (as on SIGTERM) and stops; the steps it was running are
    // cancelled at the end of its grace time, their attempts failed for a retry elsewhere.
    await previous.close();
    previous = undefined;
    for (const k of holding) assert.deepEqual(holds.get(k), [{ attempt: 1, end: 'cancelled' }], k);

    current = await startHarness(stubActivities, { taskQueue });
    const h = current;
    const handle = (name: string) => h.client.workflow.getHandle(id(name));
    assert.equal(await sendUpdate(handle('approved'), approveUpdate, { by: 'alice' }), 'gate go-live approved');
    await sendUpdate(handle('rejected'), rejectUpdate, { gate: 'go-live', reason: 'not today', by: 'bob' });
    assert.equal(await sendUpdate(handle('paused'), retryStepUpdate, { step: 'p', by: 'carol' }), 'retrying p');
    await sendUpdate(handle('group-after'), approveUpdate, { by: 'alice' });
    await pollFor('the held steps to be retried on the current code', () => holding.map((k) => holds.get(k)?.length ?? 0), (n) => n.every((c) => c === 2));
    for (const k of holding) release(k);

    const end: Record<string, RunStatus> = {};
    for (const name of Object.keys(started)) end[name] = await finalStatus(handle(name));
    const states = Object.fromEntries(Object.entries(end).map(([n, s]) => [n, s.state]));
    assert.deepEqual(states, {
      approved: 'succeeded',
      rejected: 'aborted',
      held: 'succeeded',
      'held-then-fails': 'rolled_back',
      paused: 'succeeded',
      'group-after': 'succeeded',
      'group-during': 'succeeded',
    });

    // What ran and what was undone, old worker and new together.
    assert.deepEqual(entriesFor(id('approved')), ['a', 'b']);
    assert.equal(end.approved.steps[1].gate?.by, 'alice');
    assert.deepEqual(entriesFor(id('rejected')), ['a', 'undo a']);
    assert.match(end.rejected.reason ?? '', /gate go-live rejected by bob: not today/);
    assert.deepEqual(entriesFor(id('held')), ['a', 'copy', 'b']);
    assert.equal(end.held.steps[1].attempts, 2, 'the step in progress finished on its second attempt');
    assert.deepEqual(entriesFor(id('held-then-fails')), ['a', 'copy', 'undo bad (no output)', 'undo copy', 'undo a']);
    assert.equal(end['held-then-fails'].failedStep, 'bad');
    assert.deepEqual(entriesFor(id('paused')), ['a', 'p', 'c']);
    for (const k of holding) assert.deepEqual(holds.get(k), [{ attempt: 1, end: 'cancelled' }, { attempt: 2, end: 'released' }], k);

    // A group reached on the new code runs at once (the patch is recorded); one the old code had
    // started goes on one step after another, as it began (no patch in its history).
    const after = await schedules(handle('group-after'));
    assert.equal(taskOf(after, 'x'), taskOf(after, 'y'), 'x and y were scheduled at once');
    assert.ok((await patchesIn(handle('group-after'))).includes(PARALLEL_GROUPS_PATCH));
    assert.deepEqual(entriesFor(id('group-during')), ['a', 'x', 'y', 'z']);
    const during = await schedules(handle('group-during'));
    assert.equal(new Set(['x', 'y', 'z'].map((st) => taskOf(during, st))).size, 3, 'x, y and z were scheduled one after another');
    assert.ok(!(await patchesIn(handle('group-during'))).includes(PARALLEL_GROUPS_PATCH));

    // Each run was driven by the old build, then by the new one, and its whole history replays.
    const all = await Promise.all(Object.keys(started).map((n) => builds(handle(n))));
    const [oldBuild, newBuild] = [all[0][0], all[0][all[0].length - 1]];
    assert.notEqual(oldBuild, newBuild);
    for (const [i, seq] of all.entries()) {
      const switched = seq.findIndex((b) => b === newBuild);
      assert.ok(switched > 0 && seq.slice(0, switched).every((b) => b === oldBuild) && seq.slice(switched).every((b) => b === newBuild), `${Object.keys(started)[i]}: ${seq.join(', ')}`);
    }
    for (const name of Object.keys(started)) {
      await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, await handle(name).fetchHistory(), id(name));
    }
  });
});
