// The whole state of a run, as the `status` query returns it. Plain data, safe in history.
import type { PhaseName } from '../plan/types';
import type { StepOutput } from '../kit/context';
import type { Undelivered } from '../notifications/events';

export type RunState =
  | 'running'
  | 'waiting' // for a gate, or for a person to decide about a failed step (onFailure: pause)
  | 'succeeded'
  | 'rolling_back'
  | 'rolled_back' // a step failed; everything done was undone
  | 'rollback_failed' // a compensation keeps failing; waiting for a person
  | 'aborted' // abort, reject, gate timeout or cancellation; everything done was undone
  | 'failed'; // a step after the commit point failed; nothing is rolled back past a commit

export const FINAL_STATES: readonly RunState[] = ['succeeded', 'rolled_back', 'aborted', 'failed'];

export type StepState = 'pending' | 'running' | 'waiting' | 'succeeded' | 'failed' | 'skipped' | 'rejected' | 'cancelled';

export type UndoState = 'none' | 'pending' | 'running' | 'succeeded' | 'failed' | 'skipped' | 'dropped';

export interface UndoStatus {
  state: UndoState;
  attempts: number;
  startedAt?: string;
  endedAt?: string;
  error?: string;
  /** Why a person skipped it, or why it was dropped (commit point). */
  reason?: string;
}

export interface GateAnswer {
  decision: 'approved' | 'rejected';
  by?: string;
  reason?: string;
  at: string;
}

export interface StepStatus {
  id: string;
  kind: string;
  phase: PhaseName;
  /** The parallel group the step runs in, if any. */
  group?: string;
  state: StepState;
  attempts: number;
  startedAt?: string;
  endedAt?: string;
  output?: StepOutput;
  error?: string;
  /** Why it was skipped, rejected or cancelled. */
  reason?: string;
  gate?: GateAnswer;
  undo: UndoStatus;
}

export interface WaitingFor {
  type: 'gate' | 'failure' | 'compensation';
  step: string;
  since: string;
  /** What a person can do now, in words. */
  hint: string;
}

export interface RunStatus {
  workflowId: string;
  runId: string;
  plan: string;
  environment: string;
  state: RunState;
  phase: PhaseName | null;
  startedAt: string;
  endedAt?: string;
  startedBy?: string;
  /** True once the commit point has passed. */
  committed: boolean;
  commitAfter?: string;
  /** Why the run ended as it did (the failing step's error, the abort reason…). */
  reason?: string;
  failedStep?: string;
  waitingFor?: WaitingFor;
  steps: StepStatus[];
  /** Notifications a sink did not get (it stayed down, or its URL could not be resolved). */
  undeliveredNotifications?: Undelivered[];
}

/** The commands a person runs to get a waiting run moving again. */
export function nextCommands(s: Pick<RunStatus, 'waitingFor' | 'workflowId'>): string[] {
  const w = s.waitingFor;
  const id = s.workflowId;
  if (!w) return [];
  if (w.type === 'gate') return [`cutover approve ${id} ${w.step}`, `cutover reject ${id} ${w.step} --reason "…"`];
  if (w.type === 'failure') return [`cutover retry ${id} ${w.step}`, `cutover skip ${id} ${w.step} --reason "…"`, `cutover abort ${id} --reason "…"`];
  return [`cutover retry ${id} ${w.step}`, `cutover skip ${id} ${w.step} --reason "…"`];
}
