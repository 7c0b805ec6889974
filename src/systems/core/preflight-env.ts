// `preflight.env`: the variables a plan needs are set on the worker. Only names ever leave the
// activity: values are not logged, returned or put in messages.
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput } from '../../kit/context';

export async function preflightEnv({ step, params }: KindInput<{ require: string[] }>) {
  const missing = params.require.filter((n) => !process.env[n]);
  if (missing.length) {
    throw ApplicationFailure.nonRetryable(`step ${step.id}: not set on the worker: ${missing.join(', ')}`, 'MissingEnv');
  }
  return { checked: params.require };
}
