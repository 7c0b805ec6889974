// Parallel groups on a real Temporal server with stub activities: steps of a group run at once (at
// most maxConcurrency), a failure cancels the siblings still running and undoes every step of the
// group that started — newest end first — then the steps before it; abort and pause inside a group.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { finalStatus, sendUpdate, startRun } from '../../src/client';
import { loadConfig } from '../../src/config';
import { abortUpdate, retryStepUpdate } from '../../src/workflows/definitions';
import type { Plan, StepSpec } from '../../src/plan/types';
import { startHarness, type TemporalHarness } from '../helpers/temporal';
import { cancelled, entriesFor, spans, stubActivities, testPlan, waitForStatus } from './stubs';

let h: TemporalHarness;
before(async () => {
  h = await startHarness(stubActivities);
});
after(async () => h?.close());

const start = (plan: Plan) => startRun(h.client, plan, { workflowId: `group-${randomUUID()}`, taskQueue: h.taskQueue }, loadConfig());
const member = (id: string, params: Record<string, unknown> = {}, group: StepSpec['group'] = { id: 'copies' }) => ({ id, params, group });

describe('parallel groups', { concurrency: true }, () => {
  it('one step failing cancels the one still running; all three are undone, newest end first, then the step before', async () => {
    const plan = testPlan({
      migrateData: [
        { id: 'schema' },
        member('orders', { sleepMs: 100 }),
        member('users', { hold: true }),
        member('sessions', { sleepMs: 400, failAlways: true }),
        { id: 'after' },
      ],
    });
    const handle = await start(plan);
    const s = await finalStatus(handle);
    assert.equal(s.state, 'rolled_back');
    assert.equal(s.failedStep, 'sessions');
    const state = Object.fromEntries(s.steps.map((x) => [x.id, [x.state, x.group ?? null, x.undo.state]]));
    assert.deepEqual(state, {
      schema: ['succeeded', null, 'succeeded'],
      orders: ['succeeded', 'copies', 'succeeded'],
      users: ['cancelled', 'copies', 'succeeded'],
      sessions: ['failed', 'copies', 'succeeded'],
      after: ['pending', null, 'none'],
    });
    assert.match(s.steps.find((x) => x.id === 'users')!.reason ?? '', /cancelled: step sessions of parallel group copies failed/);
    const id = handle.workflowId;
    const journal = entriesFor(id);
    assert.deepEqual(journal.slice(0, 2), ['schema', 'orders']);
    assert.ok(cancelled.has(`${id} users`), 'the running sibling saw the cancellation');
    // Ended: orders, then sessions (failed), then users (cancelled after it): undone in reverse.
    assert.deepEqual(journal.filter((e) => e.startsWith('undo ')), ['undo users (no output)', 'undo sessions (no output)', 'undo orders', 'undo schema']);
  });

  it('20 steps at maxConcurrency 5 never run more than 5 at once, by the activities\u2019 own clocks', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `s${i}`);
    const plan = testPlan({ migrateData: ids.map((id) => member(id, { sleepMs: 150 }, { id: 'wide', maxConcurrency: 5 })) });
    const handle = await start(plan);
    const s = await finalStatus(handle);
    assert.equal(s.state, 'succeeded');
    const runs = ids.flatMap((id) => spans.get(`${handle.workflowId} ${id}`) ?? []);
    assert.equal(runs.length, 20);
    const events = runs.flatMap((r) => [{ t: r.start, d: 1 }, { t: r.end, d: -1 }]).sort((a, b) => a.t - b.t || a.d - b.d);
    let now = 0;
    let most = 0;
    for (const e of events) most = Math.max(most, (now += e.d));
    assert.ok(most <= 5, `${most} ran at once`);
    assert.ok(most >= 2, `the group ran steps at once (at most ${most} at a time)`);
  });

  it('abort during a group cancels every step in flight and rolls all of them back', async () => {
    const plan = testPlan({ migrateData: [member('a', { hold: true }), member('b', { hold: true })] });
    const handle = await start(plan);
    await waitForStatus(handle, (s) => s.steps.every((x) => x.state === 'running'));
    await sendUpdate(handle, abortUpdate, { reason: 'wrong tables', by: 'dana' });
    const s = await finalStatus(handle);
    assert.equal(s.state, 'aborted');
    assert.deepEqual(s.steps.map((x) => [x.id, x.state, x.undo.state]), [['a', 'cancelled', 'succeeded'], ['b', 'cancelled', 'succeeded']]);
    assert.match(s.steps[0].reason ?? '', /aborted by dana: wrong tables/);
  });

  it('onFailure: pause in a group: the failed step waits while its siblings finish; retry completes the group', async () => {
    const plan = testPlan({
      migrateData: [
        { ...member('flaky', { failAttempts: 1 }), onFailure: 'pause' },
        member('steady', { sleepMs: 300 }),
        { id: 'next' },
      ],
    });
    plan.defaults.retry.maximumAttempts = 1;
    const handle = await start(plan);
    const w = await waitForStatus(handle, (s) => s.waitingFor?.type === 'failure' && s.steps[1].state === 'succeeded');
    assert.equal(w.waitingFor?.step, 'flaky');
    await sendUpdate(handle, retryStepUpdate, { step: 'flaky' });
    const s = await finalStatus(handle);
    assert.equal(s.state, 'succeeded', s.reason);
    assert.deepEqual(entriesFor(handle.workflowId), ['steady', 'flaky', 'next']);
  });
});
