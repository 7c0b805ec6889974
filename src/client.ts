// The typed client the CLI, CI and tests use to start, follow and answer runs.
import type { Client, WorkflowHandle, WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { ApplicationFailure, CancelledFailure, TerminatedFailure, TimeoutFailure, WorkflowNotFoundError, type SearchAttributePair } from '@temporalio/common';
import { loadConfig, type Config } from './config';
import { CutoverError, EXIT } from './exit-codes';
import type { Plan } from './plan/types';
import {
  defaultWorkflowId,
  searchAttributes,
  statusQuery,
  WORKFLOW_TYPE,
  type MigrationInput,
} from './workflows/definitions';
import type { RunStatus } from './workflows/status';

// The client SDK (gRPC, protobufs) is half of the CLI's start-up: loaded when a command first talks
// to Temporal, so that `cutover validate` and `cutover plan` start fast.
const sdk = () => require('@temporalio/client') as typeof import('@temporalio/client');

export async function connectClient(config: Config = loadConfig()): Promise<Client> {
  try {
    const { Client, Connection } = sdk();
    const connection = await Connection.connect({ ...config.temporal.connection, connectTimeout: '5s' });
    return new Client({ connection, namespace: config.temporal.namespace });
  } catch (err) {
    throw new CutoverError(
      `cannot reach Temporal at ${config.temporal.address} (namespace ${config.temporal.namespace}): ${(err as Error).message}. ` +
        `Start the local stack with 'scripts/stack.sh up' or set TEMPORAL_ADDRESS.`,
      EXIT.unreachable,
    );
  }
}

export interface StartOptions {
  workflowId?: string;
  startedBy?: string;
  /** Attach to the run already in progress under the same id instead of refusing. */
  attach?: boolean;
  taskQueue?: string;
}

export async function startRun(client: Client, plan: Plan | { name: string; environment: string; set?: string[] }, opts: StartOptions = {}, config = loadConfig()): Promise<WorkflowHandleWithFirstExecutionRunId> {
  const inline = 'phases' in plan;
  const workflowId = opts.workflowId ?? defaultWorkflowId(plan.name, plan.environment);
  const input: MigrationInput = inline
    ? { plan, startedBy: opts.startedBy }
    : { plan: plan.name, environment: plan.environment, set: plan.set, startedBy: opts.startedBy };
  const attributes: SearchAttributePair[] = [
    { key: searchAttributes.plan, value: plan.name },
    { key: searchAttributes.environment, value: plan.environment },
    { key: searchAttributes.state, value: 'running' },
  ];
  try {
    return await client.workflow.start(WORKFLOW_TYPE, {
      taskQueue: opts.taskQueue ?? config.temporal.taskQueue,
      workflowId,
      args: [input],
      workflowIdConflictPolicy: opts.attach ? 'USE_EXISTING' : 'FAIL',
      workflowIdReusePolicy: 'ALLOW_DUPLICATE',
      typedSearchAttributes: attributes,
      memo: { plan: plan.name, environment: plan.environment, startedBy: opts.startedBy ?? 'unknown' },
    });
  } catch (err) {
    if (err instanceof sdk().WorkflowExecutionAlreadyStartedError) {
      throw new CutoverError(
        `a run of plan ${plan.name} on ${plan.environment} is already in progress (workflow id ${workflowId}); ` +
          `follow it with 'cutover watch ${workflowId}', abort it with 'cutover abort ${workflowId} --reason …', ` +
          `or attach to it with 'cutover start --attach'`,
        EXIT.badInput,
      );
    }
    throw err;
  }
}

/** The status carried by a run's final failure (rolled back, aborted, cancelled). */
export function statusFromFailure(err: unknown): RunStatus | undefined {
  const cause = err instanceof sdk().WorkflowFailedError ? err.cause : err;
  if (cause instanceof ApplicationFailure || cause instanceof CancelledFailure) {
    const s = cause.details?.[0] as RunStatus | undefined;
    if (s && typeof s === 'object' && 'state' in s) return s;
  }
  return undefined;
}

/** Waits for the run to end and returns its final status. */
export async function finalStatus(handle: WorkflowHandle): Promise<RunStatus> {
  try {
    return (await handle.result()) as RunStatus;
  } catch (err) {
    const s = statusFromFailure(err);
    if (s) return s;
    const { WorkflowFailedError } = sdk();
    // A cancelled run's failure carries no details; its last status is still queryable.
    if (err instanceof WorkflowFailedError && err.cause instanceof CancelledFailure) return handle.query(statusQuery);
    // A run that failed before it had a status: its plan could not be loaded on the worker.
    if (err instanceof WorkflowFailedError && err.cause instanceof ApplicationFailure && err.cause.type === 'PlanError') {
      throw new CutoverError(`run ${handle.workflowId} failed: ${err.cause.message}`, EXIT.badInput);
    }
    if (err instanceof WorkflowFailedError && (err.cause instanceof TerminatedFailure || err.cause instanceof TimeoutFailure)) {
      throw new CutoverError(await endedOutside(handle, err.cause), EXIT.rollbackIncomplete);
    }
    throw err;
  }
}

/**
 * A run terminated (or timed out) in Temporal ended without its rollback: what it had done is
 * still in place. Says so, and which steps had completed, from its last status when a worker can
 * still answer for it (a query of an ended run replays its history on a worker).
 */
async function endedOutside(handle: WorkflowHandle, cause: TerminatedFailure | TimeoutFailure): Promise<string> {
  const how = cause instanceof TerminatedFailure ? `was terminated in Temporal (reason: ${cause.message})` : 'timed out in Temporal (its workflow run timeout)';
  let done = 'start a worker on its task queue to see which of its steps had completed (cutover status)';
  try {
    // Bounded: with no worker on its task queue the query would wait for one.
    const s = await handle.client.withDeadline(Date.now() + 10_000, () => handle.query(statusQuery));
    const completed = s.steps.filter((x) => x.state === 'succeeded' && x.undo.state !== 'succeeded').map((x) => x.id);
    done = completed.length ? `steps it had completed, not undone: ${completed.join(', ')}` : 'no step of it had completed';
  } catch {
    /* no worker can answer: said above */
  }
  return `run ${handle.workflowId} ${how}, so it ended without rolling back what it had done; ${done}. A person has to decide what to undo.`;
}

/** The run's current status; for a run that has ended, read from its result without a worker. */
export async function runStatus(client: Client, workflowId: string): Promise<RunStatus> {
  const handle = client.workflow.getHandle(workflowId);
  try {
    const d = await handle.describe();
    if (d.status.name !== 'RUNNING') return await finalStatus(handle);
    return await handle.query(statusQuery);
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) throw new CutoverError(`no run with id ${workflowId}`, EXIT.badInput);
    throw err;
  }
}

/** Sends an update; a refusal by the workflow's validator becomes a bad-input error with its reason. */
export async function sendUpdate<A>(handle: WorkflowHandle, def: { name: string }, args: A): Promise<string> {
  try {
    return await handle.executeUpdate(def.name, { args: [args] });
  } catch (err) {
    if (err instanceof sdk().WorkflowUpdateFailedError) throw new CutoverError(`refused: ${err.cause?.message ?? err.message}`, EXIT.badInput);
    if (err instanceof WorkflowNotFoundError) {
      const ended = await handle.describe().then((d) => d.status.name, () => undefined);
      throw new CutoverError(ended ? `run ${handle.workflowId} has already ended (${ended.toLowerCase()})` : `no run with id ${handle.workflowId}`, EXIT.badInput);
    }
    throw err;
  }
}
