// How long a run may take before the campaign calls it stuck, derived from the plan's timeouts:
// every activity step (and, on a rollback, every undo) within one attempt's timeout plus the
// longest backoff, and each fault of the schedule costing at most one more such attempt plus its
// own length (downtime, restart delay). The gate is answered by the campaign at once.
import ms from 'ms';
import type { Schedule } from './schedule';
import { STEPS, UNDOABLE } from './schedule';
import { TIMEOUTS } from './world';

const d = (s: string) => ms(s as ms.StringValue);

export function runBoundMs(s: Schedule): number {
  const attempt = d(TIMEOUTS.timeout) + d(TIMEOUTS.retry.maximumInterval) + d(TIMEOUTS.heartbeatTimeout);
  const undoAttempt = d(TIMEOUTS.timeout) + d(TIMEOUTS.undoRetry.maximumInterval) + d(TIMEOUTS.heartbeatTimeout);
  const activitySteps = STEPS.filter((x) => x !== 'go-live').length;
  let bound = activitySteps * attempt + (s.expect === 'rollback' ? UNDOABLE.length * undoAttempt : 0);
  for (const f of s.faults) {
    const own = 'durationMs' in f ? f.durationMs : 'restartAfterMs' in f ? f.restartAfterMs : 0;
    // A server restart and a worker's start (bundle already built) take a while on a busy machine.
    const restart = f.kind === 'server-kill' || f.kind === 'worker-kill' ? 60_000 : 0;
    bound += attempt + own + restart + f.trigger.delayMs;
  }
  return bound;
}
