// A kind's run and undo as the activity functions the worker registers: they take what the
// workflow sends and give the kind its step's params parsed by the kind's own schema (typed, with
// defaults), so every kind reads its params the same way.
import type { KindDef } from './define';
import { undoActivityName } from './define';
import type { StepInput, StepOutput, UndoInput } from './context';
import { stepParams } from './params';

export type StepRunner = (input: never) => Promise<StepOutput>;

export function runnersOf(kinds: Iterable<[string, KindDef]>): Record<string, StepRunner> {
  const out: Record<string, StepRunner> = {};
  for (const [name, kind] of kinds) {
    const { run, undo } = kind;
    if (run) out[name] = (input: StepInput) => run.call(kind, { ...input, params: stepParams(kind.params, input) });
    if (undo) out[undoActivityName(name)] = (input: UndoInput) => undo.run({ ...input, params: stepParams(kind.params, input) });
  }
  return out;
}
