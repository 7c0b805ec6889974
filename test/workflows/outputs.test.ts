// Step outputs flowing into later steps: `${steps.<id>.<field>}` resolved by the workflow from the
// recorded outputs, for the step's activity and for its undo; a reference that cannot be resolved
// fails the step before it runs. On a real Temporal server with stub activities.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { finalStatus, startRun } from '../../src/client';
import { loadConfig } from '../../src/config';
import type { Plan } from '../../src/plan/types';
import { startHarness, type TemporalHarness } from '../helpers/temporal';
import { entriesFor, seen, stubActivities, testPlan } from './stubs';

let h: TemporalHarness;
before(async () => {
  h = await startHarness(stubActivities);
});
after(async () => h?.close());

const start = (plan: Plan) => startRun(h.client, plan, { workflowId: `outputs-${randomUUID()}`, taskQueue: h.taskQueue }, loadConfig());

describe('step outputs as inputs', { concurrency: true }, () => {
  it('a later step and its undo see the earlier output; a whole-string reference keeps its type', async () => {
    const plan = testPlan({
      provisionBase: [{ id: 'infra' }],
      migrateData: [
        { id: 'use', params: { host: 'db-${steps.infra.did}.internal', call: '${steps.infra.call}', nested: ['x-${steps.infra.did}'] } },
        { id: 'boom', params: { failAlways: true } },
      ],
    });
    const handle = await start(plan);
    const s = await finalStatus(handle);
    assert.equal(s.state, 'rolled_back');
    const id = handle.workflowId;
    assert.deepEqual(seen.get(`${id} use`), { host: 'db-infra.internal', call: 1, nested: ['x-infra'] });
    assert.deepEqual(seen.get(`${id} undo use`), { host: 'db-infra.internal', call: 1, nested: ['x-infra'] }, 'the undo sees the step as it ran');
    assert.deepEqual(entriesFor(id), ['infra', 'use', 'undo boom (no output)', 'undo use', 'undo infra']);
  });

  it('a target URL resolved for the step that names it', async () => {
    const plan = testPlan({ provisionBase: [{ id: 'db' }], migrateData: [{ id: 'schema', kind: 'test.check', params: { target: 'app' } }] });
    plan.targets = { app: { kind: 'mysql', url: 'mysql://u:${env:PW}@${steps.db.did}:3306/app' }, other: { kind: 'mysql', url: 'mysql://${steps.db.nope}/x' } };
    const handle = await start(plan);
    const s = await finalStatus(handle);
    assert.equal(s.state, 'succeeded', s.reason);
    const targets = seen.get(`${handle.workflowId} schema targets`) as Plan['targets'];
    assert.equal(targets.app.url, 'mysql://u:${env:PW}@db:3306/app', 'worker-side references are left for the worker');
    assert.equal(targets.other.url, 'mysql://${steps.db.nope}/x', 'a target the step does not name is not resolved');
  });

  it('a reference to an output that is not there fails the step before it runs, and the run rolls back', async () => {
    const plan = testPlan({ migrateData: [{ id: 'a' }, { id: 'b', params: { x: '${steps.a.missing}' } }] });
    const handle = await start(plan);
    const s = await finalStatus(handle);
    assert.equal(s.state, 'rolled_back');
    assert.equal(s.failedStep, 'b');
    assert.match(s.reason ?? '', /step b failed: step b: \$\{steps\.a\.missing\}: the output of step a has no missing/);
    assert.deepEqual(entriesFor(handle.workflowId), ['a', 'undo a'], 'b never ran, so it has nothing to undo');
  });
});
