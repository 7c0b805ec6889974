// The cutover worker: the `migration` workflow plus every step kind's activities.
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { loadConfig, type Config } from './config';
import { wrapActivities } from './kit/wrap';
import { runnersOf } from './kit/runners';
import { allKinds } from './registry';
import { setSecretCacheTtl } from './kit/secrets';
import { makePlanActivities } from './plan/load-activity';

export const workflowsPath = require.resolve('./workflows');

export interface CutoverWorkerOptions {
  connection: NativeConnection;
  namespace?: string;
  taskQueue?: string;
  /** Step activities by name; the real ones by default (workflow tests pass stubs). */
  activities?: Record<string, (input: never) => Promise<Record<string, unknown>>>;
  plansDir?: string;
  /** A prebuilt bundle (tests build it once) instead of bundling the workflows at start. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  config?: Config;
}

export async function createWorker(opts: CutoverWorkerOptions): Promise<Worker> {
  const config = opts.config ?? loadConfig();
  const activities = opts.activities ?? runnersOf(allKinds());
  setSecretCacheTtl(config.secretCacheMs);
  return Worker.create({
    connection: opts.connection,
    namespace: opts.namespace ?? config.temporal.namespace,
    taskQueue: opts.taskQueue ?? config.temporal.taskQueue,
    ...(opts.workflowBundle ? { workflowBundle: opts.workflowBundle } : { workflowsPath }),
    activities: {
      ...wrapActivities(activities),
      ...makePlanActivities(opts.plansDir ?? config.plansDir),
    },
    // Compensations must be able to run while forward steps drain.
    shutdownGraceTime: '10s',
    // A step's checkpoint reaches the server at least this often, so the worker that takes over
    // from a dead one redoes little (the SDK's default waits up to 80% of the heartbeat timeout).
    maxHeartbeatThrottleInterval: config.checkpointIntervalMs,
  });
}

export async function connectWorker(config: Config = loadConfig()): Promise<NativeConnection> {
  return NativeConnection.connect(config.temporal.connection);
}
