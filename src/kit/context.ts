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

export type StepActivity = (input: StepInput) => Promise<StepOutput>;
export type UndoActivity = (input: UndoInput) => Promise<StepOutput>;
