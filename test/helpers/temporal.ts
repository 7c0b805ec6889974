// A worker on the stack's real Temporal server for workflow tests: the workflows are bundled
// once per test process, each test file gets its own task queue.
import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Runtime, DefaultLogger, type Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { Client } from '@temporalio/client';
import { createWorker, workflowsPath } from '../../src/worker';
import { stackEnv } from './stack';

let runtimeInstalled = false;
let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;

export function workflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= bundleWorkflowCode({ workflowsPath, logger: new DefaultLogger('WARN') });
  return bundle;
}

export interface TemporalHarness {
  env: TestWorkflowEnvironment;
  client: Client;
  taskQueue: string;
  worker: Worker;
  /** Runs the worker in the background until `close()`. */
  close(): Promise<void>;
}

export async function startHarness(
  activities: Record<string, (input: never) => Promise<Record<string, unknown>>>,
  opts: { plansDir?: string } = {},
): Promise<TemporalHarness> {
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
    runtimeInstalled = true;
  }
  const address = stackEnv().TEMPORAL_ADDRESS;
  const env = await TestWorkflowEnvironment.createFromExistingServer({ address, namespace: 'default' });
  const taskQueue = `test-${randomUUID()}`;
  const worker = await createWorker({
    connection: env.nativeConnection,
    namespace: 'default',
    taskQueue,
    activities,
    plansDir: opts.plansDir,
    workflowBundle: await workflowBundle(),
  });
  const running = worker.run();
  return {
    env,
    client: env.client,
    taskQueue,
    worker,
    async close() {
      worker.shutdown();
      await running;
      await env.teardown();
    },
  };
}
