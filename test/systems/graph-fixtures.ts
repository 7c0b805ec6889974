// Shared pieces of the graph activity tests: the stack's two Bolt servers (source graph1, target
// graph2), step inputs, unique labels per test, and a canonical dump to compare graphs.
import crypto from 'node:crypto';
import neo4j, { type Driver, isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime } from 'neo4j-driver';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import type { StepInput, UndoInput, StepOutput } from '../../src/kit/context';
import type { TargetSpec } from '../../src/plan/types';
import { stackEnv } from '../helpers/stack';

export function boltUrls(): { source: string; target: string } {
  const env = stackEnv();
  const source = env.CUTOVER_BOLT_URL;
  const target = env.CUTOVER_BOLT2_URL;
  if (!source || !target) throw new Error('stack.env has no CUTOVER_BOLT_URL / CUTOVER_BOLT2_URL; run: scripts/stack.sh up');
  return { source, target };
}

/** A label (or type) no other test uses. */
export const uniq = (prefix: string) => `${prefix}_${crypto.randomBytes(4).toString('hex')}`;

export function stepInput(
  kind: string,
  params: Record<string, unknown>,
  opts: { runId?: string; id?: string; targets?: Record<string, TargetSpec>; baseDir?: string } = {},
): StepInput {
  const urls = boltUrls();
  return {
    ctx: {
      workflowId: 'cutover-graph-test',
      runId: opts.runId ?? `run-${crypto.randomUUID()}`,
      planName: 'graph-test',
      environment: 'test',
      baseDir: opts.baseDir ?? process.cwd(),
      targets: opts.targets ?? { src: { kind: 'bolt', url: urls.source }, dst: { kind: 'bolt', url: urls.target } },
    },
    step: { id: opts.id ?? 'graph', kind, phase: 'migrateData', execution: 'activity', undo: true, params },
  };
}

// Activity failures are what many tests expect: keep the mock's logger to errors.
const quiet = new DefaultLogger('ERROR');

/** Runs an activity outside a worker; `heartbeatDetails` is the previous attempt's checkpoint. */
export function runActivity<I extends StepInput | UndoInput>(
  fn: (input: I) => Promise<StepOutput>,
  input: I,
  heartbeatDetails?: unknown,
): Promise<StepOutput> {
  return new MockActivityEnvironment({ heartbeatDetails }, { logger: quiet }).run(fn, input);
}

export const driverFor = (url: string): Driver => neo4j.driver(url);

export async function count(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<number> {
  const res = await driver.executeQuery(query, params);
  return Number(res.records[0].get(0));
}

/** Deletes every node carrying `label`, in batches (big graphs do not fit one transaction). */
export async function dropLabel(driver: Driver, label: string): Promise<void> {
  for (;;) {
    const res = await driver.executeQuery(`MATCH (n:\`${label}\`) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c`);
    if (Number(res.records[0].get('c')) === 0) return;
  }
}

/** Plain, comparable JSON for driver values (Integer, temporal and spatial types). */
export function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (isInt(v)) return `int:${v.toString()}`;
  if (isDate(v) || isDateTime(v) || isLocalDateTime(v) || isLocalTime(v) || isTime(v) || isDuration(v) || isPoint(v)) {
    return `${v.constructor.name}:${v.toString()}`;
  }
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'object') {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, plain(x)]));
  }
  return v;
}

/** Nodes of `labels` keyed by the source id, and their relationships, with cutover's markers left out. */
export async function dump(driver: Driver, labels: string[], side: 'source' | 'target', run?: string) {
  const filter = labels.map((l) => `n:\`${l}\``).join(' OR ');
  const key = side === 'source' ? 'id(n)' : 'n._cutover_src';
  const runCond = side === 'target' ? ' AND n._cutover_run = $run' : '';
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE (${filter})${runCond} RETURN ${key} AS k, labels(n) AS labels, properties(n) AS props`,
    { run },
  );
  // Relationships between nodes of `labels` only (what a copy of those labels carries over).
  const mFilter = labels.map((l) => `m:\`${l}\``).join(' OR ');
  const mKey = side === 'source' ? 'id(m)' : 'm._cutover_src';
  const rels = await driver.executeQuery(
    `MATCH (n)-[r]->(m) WHERE (${filter}) AND (${mFilter})${runCond} RETURN ${key} AS a, type(r) AS type, ${mKey} AS b, properties(r) AS props`,
    { run },
  );
  const strip = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('_cutover_')));
  return {
    nodes: Object.fromEntries(
      nodes.records.map((r) => [
        String(r.get('k')),
        plain({ labels: (r.get('labels') as string[]).filter((l) => l !== 'CutoverCopy').sort(), props: strip(r.get('props')) }),
      ]),
    ),
    rels: rels.records
      .map((r) => JSON.stringify(plain({ a: String(r.get('a')), type: r.get('type'), b: String(r.get('b')), props: strip(r.get('props')) })))
      .sort(),
  };
}
