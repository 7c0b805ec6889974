// The run contract shared by the workflow, the client, the CLI and the tests: workflow type,
// input, query, updates and search attributes.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type { Plan } from '../plan/types';
import type { RunStatus } from './status';

export const WORKFLOW_TYPE = 'migration';

/**
 * One JSON object, so the Temporal Web UI's start form can launch a run: either an inline,
 * already validated plan, or the name of a plan in the worker's plans folder.
 */
export interface MigrationInput {
  plan: Plan | string;
  /** With a plan name: overrides the plan's environment. */
  environment?: string;
  /** With a plan name: `--set key=value` overrides, applied on the worker before validation. */
  set?: string[];
  startedBy?: string;
}

export const defaultWorkflowId = (plan: string, environment: string) => `cutover-${plan}-${environment}`;

export interface GateArgs {
  /** The gate's step id; the gate now waiting when omitted. */
  gate?: string;
  by?: string;
}
export interface RejectArgs extends GateArgs {
  reason: string;
}
export interface ReasonArgs {
  reason: string;
  by?: string;
}
export interface StepArgs {
  /** The step id; the one now waiting when omitted. */
  step?: string;
  by?: string;
}
export interface SkipArgs extends StepArgs {
  reason: string;
}

export const statusQuery = defineQuery<RunStatus>('status');

export const approveUpdate = defineUpdate<string, [GateArgs]>('approve');
export const rejectUpdate = defineUpdate<string, [RejectArgs]>('reject');
/** Roll back now: while running, waiting at a gate, or paused on a failure. */
export const abortUpdate = defineUpdate<string, [ReasonArgs]>('abort');
/** Answers to a failed step under `onFailure: pause`. */
export const retryStepUpdate = defineUpdate<string, [StepArgs]>('retryStep');
export const skipStepUpdate = defineUpdate<string, [SkipArgs]>('skipStep');
/** Answers to a compensation that failed for good (`rollback_failed`). */
export const retryCompensationUpdate = defineUpdate<string, [StepArgs]>('retryCompensation');
export const skipCompensationUpdate = defineUpdate<string, [SkipArgs]>('skipCompensation');

export const searchAttributes = {
  plan: defineSearchAttributeKey('CutoverPlan', SearchAttributeType.KEYWORD),
  environment: defineSearchAttributeKey('CutoverEnvironment', SearchAttributeType.KEYWORD),
  phase: defineSearchAttributeKey('CutoverPhase', SearchAttributeType.KEYWORD),
  state: defineSearchAttributeKey('CutoverState', SearchAttributeType.KEYWORD),
};

/** Error type of the workflow failure when a run ends without succeeding; details[0] is the RunStatus. */
export const RUN_FAILED_ERROR = 'CutoverRunFailed';
