// A step's params, parsed again on the worker with the kind's schema: typed, with defaults. A
// plan that got past validation parses; anything else is a plan mistake, not worth a retry.
import { ApplicationFailure } from '@temporalio/common';
import type { z } from 'zod';
import type { StepInput } from './context';

export function stepParams<S extends z.ZodType>(schema: S, input: StepInput): z.infer<S> {
  const r = schema.safeParse(input.step.params);
  if (!r.success) {
    const issues = r.error.issues.map((i) => `${i.path.join('.') || '(params)'}: ${i.message}`).join('; ');
    throw ApplicationFailure.nonRetryable(`step ${input.step.id} (${input.step.kind}): invalid params: ${issues}`, 'PlanError');
  }
  return r.data;
}

export const where = (input: StepInput) => `step ${input.step.id}`;
