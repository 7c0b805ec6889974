// The API for step kinds, built-in and from outside this repository alike: a kind's definition,
// what its activity receives, and the helpers every family uses for checkpoints, waits, names
// derived from the run, targets and references. Outside this repository it is `cutover/kit`
// (docs/custom-kinds.md); `z` and `ApplicationFailure` are exported so that a kind's schemas and
// failures use the very zod and Temporal packages cutover reads them with.
export { defineFamily, defineKind, executionOf, undoActivityName, type Execution, type FamilyDef, type KindDef, type TargetKindDef } from './define';
export type { KindInput, StepContext, StepInput, StepOutput, UndoInput, UndoKindInput } from './context';
export { count, CHANGE_ACTIONS, type Change, type ChangeAction, type Preview } from './preview';
export { progress, resumeFrom, stepLog, throwIfCancelled } from './checkpoint';
export { done, pending, pollUntil, resumableDeadline, watchUntil, type PollResult } from './wait';
export { idempotencyKey, markerHash, runKey, runMarker, slug } from './naming';
export { targetUrl } from './targets';
export { duration, durationMs, identifier, onExisting } from './fields';
export { orderedWrites, type OrderedWrites } from './ordered-writes';
export { resolveRefs } from './resolve';
export { z } from 'zod';
export { ApplicationFailure } from '@temporalio/common';
