// Wraps every step activity: heartbeats on its own (so a dead worker is noticed within the
// heartbeat timeout and cancellation can reach the activity), and reports which attempt
// produced the result or the failure, for the run's status. A wrapper rather than an activity
// interceptor: it changes the result's shape ({ output, attempt }, which the workflow's types rely
// on) for step activities only, not for the engine's own (cutover.loadPlan). Whatever the
// activity resolved from a reference (a password in a URL, a token) is scrubbed from what leaves
// the worker: the failure, the output and the log line.
import { Context } from '@temporalio/activity';
import { ApplicationFailure, CancelledFailure } from '@temporalio/common';
import type { ActivityResult } from './context';
import { withHeartbeat } from './checkpoint';
import { mapStrings } from '../plan/refs';
import { revealedValues, scrub } from './resolve';

type AnyActivity = (input: never) => Promise<Record<string, unknown>>;

function withAttempt(err: unknown, attempt: number, secrets: readonly string[]): unknown {
  if (err instanceof CancelledFailure) return err;
  const clean = (text: string | undefined) => (text === undefined ? undefined : scrub(text, secrets));
  if (err instanceof ApplicationFailure) {
    const wrapped = ApplicationFailure.create({
      message: clean(err.message),
      type: err.type ?? undefined,
      nonRetryable: err.nonRetryable ?? undefined,
      details: [...(err.details ?? []), { attempt }],
      // A driver's error under it may quote what was resolved: kept only when nothing was.
      cause: secrets.length ? undefined : err.cause,
      nextRetryDelay: err.nextRetryDelay ?? undefined,
      category: err.category ?? undefined,
    });
    wrapped.stack = clean(err.stack) ?? '';
    return wrapped;
  }
  if (err instanceof Error) {
    // A plain error's type is its class name (or its `name`, e.g. a driver's error class).
    const type = err.name && err.name !== 'Error' ? err.name : err.constructor.name;
    const wrapped = ApplicationFailure.create({ message: clean(err.message), type, details: [{ attempt }] });
    wrapped.stack = clean(err.stack) ?? '';
    return wrapped;
  }
  return ApplicationFailure.create({ message: clean(String(err)), details: [{ attempt }] });
}

export function wrapActivity<F extends AnyActivity>(fn: F): (input: Parameters<F>[0]) => Promise<ActivityResult> {
  return async (input) => {
    const ctx = Context.current();
    const { attempt, heartbeatTimeoutMs, activityType } = ctx.info;
    const every = Math.max(200, Math.min(5_000, (heartbeatTimeoutMs ?? 15_000) / 3));
    const started = Date.now();
    // Every line names its run and step: the context logger adds workflowId, runId and activityType.
    const stepId = (input as { step?: { id?: string } } | undefined)?.step?.id;
    const record = (outcome: string, error?: unknown) => {
      const durationMs = Date.now() - started;
      ctx.metricMeter
        .createHistogram('cutover_step_duration', 'int', 'ms', 'duration of one attempt of a step or compensation')
        .record(durationMs, { activity: activityType, outcome });
      const fields = { stepId, attempt, durationMs, outcome, ...(error ? { error: scrub((error as Error).message, revealedValues(ctx)) } : {}) };
      if (error) ctx.log.warn('step attempt failed', fields);
      else ctx.log.info('step attempt succeeded', fields);
    };
    try {
      const output = await withHeartbeat(() => fn(input), every);
      record('succeeded');
      const secrets = revealedValues(ctx);
      return { output: secrets.length ? (mapStrings(output, (v) => scrub(v, secrets)) as typeof output) : output, attempt };
    } catch (err) {
      record('failed', err);
      throw withAttempt(err, attempt, revealedValues(ctx));
    }
  };
}

export function wrapActivities(map: Record<string, AnyActivity>): Record<string, (input: never) => Promise<ActivityResult>> {
  return Object.fromEntries(Object.entries(map).map(([name, fn]) => [name, wrapActivity(fn)]));
}
