// What a step kind is, and a family of them: the one definition that the built-in families and
// kinds from outside this repository both use. The plan layer reads the schema, targets, outputs
// and texts; the worker registers `run` as the activity named after the kind and `undo.run` as
// `<kind>.undo` (methods, so that a kind with its own param types fits the registry's KindDef).
// Nothing here runs in the workflow sandbox.
import type { z } from 'zod';
import type { KindInput, StepOutput, UndoKindInput } from './context';
import type { Preview } from './preview';

/** `activity`: a worker activity named after the kind; `gate` and `timer` run inside the workflow. */
export type Execution = 'activity' | 'gate' | 'timer';

export interface KindDef<P extends z.ZodType = z.ZodType, O extends StepOutput = StepOutput> {
  /** One line for `cutover plan`. */
  summary: string;
  /** Defaults to `activity`; only the built-in gate and timer kinds run in the workflow. */
  execution?: Execution;
  /** Kind-specific fields of the step (everything but id, kind, timeout, retry, onFailure). */
  params: P;
  /** Target kinds that the step's `target` and `source` fields may name. */
  targets?: string[];
  /** Target kinds that the step's `source` field may name, when they differ from `targets` (a copy from another engine). */
  sources?: string[];
  /**
   * The fields of the step's output, which later steps may refer to as `${steps.<id>.<field>}`.
   * Outputs are kept in workflow history: never a secret.
   */
  outputs?: z.ZodType<O>;
  /** Short description of the step for `cutover plan`, from its params. */
  describe?(params: z.output<P>): string;
  /** Does the step's work on the worker (activity kinds only). Must be idempotent: a retry may run it again. */
  run?(input: KindInput<z.output<P>>): Promise<O>;
  /**
   * `cutover plan --against`: what a run of the step would do to its targets now, read without
   * writing anything (no journal, lock, history row or tag). Gets what `run` gets; runs in the CLI's
   * process, outside an activity (no checkpoints, heartbeats or activity sleeps). Optional.
   */
  preview?(input: KindInput<z.output<P>>): Promise<Preview>;
  /** Undoes what this run's step did, even when it failed part-way (then `output` is absent). */
  undo?: {
    /** What the undo does, for `cutover plan`. */
    summary: string;
    /** Whether a step with these params has anything to undo (default: always); one without is not put on the undo stack. */
    when?(params: z.output<P>): boolean;
    /** What the undo of a step with these params does, after the summary in `cutover plan`. */
    describe?(params: z.output<P>): string;
    run(input: UndoKindInput<z.output<P>, O>): Promise<StepOutput>;
  };
}

/** How a kind's steps run. */
export const executionOf = (def: KindDef): Execution => def.execution ?? 'activity';

export const defineKind = <P extends z.ZodType, O extends StepOutput = StepOutput>(def: KindDef<P, O>): KindDef<P, O> => {
  const activity = (def.execution ?? 'activity') === 'activity';
  if (activity !== (def.run !== undefined)) {
    throw new TypeError(`kind "${def.summary}": ${activity ? 'an activity kind needs run' : 'a gate or timer kind has no run'}`);
  }
  if (!activity && def.undo) throw new TypeError(`kind "${def.summary}": a gate or timer kind has nothing to undo`);
  if (!activity && def.preview) throw new TypeError(`kind "${def.summary}": a gate or timer kind touches no target to preview`);
  return def;
};

/** A kind of target a plan may declare (`targets: { appDb: { kind: mysql, url: … } }`). */
export interface TargetKindDef {
  /** The URL's form, for messages (`mysql://user:password@host:port/database`). */
  url: string;
  /** `cutover doctor`: connect read-only, say what answered (server and version); throw with the reason. */
  probe?: (url: string, where: string) => Promise<string>;
}

export interface FamilyDef {
  /** The family's name: its kinds are called `<name>` or `<name>.<verb>` (the core family's are not). */
  name: string;
  kinds: Record<string, KindDef>;
  targets?: Record<string, TargetKindDef>;
  /** `cutover doctor` for a plan that uses one of the family's kinds and names no target (AWS credentials, say). */
  doctor?: { label: string; probe: () => Promise<string> };
}

export const defineFamily = (def: FamilyDef): FamilyDef => def;

/** Activity type names: the run activity is named after the kind; its compensation adds `.undo`. */
export const undoActivityName = (kind: string) => `${kind}.undo`;
