// The boundary between the workflow and step activities. Types only: the workflow imports it
// with `import type`.
import type { StepSpec, TargetSpec } from '../plan/types';

export interface StepContext {
  workflowId: string;
  /** Temporal run id of the first run: the stable key activities derive names and markers from. */
  runId: string;
  planName: string;
  environment: string;
  baseDir: string;
  targets: Record<string, TargetSpec>;
}

/** What the workflow sends a step's activity (and so what history holds). */
export interface StepInput {
  ctx: StepContext;
  step: StepSpec;
}

/** JSON-safe facts about what a step did (ids, ARNs, versions); never secrets. */
export type StepOutput = Record<string, unknown>;

export interface UndoInput extends StepInput {
  /** What the step returned; absent when the step failed or was interrupted part-way. */
  output?: StepOutput;
}

/** What a kind's `run` gets: the input with the step's params parsed by the kind's schema. */
export interface KindInput<P = Record<string, unknown>> extends StepInput {
  params: P;
}

/** What a kind's `undo.run` gets. */
export interface UndoKindInput<P = Record<string, unknown>, O = StepOutput> extends KindInput<P> {
  /** What the step returned; absent when the step failed or was interrupted part-way. */
  output?: O;
}

/** What a step's activity returns to the workflow: the kind's output and the attempt that produced it. */
export interface ActivityResult<T = StepOutput> {
  output: T;
  attempt: number;
}
