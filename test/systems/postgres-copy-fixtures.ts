// Shared pieces of the postgres.copyTable tests: a source schema in cutover_test and a target schema
// in cutover_test2 on the stack's PostgreSQL (two databases: the activity only sees two URLs), step
// inputs, and exact dumps of tables (every value as the server's text) to compare.
import crypto from 'node:crypto';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import type { StepInput, StepOutput, UndoInput } from '../../src/kit/context';
import { tempSchema, type TempSchema } from '../helpers/postgres';

export interface PgPair {
  source: TempSchema;
  target: TempSchema;
  close(): Promise<void>;
}

export async function schemaPair(): Promise<PgPair> {
  const source = await tempSchema('cps', 'cutover_test');
  const target = await tempSchema('cpt', 'cutover_test2');
  for (const s of [source, target]) await s.client.query(`SET search_path = "${s.name}"; SET TimeZone = 'UTC'`);
  return {
    source,
    target,
    async close() {
      await source.drop();
      await target.drop();
    },
  };
}

export function pgCopyInput(
  pair: { source: { url: string; name: string }; target: { url: string; name: string } },
  params: Record<string, unknown>,
  opts: { runId?: string; id?: string; sourceKind?: string; targetKind?: string; kind?: string } = {},
): StepInput {
  return {
    ctx: {
      workflowId: 'cutover-copy-test',
      runId: opts.runId ?? `run-${crypto.randomUUID()}`,
      planName: 'copy-test',
      environment: 'test',
      baseDir: process.cwd(),
      targets: { old: { kind: opts.sourceKind ?? 'postgres', url: pair.source.url }, new: { kind: opts.targetKind ?? 'postgres', url: pair.target.url } },
    },
    step: {
      id: opts.id ?? 'copy-orders',
      kind: opts.kind ?? 'postgres.copyTable',
      phase: 'migrateData',
      execution: 'activity',
      undo: true,
      params: { source: 'old', target: 'new', schema: pair.source.name, targetSchema: pair.target.name, batchSize: 1000, ...params },
    },
  };
}

const quiet = new DefaultLogger('ERROR');

export function runActivity<I extends StepInput | UndoInput>(fn: (input: I) => Promise<StepOutput>, input: I, heartbeatDetails?: unknown): Promise<StepOutput> {
  return new MockActivityEnvironment({ heartbeatDetails }, { logger: quiet }).run(fn, input);
}

/** Every row of a table in key order, each value as the server's text (NULL as null). */
export async function pgDump(s: TempSchema, table: string, orderBy = 'id'): Promise<unknown[]> {
  const cols = await s.rows(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position`, [s.name, table]);
  const list = cols.map((c) => `"${c.column_name}"::text AS "${c.column_name}"`).join(', ');
  return s.rows(`SELECT ${list} FROM "${s.name}"."${table}" ORDER BY ${orderBy}`);
}

/** The tables of a schema (cutover's journal tables included). */
export async function pgTables(s: TempSchema): Promise<string[]> {
  return (await s.rows(`SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY 1`, [s.name])).map((r) => r.tablename);
}
