// Per-step activity options from the plan: the step's own settings over the plan defaults.
import { ActivityCancellationType, type ActivityOptions, type RetryPolicy } from '@temporalio/workflow';
import type { Duration } from '@temporalio/common';
import type { Plan, RetrySpec, StepSpec } from '../plan/types';

// Errors that no retry can fix, whatever the step's retry policy says.
const NON_RETRYABLE = ['PlanError', 'MissingEnv'];

/** Plan durations are validated strings such as `30s` or `10m`. */
export const duration = (v: string): Duration => v as Duration;
const optDuration = (v: string | undefined) => (v === undefined ? undefined : duration(v));

export function retryPolicy(spec: RetrySpec): RetryPolicy {
  return {
    maximumAttempts: spec.maximumAttempts,
    initialInterval: optDuration(spec.initialInterval),
    backoffCoefficient: spec.backoffCoefficient,
    maximumInterval: optDuration(spec.maximumInterval),
    nonRetryableErrorTypes: NON_RETRYABLE,
  };
}

export function stepOptions(plan: Plan, step: StepSpec): ActivityOptions {
  return {
    startToCloseTimeout: duration(step.timeout ?? plan.defaults.timeout),
    heartbeatTimeout: duration(plan.defaults.heartbeatTimeout),
    retry: retryPolicy({ ...plan.defaults.retry, ...step.retry }),
    // A rollback must not race the forward activity: wait until it has really stopped.
    cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
    summary: `${step.id}: ${step.kind}`,
  };
}

export function undoOptions(plan: Plan, step: StepSpec): ActivityOptions {
  return {
    startToCloseTimeout: duration(step.timeout ?? plan.defaults.timeout),
    heartbeatTimeout: duration(plan.defaults.heartbeatTimeout),
    retry: retryPolicy(plan.defaults.undoRetry),
    summary: `undo ${step.id}: ${step.kind}`,
  };
}
