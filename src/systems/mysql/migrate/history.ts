// The history table: one row per applied version, and a statement-level journal that makes
// applying and reverting safe to resume after a crash.
import { createHash } from 'node:crypto';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { quoteId } from '../connection';

export interface HistoryRow {
  version: number;
  name: string;
  checksum_up: string;
  checksum_down: string;
  /** reverting_partial: undoing a version that was applied part-way */
  status: 'applying' | 'applied' | 'reverting' | 'reverting_partial';
  statements_done: number;
  pending_statement: number | null;
  fingerprint_before: string | null;
  run_id: string;
  step_id: string;
}

export async function ensureHistory(conn: Connection, table: string): Promise<void> {
  await conn.query(`CREATE TABLE IF NOT EXISTS ${quoteId(table)} (
    version BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    checksum_up CHAR(64) NOT NULL,
    checksum_down CHAR(64) NOT NULL,
    status VARCHAR(24) NOT NULL,
    statements_done INT NOT NULL DEFAULT 0,
    pending_statement INT NULL,
    fingerprint_before CHAR(64) NULL,
    run_id VARCHAR(64) NOT NULL,
    step_id VARCHAR(128) NOT NULL,
    applied_at TIMESTAMP(3) NULL,
    updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3)
  )`);
}

export async function readHistory(conn: Connection, table: string): Promise<HistoryRow[]> {
  const [rows] = await conn.query<RowDataPacket[]>(`SELECT * FROM ${quoteId(table)} ORDER BY version`);
  return rows.map((r) => ({ ...r, version: Number(r.version) }) as HistoryRow);
}

/**
 * A hash of the database's schema (tables, columns, indexes, constraints, views, triggers,
 * routines), leaving out the history table. A DDL statement that ran changes it; that is how a
 * resumed run knows whether the statement it was in the middle of took effect.
 */
export async function schemaFingerprint(conn: Connection, database: string, historyTable: string): Promise<string> {
  const queries: [string, unknown[]][] = [
    ['SELECT TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION, CREATE_OPTIONS, TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME <> ? ORDER BY TABLE_NAME', [database, historyTable]],
    ['SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_DEFAULT, IS_NULLABLE, COLUMN_TYPE, COLLATION_NAME, EXTRA, COLUMN_COMMENT, GENERATION_EXPRESSION FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME <> ? ORDER BY TABLE_NAME, ORDINAL_POSITION', [database, historyTable]],
    ['SELECT TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, NON_UNIQUE, SUB_PART, INDEX_TYPE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME <> ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX', [database, historyTable]],
    ['SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = ? AND TABLE_NAME <> ? ORDER BY TABLE_NAME, CONSTRAINT_NAME', [database, historyTable]],
    ['SELECT CONSTRAINT_NAME, TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION', [database]],
    ['SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME', [database]],
    ['SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_STATEMENT FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ? ORDER BY TRIGGER_NAME', [database]],
    ['SELECT ROUTINE_NAME, ROUTINE_TYPE, ROUTINE_DEFINITION FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ? ORDER BY ROUTINE_NAME', [database]],
  ];
  const hash = createHash('sha256');
  for (const [sql, args] of queries) {
    const [rows] = await conn.query<RowDataPacket[]>(sql, args);
    hash.update(JSON.stringify(rows));
  }
  return hash.digest('hex');
}
