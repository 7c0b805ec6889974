// A kind's activity as the worker registers it (params parsed by the kind's schema, with its
// defaults), for tests that run it in a MockActivityEnvironment against a real server.
import type { StepInput, StepOutput, UndoInput } from '../../src/kit/context';
import { runnersOf } from '../../src/kit/runners';
import { allKinds, kindDef } from '../../src/registry';

const runners = runnersOf(allKinds()) as Record<string, (input: StepInput | UndoInput) => Promise<StepOutput>>;

/** The run activity of `kind`, or its undo with `<kind>.undo`. */
export function kindActivity(name: string): (input: StepInput | UndoInput) => Promise<StepOutput> {
  const fn = runners[name];
  if (!fn) throw new Error(`no activity ${name}`);
  return fn;
}

/** A kind's params schema, for tests that build a step's params with its defaults. */
export function kindParams(kind: string) {
  const def = kindDef(kind);
  if (!def) throw new Error(`no kind ${kind}`);
  return def.params;
}
