// Heartbeats for step activities. Every activity is wrapped so that it heartbeats on its own
// (a dead worker is noticed within the heartbeat timeout, and cancellation can reach it);
// long activities report their checkpoint with `progress`, and read it back on a retry with
// `resumeFrom`. The periodic heartbeat re-sends the latest checkpoint, never a blank one.
// Cancellation reaches an activity only as a flag and a promise: long loops call
// `throwIfCancelled` between batches, so a rollback does not race a copy that is still writing.
import { Context } from '@temporalio/activity';

const latest = new WeakMap<Context, unknown>();

/** Records a checkpoint (a copy's cursor, a phase name) and heartbeats it now. */
export function progress(details: unknown): void {
  const ctx = Context.current();
  latest.set(ctx, details);
  ctx.heartbeat(details);
}

/** The checkpoint the previous attempt of this activity last reported, if any. */
export function resumeFrom<T>(): T | undefined {
  return Context.current().info.heartbeatDetails as T | undefined;
}

/** Runs `fn` while heartbeating every `everyMs` with the latest checkpoint. */
export async function withHeartbeat<T>(fn: () => Promise<T>, everyMs: number): Promise<T> {
  const ctx = Context.current();
  if (!latest.has(ctx) && ctx.info.heartbeatDetails !== undefined) latest.set(ctx, ctx.info.heartbeatDetails);
  const timer = setInterval(() => ctx.heartbeat(latest.get(ctx)), everyMs);
  try {
    return await fn();
  } finally {
    clearInterval(timer);
  }
}

/** Throws the activity's CancelledFailure when cancellation was requested. */
export async function throwIfCancelled(): Promise<void> {
  const ctx = Context.current();
  if (ctx.cancellationSignal.aborted) await ctx.cancelled;
}

/** The step's logger: every line names the run, the activity and the attempt (the worker's JSON logs). */
export const stepLog = () => Context.current().log;
