// The worker's capacity settings (CUTOVER_MAX_CONCURRENT_*, CUTOVER_MAX_CACHED_WORKFLOWS,
// CUTOVER_*_TASK_POLLS) as the Temporal SDK compiles them: set ones reach its options, unset ones
// keep its defaults, bad ones are refused with the variable's name. SDK 1.24 ignores its own
// maxConcurrent*TaskPolls, so the pollers are checked where it reads them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { DefaultLogger } from '@temporalio/worker';
import { compileWorkerOptions } from '@temporalio/worker/lib/worker-options';
import { loadConfig } from '../../src/config';
import { CutoverError, EXIT } from '../../src/exit-codes';
import { capacityOptions } from '../../src/worker';

const none = path.join(os.tmpdir(), 'no-such-temporal.toml');

/** What the SDK makes of the settings in `env`. */
function compiled(env: Record<string, string>) {
  const config = loadConfig({ TEMPORAL_CONFIG_FILE: none, ...env });
  const raw = { taskQueue: 'q', connection: {} as never, workflowsPath: __filename, ...capacityOptions(config) };
  const c = compileWorkerOptions(raw, new DefaultLogger('ERROR'), undefined as never);
  const slots = c.tuner as unknown as Record<string, { numSlots: number }>;
  return {
    activities: slots.activityTaskSlotSupplier.numSlots,
    workflowTasks: slots.workflowTaskSlotSupplier.numSlots,
    cached: c.maxCachedWorkflows,
    workflowPolls: c.workflowTaskPollerBehavior,
    activityPolls: c.activityTaskPollerBehavior,
  };
}

describe('worker capacity settings', () => {
  it('unset: the SDK defaults (100 activities, 40 workflow tasks, 10 pollers each)', () => {
    const c = compiled({});
    assert.equal(c.activities, 100);
    assert.equal(c.workflowTasks, 40);
    assert.ok(c.cached >= 10, String(c.cached));
    assert.deepEqual(c.workflowPolls, { type: 'simple-maximum', maximum: 10 });
    assert.deepEqual(c.activityPolls, { type: 'simple-maximum', maximum: 10 });
  });

  it('set: each reaches the SDK, the pollers included', () => {
    const c = compiled({
      CUTOVER_MAX_CONCURRENT_ACTIVITIES: '20',
      CUTOVER_MAX_CONCURRENT_WORKFLOW_TASKS: '10',
      CUTOVER_MAX_CACHED_WORKFLOWS: '600',
      CUTOVER_WORKFLOW_TASK_POLLS: '8',
      CUTOVER_ACTIVITY_TASK_POLLS: '4',
    });
    assert.deepEqual(c, {
      activities: 20,
      workflowTasks: 10,
      cached: 600,
      workflowPolls: { type: 'simple-maximum', maximum: 8 },
      activityPolls: { type: 'simple-maximum', maximum: 4 },
    });
  });

  it('a cache of 0 turns the sticky cache off', () => {
    assert.equal(compiled({ CUTOVER_MAX_CACHED_WORKFLOWS: '0' }).cached, 0);
  });

  it('refuses a value that is not a whole number in range, naming the variable (exit 4)', () => {
    for (const [name, value, min] of [
      ['CUTOVER_MAX_CONCURRENT_ACTIVITIES', '0', 1],
      ['CUTOVER_MAX_CONCURRENT_ACTIVITIES', '2.5', 1],
      ['CUTOVER_MAX_CONCURRENT_WORKFLOW_TASKS', '1', 2],
      ['CUTOVER_MAX_CACHED_WORKFLOWS', '-1', 0],
      ['CUTOVER_WORKFLOW_TASK_POLLS', 'many', 2],
    ] as const) {
      assert.throws(
        () => loadConfig({ TEMPORAL_CONFIG_FILE: none, [name]: value }),
        (err: unknown) => err instanceof CutoverError && err.exitCode === EXIT.badInput && err.message === `${name}: expected a whole number of at least ${min}, got ${JSON.stringify(value)}`,
      );
    }
  });
});
