// Following a run until it ends, or until it needs a person to mend a rollback.
import type { Client } from '@temporalio/client';
import { runStatus } from '../client';
import { CutoverError } from '../exit-codes';
import { FINAL_STATES, type RunStatus } from '../workflows/status';
import { pendingSteps } from './pending';
import { renderStatus, statusEvents } from './render';

export interface FollowOptions {
  /** live board (terminal), timestamped lines (CI, pipes), or nothing (--json) */
  mode: 'live' | 'lines' | 'quiet';
  intervalMs?: number;
  /** Called once each time the run starts waiting at a gate (the demo answers it). */
  onGate?: (s: RunStatus) => void | Promise<void>;
}

const STATUS_PATIENCE_MS = 60_000;

export const isSettled = (s: RunStatus) => FINAL_STATES.includes(s.state) || s.state === 'rollback_failed';

/** A run's outcome in one line: `rolled_back: step smoke failed: …`. */
export const outcomeLine = (s: RunStatus) => `${s.state}${s.reason ? `: ${s.reason}` : ''}`;

/**
 * What to print once a followed run has ended, or nothing: when the run ended with a reason, the
 * live board's last frame (renderStatus) and the last of the timestamped lines (statusEvents)
 * already end with the outcome line, and a second copy under it reads as a second event.
 */
export function closingLine(s: RunStatus): string | undefined {
  return s.endedAt && s.reason ? undefined : `\n${outcomeLine(s)}`;
}

export async function follow(client: Client, workflowId: string, opts: FollowOptions): Promise<RunStatus> {
  const interval = opts.intervalMs ?? 500;
  const logUpdate = opts.mode === 'live' ? (await import('log-update')).default : undefined;
  let prev: RunStatus | undefined;
  let gate: string | undefined;
  let failingSince: number | undefined;
  for (;;) {
    let s: RunStatus;
    try {
      s = await runStatus(client, workflowId);
      failingSince = undefined;
    } catch (err) {
      // A query can fail for a while when the run's worker has just died (it went to that
      // worker first); keep following for a minute before giving up.
      if (err instanceof CutoverError) throw err;
      failingSince ??= Date.now();
      if (Date.now() - failingSince > STATUS_PATIENCE_MS) throw err;
      await new Promise((r) => setTimeout(r, interval));
      continue;
    }
    const running = s.steps.some((x) => x.state === 'running' || x.undo.state === 'running');
    const pending = logUpdate && running ? await pendingSteps(client.workflow.getHandle(workflowId)).catch(() => []) : [];
    if (logUpdate) logUpdate(renderStatus(s, true, Date.now(), pending));
    else if (opts.mode === 'lines') for (const line of statusEvents(prev, s)) console.log(line);
    const waitingGate = s.waitingFor?.type === 'gate' ? s.waitingFor.step : undefined;
    if (waitingGate && waitingGate !== gate) await opts.onGate?.(s);
    gate = waitingGate;
    prev = s;
    if (isSettled(s)) {
      logUpdate?.done();
      return s;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}
