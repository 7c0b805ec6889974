// A run's whole life is one Temporal workflow execution, and Temporal terminates an execution whose
// history passes 51,200 events or 50 MB — without running its rollback. A plan is held to what a
// run of it can record in the worst ordinary case (every step run and then undone) with room left
// for retries and operators' answers (BENCHMARKS.md, "History size").
import { LIMITS } from './limits';
import type { DocPath, Reporter } from './positions';

/** Temporal's own bounds per workflow execution (the server's defaults). */
export const TEMPORAL_HISTORY = { events: 51_200, bytes: 50 * 1024 * 1024 } as const;

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const n = (x: number) => x.toLocaleString('en-US');

/**
 * At most LIMITS.steps steps (each adds about 6 events to history forward and 6 more when it is
 * undone), and the activity inputs of a full run and rollback (each step's fields plus the plan's
 * targets, which every step's activity receives) at most LIMITS.historyBytes.
 */
export function checkHistoryBudget(steps: readonly { path: DocPath; raw: Record<string, unknown> }[], targets: unknown, r: Reporter): void {
  const split = 'split it into several plans run one after another';
  if (steps.length > LIMITS.steps) {
    r.at(
      steps[LIMITS.steps].path,
      `the plan has ${n(steps.length)} steps; at most ${n(LIMITS.steps)}: a run is one Temporal workflow, each step adds about 6 events to its ` +
        `history and 6 more when it is undone, and Temporal terminates a run at ${n(TEMPORAL_HISTORY.events)} events without rolling it back; ${split}`,
    );
    return;
  }
  const targetBytes = Buffer.byteLength(JSON.stringify(targets ?? {}));
  let bytes = 0;
  for (const s of steps) bytes += 2 * (Buffer.byteLength(JSON.stringify(s.raw)) + targetBytes);
  if (bytes > LIMITS.historyBytes) {
    r.at(
      ['targets'],
      `the plan's ${n(steps.length)} steps and its targets (${(targetBytes / 1024).toFixed(1)} KB, sent with every step) come to about ${mb(bytes)} of ` +
        `history when run and undone; at most ${mb(LIMITS.historyBytes)} (Temporal terminates a run at ${mb(TEMPORAL_HISTORY.bytes)} without rolling it back): ` +
        `declare fewer or shorter targets, or ${split}`,
    );
  }
}
