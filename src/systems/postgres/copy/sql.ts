// SQL text for postgres.copyTable. Identifiers come from the plan schema (plain names) or from the
// catalog and are always double-quoted; key values are the server's own text, written back as
// quoted literals cast to their column's type (COPY takes no parameters). The one piece of plan
// text that is SQL, `where`, is only evaluated on the source, in a read-only session.
import { quoteIdent, quoteLiteral } from '../connection';
import type { PgColumn } from './schema';

export const names = (cols: { name: string }[], alias = '') => cols.map((c) => `${alias}${quoteIdent(c.name)}`).join(', ');

/** A key as a row value: `("a", "b")`, or the single column. */
export const keyRow = (key: PgColumn[], alias = '') => (key.length === 1 ? `${alias}${quoteIdent(key[0].name)}` : `(${names(key, alias)})`);

/** Key values (text) as a literal row: `('7'::integer, 'x'::text)`. */
export function keyLiteral(key: PgColumn[], values: (string | null)[]): string {
  const lits = values.map((v, i) => (v === null ? `NULL::${key[i].type}` : `${quoteLiteral(v)}::${key[i].type}`));
  return key.length === 1 ? lits[0] : `(${lits.join(', ')})`;
}

/** Row comparison on the key (PostgreSQL compares row values lexicographically and uses the primary key's index for it). */
export const keyAfter = (key: PgColumn[], v: (string | null)[], alias = '') => `${keyRow(key, alias)} > ${keyLiteral(key, v)}`;
export const keyUpTo = (key: PgColumn[], v: (string | null)[], alias = '') => `${keyRow(key, alias)} <= ${keyLiteral(key, v)}`;
export const keyFrom = (key: PgColumn[], v: (string | null)[], alias = '') => `${keyRow(key, alias)} >= ${keyLiteral(key, v)}`;

export const orderBy = (key: PgColumn[], alias = '') => names(key, alias);
export const orderByDesc = (key: PgColumn[]) => key.map((c) => `${quoteIdent(c.name)} DESC`).join(', ');

export const and = (...conds: (string | undefined | null | false)[]) => conds.filter(Boolean).map((c) => `(${c})`).join(' AND ') || 'TRUE';

/** `t.a = j.a AND t.b = j.b`. */
export const joinOn = (key: PgColumn[], a: string, b: string) => key.map((c) => `${a}.${quoteIdent(c.name)} = ${b}.${quoteIdent(c.name)}`).join(' AND ');

/** How rows are checksummed: each column's own 64-bit hash (PostgreSQL 14+), or an MD5 of the row's text. */
export type ChecksumMode = 'hash' | 'md5';

/**
 * Count and an order-independent checksum over the rows matching `cond`, summed as a numeric (no
 * overflow). `hash`: hash_record_extended, the row hashed column by column with each type's own
 * extended hash (by value: no text conversion, about twice as fast). `md5`: the first 64 bits of
 * the MD5 of the composite value's text (NULL and the empty string kept apart), printed under the
 * settings every copy session pins (UTC, ISO dates, hex bytea, shortest-exact floats), for servers
 * before 14 and types without an extended hash. The same rows give the same sum on any two servers.
 */
export function checksumQuery(table: string, cols: PgColumn[], cond: string, mode: ChecksumMode = 'md5'): string {
  const row = `ROW(${names(cols)})`;
  const h = mode === 'hash' ? `hash_record_extended(${row}, 0)` : `('x' || substr(md5(${row}::text), 1, 16))::bit(64)::bigint`;
  return `SELECT count(*)::text AS n, COALESCE(sum(${h}::numeric), 0)::text AS x FROM ${table} WHERE ${cond}`;
}

/**
 * A plan's `where` must be one condition: no `;` and no parenthesis closing more than it opens
 * outside strings, quoted names, dollar quotes and comments, so it cannot end the statement it is
 * put into (COPY (SELECT … WHERE (<where>)) TO STDOUT goes through the simple query protocol).
 * Returns what is wrong, or undefined.
 */
export function whereProblem(where: string): string | undefined {
  let depth = 0;
  for (let i = 0; i < where.length; i++) {
    const ch = where[i];
    const rest = where.slice(i);
    if (ch === "'" || ch === '"') {
      const end = where.indexOf(ch, i + 1);
      if (end === -1) return 'an unterminated quote';
      i = end;
      continue;
    }
    if (rest.startsWith('--') || rest.startsWith('/*')) return 'a comment';
    const dollar = ch === '$' ? /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(rest) : null;
    if (dollar) {
      const end = where.indexOf(dollar[0], i + dollar[0].length);
      if (end === -1) return 'an unterminated dollar quote';
      i = end + dollar[0].length - 1;
      continue;
    }
    if (ch === ';') return 'a ;';
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) return 'a ) without its (';
  }
  return depth === 0 ? undefined : 'a ( without its )';
}
