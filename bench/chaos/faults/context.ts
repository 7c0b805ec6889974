// What a fault sees of the run while it is injected: the world, the servers, the workers, and the
// run's latest status and pending activities (for faults held until a step has felt them).
import type { PendingStep } from '../../../src/cli/pending';
import type { RunStatus } from '../../../src/workflows/status';
import type { Infra } from '../infra';
import type { WorkerPool } from '../workers';
import type { World } from '../world';

export interface FaultContext {
  infra: Infra;
  pool: WorkerPool;
  world: World;
  /** The number of workers the schedule keeps running. */
  workers: number;
  status(): RunStatus | undefined;
  pending(): PendingStep[];
  /** Records that a worker was killed while activities were pending (to time their resumption). */
  killedWorker(at: number): void;
  /** Notes on what a fault did, kept in the run's record. */
  note(text: string): void;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `done()` holds or `maxMs` passes; true when it held. */
export async function holdUntil(done: () => boolean, maxMs: number): Promise<boolean> {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    if (done()) return true;
    await sleep(100);
  }
  return false;
}

/** A step has ended (succeeded or failed for good) or its activity has failed at least once. */
export function feltBy(ctx: FaultContext, step: string, failure: RegExp): boolean {
  const s = ctx.status()?.steps.find((x) => x.id === step);
  if (s && ['succeeded', 'failed', 'cancelled', 'skipped'].includes(s.state)) return true;
  return ctx.pending().some((p) => p.activityId?.startsWith(`${step}#`) && !!p.lastFailure && failure.test(p.lastFailure));
}
