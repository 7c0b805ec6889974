// Bounds on what a plan file may ask of the validator, so that no text can crash it or make it
// slow (README: "Hostile input"). Each is far beyond what a real plan needs.

export const LIMITS = {
  /** A plan travels through workflow history as the run's input, where Temporal refuses 2 MB. */
  bytes: 1024 * 1024,
  /** Maps and lists inside one another; yaml's composer and zod recurse once per level. */
  depth: 100,
  /** `*name` uses of anchors. */
  aliases: 1000,
  /** Values that aliases add to the plan when expanded: a "billion laughs" bomb stops here. */
  aliasValues: 20_000,
  /** Problems listed by one validation; the rest are counted. */
  issues: 100,
  /**
   * Steps in a plan: a run of 2,000 steps that is then undone records 24,028 events, under
   * half of Temporal's 51,200 (check-history.ts; BENCHMARKS.md, "History size").
   */
  steps: 2000,
  /** A full run and rollback's activity inputs (steps' fields, the targets each one carries): 40 % of Temporal's 50 MB. */
  historyBytes: 20 * 1024 * 1024,
} as const;

export const TOO_LARGE = `the plan is larger than ${LIMITS.bytes / 1024 / 1024} MiB`;
