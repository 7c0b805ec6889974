// Structured JSON logs (pino) for the worker, with the SDK's own log lines routed through it:
// activity lines carry workflowId, activityType and attempt, so every line names its run.
import pino from 'pino';
import { DefaultLogger, Runtime, type LogEntry } from '@temporalio/worker';

export const log = pino({ name: 'cutover', level: process.env.CUTOVER_LOG_LEVEL || 'info' });

const LEVELS = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const;

let installed = false;

/** Installs the Temporal runtime once, before any connection, with logs (and metrics if asked). */
export function installRuntime(opts: { metricsAddress?: string } = {}): void {
  if (installed) return;
  installed = true;
  const level = (process.env.CUTOVER_LOG_LEVEL || 'info').toUpperCase() as keyof typeof LEVELS;
  Runtime.install({
    logger: new DefaultLogger(level in LEVELS ? level : 'INFO', (entry: LogEntry) => {
      const { error, ...meta } = (entry.meta ?? {}) as Record<string, unknown>;
      log[LEVELS[entry.level]]({ ...meta, ...(error ? { err: error } : {}) }, entry.message);
    }),
    telemetryOptions: opts.metricsAddress ? { metrics: { prometheus: { bindAddress: opts.metricsAddress } } } : undefined,
  });
}
