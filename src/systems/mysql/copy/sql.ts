// SQL text for mysql.copyTable. Identifiers come from the plan schema (plain names) or from
// information_schema, and are always backtick-quoted; values always go through the driver's
// escaping. The one piece of plan text that is SQL, `where`, is only ever evaluated on the
// source, in a read-only session (see mysql-conn.ts).
import { quoteId } from '../connection';
import { escape, raw, rowsLiteral } from './literals';
import { isExactNumber, isGeometry, isText, type Column } from './schema';

export const names = (cols: Column[], alias = '') => cols.map((c) => `${alias}${quoteId(c.name)}`).join(', ');

/**
 * Select-list item: geometry travels as its internal binary form (the driver would parse it); FLOAT
 * and DOUBLE as the shortest text that reads back as exactly the same number (MariaDB prints a
 * FLOAT column with 6 significant digits and a DOUBLE with 15, which would write other numbers).
 */
export const selectItem = (c: Column) =>
  isGeometry(c)
    ? `CAST(${quoteId(c.name)} AS BINARY) AS ${quoteId(c.name)}`
    : isFloat(c)
      ? `CAST(${quoteId(c.name)} + 0E0 AS CHAR) AS ${quoteId(c.name)}`
      : quoteId(c.name);

const isFloat = (c: Column) => c.dataType === 'float' || c.dataType === 'double' || c.dataType === 'real';

/**
 * A primary-key value as SQL. Exact numbers arrive as strings (BIGINT beyond 2^53, DECIMAL) and
 * go back unquoted: MySQL compares a quoted number with an integer column as a double.
 */
function keyValue(c: Column, v: unknown): unknown {
  if (typeof v === 'string' && isExactNumber(c)) {
    if (!/^-?\d+(\.\d+)?$/.test(v)) throw new Error(`unexpected value for numeric key column ${c.name}`);
    return raw(v);
  }
  return v;
}

/**
 * Conditions are built by concatenating escaped values, never by formatting twice (a `?` inside an
 * escaped string must stay a character).
 *
 * Key-order comparison with `values`: `>` / `<`, `inclusive` adding equality. For composite keys
 * `(a > x OR (a = x AND (b > y …)))`, with `a >= x` up front so the optimizer uses a range on the
 * primary key (MariaDB does not for the row-constructor form `(a, b) > (x, y)`).
 */
function compare(pk: Column[], values: unknown[], op: '>' | '<', inclusive: boolean, alias: string): string {
  const col = (i: number) => `${alias}${quoteId(pk[i].name)}`;
  const v = (i: number) => escape(keyValue(pk[i], values[i]));
  const last = pk.length - 1;
  const rec = (i: number): string => (i === last ? `${col(i)} ${op}${inclusive ? '=' : ''} ${v(i)}` : `(${col(i)} ${op} ${v(i)} OR (${col(i)} = ${v(i)} AND ${rec(i + 1)}))`);
  return pk.length === 1 ? rec(0) : `${col(0)} ${op}= ${v(0)} AND ${rec(0)}`;
}

/** Rows strictly after `values` in key order. */
export const after = (pk: Column[], values: unknown[], alias = '') => compare(pk, values, '>', false, alias);

/** Rows at or before `values` in key order. */
export const upTo = (pk: Column[], values: unknown[], alias = '') => compare(pk, values, '<', true, alias);

/** Rows from `first` to `last` (both included) in key order. */
export const between = (pk: Column[], first: unknown[], last: unknown[], alias = '') =>
  `${compare(pk, first, '>', true, alias)} AND ${upTo(pk, last, alias)}`;

/** `pk IN (…)` for single keys, `(a, b) IN ((…), …)` for composite ones. */
export function inList(pk: Column[], keys: unknown[][], alias = ''): string {
  const tuples = keys.map((k) => k.map((v, i) => keyValue(pk[i], v)));
  if (pk.length === 1) return `${alias}${quoteId(pk[0].name)} IN (${escape(tuples.map((t) => t[0]))})`;
  return `(${names(pk, alias)}) IN (${escape(tuples)})`;
}

export const orderBy = (pk: Column[]) => pk.map((c) => `${quoteId(c.name)}`).join(', ');

/** One page of the source, in key order. */
export function selectPage(table: string, cols: Column[], pk: Column[], where: string | undefined, cursor: unknown[] | null, limit: number): string {
  const conds = [where ? `(${where})` : '', cursor ? after(pk, cursor) : ''].filter(Boolean);
  return `SELECT ${cols.map(selectItem).join(', ')} FROM ${table}${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''} ORDER BY ${orderBy(pk)} LIMIT ${limit}`;
}

/**
 * The idempotent write: INSERT … ON DUPLICATE KEY UPDATE. Chosen over REPLACE because REPLACE is a
 * delete plus an insert: it fires delete triggers, cascades foreign keys and, with a second unique
 * key, can delete a different row. Writing the same batch twice gives the same rows.
 */
export function upsert(table: string, cols: Column[], pkNames: Set<string>, rows: unknown[][]): string {
  const rest = cols.filter((c) => !pkNames.has(c.name));
  // With every column in the key there is nothing to update: a no-op assignment keeps the statement valid.
  const update = rest.length ? rest.map((c) => `${quoteId(c.name)} = VALUES(${quoteId(c.name)})`).join(', ') : `${quoteId(cols[0].name)} = ${quoteId(cols[0].name)}`;
  return `INSERT INTO ${table} (${names(cols)}) VALUES ${rowsLiteral(rows)} ON DUPLICATE KEY UPDATE ${update}`;
}

/**
 * Per-row checksum input: every column's value (text as utf8mb4, so a target column in another
 * character set still compares equal) prefixed by its length, NULL marked as length -1. The length
 * keeps `('a#', 'b')` and `('a', '#b')` apart.
 */
function rowText(cols: Column[]): string {
  const parts = cols.map((c) => {
    const e = isText(c) ? `CONVERT(${quoteId(c.name)} USING utf8mb4)` : isGeometry(c) ? `CAST(${quoteId(c.name)} AS BINARY)` : quoteId(c.name);
    return `COALESCE(OCTET_LENGTH(${e}), -1), ${e}`;
  });
  return `CONCAT_WS('#', ${parts.join(', ')})`;
}

/**
 * Count and an order-independent checksum (BIT_XOR of each row's CRC32, as pt-table-checksum does)
 * over the rows matching `cond`. The same expression runs on both sides. CRC32 rather than MD5: it
 * exists in every MySQL and MariaDB and costs a third of the time per row, and with the count and a
 * chunk of rows per checksum, a difference goes unnoticed with odds of about 1 in 4 billion.
 */
export function checksum(table: string, cols: Column[], cond: string): string {
  return `SELECT COUNT(*) AS n, COALESCE(BIT_XOR(CRC32(${rowText(cols)})), 0) AS x FROM ${table} WHERE ${cond || 'TRUE'}`;
}

export const and = (...conds: (string | undefined | null | false)[]) => conds.filter(Boolean).map((c) => `(${c})`).join(' AND ') || 'TRUE';
