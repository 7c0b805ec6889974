// graph.check: the server answers Cypher over Bolt; report who it is.
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput, StepOutput } from '../../kit/context';
import type { GraphCheckParams } from './kinds';
import { targetUrl } from '../../kit/targets';
import { withGraph } from './connection';
import { autoCommit } from './cypher';
import { identify } from './dialect';

export async function graphCheck(input: KindInput<GraphCheckParams>): Promise<StepOutput> {
  const { step, params: p } = input;
  const where = `step ${step.id} target ${p.target}`;
  return withGraph(await targetUrl(input, 'bolt'), where, async (driver, target) => {
    const started = performance.now();
    const res = await autoCommit(driver, 'RETURN 1 AS ok');
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    if (Number(res.records[0]?.get('ok')) !== 1) throw new Error(`${where}: RETURN 1 did not return 1`);
    const id = await identify(driver);
    const expected = p.expectDialect;
    if (expected && expected !== id.dialect) {
      throw ApplicationFailure.nonRetryable(`${where}: expected a ${expected} server, found ${id.dialect} (${id.agent})`, 'GraphDialectMismatch');
    }
    return { url: target.url, ...id, latencyMs };
  });
}
