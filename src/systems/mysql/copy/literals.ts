// SQL literals for mysql.copyTable's pages: values escaped by the driver, rows written directly
// where that is safe (most of a page's client time is spent here).
import mysql from 'mysql2/promise';

/** A value as an SQL literal (arrays of arrays become `(…), (…)` row lists), escaped by the driver. */
export const escape = (value: unknown): string => mysql.escape(value as Parameters<typeof mysql.escape>[0]);

const NEEDS_ESCAPING = /[\0\b\t\n\r\x1a"'\\]/;

/**
 * Rows as `(…), (…)`: the same literals as `escape`, with the common cases (numbers, NULL, strings
 * without characters to escape) written directly. Most of a page's client time is spent here.
 */
export function rowsLiteral(rows: unknown[][]): string {
  let out = '';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    out += i ? ',(' : '(';
    for (let j = 0; j < r.length; j++) {
      const v = r[j];
      if (j) out += ',';
      if (v === null || v === undefined) out += 'NULL';
      else if (typeof v === 'number') out += String(v);
      else if (typeof v === 'string' && !NEEDS_ESCAPING.test(v)) out += `'${v}'`;
      else out += escape(v);
    }
    out += ')';
  }
  return out;
}

/** A literal that goes into SQL unquoted (a validated number); see mysql-sql.ts. */
export const raw = (text: string) => ({ toSqlString: () => text });
