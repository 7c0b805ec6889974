// Values across engines. A copy reads MySQL values through mysql2 with the copy's options (BIGINT
// and DECIMAL as strings, dates as the server's text in UTC, JSON as text, binary as Buffers) and
// PostgreSQL values as the server's text (UTC, ISO dates, hex bytea). Each value has one canonical
// text per engine-neutral type (types.ts): verification compares that, never an engine's checksum.
import type { Canon } from './types';

type Native = string | number | bigint | Buffer | null | undefined;

/** `-000.10` → `-0.1`, `0.000` → `0`: the number a decimal text means. */
function normalizeDecimal(v: string): string {
  let s = v.trim();
  let neg = false;
  if (s.startsWith('-')) {
    neg = true;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  let [int, frac = ''] = s.split('.');
  int = int.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  const out = frac ? `${int || '0'}.${frac}` : int || '0';
  return neg && out !== '0' ? `-${out}` : out;
}

/** `2024-01-01 10:00:00.5+00` → `2024-01-01 10:00:00.500000` (6 fraction digits, zone dropped: both sides are UTC). */
function normalizeTemporal(v: string): string {
  let s = v;
  if (s.endsWith('+00') || s.endsWith('-00')) s = s.slice(0, -3);
  else if (s.endsWith('+00:00')) s = s.slice(0, -6);
  const dot = s.lastIndexOf('.');
  const colon = s.lastIndexOf(':');
  if (colon < 0) return s;
  if (dot < colon) return `${s}.000000`;
  const frac = s.slice(dot + 1);
  return frac.length === 6 ? s : `${s.slice(0, dot + 1)}${frac.padEnd(6, '0').slice(0, 6)}`;
}

/** JSON with object keys sorted and no spacing: two engines' texts of one JSON value compare equal. */
function normalizeJson(v: string): string {
  const sort = (x: unknown): unknown =>
    Array.isArray(x) ? x.map(sort) : x && typeof x === 'object' ? Object.fromEntries(Object.keys(x as object).sort().map((k) => [k, sort((x as Record<string, unknown>)[k])])) : x;
  try {
    return JSON.stringify(sort(JSON.parse(v)));
  } catch {
    return v;
  }
}

const FIXED = /^-?\d+\.\d+$/;

/** A decimal text with exactly `scale` digits after the point (the way both engines print DECIMAL(p, s)). */
function normalizeFixed(v: string, scale: number): string {
  const n = normalizeDecimal(v);
  const neg = n.startsWith('-');
  const [int, frac = ''] = (neg ? n.slice(1) : n).split('.');
  const out = scale > 0 ? `${int}.${frac.padEnd(scale, '0')}` : frac ? `${int}.${frac}` : int;
  return neg ? `-${out}` : out;
}

const bytesHex = (v: Native): string => (Buffer.isBuffer(v) ? v.toString('hex') : String(v).replace(/^\\x/, '').toLowerCase());

/** The canonical text of a value of either engine. */
export function canonical(v: Native, c: Canon): string | null {
  if (v === null || v === undefined) return null;
  switch (c.t) {
    case 'int':
      if (typeof v === 'number') return String(v);
      return /^(-?[1-9]\d*|0)$/.test(String(v)) ? String(v) : BigInt(String(v)).toString();
    case 'decimal': {
      // Both engines print a DECIMAL(p, s) with exactly s digits after the point: usually already canonical.
      const t = String(v);
      return FIXED.test(t) && t.length - t.indexOf('.') - 1 === c.s && t !== '-0' ? t.replace(/^(-?)0+(?=\d)/, '$1') : normalizeFixed(t, c.s);
    }
    case 'float': {
      const n = Number(v);
      return String(c.bits === 32 ? Math.fround(n) : n);
    }
    case 'text':
      return c.padded ? String(v).replace(/ +$/, '') : String(v);
    case 'bool':
      return v === 't' || v === 'true' || v === 1 || v === '1' ? 'true' : 'false';
    case 'date':
      return String(v);
    case 'timestamp':
    case 'timestamptz':
    case 'time':
      return normalizeTemporal(String(v));
    case 'json':
      return normalizeJson(String(v));
    case 'binary':
      return bytesHex(v);
    case 'uuid':
      return String(v).toLowerCase();
  }
}

/** A field of COPY text format: backslash, newline, carriage return and tab escaped; NULL as \N. */
export function copyText(s: string): string {
  return /[\\\n\r\t]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t') : s;
}

/** A MySQL value as a field of PostgreSQL COPY text for the mapped type. */
export function pgCopyField(v: Native, c: Canon): string {
  if (v === null || v === undefined) return '\\N';
  switch (c.t) {
    case 'bool':
      return Number(v) ? 't' : 'f';
    case 'binary':
      return `\\\\x${bytesHex(v)}`;
    case 'timestamptz':
      return `${String(v)}+00`;
    default:
      return copyText(String(v));
  }
}

/** A page of MySQL rows as COPY text. */
export function copyLines(rows: Native[][], canons: Canon[]): string {
  let out = '';
  for (const r of rows) {
    for (let i = 0; i < r.length; i++) out += (i ? '\t' : '') + pgCopyField(r[i], canons[i]);
    out += '\n';
  }
  return out;
}

/** A literal that goes into MySQL SQL unquoted (a validated number). */
const rawNumber = (text: string) => {
  if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) throw new Error(`not a number: ${text}`);
  return { toSqlString: () => text, toString: () => text };
};

/** A PostgreSQL value (its text) as the value mysql2 escapes for the mapped MySQL type. */
export function mysqlValue(v: string | null, c: Canon): unknown {
  if (v === null) return null;
  switch (c.t) {
    case 'int':
    case 'decimal':
      return rawNumber(v);
    case 'float':
      return rawNumber(String(Number(v)));
    case 'bool':
      return v === 't' || v === 'true' ? 1 : 0;
    case 'binary':
      return Buffer.from(v.replace(/^\\x/, ''), 'hex');
    case 'timestamptz':
      return v.replace(/\+00(:00)?$/, '');
    default:
      return v;
  }
}

/** A canonical key value as the text of a PostgreSQL literal of the mapped type. */
export function pgKeyText(v: string | null, c: Canon): string | null {
  if (v === null) return null;
  if (c.t === 'binary') return `\\x${v}`;
  return v;
}

/** A canonical key value as the value mysql2 escapes for the mapped MySQL type. */
export function mysqlKeyValue(v: string | null, c: Canon): unknown {
  if (v === null) return null;
  if (c.t === 'binary') return Buffer.from(v, 'hex');
  if (c.t === 'int' || c.t === 'decimal') return rawNumber(v);
  if (c.t === 'bool') return v === 'true' ? 1 : 0;
  return v;
}
