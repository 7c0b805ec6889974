// How graph.copy knows what it wrote. Every node it creates in the target carries the label
// `CutoverCopy` and two properties:
//   _cutover_src  the source node's id(n)           (the copy's key: relationships find their ends by it)
//   _cutover_run  `<runId>:<stepId>`                (whose copy it is: compensation deletes exactly these)
// and every relationship it creates carries `_cutover_src` (the source id(r)) and `_cutover_run`.
// One index, on :CutoverCopy(_cutover_src), keeps MERGE and relationship lookups O(log n). Its
// creation is the only dialect-specific statement of a copy.
import type { Driver } from 'neo4j-driver';
import { autoCommit } from './cypher';
import type { Dialect } from './dialect';

export const COPY_LABEL = 'CutoverCopy';
export const SRC = '_cutover_src';
export const RUN = '_cutover_run';
const INDEX_NAME = 'cutover_copy_src';

const alreadyThere = (err: unknown) => /already exists|equivalent index/i.test(err instanceof Error ? err.message : String(err));
const notThere = (err: unknown) => /does not exist|doesn't exist|no such index|not found/i.test(err instanceof Error ? err.message : String(err));

/** Creates the marker index if missing and waits until it can serve lookups. */
export async function ensureMarkerIndex(driver: Driver, dialect: Dialect): Promise<void> {
  if (dialect === 'memgraph') {
    // Memgraph builds a label-property index synchronously; it has no IF NOT EXISTS here.
    await autoCommit(driver, `CREATE INDEX ON :${COPY_LABEL}(${SRC})`).catch((err) => {
      if (!alreadyThere(err)) throw err;
    });
    return;
  }
  await autoCommit(driver, `CREATE INDEX ${INDEX_NAME} IF NOT EXISTS FOR (n:${COPY_LABEL}) ON (n.${SRC})`);
  // Neo4j populates indexes in the background: without waiting, the first batches would scan.
  await autoCommit(driver, 'CALL db.awaitIndexes(300)');
}

/** Drops the marker index once no marked node is left in the target (no copy needs it then). */
export async function dropMarkerIndexIfUnused(driver: Driver, dialect: Dialect): Promise<boolean> {
  const res = await driver.executeQuery(`MATCH (n:${COPY_LABEL}) RETURN count(n) AS c`);
  if (Number(res.records[0].get('c')) > 0) return false;
  const drop = dialect === 'memgraph' ? `DROP INDEX ON :${COPY_LABEL}(${SRC})` : `DROP INDEX ${INDEX_NAME} IF EXISTS`;
  await autoCommit(driver, drop).catch((err) => {
    if (!notThere(err)) throw err;
  });
  return true;
}
