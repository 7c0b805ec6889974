// `${steps.<id>.<field>}` references, resolved in the workflow from the outputs it recorded, before
// the step's activity is scheduled: the activity and its undo see the resolved step. Deterministic
// (outputs are in history already); worker-side references (`${env:…}`, `${secret:…}`) are left.
import { ApplicationFailure } from '@temporalio/common';
import type { StepContext, StepOutput } from '../kit/context';
import type { StepSpec, TargetSpec } from '../plan/types';
import { mapStrings, stepRefs, substitute, type Ref } from '../plan/refs';

const hasStepRef = (v: unknown) => JSON.stringify(v).includes('${steps.');

function lookup(ref: Extract<Ref, { type: 'step' }>, outputOf: (id: string) => StepOutput | undefined, where: string): unknown {
  let v: unknown = outputOf(ref.step);
  if (v === undefined) throw ApplicationFailure.nonRetryable(`${where}: ${ref.text}: step ${ref.step} produced no output (skipped or not run)`, 'UnresolvedReference');
  for (const key of ref.path) {
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
    if (v === undefined || v === null) {
      throw ApplicationFailure.nonRetryable(`${where}: ${ref.text}: the output of step ${ref.step} has no ${ref.path.join('.')}`, 'UnresolvedReference');
    }
  }
  return v;
}

const resolveIn = (value: unknown, outputOf: (id: string) => StepOutput | undefined, where: string) =>
  mapStrings(value, (s) => (stepRefs(s).length ? substitute(s, (ref) => (ref.type === 'step' ? lookup(ref, outputOf, where) : undefined)) : s));

/** The step and its context with step references resolved; unchanged objects when there are none. */
export function resolveStep(spec: StepSpec, ctx: StepContext, outputOf: (id: string) => StepOutput | undefined): { step: StepSpec; ctx: StepContext } {
  const where = `step ${spec.id}`;
  const step = hasStepRef(spec.params) ? { ...spec, params: resolveIn(spec.params, outputOf, where) as StepSpec['params'] } : spec;
  const named = ['target', 'source'].map((f) => spec.params[f]).filter((n): n is string => typeof n === 'string' && !!ctx.targets[n]);
  if (!named.some((n) => hasStepRef(ctx.targets[n].url))) return { step, ctx };
  const targets: Record<string, TargetSpec> = { ...ctx.targets };
  for (const n of named) targets[n] = { ...targets[n], url: String(resolveIn(targets[n].url, outputOf, `${where} target ${n}`)) };
  return { step, ctx: { ...ctx, targets } };
}
