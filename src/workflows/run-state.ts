// Bookkeeping for one run: the status the `status` query returns, kept in step with search
// attributes and the UI's "current details". Deterministic: timestamps come from workflow time.
import { setCurrentDetails, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { PHASES, type PhaseName, type Plan, type StepSpec } from '../plan/types';
import { searchAttributes } from './definitions';
import type { RunState, RunStatus, StepStatus, WaitingFor } from './status';

export const now = () => new Date().toISOString();

export class RunRecord {
  readonly status: RunStatus;
  private readonly byId = new Map<string, StepStatus>();

  constructor(readonly plan: Plan, startedBy?: string) {
    const info = workflowInfo();
    this.status = {
      workflowId: info.workflowId,
      runId: info.firstExecutionRunId,
      plan: plan.name,
      environment: plan.environment,
      state: 'running',
      phase: null,
      startedAt: now(),
      startedBy,
      committed: false,
      commitAfter: plan.commitAfter,
      steps: [],
    };
    for (const phase of PHASES) {
      for (const step of plan.phases[phase]) {
        const s: StepStatus = {
          id: step.id,
          kind: step.kind,
          phase,
          ...(step.group ? { group: step.group.id } : {}),
          state: 'pending',
          attempts: 0,
          undo: { state: 'none', attempts: 0 },
        };
        this.status.steps.push(s);
        this.byId.set(step.id, s);
      }
    }
    upsertSearchAttributes([
      { key: searchAttributes.plan, value: plan.name },
      { key: searchAttributes.environment, value: plan.environment },
      { key: searchAttributes.state, value: 'running' },
    ]);
  }

  step(id: string): StepStatus {
    const s = this.byId.get(id);
    if (!s) throw new ReferenceError(`no step ${id}`); // cannot happen: ids come from the plan
    return s;
  }

  get state(): RunState {
    return this.status.state;
  }

  setState(state: RunState, waitingFor?: WaitingFor): void {
    this.status.waitingFor = waitingFor;
    setCurrentDetails(waitingFor ? `${state}: ${waitingFor.hint}` : state);
    if (this.status.state === state) return;
    this.status.state = state;
    upsertSearchAttributes([{ key: searchAttributes.state, value: state }]);
  }

  setPhase(phase: PhaseName): void {
    this.status.phase = phase;
    upsertSearchAttributes([{ key: searchAttributes.phase, value: phase }]);
  }

  waiting(type: WaitingFor['type'], step: StepSpec, hint: string): WaitingFor {
    return { type, step: step.id, since: now(), hint };
  }

  finish(state: RunState, reason?: string): void {
    this.status.endedAt = now();
    if (reason) this.status.reason = reason;
    this.setState(state);
  }
}
