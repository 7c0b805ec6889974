// postgres.copyTable from a MySQL source.
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput, StepOutput } from '../../kit/context';
import type { PostgresCopyTableParams } from '../postgres/kinds';

export async function copyMysqlToPostgres(input: KindInput<PostgresCopyTableParams>): Promise<StepOutput> {
  throw ApplicationFailure.nonRetryable(`step ${input.step.id}: a MySQL source is not supported by this worker`, 'PlanError');
}
