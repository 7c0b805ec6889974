// Shared pieces of the `cutover plan --against` tests: a plan built from an object (JSON is YAML),
// its previews run as the CLI runs them, and read-only snapshots of what a target holds, compared
// before and after to prove that a preview wrote nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import mysql from 'mysql2/promise';
import type { Client } from 'pg';
import { parsePlan } from '../../src/plan';
import { previewPlan, type AgainstResult, type PreviewedStep } from '../../src/cli/against/run';

const tempDirs: string[] = [];
after(() => tempDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

export function tempDir(prefix = 'against-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export interface PlanShape {
  targets?: Record<string, { kind: string; url: string }>;
  steps: Record<string, unknown>[];
}

/** A plan of `steps` in migrateData, checked by the real validator. */
export function planOf(shape: PlanShape, baseDir = process.cwd()) {
  const doc = { name: 'against-test', environment: 'test', targets: shape.targets ?? {}, phases: { migrateData: shape.steps } };
  return parsePlan(JSON.stringify(doc, null, 2), { file: path.join(baseDir, 'plan.yaml'), baseDir });
}

/** Every step's preview, as `cutover plan --against` runs them. */
export const against = (shape: PlanShape, baseDir?: string, timeout = '1m'): Promise<AgainstResult> => previewPlan(planOf(shape, baseDir), { timeout });

/** The one step of a result, by id; fails with the whole result when it is not previewed as `status`. */
export function stepOf(r: AgainstResult, id: string, status: PreviewedStep['status'] = 'previewed'): PreviewedStep {
  const s = r.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id} in ${JSON.stringify(r, null, 2)}`);
  if (s.status !== status) throw new Error(`step ${id} is ${s.status}, expected ${status}: ${JSON.stringify(s, null, 2)}`);
  return s;
}

/** `action what: detail` lines of a step's preview, to compare as a whole. */
export const changeLines = (s: PreviewedStep) => (s.preview?.changes ?? []).map((c) => `${c.action} ${c.what}${c.detail ? `: ${c.detail}` : ''}`);

/** A MariaDB database as it is: every table with its definition and a checksum of its rows. */
export async function mysqlState(url: string): Promise<unknown> {
  const conn = await mysql.createConnection(url);
  try {
    const db = new URL(url).pathname.slice(1);
    const [tables] = await conn.query<mysql.RowDataPacket[]>('SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY 1', [db]);
    const out: Record<string, unknown> = {};
    for (const { t } of tables) {
      const [[create]] = await conn.query<mysql.RowDataPacket[]>(`SHOW CREATE TABLE \`${t}\``);
      const [[sum]] = await conn.query<mysql.RowDataPacket[]>(`CHECKSUM TABLE \`${t}\` EXTENDED`);
      const [[n]] = await conn.query<mysql.RowDataPacket[]>(`SELECT COUNT(*) AS n FROM \`${t}\``);
      out[t] = { create: create['Create Table'], checksum: String(sum.Checksum), rows: Number(n.n) };
    }
    return out;
  } finally {
    await conn.end();
  }
}

/** A PostgreSQL schema as it is: its relations with their columns, and an md5 of every table's rows. */
export async function pgState(client: Client, schema: string): Promise<unknown> {
  const rels = await client.query(
    `SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 ORDER BY 1`,
    [schema],
  );
  const out: Record<string, unknown> = { schemaExists: (await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rows.length > 0 };
  for (const r of rels.rows) {
    if (r.relkind !== 'r') {
      out[r.relname] = r.relkind;
      continue;
    }
    const t = `"${schema}"."${r.relname}"`;
    const cols = await client.query(`SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`, [t]);
    const sum = await client.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM ${t} x`);
    out[r.relname] = { columns: cols.rows, rows: sum.rows[0].n, md5: sum.rows[0].h };
  }
  return out;
}
