// Plan problems, each with the place it was found: `file:line:col: message`.

export interface PlanIssue {
  /** The plan file, or `--set key=value` for a problem with an override. */
  file: string;
  /** 1-based; 0 when the problem has no place in a file (a missing file, a `--set` override). */
  line: number;
  col: number;
  message: string;
}

export const formatIssue = (i: PlanIssue) => (i.line > 0 ? `${i.file}:${i.line}:${i.col}: ${i.message}` : `${i.file}: ${i.message}`);

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

/** A problem that concerns a whole file or an argument rather than a place in it. */
export const unplaced = (file: string, message: string): PlanIssue => ({ file, line: 0, col: 0, message });
