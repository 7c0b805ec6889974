// What mysql.copyTable needs to know about a table: its columns (generated ones are never
// written), its primary key (the copy's order and cursor), and how to create it elsewhere.
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { quoteId } from '../connection';

export interface Column {
  name: string;
  /** information_schema DATA_TYPE, lower case: `int`, `varchar`, `decimal`, … */
  dataType: string;
  /** Full type: `bigint(20) unsigned`, `varchar(64)`, … */
  columnType: string;
  charset: string | null;
  collation: string | null;
  generated: boolean;
}

export interface TableInfo {
  database: string;
  table: string;
  columns: Column[];
  primaryKey: string[];
}

const INTEGER = new Set(['tinyint', 'smallint', 'mediumint', 'int', 'integer', 'bigint']);
const DECIMAL = new Set(['decimal', 'numeric', 'dec', 'fixed']);
const TEXT = new Set(['char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'enum', 'set', 'json']);

export const isExactNumber = (c: Column) => INTEGER.has(c.dataType) || DECIMAL.has(c.dataType);
export const isText = (c: Column) => TEXT.has(c.dataType);
export const isGeometry = (c: Column) =>
  ['geometry', 'point', 'linestring', 'polygon', 'multipoint', 'multilinestring', 'multipolygon', 'geometrycollection'].includes(c.dataType);

/** `db`.`table`, quoted. */
export const qualified = (database: string, table: string) => `${quoteId(database)}.${quoteId(table)}`;

/** The table's columns and primary key; undefined when there is no such base table. */
export async function describeTable(conn: Connection, database: string, table: string): Promise<TableInfo | undefined> {
  const [tables] = await conn.query<RowDataPacket[]>(
    `SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND TABLE_TYPE = 'BASE TABLE'`,
    [database, table],
  );
  if (!tables.length) return undefined;
  const [cols] = await conn.query<RowDataPacket[]>(
    `SELECT COLUMN_NAME AS name, LOWER(DATA_TYPE) AS dataType, COLUMN_TYPE AS columnType, CHARACTER_SET_NAME AS charset,
            COLLATION_NAME AS collation, EXTRA AS extra
       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION`,
    [database, table],
  );
  const [pk] = await conn.query<RowDataPacket[]>(
    `SELECT COLUMN_NAME AS name FROM information_schema.STATISTICS
      WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND INDEX_NAME = 'PRIMARY' ORDER BY SEQ_IN_INDEX`,
    [database, table],
  );
  return {
    database,
    table,
    columns: cols.map((c) => ({
      name: String(c.name),
      dataType: String(c.dataType),
      columnType: String(c.columnType),
      charset: c.charset === null ? null : String(c.charset),
      collation: c.collation === null ? null : String(c.collation),
      // MySQL: `VIRTUAL GENERATED` / `STORED GENERATED`; MariaDB: `VIRTUAL GENERATED` / `STORED GENERATED` or `PERSISTENT`.
      generated: /\b(VIRTUAL|STORED|PERSISTENT)\b/i.test(String(c.extra ?? '')),
    })),
    primaryKey: pk.map((r) => String(r.name)),
  };
}

/** The source's CREATE TABLE statement, renamed to `targetTable` and made idempotent. */
export async function createStatement(conn: Connection, database: string, table: string, targetTable: string): Promise<string> {
  const [rows] = await conn.query<RowDataPacket[]>(`SHOW CREATE TABLE ${qualified(database, table)}`);
  const ddl = String(rows[0]['Create Table']);
  const renamed = ddl.replace(/^CREATE TABLE `(?:[^`]|``)+`/, `CREATE TABLE IF NOT EXISTS ${quoteId(targetTable)}`);
  if (renamed === ddl) throw new Error(`unexpected SHOW CREATE TABLE output for ${database}.${table}`);
  return renamed;
}

/** Column definition for a journal table: the same type, character set and collation, NOT NULL. */
export function columnDefinition(c: Column): string {
  const charset = c.charset ? ` CHARACTER SET ${c.charset}${c.collation ? ` COLLATE ${c.collation}` : ''}` : '';
  return `${quoteId(c.name)} ${c.columnType}${charset} NOT NULL`;
}
