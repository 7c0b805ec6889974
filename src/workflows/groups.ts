// A phase as the run loop sees it: single steps and parallel groups (consecutive steps with the same
// group), and how a group runs — up to `maxConcurrency` steps at once, in plan order; when one fails
// for good, the others still running are cancelled (their activities stop at a safe point) and no
// more start. Every step that started is on the undo stack, in the order the steps ended.
import { patched } from '@temporalio/workflow';
import type { StepSpec } from '../plan/types';
import { runStep, type RunParts, type StepResult } from './steps';

/** The patch behind which a group's steps run at once (docs/upgrades.md lists every patch). */
export const PARALLEL_GROUPS_PATCH = 'cutover-parallel-groups';

export type Unit = { id: string; steps: StepSpec[]; maxConcurrency?: number; parallel: boolean };

/** The phase's steps as units: one step, or a parallel group of steps. */
export function unitsOf(steps: StepSpec[]): Unit[] {
  const units: Unit[] = [];
  for (const spec of steps) {
    const last = units[units.length - 1];
    if (spec.group && last?.parallel && last.id === spec.group.id) last.steps.push(spec);
    else if (spec.group) units.push({ id: spec.group.id, steps: [spec], maxConcurrency: spec.group.maxConcurrency, parallel: true });
    else units.push({ id: spec.id, steps: [spec], parallel: false });
  }
  return units;
}

/**
 * The unit as the run loop takes it. Workflow code before parallel groups ran a group's steps one
 * after another (it ignored the field, which a newer client may send): a group that such code
 * reached in a run replayed here stays on that path, step by step as it was; reached live, it
 * runs at once.
 */
export function asRun(unit: Unit): Unit[] {
  if (!unit.parallel || patched(PARALLEL_GROUPS_PATCH)) return [unit];
  return unit.steps.map((spec) => ({ id: spec.id, steps: [spec], parallel: false }));
}

/** The unit's outcome, and for a failure the step that failed first. */
export async function runUnit(run: RunParts, unit: Unit): Promise<{ result: StepResult; failed?: string }> {
  if (!unit.parallel) {
    const result = await runStep(run, unit.steps[0]);
    return { result, failed: result === 'failed' ? unit.steps[0].id : undefined };
  }
  const queue = [...unit.steps];
  let failed: string | undefined;
  let stopped = false;
  const lane = async () => {
    for (let spec = queue.shift(); spec && !failed && !run.controls.stop; spec = queue.shift()) {
      const result = await runStep(run, spec);
      if (result === 'failed' && !failed) {
        failed = spec.id;
        run.cancelReason = `cancelled: step ${spec.id} of parallel group ${unit.id} failed`;
        for (const scope of run.stepScopes) scope.cancel();
      } else if (result === 'stopped' && !failed) {
        stopped = true;
      }
    }
  };
  const lanes = Math.min(unit.maxConcurrency ?? unit.steps.length, unit.steps.length);
  await Promise.all(Array.from({ length: lanes }, lane));
  run.cancelReason = undefined;
  if (run.controls.stop || stopped) return { result: 'stopped' };
  return failed ? { result: 'failed', failed } : { result: 'done' };
}
