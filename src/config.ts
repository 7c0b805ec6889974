// Every environment variable cutover reads, in one place. Temporal connection settings come
// from the same profiles file and TEMPORAL_* variables as the `temporal` CLI (address,
// namespace, API key, TLS certificates, gRPC metadata), through @temporalio/envconfig.
import path from 'node:path';
import { loadClientConnectConfig } from '@temporalio/envconfig';
import { duration, durationMs } from './kit/fields';
import type { NativeConnectionOptions } from '@temporalio/worker';
import { CutoverError, EXIT } from './exit-codes';

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
  /** Plugin modules (package names or paths from the current folder) whose step kinds the CLI and the worker know. */
  plugins: string[];
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
    plugins: pluginModules(env),
  };
}

/**
 * CUTOVER_PLUGINS: plugin modules, comma-separated. Apart from loadConfig because the commands
 * that only read plans (validate, plan) need no Temporal or worker settings and must not fail on them.
 */
export function pluginModules(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.CUTOVER_PLUGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}
