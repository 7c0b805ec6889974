// Every environment variable cutover reads, in one place. Temporal connection settings come
// from the same profiles file and TEMPORAL_* variables as the `temporal` CLI (address,
// namespace, API key, TLS certificates, gRPC metadata), through @temporalio/envconfig.
import path from 'node:path';
import { loadClientConnectConfig } from '@temporalio/envconfig';
import { duration, durationMs } from './kit/fields';
import type { NativeConnectionOptions } from '@temporalio/worker';
import { CutoverError, EXIT } from './exit-codes';
import { NOTIFY_EVENTS, type NotifyEvent, type NotifySink } from './notifications/events';

export const DEFAULT_TEMPORAL_ADDRESS = '127.0.0.1:7233';

export interface Config {
  temporal: {
    address: string;
    namespace: string;
    taskQueue: string;
    /** Address, TLS, API key and metadata, as both the client and the worker connect with them. */
    connection: NativeConnectionOptions & { address: string };
  };
  /** Folder the worker resolves plan names from (runs started by name, e.g. from the Web UI). */
  plansDir: string;
  /** Prometheus bind address for the worker, if any. */
  metricsAddress?: string;
  /** Longest time a step's latest checkpoint waits on the worker before it is sent to the server (ms). */
  checkpointIntervalMs: number;
  /** How long a secret read from Secrets Manager stays cached on the worker (ms; 0: not cached). */
  secretCacheMs: number;
  /** Notifications: the worker's default sinks (for plans that name none), the Web UI for links, patience per sink. */
  notify: { sinks: NotifySink[]; uiUrl?: string; patienceMs: number };
  /** Plugin modules (package names or paths from the current folder) whose step kinds the CLI and the worker know. */
  plugins: string[];
  /** The worker's capacity; unset fields keep the Temporal SDK's defaults (bench/load.ts, BENCHMARKS.md). */
  worker: WorkerCapacity;
}

export interface WorkerCapacity {
  /** Step activities (and compensations) running at once: each holds its target connections. */
  maxConcurrentActivities?: number;
  /** Workflow tasks processed at once. */
  maxConcurrentWorkflowTasks?: number;
  /** Runs kept in the worker's memory between their tasks (sticky cache); the others replay their history. */
  maxCachedWorkflows?: number;
  /** Concurrent polls for workflow tasks / activity tasks. */
  workflowTaskPolls?: number;
  activityTaskPolls?: number;
}

/** A count setting: a whole number from `min` up. */
function countSetting(name: string, value: string | undefined, min = 1): number | undefined {
  if (!value) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) {
    throw new CutoverError(`${name}: expected a whole number of at least ${min}, got ${JSON.stringify(value)}`, EXIT.badInput);
  }
  return Number(value);
}

/** A duration setting, checked like the plan's durations; `0` only where `zero` allows it. */
function durationSetting(name: string, value: string | undefined, fallbackMs: number, zero = false): number {
  if (!value) return fallbackMs;
  if (zero && value === '0') return 0;
  if (!duration.safeParse(value).success) {
    throw new CutoverError(`${name}: expected a duration such as 500ms or 2s${zero ? ' (or 0)' : ''}, got ${JSON.stringify(value)}`, EXIT.badInput);
  }
  return durationMs(value);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  let profile: ReturnType<typeof loadClientConnectConfig>;
  try {
    profile = loadClientConnectConfig({ profile: env.TEMPORAL_PROFILE || undefined, overrideEnvVars: env as Record<string, string> });
  } catch (err) {
    throw new CutoverError(`Temporal connection settings: ${(err as Error).message}`, EXIT.badInput);
  }
  const address = profile.connectionOptions.address || DEFAULT_TEMPORAL_ADDRESS;
  return {
    temporal: {
      address,
      namespace: profile.namespace || 'default',
      taskQueue: env.TEMPORAL_TASK_QUEUE || 'cutover',
      connection: { ...profile.connectionOptions, address },
    },
    plansDir: path.resolve(env.CUTOVER_PLANS_DIR || 'plans'),
    metricsAddress: env.CUTOVER_METRICS_ADDRESS || undefined,
    checkpointIntervalMs: durationSetting('CUTOVER_CHECKPOINT_INTERVAL', env.CUTOVER_CHECKPOINT_INTERVAL, 2_000),
    secretCacheMs: durationSetting('CUTOVER_SECRET_CACHE', env.CUTOVER_SECRET_CACHE, 60_000, true),
    notify: {
      sinks: notifySinks(env),
      uiUrl: env.CUTOVER_UI_URL || env.TEMPORAL_UI_URL || undefined,
      patienceMs: durationSetting('CUTOVER_NOTIFY_PATIENCE', env.CUTOVER_NOTIFY_PATIENCE, 10_000),
    },
    plugins: pluginModules(env),
    worker: {
      maxConcurrentActivities: countSetting('CUTOVER_MAX_CONCURRENT_ACTIVITIES', env.CUTOVER_MAX_CONCURRENT_ACTIVITIES),
      maxConcurrentWorkflowTasks: countSetting('CUTOVER_MAX_CONCURRENT_WORKFLOW_TASKS', env.CUTOVER_MAX_CONCURRENT_WORKFLOW_TASKS, 2),
      maxCachedWorkflows: countSetting('CUTOVER_MAX_CACHED_WORKFLOWS', env.CUTOVER_MAX_CACHED_WORKFLOWS, 0),
      workflowTaskPolls: countSetting('CUTOVER_WORKFLOW_TASK_POLLS', env.CUTOVER_WORKFLOW_TASK_POLLS, 2),
      activityTaskPolls: countSetting('CUTOVER_ACTIVITY_TASK_POLLS', env.CUTOVER_ACTIVITY_TASK_POLLS),
    },
  };
}

/**
 * CUTOVER_NOTIFY_WEBHOOK / CUTOVER_NOTIFY_SLACK: the worker's default sinks (comma-separated URLs,
 * references allowed), for the events in CUTOVER_NOTIFY_EVENTS (comma-separated; all by default).
 */
function notifySinks(env: NodeJS.ProcessEnv): NotifySink[] {
  const list = (v: string | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const events = list(env.CUTOVER_NOTIFY_EVENTS);
  const unknown = events.filter((e) => !(NOTIFY_EVENTS as readonly string[]).includes(e));
  if (unknown.length) throw new CutoverError(`CUTOVER_NOTIFY_EVENTS: unknown event ${unknown.join(', ')}; events are ${NOTIFY_EVENTS.join(', ')}`, EXIT.badInput);
  const sinks = (kind: NotifySink['kind'], urls: string[]) =>
    urls.map((url, i): NotifySink => ({ kind, url, name: `worker ${kind}${urls.length > 1 ? ` ${i + 1}` : ''}`, ...(events.length ? { events: events as NotifyEvent[] } : {}) }));
  return [...sinks('webhook', list(env.CUTOVER_NOTIFY_WEBHOOK)), ...sinks('slack', list(env.CUTOVER_NOTIFY_SLACK))];
}

/**
 * CUTOVER_PLUGINS: plugin modules, comma-separated. Apart from loadConfig because the commands
 * that only read plans (validate, plan) need no Temporal or worker settings and must not fail on them.
 */
export function pluginModules(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.CUTOVER_PLUGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}
