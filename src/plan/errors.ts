// Plan problems, each with the place it was found: `file:line:col: message`.

export interface PlanIssue {
  /** The plan file, or `--set key=value` for a problem with an override. */
  file: string;
  /** 1-based; 0 when the problem has no place in a file (a missing file, a `--set` override). */
  line: number;
  col: number;
  message: string;
}

/** Control characters from the plan (a key with a newline, terminal escapes) written as escapes: one problem, one line. */
const printable = (s: string) =>
  s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const formatIssue = (i: PlanIssue) => (i.line > 0 ? `${i.file}:${i.line}:${i.col}: ${printable(i.message)}` : `${i.file}: ${printable(i.message)}`);

/** Problems without a place first, then in the order they appear in the file. */
export const byPosition = (a: PlanIssue, b: PlanIssue) => a.line - b.line || a.col - b.col;

export class PlanError extends Error {
  readonly issues: PlanIssue[];

  constructor(issues: PlanIssue[]) {
    const sorted = [...issues].sort(byPosition);
    super(sorted.map(formatIssue).join('\n'));
    this.name = 'PlanError';
    this.issues = sorted;
  }
}

/** Said, at the first problem left out, when there are more than one validation lists. */
export const moreProblems = (count: number, listed: number) => `${count} more problems not listed (only the first ${listed} found are)`;

/** A problem that concerns a whole file or an argument rather than a place in it. */
export const unplaced = (file: string, message: string): PlanIssue => ({ file, line: 0, col: 0, message });
