// A worker on the stack's real Temporal server for workflow tests: the workflows are bundled
// once per test process, each test file gets its own task queue.
import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Runtime, DefaultLogger, type Worker, type WorkerOptions, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { Client, Connection } from '@temporalio/client';
import { pendingSteps } from '../../src/cli/pending';
import { pollFor, type PollOptions } from './poll';
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
  /** `workflowBundle`: another release's workflow code (the current one by default); `taskQueue`: another harness's. */
  opts: { plansDir?: string; workflowBundle?: WorkerOptions['workflowBundle']; taskQueue?: string } = {},
): Promise<TemporalHarness> {
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
    runtimeInstalled = true;
  }
  const address = stackEnv().TEMPORAL_ADDRESS;
  const env = await TestWorkflowEnvironment.createFromExistingServer({ address, namespace: 'default' });
  const taskQueue = opts.taskQueue ?? `test-${randomUUID()}`;
  const worker = await createWorker({
    connection: env.nativeConnection,
    namespace: 'default',
    taskQueue,
    activities,
    plansDir: opts.plansDir,
    workflowBundle: opts.workflowBundle ?? (await workflowBundle()),
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

/**
 * Polls the server's view of a run until its pending `activityType` activity (any, when undefined) has heartbeated a
 * checkpoint that `ok` accepts (what a worker taking over would resume from); returns it.
 */
export async function untilCheckpoint<T = Record<string, unknown>>(workflowId: string, activityType: string | undefined, ok: (checkpoint: T) => boolean, o: PollOptions = {}): Promise<T> {
  const client = new Client({ connection: await Connection.connect({ address: stackEnv().TEMPORAL_ADDRESS }) });
  try {
    const handle = client.workflow.getHandle(workflowId);
    const checkpoint = async () => (await pendingSteps(handle)).find((p) => activityType === undefined || p.activityType === activityType)?.details as T | undefined;
    return (await pollFor(`a checkpoint of ${activityType ?? 'the step'} in ${workflowId}`, checkpoint, (d) => !!d && typeof d === 'object' && ok(d), o)) as T;
  } finally {
    await client.connection.close();
  }
}
