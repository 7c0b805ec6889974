// Plan problems, each with the place it was found: `file:line:col: message`.

export interface PlanIssue {
  file: string;
  /** 1-based; absent for problems that have no place in the file (a `--set` override, say). */
  line?: number;
  col?: number;
  message: string;
}

export const formatIssue = (i: PlanIssue) => (i.line ? `${i.file}:${i.line}:${i.col ?? 1}: ${i.message}` : `${i.file}: ${i.message}`);

export class PlanError extends Error {
  constructor(readonly issues: PlanIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'PlanError';
  }
}
