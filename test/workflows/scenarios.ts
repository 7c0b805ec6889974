// Representative runs whose histories are kept under test/workflows/histories/ and replayed
// in CI, so a change to the workflow code that would break runs in flight is caught.
import { randomUUID } from 'node:crypto';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { finalStatus, sendUpdate, startRun } from '../../src/client';
import { approveUpdate } from '../../src/workflows/definitions';
import { testPlan, waitForStatus } from './stubs';

export const scenarios: Record<string, (client: Client, taskQueue: string) => Promise<WorkflowHandle>> = {
  async 'gate-approved'(client, taskQueue) {
    const plan = testPlan(
      { prepare: [{ id: 'a' }], migrateData: [{ id: 'go-live', kind: 'approval' }, { id: 'b' }], optimize: [{ id: 'pause', kind: 'wait', params: { duration: '100ms' } }, { id: 'c' }] },
      { commitAfter: 'pause' },
    );
    const handle = await startRun(client, plan, { workflowId: `replay-${randomUUID()}`, taskQueue });
    await waitForStatus(handle, (s) => s.waitingFor?.type === 'gate');
    await sendUpdate(handle, approveUpdate, { by: 'recorder' });
    await finalStatus(handle);
    return handle;
  },
  async 'parallel-group'(client, taskQueue) {
    // A group whose second step fails while the first still runs: cancelled, then all undone.
    const copies = { id: 'copies', maxConcurrency: 2 };
    const plan = testPlan({
      migrateData: [{ id: 'a' }, { id: 'x', group: copies, params: { sleepMs: 2000 } }, { id: 'y', group: copies, params: { failAlways: true } }, { id: 'z', group: copies }],
    });
    const handle = await startRun(client, plan, { workflowId: `replay-${randomUUID()}`, taskQueue });
    await finalStatus(handle);
    return handle;
  },
  async 'rolled-back'(client, taskQueue) {
    const plan = testPlan({ prepare: [{ id: 'a' }, { id: 'b', params: { undoFailAttempts: 1 } }], migrateData: [{ id: 'bad', params: { failAlways: true } }] });
    const handle = await startRun(client, plan, { workflowId: `replay-${randomUUID()}`, taskQueue });
    await finalStatus(handle);
    return handle;
  },
};
