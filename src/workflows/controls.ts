// What people can ask of a run, and the answers the run waits on: gate answers, abort, and the
// decisions on a failed step (`onFailure: pause`) or on a compensation that keeps failing. Plain
// code over the run's status, so it is unit-tested without a server. Each control has a check
// (the update's validator: a refusal never reaches history) and an apply (the handler).
import { ApplicationFailure } from '@temporalio/common';
import type { StepSpec } from '../plan/types';
import type { GateArgs, ReasonArgs, RejectArgs, SkipArgs, StepArgs } from './definitions';
import { FINAL_STATES, type GateAnswer, type RunStatus, type StepStatus, type WaitingFor } from './status';

export interface Decision {
  action: 'retry' | 'skip';
  reason?: string;
  by?: string;
}

export interface Control<A> {
  /** Throws the refusal (an ApplicationFailure) when the request does not fit the run's state. */
  check(args: A): void;
  /** Records the request; returns what the requester is told. */
  apply(args: A): string;
}

/** A request the run cannot take, with the reason; the update is rejected, the run goes on. */
export const refuse = (message: string) => ApplicationFailure.create({ type: 'CutoverRefused', message, nonRetryable: true });

export interface RunView {
  readonly status: RunStatus;
  step(id: string): StepStatus;
}

export class Controls {
  /** Set by abort, a rejected gate or cancellation: the run goes no further and rolls back. */
  stop?: { reason: string };
  /** The answer to the failed step that is waiting (`onFailure: pause`). */
  failureDecision?: Decision;
  /** The answer to the compensation that is waiting (`rollback_failed`). */
  undoDecision?: Decision;
  readonly gateAnswers = new Map<string, GateAnswer>();

  constructor(
    private readonly run: RunView,
    private readonly specs: ReadonlyMap<string, StepSpec>,
    private readonly now: () => string,
    /** Called on abort: cancels what is in flight. */
    private readonly onAbort: () => void = () => undefined,
  ) {}

  /** Gates and aborts are for a run that is still going forward. */
  private refuseUnlessForward(): void {
    const state = this.run.status.state;
    if (FINAL_STATES.includes(state)) throw refuse(`the run has already ended (${state})`);
    if (this.stop || state === 'rolling_back' || state === 'rollback_failed') throw refuse('the run is already rolling back');
  }

  private gateFor(gate: string | undefined): StepStatus {
    this.refuseUnlessForward();
    const waiting = this.run.status.waitingFor;
    const id = gate ?? (waiting?.type === 'gate' ? waiting.step : undefined);
    if (!id) throw refuse('no gate is waiting; name the gate');
    const spec = this.specs.get(id);
    if (!spec) throw refuse(`unknown gate ${id}`);
    if (spec.execution !== 'gate') throw refuse(`step ${id} is a ${spec.kind} step, not a gate`);
    const s = this.run.step(id);
    if (this.gateAnswers.has(id) || !['pending', 'waiting'].includes(s.state)) {
      throw refuse(`gate ${id} is already answered (${s.gate?.decision ?? s.state})`);
    }
    return s;
  }

  private waitingStep(type: Exclude<WaitingFor['type'], 'gate'>, step: string | undefined): string {
    const w = this.run.status.waitingFor;
    if (w?.type !== type) throw refuse(type === 'failure' ? 'no failed step is waiting for a decision' : 'no compensation is waiting for a decision');
    if (step !== undefined && step !== w.step) throw refuse(`step ${step} is not the one waiting (${w.step} is)`);
    return w.step;
  }

  readonly approve: Control<GateArgs> = {
    check: ({ gate }) => void this.gateFor(gate),
    apply: ({ gate, by }) => {
      const s = this.gateFor(gate);
      this.gateAnswers.set(s.id, { decision: 'approved', by, at: this.now() });
      return `gate ${s.id} approved`;
    },
  };

  readonly reject: Control<RejectArgs> = {
    check: ({ gate, reason }) => (needReason(reason), void this.gateFor(gate)),
    apply: ({ gate, reason, by }) => {
      const s = this.gateFor(gate);
      this.gateAnswers.set(s.id, { decision: 'rejected', by, reason, at: this.now() });
      return `gate ${s.id} rejected`;
    },
  };

  readonly abort: Control<ReasonArgs> = {
    check: ({ reason }) => (needReason(reason), this.refuseUnlessForward()),
    apply: ({ reason, by }) => {
      this.refuseUnlessForward();
      this.stop = { reason: `aborted${by ? ` by ${by}` : ''}: ${reason}` };
      this.onAbort();
      return 'rolling back';
    },
  };

  readonly retryStep: Control<StepArgs> = {
    check: ({ step }) => void this.waitingStep('failure', step),
    apply: ({ step, by }) => {
      const id = this.waitingStep('failure', step);
      this.failureDecision = { action: 'retry', by };
      return `retrying ${id}`;
    },
  };

  readonly skipStep: Control<SkipArgs> = {
    check: ({ step, reason }) => (needReason(reason), void this.waitingStep('failure', step)),
    apply: ({ step, reason, by }) => {
      const id = this.waitingStep('failure', step);
      this.failureDecision = { action: 'skip', reason, by };
      return `skipping ${id}`;
    },
  };

  readonly retryCompensation: Control<StepArgs> = {
    check: ({ step }) => void this.waitingStep('compensation', step),
    apply: ({ step, by }) => {
      const id = this.waitingStep('compensation', step);
      this.undoDecision = { action: 'retry', by };
      return `retrying the undo of ${id}`;
    },
  };

  readonly skipCompensation: Control<SkipArgs> = {
    check: ({ step, reason }) => (needReason(reason), void this.waitingStep('compensation', step)),
    apply: ({ step, reason, by }) => {
      const id = this.waitingStep('compensation', step);
      this.undoDecision = { action: 'skip', reason, by };
      return `skipping the undo of ${id}`;
    },
  };
}

function needReason(reason: string | undefined): void {
  if (!reason?.trim()) throw refuse('a reason is required');
}

/** `<reason> (by <who>)`, for a skipped step or compensation. */
export const decided = (d: Decision) => `${d.reason}${d.by ? ` (by ${d.by})` : ''}`;
