// The cutover worker: the `migration` workflow plus every step kind's activities. Also the
// `cutover/worker` entry point of the package: a team's worker package runs cutover's worker with
// its own families (`runWorker({ families })`; docs/custom-kinds.md).
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { loadConfig, type Config } from './config';
import { CutoverError, EXIT } from './exit-codes';
import type { FamilyDef } from './kit/define';
import { installRuntime, log } from './logger';
import { loadConfiguredPlugins, registerPluginFamily } from './plugins';
import { wrapActivities } from './kit/wrap';
import { runnersOf } from './kit/runners';
import { allKinds } from './registry';
import { setSecretCacheTtl } from './kit/secrets';
import { makePlanActivities } from './plan/load-activity';
import { makeNotifyActivities } from './notifications/send';

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
      ...makeNotifyActivities({ ...config.notify, defaults: config.notify.sinks, namespace: opts.namespace ?? config.temporal.namespace }),
    },
    // Compensations must be able to run while forward steps drain.
    shutdownGraceTime: '10s',
    // A step's checkpoint reaches the server at least this often, so the worker that takes over
    // from a dead one redoes little (the SDK's default waits up to 80% of the heartbeat timeout).
    maxHeartbeatThrottleInterval: config.checkpointIntervalMs,
    ...capacityOptions(config),
  });
}

/** The capacity settings that are set (the SDK's defaults for the others). */
export function capacityOptions({ worker: w }: Pick<Config, 'worker'>): Partial<WorkerOptions> {
  // SDK 1.24 reads the pollers only from the poller behaviours: its maxConcurrent*TaskPolls are ignored.
  const polls = (maximum: number | undefined) => (maximum === undefined ? undefined : { type: 'simple-maximum' as const, maximum });
  const options: Partial<WorkerOptions> = {
    maxConcurrentActivityTaskExecutions: w.maxConcurrentActivities,
    maxConcurrentWorkflowTaskExecutions: w.maxConcurrentWorkflowTasks,
    maxCachedWorkflows: w.maxCachedWorkflows,
    workflowTaskPollerBehavior: polls(w.workflowTaskPolls),
    activityTaskPollerBehavior: polls(w.activityTaskPolls),
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

export async function connectWorker(config: Config = loadConfig()): Promise<NativeConnection> {
  return NativeConnection.connect(config.temporal.connection);
}

export interface RunWorkerOptions {
  /** Families of the worker package's own kinds, registered beside the built-in ones. */
  families?: readonly FamilyDef[];
  /** Also load the plugins of the config file found from the current folder and of CUTOVER_PLUGINS (default true). */
  plugins?: boolean;
  config?: Config;
}

/**
 * Runs a worker with every registered kind (built-in, `families`, plugins) against the configured
 * Temporal until SIGINT/SIGTERM has drained it. What `cutover worker` runs.
 */
export async function runWorker(opts: RunWorkerOptions = {}): Promise<void> {
  const config = opts.config ?? loadConfig();
  for (const f of opts.families ?? []) registerPluginFamily(f, 'runWorker({ families })');
  if (opts.plugins ?? true) await loadConfiguredPlugins(config);
  installRuntime({ metricsAddress: config.metricsAddress });
  const connection = await connectWorker(config).catch((err: Error) => {
    throw new CutoverError(`cannot reach Temporal at ${config.temporal.address}: ${err.message}`, EXIT.unreachable);
  });
  const worker = await createWorker({ connection, config });
  log.info(
    { address: config.temporal.address, namespace: config.temporal.namespace, taskQueue: config.temporal.taskQueue, plansDir: config.plansDir },
    'worker polling',
  );
  await worker.run(); // returns once SIGINT/SIGTERM has drained it
  await connection.close();
}

/** For createWorker: registers a family (checked like a plugin's) before the worker is created. */
export { registerPluginFamily as registerFamily } from './plugins';
