// Cancellation reaches an activity only as a flag and a promise; long loops check it between
// batches so a rollback does not race a copy that is still writing.
import { Context } from '@temporalio/activity';

/** Throws the activity's CancelledFailure when cancellation was requested. */
export async function throwIfCancelled(): Promise<void> {
  const ctx = Context.current();
  if (ctx.cancellationSignal.aborted) await ctx.cancelled;
}
