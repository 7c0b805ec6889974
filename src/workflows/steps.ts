// Running one step forward: an activity on a worker, a gate for a person or a durable timer, in a
// cancellation scope that abort reaches; a failure is retried by the step's policy, then either
// rolls the run back or (`onFailure: pause`) waits for a person to retry, skip or abort.
import { CancellationScope, condition, isCancellation, patched, proxyActivities, sleep } from '@temporalio/workflow';
import type { ActivityResult, StepContext, StepInput, StepOutput } from '../kit/context';
import type { Plan, StepSpec } from '../plan/types';
import { duration, retryPolicy, stepOptions } from './activity-options';
import { decided, type Controls, type Decision } from './controls';
import { attemptsOf, describeFailure } from './failures';
import { now, type RunRecord } from './run-state';
import { resolveStep } from './resolve-refs';
import { nextCommands, type StepStatus } from './status';
import type { Notify } from './notify';
import type { UndoStack } from './rollback';

/** `done`: succeeded or skipped; `failed`: roll back; `stopped`: abort, rejection or cancellation. */
export type StepResult = 'done' | 'failed' | 'stopped';

class GateRejected extends Error {}

export interface RunParts {
  plan: Plan;
  ctx: StepContext;
  record: RunRecord;
  controls: Controls;
  undo: UndoStack;
  /** The scopes of the steps in flight (several in a parallel group), which abort cancels. */
  stepScopes: Set<CancellationScope>;
  /** Why the steps in flight are being cancelled when it is not an abort (a sibling in a group failed). */
  cancelReason?: string;
  /** A failed step is waiting for a person: another one (in a parallel group) waits its turn. */
  pausing?: boolean;
  /** How many activities each step (and each undo) has scheduled, for their activity ids. */
  scheduled: Map<string, number>;
  /** Tells the run's notification sinks (never waits for them). */
  notify: Notify;
}

/**
 * `<step id>#<n>` (`undo:<step id>#<n>` for its undo): activity ids that say which step a pending
 * activity belongs to (the live board shows each step of a parallel group its own progress). Runs
 * recorded before this patch keep the SDK's numbered ids.
 */
export const STEP_ACTIVITY_IDS_PATCH = 'step-activity-ids';

export function stepActivityId(run: RunParts, key: string): string | undefined {
  if (!patched(STEP_ACTIVITY_IDS_PATCH)) return undefined;
  const n = (run.scheduled.get(key) ?? 0) + 1;
  run.scheduled.set(key, n);
  return `${key}#${n}`;
}

async function execute(run: RunParts, spec: StepSpec, ctx: StepContext, s: StepStatus): Promise<StepOutput> {
  const { plan, record, controls } = run;
  if (spec.execution === 'timer') {
    await sleep(duration(String(spec.params.duration)));
    return { waited: spec.params.duration };
  }
  if (spec.execution === 'gate') {
    s.state = 'waiting';
    record.setState('waiting', record.waiting('gate', spec, `approve or reject gate ${spec.id}`));
    run.notify('waiting', { step: spec.id, hint: record.status.waitingFor!.hint, commands: nextCommands(record.status) });
    const answered = spec.timeout
      ? await condition(() => controls.gateAnswers.has(spec.id), duration(spec.timeout))
      : (await condition(() => controls.gateAnswers.has(spec.id)), true);
    record.setState('running');
    if (!answered) controls.gateAnswers.set(spec.id, { decision: 'rejected', by: 'timeout', reason: `no answer within ${spec.timeout}`, at: now() });
    const answer = controls.gateAnswers.get(spec.id)!;
    s.gate = answer;
    if (answer.decision === 'rejected') throw new GateRejected(`gate ${spec.id} rejected${answer.by ? ` by ${answer.by}` : ''}: ${answer.reason}`);
    return { approvedBy: answer.by ?? null };
  }
  const activityId = stepActivityId(run, spec.id);
  const activity = proxyActivities<Record<string, (input: StepInput) => Promise<ActivityResult>>>({ ...stepOptions(plan, spec), ...(activityId ? { activityId } : {}) })[spec.kind];
  const r = await activity({ ctx, step: spec });
  s.attempts += r.attempt;
  return r.output;
}

export async function runStep(run: RunParts, planned: StepSpec): Promise<StepResult> {
  const { record } = run;
  const s = record.step(planned.id);
  let spec: StepSpec;
  let ctx: StepContext;
  try {
    ({ step: spec, ctx } = resolveStep(planned, run.ctx, (id) => record.step(id).output));
  } catch (err) {
    // An output that is not there will not appear on a retry: the step fails before it runs.
    s.state = 'failed';
    s.startedAt = s.endedAt = now();
    s.error = describeFailure(err);
    run.notify('step_failed', { step: planned.id, reason: s.error });
    return 'failed';
  }
  let entry: ReturnType<UndoStack['push']> | undefined;
  // Pushed before the step runs: a step that fails part-way is undone too (compensations find
  // out from the world what this run did).
  if (spec.undo && !record.status.committed) {
    entry = run.undo.push(spec, ctx);
    s.undo.state = 'pending';
  } else if (spec.undo) {
    s.undo.reason = 'after the commit point: not undone';
  }
  const result = await attempts(run, spec, ctx, s, entry);
  // The undo stack follows the order steps ended in: in a parallel group, the last to end is undone first.
  if (entry) run.undo.ended(entry);
  return result;
}

/** Runs the step until it succeeds, fails for good, is skipped or stopped. */
async function attempts(run: RunParts, spec: StepSpec, ctx: StepContext, s: StepStatus, entry: ReturnType<UndoStack['push']> | undefined): Promise<StepResult> {
  const { plan, controls } = run;
  for (;;) {
    s.state = 'running';
    s.startedAt ??= now();
    s.error = undefined;
    const scope = new CancellationScope();
    run.stepScopes.add(scope);
    try {
      const output = await scope.run(() => execute(run, spec, ctx, s));
      s.state = 'succeeded';
      s.endedAt = now();
      s.output = output;
      if (entry) entry.output = output;
      return 'done';
    } catch (err) {
      s.endedAt = now();
      if (err instanceof GateRejected) {
        s.state = 'rejected';
        s.reason = err.message;
        controls.stop ??= { reason: err.message };
        return 'stopped';
      }
      if (isCancellation(err)) {
        s.state = 'cancelled';
        s.reason = controls.stop?.reason ?? run.cancelReason ?? 'run cancelled';
        return 'stopped';
      }
      s.state = 'failed';
      s.error = describeFailure(err);
      s.attempts += attemptsOf(err, retryPolicy({ ...plan.defaults.retry, ...spec.retry }).maximumAttempts);
      run.notify('step_failed', { step: spec.id, reason: s.error });
      if ((spec.onFailure ?? plan.defaults.onFailure) !== 'pause') return 'failed';
      const decision = await pauseOn(run, spec);
      if (controls.stop) return 'stopped';
      if (run.cancelReason) {
        // A sibling in its parallel group failed meanwhile: the group rolls back without this one.
        s.state = 'cancelled';
        s.reason = run.cancelReason;
        return 'stopped';
      }
      if (!decision) return 'failed';
      if (decision.action === 'skip') {
        s.state = 'skipped';
        s.reason = decided(decision);
        return 'done';
      }
    } finally {
      run.stepScopes.delete(scope);
    }
  }
}

/**
 * `onFailure: pause`: waits for retry, skip, or abort (= roll back). Undefined means roll back. In a
 * parallel group one failed step waits for a person at a time; the others wait their turn.
 */
async function pauseOn(run: RunParts, spec: StepSpec): Promise<Decision | undefined> {
  const { record, controls } = run;
  const over = () => controls.stop !== undefined || run.cancelReason !== undefined;
  if (run.pausing) await condition(() => !run.pausing || over());
  if (over()) return undefined;
  run.pausing = true;
  try {
    controls.failureDecision = undefined;
    record.setState('waiting', record.waiting('failure', spec, `step ${spec.id} failed: retry it, skip it with a reason, or abort to roll back`));
    run.notify('waiting', { step: spec.id, hint: record.status.waitingFor!.hint, commands: nextCommands(record.status) });
    await condition(() => controls.failureDecision !== undefined || over());
    record.setState('running');
    return over() ? undefined : controls.failureDecision;
  } finally {
    run.pausing = false;
  }
}
