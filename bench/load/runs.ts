// Starting many runs at once and seeing them through, as operators would: a gate keeper that
// finds waiting runs through visibility (CutoverState = waiting) and approves them, a few
// followers that read the status every 500 ms as `cutover watch` does, and each run's final status.
import { WorkflowFailedError, type Client, type WorkflowHandle } from '@temporalio/client';
import { finalStatus, startRun } from '../../src/client';
import type { Config } from '../../src/config';
import type { Plan } from '../../src/plan/types';
import { approveUpdate, statusQuery } from '../../src/workflows/definitions';
import type { RunStatus } from '../../src/workflows/status';

export interface RunOutcome {
  key: string;
  workflowId: string;
  /** Client clock before the start request (same machine as the server: one clock). */
  startedAtMs: number;
  /** Client clock when the result arrived. */
  endedAtMs?: number;
  status?: RunStatus;
  error?: string;
}

export interface Driven {
  outcomes: RunOutcome[];
  /** Latencies of the followers' status queries (ms). */
  statusQueryMs: number[];
  approvals: number;
  /** Approvals that failed (refused, or timed out on a busy server) and were sent again: not failures. */
  refusedApprovals: number;
  /** The first few of those failures' messages. */
  approvalErrors: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Approves the gate of every run of the task queue that visibility shows waiting, until stopped. */
function gateKeeper(client: Client, taskQueue: string, gate: string) {
  const answered = new Set<string>();
  let approvals = 0;
  let refused = 0;
  const errors: string[] = [];
  let stopped = false;
  const pending: Promise<unknown>[] = [];
  const loop = (async () => {
    while (!stopped) {
      const query = `TaskQueue = "${taskQueue}" AND CutoverState = "waiting" AND ExecutionStatus = "Running"`;
      try {
        for await (const wf of client.workflow.list({ query })) {
          if (answered.has(wf.workflowId)) continue;
          answered.add(wf.workflowId);
          const h = client.workflow.getHandle(wf.workflowId);
          pending.push(
            h.executeUpdate(approveUpdate, { args: [{ gate, by: 'bench' }] }).then(
              () => approvals++,
              (err: Error) => {
                // Refused or lost on a busy server: the run still waits, so it is listed again.
                refused++;
                if (errors.length < 5) errors.push(`${wf.workflowId}: ${err.message}`);
                answered.delete(wf.workflowId);
              },
            ),
          );
        }
      } catch {
        // A busy server answers a list late or not at all: the next round asks again.
      }
      await sleep(500);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      await Promise.all(pending);
      return { approvals, refused, errors };
    },
  };
}

/** Reads a run's status every 500 ms until it ends, timing each query. */
async function follow(handle: WorkflowHandle, done: () => boolean, out: number[]): Promise<void> {
  while (!done()) {
    const t = performance.now();
    try {
      const s = await handle.query(statusQuery);
      out.push(performance.now() - t);
      if (['succeeded', 'rolled_back', 'aborted', 'failed'].includes(s.state)) return;
    } catch {
      if (done()) return;
    }
    await sleep(500);
  }
}

/**
 * Starts one run per plan at once on `taskQueue` and waits for all of them (at most `deadlineMs`;
 * runs still going then are terminated and reported as stuck).
 */
export async function drive(
  client: Client,
  config: Config,
  plans: readonly { key: string; plan: Plan }[],
  opts: { taskQueue: string; gate: string; followers: number; deadlineMs: number },
): Promise<Driven> {
  const keeper = gateKeeper(client, opts.taskQueue, opts.gate);
  const statusQueryMs: number[] = [];
  const deadline = Date.now() + opts.deadlineMs;
  const outcomes = await Promise.all(
    plans.map(async ({ key, plan }, i): Promise<RunOutcome> => {
      const workflowId = `bench-load-${key}`;
      const o: RunOutcome = { key, workflowId, startedAtMs: Date.now() };
      let handle: WorkflowHandle;
      try {
        handle = await startRun(client, plan, { workflowId, taskQueue: opts.taskQueue, startedBy: 'bench' }, config);
      } catch (err) {
        o.error = `start: ${(err as Error).message}`;
        return o;
      }
      let ended = false;
      const following = i < opts.followers ? follow(handle, () => ended, statusQueryMs) : Promise.resolve();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), Math.max(0, deadline - Date.now()))));
      try {
        const r = await Promise.race([finalStatus(handle), timeout]);
        if (r === 'timeout') {
          o.error = 'stuck: still running at the deadline';
          await handle.terminate('bench deadline').catch(() => undefined);
        } else {
          o.status = r;
          o.endedAtMs = Date.now();
        }
      } catch (err) {
        o.error = err instanceof WorkflowFailedError ? `${err.message}: ${err.cause?.message}` : (err as Error).message;
      } finally {
        clearTimeout(timer);
      }
      ended = true;
      await following;
      return o;
    }),
  );
  const { approvals, refused, errors } = await keeper.stop();
  return { outcomes, statusQueryMs, approvals, refusedApprovals: refused, approvalErrors: errors };
}
