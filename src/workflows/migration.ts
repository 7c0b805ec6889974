// The `migration` workflow: runs a plan phase by phase, step by step, and when a step fails
// (or a person aborts, rejects a gate, or cancels the run) undoes what was done, newest first,
// in a scope that cancellation cannot reach. Deterministic code only.
import {
  allHandlersFinished,
  CancellationScope,
  CancelledFailure,
  ApplicationFailure,
  condition,
  isCancellation,
  metricMeter,
  scheduleActivity,
  setHandler,
  sleep,
  upsertMemo,
  workflowInfo,
} from '@temporalio/workflow';
import { PHASES, type Plan, type StepSpec } from '../plan/types';
import type { StepContext, StepOutput } from '../kit/context';
import { undoActivityName } from '../kit/define';
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
  type ActivityResult,
  type MigrationInput,
} from './definitions';
import { duration, retryPolicy, stepOptions, undoOptions } from './activity-options';
import { attemptsOf, describeFailure } from './failures';
import { now, RunRecord } from './run-state';
import { FINAL_STATES, type GateAnswer, type RunStatus, type StepStatus } from './status';

interface Decision {
  action: 'retry' | 'skip';
  reason?: string;
  by?: string;
}
interface UndoEntry {
  spec: StepSpec;
  output?: StepOutput;
}
type StepResult = 'done' | 'failed' | 'stopped';

class GateRejected extends Error {}

export async function migration(input: MigrationInput): Promise<RunStatus> {
  const root = CancellationScope.current();
  const plan = typeof input.plan === 'string' ? await loadPlan(input) : input.plan;
  const specs = new Map(PHASES.flatMap((p) => plan.phases[p]).map((s) => [s.id, s]));
  const record = new RunRecord(plan, input.startedBy);
  upsertMemo({ plan: plan.name, environment: plan.environment, startedBy: input.startedBy ?? 'unknown' });
  const ctx: StepContext = {
    workflowId: record.status.workflowId,
    runId: record.status.runId,
    planName: plan.name,
    environment: plan.environment,
    baseDir: plan.baseDir,
    targets: plan.targets,
  };

  let stop: { reason: string } | undefined; // abort, rejection or cancellation
  let stepScope: CancellationScope | undefined;
  let failureDecision: Decision | undefined;
  let undoDecision: Decision | undefined;
  const gateAnswers = new Map<string, GateAnswer>();
  const undoStack: UndoEntry[] = [];

  // --- handlers -------------------------------------------------------------------------
  setHandler(statusQuery, () => record.status);

  /** Gates and aborts are for a run that is still going forward. */
  const refuseUnlessForward = () => {
    if (FINAL_STATES.includes(record.state)) throw new Error(`the run has already ended (${record.state})`);
    if (stop || ['rolling_back', 'rollback_failed'].includes(record.state)) throw new Error('the run is already rolling back');
  };
  const gateFor = (gate: string | undefined): StepStatus => {
    refuseUnlessForward();
    const id = gate ?? (record.status.waitingFor?.type === 'gate' ? record.status.waitingFor.step : undefined);
    if (!id) throw new Error('no gate is waiting; name the gate');
    const spec = specs.get(id);
    if (!spec) throw new Error(`unknown gate ${id}`);
    if (spec.execution !== 'gate') throw new Error(`step ${id} is a ${spec.kind} step, not a gate`);
    const s = record.step(id);
    if (gateAnswers.has(id) || !['pending', 'waiting'].includes(s.state)) {
      throw new Error(`gate ${id} is already answered (${s.gate?.decision ?? s.state})`);
    }
    return s;
  };
  const waitingStep = (type: 'failure' | 'compensation', step: string | undefined): string => {
    const w = record.status.waitingFor;
    if (w?.type !== type) throw new Error(type === 'failure' ? 'no failed step is waiting for a decision' : 'no compensation is waiting for a decision');
    if (step !== undefined && step !== w.step) throw new Error(`step ${step} is not the one waiting (${w.step} is)`);
    return w.step;
  };
  const needReason = (reason: string | undefined) => {
    if (!reason?.trim()) throw new Error('a reason is required');
  };

  setHandler(
    approveUpdate,
    ({ gate, by }) => {
      const s = gateFor(gate);
      gateAnswers.set(s.id, { decision: 'approved', by, at: now() });
      return `gate ${s.id} approved`;
    },
    { validator: ({ gate }) => void gateFor(gate) },
  );
  setHandler(
    rejectUpdate,
    ({ gate, reason, by }) => {
      const s = gateFor(gate);
      gateAnswers.set(s.id, { decision: 'rejected', by, reason, at: now() });
      return `gate ${s.id} rejected`;
    },
    { validator: ({ gate, reason }) => (needReason(reason), void gateFor(gate)) },
  );
  setHandler(
    abortUpdate,
    ({ reason, by }) => {
      refuseUnlessForward();
      stop = { reason: `aborted${by ? ` by ${by}` : ''}: ${reason}` };
      stepScope?.cancel();
      return 'rolling back';
    },
    { validator: ({ reason }) => (needReason(reason), refuseUnlessForward()) },
  );
  setHandler(
    retryStepUpdate,
    ({ step, by }) => {
      const id = waitingStep('failure', step);
      failureDecision = { action: 'retry', by };
      return `retrying ${id}`;
    },
    { validator: ({ step }) => void waitingStep('failure', step) },
  );
  setHandler(
    skipStepUpdate,
    ({ step, reason, by }) => {
      const id = waitingStep('failure', step);
      failureDecision = { action: 'skip', reason, by };
      return `skipping ${id}`;
    },
    { validator: ({ step, reason }) => (needReason(reason), void waitingStep('failure', step)) },
  );
  setHandler(
    retryCompensationUpdate,
    ({ step, by }) => {
      const id = waitingStep('compensation', step);
      undoDecision = { action: 'retry', by };
      return `retrying the undo of ${id}`;
    },
    { validator: ({ step }) => void waitingStep('compensation', step) },
  );
  setHandler(
    skipCompensationUpdate,
    ({ step, reason, by }) => {
      const id = waitingStep('compensation', step);
      undoDecision = { action: 'skip', reason, by };
      return `skipping the undo of ${id}`;
    },
    { validator: ({ step, reason }) => (needReason(reason), void waitingStep('compensation', step)) },
  );

  // --- forward --------------------------------------------------------------------------
  async function execute(spec: StepSpec, s: StepStatus): Promise<StepOutput> {
    if (spec.execution === 'timer') {
      await sleep(duration(String(spec.params.duration)));
      return { waited: spec.params.duration };
    }
    if (spec.execution === 'gate') {
      s.state = 'waiting';
      record.setState('waiting', record.waiting('gate', spec, `approve or reject gate ${spec.id}`));
      const answered = spec.timeout
        ? await condition(() => gateAnswers.has(spec.id), duration(spec.timeout))
        : (await condition(() => gateAnswers.has(spec.id)), true);
      record.setState('running');
      if (!answered) gateAnswers.set(spec.id, { decision: 'rejected', by: 'timeout', reason: `no answer within ${spec.timeout}`, at: now() });
      const answer = gateAnswers.get(spec.id)!;
      s.gate = answer;
      if (answer.decision === 'rejected') throw new GateRejected(`gate ${spec.id} rejected${answer.by ? ` by ${answer.by}` : ''}: ${answer.reason}`);
      return { approvedBy: answer.by ?? null };
    }
    const r = await scheduleActivity<ActivityResult>(spec.kind, [{ ctx, step: spec }], stepOptions(plan, spec));
    s.attempts += r.attempt;
    return r.output;
  }

  async function runStep(spec: StepSpec): Promise<StepResult> {
    const s = record.step(spec.id);
    let entry: UndoEntry | undefined;
    // Pushed before the step runs: a step that fails part-way is undone too (compensations find
    // out from the world what this run did).
    if (spec.undo && !record.status.committed) {
      entry = { spec };
      undoStack.push(entry);
      s.undo.state = 'pending';
    } else if (spec.undo) {
      s.undo.reason = 'after the commit point: not undone';
    }
    for (;;) {
      s.state = 'running';
      s.startedAt ??= now();
      s.error = undefined;
      try {
        const scope = new CancellationScope();
        stepScope = scope;
        const output = await scope.run(() => execute(spec, s));
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
          stop ??= { reason: err.message };
          return 'stopped';
        }
        if (isCancellation(err)) {
          s.state = 'cancelled';
          s.reason = stop?.reason ?? 'run cancelled';
          return 'stopped';
        }
        s.state = 'failed';
        s.error = describeFailure(err);
        s.attempts += attemptsOf(err, retryPolicy({ ...plan.defaults.retry, ...spec.retry }).maximumAttempts);
        if ((spec.onFailure ?? plan.defaults.onFailure) !== 'pause') return 'failed';
        const decision = await pauseOn(spec);
        if (stop) return 'stopped';
        if (!decision) return 'failed';
        if (decision.action === 'skip') {
          s.state = 'skipped';
          s.reason = `${decision.reason}${decision.by ? ` (by ${decision.by})` : ''}`;
          return 'done';
        }
      } finally {
        stepScope = undefined;
      }
    }
  }

  /** `onFailure: pause`: waits for retry, skip, or abort (= roll back). Undefined means roll back. */
  async function pauseOn(spec: StepSpec): Promise<Decision | undefined> {
    failureDecision = undefined;
    record.setState(
      'waiting',
      record.waiting('failure', spec, `step ${spec.id} failed: retry it, skip it with a reason, or abort to roll back`),
    );
    await condition(() => failureDecision !== undefined || stop !== undefined);
    record.setState('running');
    return stop ? undefined : failureDecision;
  }

  function commit(after: string): void {
    record.status.committed = true;
    for (const e of undoStack) {
      const u = record.step(e.spec.id).undo;
      u.state = 'dropped';
      u.reason = `commit point after ${after} passed`;
    }
    undoStack.length = 0;
  }

  // --- rollback -------------------------------------------------------------------------
  const compensations = metricMeter.createCounter('cutover_compensations', 'count', 'compensations run, by kind and outcome');
  async function rollback(): Promise<void> {
    record.setState('rolling_back');
    while (undoStack.length > 0) {
      const { spec, output } = undoStack[undoStack.length - 1];
      const u = record.step(spec.id).undo;
      for (;;) {
        u.state = 'running';
        u.startedAt ??= now();
        try {
          const r = await scheduleActivity<ActivityResult>(undoActivityName(spec.kind), [{ ctx, step: spec, output }], undoOptions(plan, spec));
          u.attempts += r.attempt;
          u.state = 'succeeded';
          u.error = undefined;
          u.endedAt = now();
          compensations.add(1, { kind: spec.kind, outcome: 'succeeded' });
          break;
        } catch (err) {
          compensations.add(1, { kind: spec.kind, outcome: 'failed' });
          u.state = 'failed';
          u.error = describeFailure(err);
          u.attempts += attemptsOf(err, plan.defaults.undoRetry.maximumAttempts);
          u.endedAt = now();
          undoDecision = undefined;
          record.setState(
            'rollback_failed',
            record.waiting('compensation', spec, `undo of ${spec.id} failed: retryCompensation, or skipCompensation with a reason`),
          );
          await condition(() => undoDecision !== undefined);
          record.setState('rolling_back');
          if (undoDecision!.action === 'skip') {
            u.state = 'skipped';
            u.reason = `${undoDecision!.reason}${undoDecision!.by ? ` (by ${undoDecision!.by})` : ''}`;
            break;
          }
        }
      }
      undoStack.pop();
    }
  }

  // --- the run --------------------------------------------------------------------------
  let outcome: 'succeeded' | 'failed' | 'stopped' = 'succeeded';
  try {
    run: for (const phase of PHASES) {
      if (plan.phases[phase].length === 0) continue;
      record.setPhase(phase);
      for (const spec of plan.phases[phase]) {
        if (stop) {
          outcome = 'stopped';
          break run;
        }
        const result = await runStep(spec);
        if (result !== 'done') {
          outcome = result;
          if (result === 'failed') {
            record.status.failedStep = spec.id;
            record.status.reason = `step ${spec.id} failed: ${record.step(spec.id).error}`;
          }
          break run;
        }
        if (plan.commitAfter === spec.id) commit(spec.id);
      }
    }
  } catch (err) {
    if (!isCancellation(err)) throw err;
    outcome = 'stopped';
  }
  if (outcome === 'stopped') {
    stop ??= { reason: 'run cancelled' };
    record.status.reason = stop.reason;
  }

  await CancellationScope.nonCancellable(async () => {
    if (outcome === 'succeeded') record.finish('succeeded');
    else if (record.status.committed && undoStack.length === 0) record.finish('failed');
    else {
      await rollback();
      const skipped = record.status.steps.filter((s) => s.undo.state === 'skipped').map((s) => s.id);
      if (skipped.length) record.status.reason += ` (undo skipped for ${skipped.join(', ')})`;
      record.finish(outcome === 'failed' ? 'rolled_back' : 'aborted');
    }
    metricMeter.createCounter('cutover_runs', 'count', 'finished runs, by plan and outcome').add(1, { plan: plan.name, outcome: record.state });
    await condition(allHandlersFinished);
  });

  if (outcome === 'succeeded') return record.status;
  // The failure the Web UI shows first: what happened, and what to do next.
  const next =
    record.state === 'failed'
      ? 'steps after the commit point are not undone: fix the cause and finish them by hand or with a new run'
      : 'everything this run did was undone: fix the cause and start the plan again';
  const message = `${record.state}: ${record.status.reason}. ${next}`;
  if (root.consideredCancelled) throw new CancelledFailure(message, [record.status]);
  throw ApplicationFailure.create({ type: RUN_FAILED_ERROR, message, nonRetryable: true, details: [record.status] });
}

/** Runs started by plan name (e.g. from the Web UI) have the worker load and validate the plan. */
async function loadPlan(input: MigrationInput): Promise<Plan> {
  return scheduleActivity<Plan>('cutover.loadPlan', [{ name: input.plan, environment: input.environment, set: input.set }], {
    startToCloseTimeout: '30s',
    retry: { maximumAttempts: 3, nonRetryableErrorTypes: ['PlanError'] },
    summary: `load plan ${String(input.plan)}`,
  });
}

export const workflowRunId = () => workflowInfo().firstExecutionRunId;
