// Splitting a Cypher file into statements, and telling schema statements (which Memgraph runs
// only as auto-commit transactions) from data statements (run inside managed transactions).

/**
 * Splits on `;` outside strings ('…', "…"), quoted names (`…`) and comments (// …, /* … *\/).
 * Statements that hold only comments and blanks are dropped.
 */
export function splitStatements(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === "'" || c === '"' || c === '`') {
      // Strings take backslash escapes; a quoted name escapes its backtick by doubling it.
      i++;
      while (i < n) {
        if (c !== '`' && text[i] === '\\') i += 2;
        else if (text[i] === c) {
          if (c === '`' && text[i + 1] === '`') i += 2;
          else break;
        } else i++;
      }
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === ';') {
      out.push(text.slice(start, i));
      start = ++i;
    } else i++;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => stripComments(s).trim() !== '');
}

/** The statement without comments (only for classification; the server gets the original). */
function stripComments(s: string): string {
  return s.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
}

const SCHEMA = [
  // CREATE [OR REPLACE] [TEXT|RANGE|POINT|FULLTEXT|VECTOR|LOOKUP|EDGE|…] INDEX / CONSTRAINT, DROP …
  /^(CREATE|DROP)\s+(OR\s+REPLACE\s+)?([A-Z_]+\s+){0,2}(INDEX|CONSTRAINT)\b/i,
  // Memgraph's and Neo4j's admin and info commands.
  /^(SHOW|ANALYZE|STORAGE|FREE|TERMINATE|ALTER|GRANT|DENY|REVOKE|SET\s+DATABASE|USE\s+DATABASE)\b/i,
  /^(CREATE|DROP)\s+(TRIGGER|ENUM|DATABASE|USER|ROLE|ALIAS|SNAPSHOT)\b/i,
  // Statements that commit on their own.
  /\bIN\s+TRANSACTIONS\b/i,
  /^USING\s+PERIODIC\s+COMMIT\b/i,
];

/** True for statements that must run as their own auto-commit transaction. */
export function isAutoCommit(statement: string): boolean {
  const s = stripComments(statement).trim();
  return SCHEMA.some((re) => re.test(s));
}
