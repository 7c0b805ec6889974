// Exit codes of every cutover command (documented in the README).
import type { RunState } from './workflows/status';

export const EXIT = {
  succeeded: 0,
  /** The run failed and was fully rolled back (or failed after its commit point). */
  failed: 1,
  /** A compensation keeps failing, or the run was terminated or timed out in Temporal with nothing undone: a person is needed. */
  rollbackIncomplete: 2,
  /** Aborted, rejected or cancelled; rolled back. */
  aborted: 3,
  /** Bad input: plan, flags, unknown run, refused request. */
  badInput: 4,
  /** Temporal cannot be reached. */
  unreachable: 5,
  /** `cutover plan --against`: some steps could not be previewed (a target unreachable, a reference not resolvable here). */
  previewIncomplete: 6,
} as const;

export function exitCodeFor(state: RunState): number | undefined {
  switch (state) {
    case 'succeeded':
      return EXIT.succeeded;
    case 'rolled_back':
    case 'failed':
      return EXIT.failed;
    case 'rollback_failed':
      return EXIT.rollbackIncomplete;
    case 'aborted':
      return EXIT.aborted;
    default:
      return undefined; // still running
  }
}

/** An error that tells the CLI what to print and which code to exit with. */
export class CutoverError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CutoverError';
  }
}
