// Splitting a PostgreSQL script into statements the way the server's lexer sees them: `;` ends a
// statement except inside '…' strings (doubled quotes; E'…' with backslash escapes), "…"
// identifiers, $tag$…$tag$ dollar quotes (function bodies), `--` line comments, nested
// /* … */ comments, and the SQL-standard bodies of functions (`BEGIN ATOMIC … END`, counted with
// their CASE … END as psql counts them). Statements then run one at a time, so an error names the
// statement and its line.

export interface Statement {
  sql: string;
  /** 1-based line the statement starts on. */
  line: number;
}

export const splitStatements = (sql: string): string[] => splitWithLines(sql).map((s) => s.sql);

export function splitWithLines(sql: string): Statement[] {
  const out: Statement[] = [];
  let start = 0;
  let hasCode = false;
  let depth = 0; // BEGIN ATOMIC / CASE nesting inside a function body
  let i = 0;
  const n = sql.length;
  const flush = (end: number) => {
    const piece = sql.slice(start, end);
    const text = piece.trim();
    if (hasCode && text) out.push({ sql: text, line: lineOf(sql, start + piece.length - piece.trimStart().length) });
    hasCode = false;
  };
  while (i < n) {
    const ch = sql[i];
    if (/[A-Za-z_]/.test(ch) && !/[A-Za-z0-9_$]/.test(sql[i - 1] ?? '')) {
      const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(sql.slice(i, i + 64))![0];
      const upper = word.toUpperCase();
      if (upper === 'BEGIN' && /^BEGIN\s+ATOMIC\b/i.test(sql.slice(i, i + 64))) depth++;
      else if (depth > 0 && upper === 'CASE') depth++;
      else if (depth > 0 && upper === 'END') depth--;
      hasCode = true;
      i += word.length;
      continue;
    }
    if (ch === '-' && sql[i + 1] === '-') {
      const eol = sql.indexOf('\n', i);
      i = eol === -1 ? n : eol + 1;
      continue;
    }
    if (ch === '/' && sql[i + 1] === '*') {
      i = skipBlockComment(sql, i);
      continue;
    }
    if (ch === "'") {
      const escaped = (sql[i - 1] === 'E' || sql[i - 1] === 'e') && !/[A-Za-z0-9_$]/.test(sql[i - 2] ?? '');
      hasCode = true;
      i = skipString(sql, i, escaped);
      continue;
    }
    if (ch === '"') {
      hasCode = true;
      const end = sql.indexOf('"', i + 1);
      i = end === -1 ? n : end + 1;
      while (sql[i] === '"') {
        const next = sql.indexOf('"', i + 1);
        i = next === -1 ? n : next + 1;
      }
      continue;
    }
    if (ch === '$' && !/[A-Za-z0-9_]/.test(sql[i - 1] ?? '')) {
      const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 70));
      if (m) {
        hasCode = true;
        const end = sql.indexOf(m[0], i + m[0].length);
        i = end === -1 ? n : end + m[0].length;
        continue;
      }
    }
    if (ch === ';' && depth === 0) {
      flush(i);
      i++;
      start = i;
      continue;
    }
    if (!/\s/.test(ch)) hasCode = true;
    i++;
  }
  flush(n);
  return out;
}

function skipBlockComment(sql: string, from: number): number {
  let depth = 0;
  let i = from;
  while (i < sql.length) {
    if (sql[i] === '/' && sql[i + 1] === '*') {
      depth++;
      i += 2;
    } else if (sql[i] === '*' && sql[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return sql.length;
}

function skipString(sql: string, from: number, backslashes: boolean): number {
  let i = from + 1;
  while (i < sql.length) {
    const ch = sql[i];
    if (backslashes && ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === "'") {
      if (sql[i + 1] === "'") {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return sql.length; // unterminated: the server will report it
}

/** The statement without its leading comments, for classifying it. */
export function statementHead(sql: string): string {
  let s = sql;
  for (;;) {
    const next = s.replace(/^\s+/, '').replace(/^--[^\n]*(\n|$)/, '');
    const block = next.startsWith('/*') ? next.slice(skipBlockComment(next, 0)) : next;
    if (block === s) return s;
    s = block;
  }
}

/** 1-based line of character `offset` in `text`. */
export const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
