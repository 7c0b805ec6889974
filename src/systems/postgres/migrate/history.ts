// The history table (one row per applied version, in the migrated schema), and what the journal
// of non-transactional files needs: a fingerprint of the schema and its invalid indexes.
import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import { qualifiedName } from '../connection';

export interface HistoryRow {
  version: number;
  name: string;
  checksum_up: string;
  checksum_down: string;
  /** reverting_partial: undoing a version whose non-transactional up ran part-way */
  status: 'applying' | 'applied' | 'reverting' | 'reverting_partial';
  statements_done: number;
  pending_statement: number | null;
  fingerprint_before: string | null;
  /** JSON list of the schema's invalid indexes when the pending statement started. */
  invalid_before: string | null;
  run_id: string;
  step_id: string;
}

export async function ensureHistory(client: Client, schema: string, table: string): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS ${qualifiedName(schema, table)} (
    version BIGINT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    checksum_up CHAR(64) NOT NULL,
    checksum_down CHAR(64) NOT NULL,
    status TEXT NOT NULL,
    statements_done INT NOT NULL DEFAULT 0,
    pending_statement INT NULL,
    fingerprint_before CHAR(64) NULL,
    invalid_before TEXT NULL,
    run_id TEXT NOT NULL,
    step_id TEXT NOT NULL,
    applied_at TIMESTAMPTZ NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
  )`);
}

export async function historyExists(client: Client, schema: string, table: string): Promise<boolean> {
  const r = await client.query('SELECT to_regclass($1) IS NOT NULL AS e', [qualifiedName(schema, table)]);
  return r.rows[0].e === true;
}

export async function readHistory(client: Client, schema: string, table: string): Promise<HistoryRow[]> {
  const r = await client.query(`SELECT * FROM ${qualifiedName(schema, table)} ORDER BY version`);
  return r.rows.map((row) => ({ ...row, version: Number(row.version) }) as HistoryRow);
}

/** The schema's indexes that a failed or interrupted CREATE INDEX CONCURRENTLY left invalid. */
export async function invalidIndexes(client: Client, schema: string): Promise<string[]> {
  const r = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND NOT i.indisvalid ORDER BY 1`,
    [schema],
  );
  return r.rows.map((x) => x.name);
}

/**
 * A hash of the schema: relations and their columns, valid indexes, constraints, triggers,
 * functions, types, grants, leaving out the history table. A statement that ran changes it; that
 * is how a resumed run knows whether the non-transactional statement it was in the middle of took
 * effect. Invalid indexes are left out: they are what an interrupted statement leaves behind.
 */
export async function schemaFingerprint(client: Client, schema: string, historyTable: string): Promise<string> {
  const args = [schema, historyTable];
  const mine = `n.nspname = $1 AND c.oid <> COALESCE(to_regclass(quote_ident($1) || '.' || quote_ident($2)), 0)`;
  const queries = [
    `SELECT c.relname, c.relkind, c.relacl::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_index i ON i.indexrelid = c.oid
      WHERE ${mine} AND (i.indexrelid IS NULL OR i.indisvalid) AND (i.indrelid IS NULL OR i.indrelid <> COALESCE(to_regclass(quote_ident($1) || '.' || quote_ident($2)), 0))
      ORDER BY 1`,
    `SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE ${mine} AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c') ORDER BY 1, a.attnum`,
    `SELECT x.indexname, x.indexdef FROM pg_indexes x JOIN pg_class c ON c.relname = x.indexname JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = x.schemaname
       JOIN pg_index i ON i.indexrelid = c.oid
      WHERE x.schemaname = $1 AND i.indisvalid AND x.tablename <> $2 ORDER BY 1`,
    `SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${mine} ORDER BY 1, 2`,
    `SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${mine} AND NOT t.tgisinternal ORDER BY 1, 2`,
    `SELECT p.proname, pg_get_function_identity_arguments(p.oid), md5(p.prosrc), p.proacl::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = $1 AND $2 = $2 ORDER BY 1, 2`,
    `SELECT t.typname, t.typtype, (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid)
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 AND $2 = $2 AND t.typtype IN ('e', 'd', 'c') ORDER BY 1`,
    `SELECT n.nspacl::text FROM pg_namespace n WHERE n.nspname = $1 AND $2 = $2`,
  ];
  const hash = createHash('sha256');
  for (const q of queries) {
    const r = await client.query({ text: q, values: args, rowMode: 'array' });
    hash.update(JSON.stringify(r.rows));
  }
  return hash.digest('hex');
}
