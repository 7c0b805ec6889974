// Reading activity failures: a message a person can act on, and how many attempts were made.
import { ActivityFailure, ApplicationFailure, TimeoutFailure } from '@temporalio/workflow';
import { RetryState } from '@temporalio/common';

/** The activity wrapper appends `{ attempt }` to the details of every failure it throws. */
export function attemptsOf(err: unknown, maximumAttempts?: number): number {
  if (err instanceof ActivityFailure) {
    const cause = err.cause;
    if (cause instanceof ApplicationFailure) {
      const last = cause.details?.[cause.details.length - 1] as { attempt?: unknown } | undefined;
      if (last && typeof last.attempt === 'number') return last.attempt;
    }
    if (err.retryState === RetryState.MAXIMUM_ATTEMPTS_REACHED && maximumAttempts) return maximumAttempts;
  }
  return 1;
}

export function describeFailure(err: unknown): string {
  if (err instanceof ActivityFailure) {
    const cause = err.cause;
    if (cause instanceof TimeoutFailure) {
      return `timed out (${String(cause.timeoutType).toLowerCase().replace(/^timeout_type_/, '').replace(/_/g, '-')})`;
    }
    if (cause instanceof ApplicationFailure) return cause.type ? `${cause.message} [${cause.type}]` : cause.message;
    return cause?.message ?? err.message;
  }
  return err instanceof Error ? err.message : String(err);
}
