// A step kind: its parameters (zod, checked when the plan is validated), how it executes,
// and what undoes it.
import type { z } from 'zod';
import type { TargetKind } from '../plan/types';

export interface KindDef<P extends z.ZodType = z.ZodType> {
  /** One line for `cutover plan`. */
  summary: string;
  /** `activity`: a worker activity named after the kind; `gate` and `timer` run inside the workflow. */
  execution: 'activity' | 'gate' | 'timer';
  /** What the compensation does, for `cutover plan`; absent when nothing needs undoing. */
  undo?: string;
  /** Kind-specific fields of the step (everything but id, kind, timeout, retry, onFailure). */
  params: P;
  /** Target kinds that the step's `target` (and `source`) fields may name. */
  targets?: TargetKind[];
  /** Short description of the step for `cutover plan`, from its params. */
  describe?: (params: z.infer<P>) => string;
}

export const defineKind = <P extends z.ZodType>(def: KindDef<P>): KindDef<P> => def;

/** Activity type names: the run activity is named after the kind; its compensation adds `.undo`. */
export const undoActivityName = (kind: string) => `${kind}.undo`;
