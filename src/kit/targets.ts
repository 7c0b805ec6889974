// Looking up a plan target from inside an activity, with its references resolved on the worker.
import { ApplicationFailure } from '@temporalio/common';
import { resolveRefs } from './resolve';
import type { StepInput } from './context';

/** The resolved URL of the target named by `step.params[field]`; non-retryable when it is wrong. */
export async function targetUrl({ ctx, step }: StepInput, kind: string, field = 'target'): Promise<string> {
  const name = step.params[field];
  const where = `step ${step.id}`;
  if (typeof name !== 'string') throw ApplicationFailure.nonRetryable(`${where}: no ${field} given`, 'PlanError');
  const target = ctx.targets[name];
  if (!target) throw ApplicationFailure.nonRetryable(`${where}: target ${name} is not declared in the plan`, 'PlanError');
  if (target.kind !== kind) {
    throw ApplicationFailure.nonRetryable(`${where}: target ${name} is a ${target.kind} target, expected ${kind}`, 'PlanError');
  }
  return resolveRefs(target.url, `${where} target ${name}`);
}
