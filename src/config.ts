// Every environment variable cutover reads, in one place.
import path from 'node:path';

export interface Config {
  temporal: {
    address: string;
    namespace: string;
    taskQueue: string;
    apiKey?: string;
    tls?: { serverNameOverride?: string; serverRootCACertPath?: string; clientCertPath?: string; clientKeyPath?: string };
  };
  /** Folder the worker resolves plan names from (runs started by name, e.g. from the Web UI). */
  plansDir: string;
  /** Prometheus bind address for the worker, if any. */
  metricsAddress?: string;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const apiKey = env.TEMPORAL_API_KEY || undefined;
  const certPath = env.TEMPORAL_TLS_CLIENT_CERT_PATH || undefined;
  const keyPath = env.TEMPORAL_TLS_CLIENT_KEY_PATH || undefined;
  const caPath = env.TEMPORAL_TLS_SERVER_CA_CERT_PATH || undefined;
  const tlsOn = env.TEMPORAL_TLS === 'true' || !!certPath || !!caPath;
  return {
    temporal: {
      address: env.TEMPORAL_ADDRESS || '127.0.0.1:7233',
      namespace: env.TEMPORAL_NAMESPACE || 'default',
      taskQueue: env.TEMPORAL_TASK_QUEUE || 'cutover',
      apiKey,
      tls: tlsOn
        ? {
            serverNameOverride: env.TEMPORAL_TLS_SERVER_NAME || undefined,
            serverRootCACertPath: caPath,
            clientCertPath: certPath,
            clientKeyPath: keyPath,
          }
        : undefined,
    },
    plansDir: path.resolve(env.CUTOVER_PLANS_DIR || 'plans'),
    metricsAddress: env.CUTOVER_METRICS_ADDRESS || undefined,
    logLevel: env.CUTOVER_LOG_LEVEL || 'info',
  };
}
