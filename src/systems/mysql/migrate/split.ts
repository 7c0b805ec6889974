// Splitting a MySQL script into statements, the way the `mysql` client does: `;` (or the current
// `DELIMITER`) ends a statement except inside quotes, backticks and comments. Written here because
// the splitter libraries we tried do not know MySQL's `#` comments, and an apostrophe in one
// (`# don't`) would swallow the rest of the file into a string.

/** Lexical rules (MySQL 8 / MariaDB reference, "Comments" and "String Literals"):
 * - '…' and "…": backslash escapes and doubled quotes; `…`: doubled backticks only;
 * - `-- ` starts a comment only when followed by whitespace, a control character or the end;
 * - `#` comments run to the end of the line; `/* … *\/` may span lines;
 * - `/*! … *\/` and `/*M! … *\/` are executable comments: code, not comments;
 * - `DELIMITER x` on its own line is a client command that changes the delimiter.
 */
export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let delimiter = ';';
  let start = 0; // start of the current statement
  let hasCode = false; // the current statement holds more than comments and whitespace
  let i = 0;
  const n = sql.length;
  const flush = (end: number) => {
    const text = sql.slice(start, end).trim();
    if (hasCode && text) out.push(text);
    hasCode = false;
  };
  const atLineStart = (pos: number) => {
    let j = pos - 1;
    while (j >= 0 && (sql[j] === ' ' || sql[j] === '\t')) j--;
    return j < 0 || sql[j] === '\n';
  };

  while (i < n) {
    const ch = sql[i];
    // DELIMITER only where a statement begins, at the start of a line.
    if (!hasCode && (ch === 'D' || ch === 'd') && atLineStart(i)) {
      const m = /^delimiter[ \t]+(\S+)[ \t]*(\r?\n|$)/i.exec(sql.slice(i, i + 200));
      if (m) {
        delimiter = m[1];
        i += m[0].length;
        start = i;
        continue;
      }
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      hasCode = true;
      i = skipQuoted(sql, i, ch);
      continue;
    }
    if (ch === '#' || (ch === '-' && sql[i + 1] === '-' && (i + 2 >= n || /[\s\x00-\x1f]/.test(sql[i + 2])))) {
      const eol = sql.indexOf('\n', i);
      i = eol === -1 ? n : eol + 1;
      continue;
    }
    if (ch === '/' && sql[i + 1] === '*') {
      if (sql[i + 2] === '!' || (sql[i + 2] === 'M' && sql[i + 3] === '!')) hasCode = true;
      const end = sql.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      continue;
    }
    if (sql.startsWith(delimiter, i)) {
      flush(i);
      i += delimiter.length;
      start = i;
      continue;
    }
    if (!/\s/.test(ch)) hasCode = true;
    i++;
  }
  flush(n);
  return out;
}

function skipQuoted(sql: string, from: number, quote: string): number {
  let i = from + 1;
  while (i < sql.length) {
    const ch = sql[i];
    if (ch === '\\' && quote !== '`') {
      i += 2;
      continue;
    }
    if (ch === quote) {
      if (sql[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return sql.length; // unterminated: the server will report it
}

/** The statement without its leading comments (executable comments are unwrapped), for classifying it. */
export function statementHead(sql: string): string {
  let s = sql;
  for (;;) {
    const next = s
      .replace(/^\s+/, '')
      .replace(/^(#|--(?=[\s\x00-\x1f]|$))[^\n]*(\n|$)/, '')
      .replace(/^\/\*M?!\d*/, '')
      .replace(/^\/\*(?!M?!)[\s\S]*?\*\//, '');
    if (next === s) return s;
    s = next;
  }
}
