// Small Cypher helpers shared by the graph activities.
import type { Driver, RecordShape, Result } from 'neo4j-driver';
import { ApplicationFailure } from '@temporalio/common';

/**
 * Runs one statement as an auto-commit transaction (`session.run`). Memgraph refuses schema and
 * info statements (indexes, constraints, SHOW ...) inside explicit transactions, so those go here.
 */
export async function autoCommit<R extends RecordShape = RecordShape>(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<Awaited<Result<R>>> {
  const session = driver.session();
  try {
    return await session.run<R>(query, params);
  } finally {
    await session.close();
  }
}

/** Label and relationship-type names from a plan: any text, quoted with backticks. */
export function quoteName(name: string, where: string): string {
  if (name.length === 0 || name.length > 200 || /[\u0000]/.test(name)) {
    throw ApplicationFailure.nonRetryable(`${where}: invalid label or type name ${JSON.stringify(name)}`, 'PlanError');
  }
  // Inside backticks, a backtick is written twice (Neo4j and Memgraph alike).
  return '`' + name.replace(/`/g, '``') + '`';
}

/** `:`A`:`B`` for a set of labels. */
export const labelExpr = (labels: string[], where: string) => labels.map((l) => ':' + quoteName(l, where)).join('');
