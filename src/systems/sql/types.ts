// Column types across MySQL/MariaDB and PostgreSQL: each source column gets an engine-neutral type
// (Canon) that both sides' values are compared in, and the target type that holds every value of
// it exactly. A column whose values cannot all be held exactly is refused before anything is
// written (docs/postgres.md has the table).
import type { Column as MysqlColumn } from '../mysql/copy/schema';
import type { PgColumn } from '../postgres/copy/schema';

export type Canon =
  | { t: 'int'; pg: 'smallint' | 'integer' | 'bigint'; my: string }
  | { t: 'decimal'; p: number; s: number }
  | { t: 'float'; bits: 32 | 64 }
  | { t: 'text'; pg: string; my: string; padded: boolean }
  | { t: 'bool' }
  | { t: 'date' }
  | { t: 'timestamp'; fsp: number }
  | { t: 'timestamptz'; fsp: number }
  | { t: 'time'; fsp: number }
  | { t: 'json'; binary: boolean }
  | { t: 'binary'; fixed: number | null }
  | { t: 'uuid' };

export interface Mapped {
  name: string;
  canon: Canon;
  notNull: boolean;
  /** The column's type in the source, for messages. */
  sourceType: string;
}

export type Mapping = { ok: Mapped } | { refused: string };

const fsp = (type: string) => Number(/\((\d+)\)/.exec(type)?.[1] ?? 0);
const textCharsets = new Set(['utf8mb4', 'utf8mb3', 'utf8', 'ascii', 'latin1', 'binary']);

/** A MySQL/MariaDB source column → its engine-neutral type, or why it cannot be mapped exactly. */
export function fromMysql(c: MysqlColumn, notNull: boolean): Mapping {
  const type = c.columnType.toLowerCase();
  const unsigned = /\bunsigned\b/.test(type);
  const ok = (canon: Canon): Mapping => ({ ok: { name: c.name, canon, notNull, sourceType: c.columnType } });
  const no = (why: string): Mapping => ({ refused: `${c.name} ${c.columnType}: ${why}` });
  switch (c.dataType) {
    case 'tinyint':
      // tinyint(1) is MySQL's BOOLEAN; the copy checks that it holds only 0, 1 and NULL.
      if (/^tinyint\(1\)/.test(type) && !unsigned) return ok({ t: 'bool' });
      return ok({ t: 'int', pg: 'smallint', my: type });
    case 'smallint':
      return ok({ t: 'int', pg: unsigned ? 'integer' : 'smallint', my: type });
    case 'mediumint':
      return ok({ t: 'int', pg: 'integer', my: type });
    case 'int':
    case 'integer':
      return ok({ t: 'int', pg: unsigned ? 'bigint' : 'integer', my: type });
    case 'bigint':
      return unsigned ? ok({ t: 'decimal', p: 20, s: 0 }) : ok({ t: 'int', pg: 'bigint', my: type });
    case 'year':
      return ok({ t: 'int', pg: 'smallint', my: type });
    case 'decimal':
    case 'numeric': {
      const m = /\((\d+)(?:,(\d+))?\)/.exec(type);
      return ok({ t: 'decimal', p: Number(m?.[1] ?? 10), s: Number(m?.[2] ?? 0) });
    }
    case 'float':
      return ok({ t: 'float', bits: 32 });
    case 'double':
    case 'real':
      return ok({ t: 'float', bits: 64 });
    case 'char':
    case 'varchar':
    case 'tinytext':
    case 'text':
    case 'mediumtext':
    case 'longtext': {
      if (c.charset && !textCharsets.has(c.charset)) return no(`character set ${c.charset} is not carried (utf8mb4, utf8, ascii and latin1 are)`);
      const n = /\((\d+)\)/.exec(type)?.[1];
      if (c.dataType === 'char') return ok({ t: 'text', pg: `character(${n})`, my: type, padded: true });
      if (c.dataType === 'varchar') return ok({ t: 'text', pg: `character varying(${n})`, my: type, padded: false });
      return ok({ t: 'text', pg: 'text', my: type, padded: false });
    }
    case 'json':
      return ok({ t: 'json', binary: true });
    case 'date':
      return ok({ t: 'date' });
    case 'datetime':
      return ok({ t: 'timestamp', fsp: fsp(type) });
    case 'timestamp':
      return ok({ t: 'timestamptz', fsp: fsp(type) });
    case 'binary':
      return ok({ t: 'binary', fixed: Number(/\((\d+)\)/.exec(type)?.[1] ?? 1) });
    case 'varbinary':
    case 'tinyblob':
    case 'blob':
    case 'mediumblob':
    case 'longblob':
      return ok({ t: 'binary', fixed: null });
    case 'time':
      return no('MySQL TIME holds −838:59:59 … 838:59:59; PostgreSQL time holds a time of day only');
    case 'enum':
    case 'set':
      return no(`PostgreSQL has no ${c.dataType.toUpperCase()} column type; convert it to VARCHAR in the source (or a view) first`);
    case 'bit':
      return no('BIT columns are not carried; convert them to an integer first');
    default:
      return no(`no exact PostgreSQL type for ${c.dataType}`);
  }
}

/** A PostgreSQL source column → its engine-neutral type, or why MySQL cannot hold it exactly. */
export function fromPostgres(c: PgColumn): Mapping {
  const type = c.type.toLowerCase();
  const ok = (canon: Canon): Mapping => ({ ok: { name: c.name, canon, notNull: c.notNull, sourceType: c.type } });
  const no = (why: string): Mapping => ({ refused: `${c.name} ${c.type}: ${why}` });
  if (c.category === 'A') return no('MySQL has no array type');
  switch (c.typname) {
    case 'int2':
      return ok({ t: 'int', pg: 'smallint', my: 'smallint' });
    case 'int4':
      return ok({ t: 'int', pg: 'integer', my: 'int' });
    case 'int8':
      return ok({ t: 'int', pg: 'bigint', my: 'bigint' });
    case 'numeric': {
      const m = /\((\d+),(\d+)\)/.exec(type);
      if (!m) return no('an unconstrained numeric has no exact MySQL type (DECIMAL holds at most 65 digits, 30 after the point); give it a precision and scale');
      const [p, s] = [Number(m[1]), Number(m[2])];
      if (p > 65 || s > 30) return no('MySQL DECIMAL holds at most 65 digits, 30 after the point');
      return ok({ t: 'decimal', p, s });
    }
    case 'float4':
      return ok({ t: 'float', bits: 32 });
    case 'float8':
      return ok({ t: 'float', bits: 64 });
    case 'bool':
      return ok({ t: 'bool' });
    case 'text':
      return ok({ t: 'text', pg: 'text', my: 'longtext', padded: false });
    case 'varchar': {
      const n = Number(/\((\d+)\)/.exec(type)?.[1] ?? 0);
      return ok({ t: 'text', pg: type, my: n && n <= 16383 ? `varchar(${n})` : 'longtext', padded: false });
    }
    case 'bpchar': {
      const n = Number(/\((\d+)\)/.exec(type)?.[1] ?? 1);
      if (n > 255) return no('MySQL CHAR holds at most 255 characters');
      return ok({ t: 'text', pg: type, my: `char(${n})`, padded: true });
    }
    case 'date':
      return ok({ t: 'date' });
    case 'timestamp':
      return ok({ t: 'timestamp', fsp: Math.min(6, fsp(type) || 6) });
    case 'timestamptz':
      return ok({ t: 'timestamptz', fsp: Math.min(6, fsp(type) || 6) });
    case 'time':
      return ok({ t: 'time', fsp: Math.min(6, fsp(type) || 6) });
    case 'json':
      return ok({ t: 'json', binary: false });
    case 'jsonb':
      return ok({ t: 'json', binary: true });
    case 'bytea':
      return ok({ t: 'binary', fixed: null });
    case 'uuid':
      return ok({ t: 'uuid' });
    default:
      return no(`no exact MySQL type for ${c.type}`);
  }
}

/** The PostgreSQL type that holds every value of `c` exactly. */
export function pgType(c: Canon): string {
  switch (c.t) {
    case 'int':
      return c.pg;
    case 'decimal':
      return `numeric(${c.p},${c.s})`;
    case 'float':
      return c.bits === 32 ? 'real' : 'double precision';
    case 'text':
      return c.pg;
    case 'bool':
      return 'boolean';
    case 'date':
      return 'date';
    case 'timestamp':
      return `timestamp(${c.fsp}) without time zone`;
    case 'timestamptz':
      return `timestamp(${c.fsp}) with time zone`;
    case 'time':
      return `time(${c.fsp}) without time zone`;
    case 'json':
      return c.binary ? 'jsonb' : 'json';
    case 'binary':
      return 'bytea';
    case 'uuid':
      return 'uuid';
  }
}

/** The MySQL type that holds every value of `c` exactly (timestamptz as DATETIME in UTC: TIMESTAMP ends in 2038). */
export function mysqlType(c: Canon): string {
  switch (c.t) {
    case 'int':
      return c.my;
    case 'decimal':
      return `decimal(${c.p},${c.s})`;
    case 'float':
      return c.bits === 32 ? 'float' : 'double';
    case 'text':
      return `${c.my}${/text|char/.test(c.my) ? ' CHARACTER SET utf8mb4 COLLATE utf8mb4_bin' : ''}`;
    case 'bool':
      return 'tinyint(1)';
    case 'date':
      return 'date';
    case 'timestamp':
    case 'timestamptz':
      return `datetime(${c.fsp})`;
    case 'time':
      return `time(${c.fsp})`;
    case 'json':
      return 'json';
    case 'binary':
      return c.fixed ? `binary(${c.fixed})` : 'longblob';
    case 'uuid':
      return 'char(36) CHARACTER SET ascii';
  }
}

/** Key types whose order is the same on both engines, so a page's key range means the same rows there. */
export const orderSafe = (c: Canon) => c.t === 'int' || c.t === 'decimal' || c.t === 'date' || c.t === 'timestamp' || c.t === 'timestamptz';

/** Maps every column or says, in one message, which cannot be mapped. */
export function mapAll(results: Mapping[], what: string): Mapped[] {
  const refused = results.flatMap((r) => ('refused' in r ? [r.refused] : []));
  if (refused.length) throw new UnmappableColumns(`${what}: ${refused.length === 1 ? 'a column' : `${refused.length} columns`} cannot be copied exactly: ${refused.join('; ')}`);
  return results.map((r) => (r as { ok: Mapped }).ok);
}

export class UnmappableColumns extends Error {}
