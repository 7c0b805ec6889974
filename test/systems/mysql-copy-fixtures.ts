// Shared pieces of the mysql.copyTable tests: a source and a target database of their own on the
// stack's MariaDB (the "two servers" are two databases there; the activity does not know the
// difference), step inputs, and exact dumps of tables to compare.
import crypto from 'node:crypto';
import mysql, { type Connection, type RowDataPacket } from 'mysql2/promise';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import type { StepInput, StepOutput, UndoInput } from '../../src/kit/context';
import { tempDatabase, type TempDatabase } from '../helpers/mysql';
import { stackEnv } from '../helpers/stack';

export interface Pair {
  source: TempDatabase;
  target: TempDatabase;
  /** Connections into each database, with the copy's value options (exact text for numbers and dates). */
  src: Connection;
  dst: Connection;
  close(): Promise<void>;
}

export const connect = (url: string) =>
  mysql.createConnection({ uri: url, supportBigNumbers: true, bigNumberStrings: true, dateStrings: true, jsonStrings: true, timezone: 'Z', multipleStatements: true });

export async function databasePair(): Promise<Pair> {
  const source = await tempDatabase('cps');
  const target = await tempDatabase('cpt');
  const src = await connect(source.url);
  const dst = await connect(target.url);
  await src.query("SET time_zone = '+00:00'");
  await dst.query("SET time_zone = '+00:00'");
  return {
    source,
    target,
    src,
    dst,
    async close() {
      await src.end();
      await dst.end();
      await source.drop();
      await target.drop();
    },
  };
}

export function copyInput(pair: Pair, params: Record<string, unknown>, opts: { runId?: string; id?: string } = {}): StepInput {
  return {
    ctx: {
      workflowId: 'cutover-copy-test',
      runId: opts.runId ?? `run-${crypto.randomUUID()}`,
      planName: 'copy-test',
      environment: 'test',
      baseDir: process.cwd(),
      targets: { old: { kind: 'mysql', url: pair.source.url }, new: { kind: 'mysql', url: pair.target.url } },
    },
    step: {
      id: opts.id ?? 'copy-orders',
      kind: 'mysql.copyTable',
      phase: 'migrateData',
      execution: 'activity',
      undo: true,
      params: { source: 'old', target: 'new', batchSize: 5000, onExisting: 'fail', allowEmpty: false, ...params },
    },
  };
}

const quiet = new DefaultLogger('ERROR');

export function runActivity<I extends StepInput | UndoInput>(fn: (input: I) => Promise<StepOutput>, input: I, heartbeatDetails?: unknown): Promise<StepOutput> {
  return new MockActivityEnvironment({ heartbeatDetails }, { logger: quiet }).run(fn, input);
}

/** Every row of a table, in key order, as comparable JSON (buffers as hex). */
export async function dump(conn: Connection, table: string, orderBy = 'id'): Promise<unknown[]> {
  const [rows] = await conn.query<RowDataPacket[]>(`SELECT * FROM \`${table}\` ORDER BY ${orderBy}`);
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Buffer.isBuffer(v) ? `hex:${v.toString('hex')}` : v])));
}

/** The tables of a database (cutover's journal tables included). */
export async function tables(conn: Connection): Promise<string[]> {
  const [rows] = await conn.query<RowDataPacket[]>('SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1');
  return rows.map((r) => String(r.t));
}


export const serverUrl = () => stackEnv().CUTOVER_MYSQL_URL;
