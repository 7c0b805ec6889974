// Polling with a deadline, for waits on AWS (deployments, snapshots, restores). The deadline is
// absolute (epoch ms) so that a resumed attempt keeps the first attempt's deadline; every poll
// reports the caller's checkpoint, so a retry resumes the wait instead of redoing the change.
import { sleep } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { progress, resumeFrom } from './checkpoint';
import { durationMs } from './fields';

export type PollResult<T> = { done: true; value: T } | { done: false; detail: string };

export const done = <T>(value: T): PollResult<T> => ({ done: true, value });
export const pending = (detail: string): PollResult<never> => ({ done: false, detail });

/**
 * Calls `poll` every `intervalMs` until it is done; past `deadline` throws `timeout(last detail)`,
 * by default a non-retryable failure of type `timeoutType` whose message says what was last seen.
 * `poll` may throw to fail.
 */
export async function pollUntil<T>(opts: {
  what: string;
  deadline: number;
  intervalMs: number;
  poll: () => Promise<PollResult<T>>;
  timeoutType?: string;
  timeout?: (lastDetail: string) => Error;
}): Promise<T> {
  for (;;) {
    const r = await opts.poll();
    if (r.done) return r.value;
    const left = opts.deadline - Date.now();
    if (left <= 0) {
      throw opts.timeout?.(r.detail) ?? ApplicationFailure.nonRetryable(`${opts.what}: not done by the deadline (last seen: ${r.detail})`, opts.timeoutType ?? 'WaitTimeout');
    }
    // Activity sleep: rejects at once when the activity is cancelled.
    await sleep(Math.min(opts.intervalMs, left));
  }
}

/** Sleeps until `until` in steps of `intervalMs`, calling `tick` first and after every step. */
export async function watchUntil(until: number, intervalMs: number, tick: () => Promise<void>): Promise<void> {
  for (;;) {
    await tick();
    const left = until - Date.now();
    if (left <= 0) return;
    await sleep(Math.min(intervalMs, left));
  }
}

/**
 * The deadline of a wait that survives retries: the first attempt's, read back from the checkpoint,
 * else `timeout` from now. It is reported at once, so a retry after a dead worker keeps it.
 */
export function resumableDeadline(timeout: string): { deadline: number } {
  const cp = resumeFrom<{ deadline: number }>() ?? { deadline: Date.now() + durationMs(timeout) };
  progress(cp);
  return cp;
}
