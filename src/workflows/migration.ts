// The `migration` workflow: runs a plan phase by phase, step by step, and when a step fails
// (or a person aborts, rejects a gate, or cancels the run) undoes what was done, newest first,
// in a scope that cancellation cannot reach. Deterministic code only.
import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  CancellationScope,
  CancelledFailure,
  condition,
  isCancellation,
  metricMeter,
  proxyActivities,
  setHandler,
  upsertMemo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { PHASES, type Plan } from '../plan/types';
import type { LoadPlanInput } from '../plan/load-activity';
import {
  abortUpdate,
  approveUpdate,
  rejectUpdate,
  retryCompensationUpdate,
  retryStepUpdate,
  RUN_FAILED_ERROR,
  skipCompensationUpdate,
  skipStepUpdate,
  statusQuery,
  type MigrationInput,
} from './definitions';
import { Controls, type Control } from './controls';
import { UndoStack } from './rollback';
import { notifier } from './notify';
import { now, RunRecord } from './run-state';
import type { RunStatus } from './status';
import { asRun, unitsOf, runUnit } from './groups';
import type { RunParts, StepResult } from './steps';

type Outcome = Exclude<StepResult, 'done'> | 'succeeded';

export async function migration(input: MigrationInput): Promise<RunStatus> {
  const root = CancellationScope.current();
  const plan = typeof input.plan === 'string' ? await loadPlan(input) : input.plan;
  const { run, flush } = start(plan, input.startedBy);
  run.notify('started');
  const outcome = await forward(run);
  await CancellationScope.nonCancellable(() => finish(run, outcome, flush));
  if (outcome === 'succeeded') return run.record.status;
  // The failure the Web UI shows first: what happened, and what to do next.
  const { record } = run;
  const next =
    record.state === 'failed'
      ? 'steps after the commit point are not undone: fix the cause and finish them by hand or with a new run'
      : 'everything this run did was undone: fix the cause and start the plan again';
  const message = `${record.state}: ${record.status.reason}. ${next}`;
  if (root.consideredCancelled) throw new CancelledFailure(message, [record.status]);
  throw ApplicationFailure.create({ type: RUN_FAILED_ERROR, message, nonRetryable: true, details: [record.status] });
}

/** The run's parts, with the status query and the operators' updates in place. */
function start(plan: Plan, startedBy: string | undefined): { run: RunParts; flush: () => Promise<void> } {
  const record = new RunRecord(plan, startedBy);
  upsertMemo({ plan: plan.name, environment: plan.environment, startedBy: startedBy ?? 'unknown' });
  const { notify, flush } = notifier(plan, record);
  const specs = new Map(PHASES.flatMap((p) => plan.phases[p]).map((s) => [s.id, s]));
  const run: RunParts = {
    plan,
    record,
    ctx: {
      workflowId: record.status.workflowId,
      runId: record.status.runId,
      planName: plan.name,
      environment: plan.environment,
      baseDir: plan.baseDir,
      targets: plan.targets,
    },
    controls: new Controls(record, specs, now, () => run.stepScopes.forEach((s) => s.cancel())),
    undo: new UndoStack(),
    stepScopes: new Set(),
    scheduled: new Map(),
    notify,
  };
  setHandler(statusQuery, () => record.status);
  const bind = <A>(def: UpdateDefinition<string, [A]>, c: Control<A>) => setHandler(def, (args: A) => c.apply(args), { validator: (args: A) => c.check(args) });
  const c = run.controls;
  bind(approveUpdate, c.approve);
  bind(rejectUpdate, c.reject);
  bind(abortUpdate, c.abort);
  bind(retryStepUpdate, c.retryStep);
  bind(skipStepUpdate, c.skipStep);
  bind(retryCompensationUpdate, c.retryCompensation);
  bind(skipCompensationUpdate, c.skipCompensation);
  return { run, flush };
}

/** Every phase in order, until the end or the first step that fails or is stopped. */
async function forward(run: RunParts): Promise<Outcome> {
  const { plan, record, controls } = run;
  let outcome: Outcome = 'succeeded';
  try {
    run: for (const phase of PHASES) {
      if (plan.phases[phase].length === 0) continue;
      record.setPhase(phase);
      for (const planned of unitsOf(plan.phases[phase])) {
        for (const unit of asRun(planned)) {
          if (controls.stop) {
            outcome = 'stopped';
            break run;
          }
          const { result, failed } = await runUnit(run, unit);
          if (result !== 'done') {
            outcome = result;
            if (failed) {
              record.status.failedStep = failed;
              record.status.reason = `step ${failed} failed: ${record.step(failed).error}`;
            }
            break run;
          }
          if (plan.commitAfter === unit.id) {
            record.status.committed = true;
            run.undo.drop(record, unit.id);
          }
        }
      }
    }
  } catch (err) {
    if (!isCancellation(err)) throw err;
    outcome = 'stopped';
  }
  if (outcome === 'stopped') {
    controls.stop ??= { reason: 'run cancelled' };
    record.status.reason = controls.stop.reason;
  }
  return outcome;
}

/** Rolls back unless the run succeeded (or failed past the commit point), and records the end. */
async function finish(run: RunParts, outcome: Outcome, flush: () => Promise<void>): Promise<void> {
  const { plan, record } = run;
  if (outcome === 'succeeded') record.finish('succeeded');
  else if (record.status.committed && run.undo.size === 0) record.finish('failed');
  else {
    await run.undo.unwind(run);
    const skipped = record.status.steps.filter((s) => s.undo.state === 'skipped').map((s) => s.id);
    if (skipped.length) record.status.reason += ` (undo skipped for ${skipped.join(', ')})`;
    record.finish(outcome === 'failed' ? 'rolled_back' : 'aborted');
  }
  metricMeter.createCounter('cutover_runs', 'count', 'finished runs, by plan and outcome').add(1, { plan: plan.name, outcome: record.state });
  run.notify(record.state as 'succeeded' | 'rolled_back' | 'aborted' | 'failed', { reason: record.status.reason });
  await flush();
  await condition(allHandlersFinished);
}

/** Runs started by plan name (e.g. from the Web UI) have the worker load and validate the plan. */
async function loadPlan(input: MigrationInput): Promise<Plan> {
  const { 'cutover.loadPlan': load } = proxyActivities<{ 'cutover.loadPlan': (i: LoadPlanInput) => Promise<Plan> }>({
    startToCloseTimeout: '30s',
    retry: { maximumAttempts: 3, nonRetryableErrorTypes: ['PlanError'] },
    summary: `load plan ${String(input.plan)}`,
  });
  try {
    return await load({ name: String(input.plan), environment: input.environment, set: input.set });
  } catch (err) {
    // The run's failure says what is wrong with the plan (the CLI reports it as bad input).
    if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure && err.cause.type === 'PlanError') {
      throw ApplicationFailure.create({ type: 'PlanError', message: err.cause.message, nonRetryable: true });
    }
    throw err;
  }
}
