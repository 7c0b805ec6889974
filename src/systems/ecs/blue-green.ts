// ecs.blueGreen: service swap or traffic shift, by the step's params.
import { ecsKinds } from './kinds';
import type { StepInput, StepOutput, UndoInput } from '../../kit/context';
import { stepParams } from '../../kit/params';
import { runSwap, undoSwap } from './swap';
import { runTraffic, undoTraffic } from './traffic';

export async function blueGreen(input: StepInput): Promise<StepOutput> {
  const p = stepParams(ecsKinds['ecs.blueGreen'].params, input);
  return p.trafficShift ? runTraffic(input, p) : runSwap(input, p);
}

export async function blueGreenUndo(input: UndoInput): Promise<StepOutput> {
  const p = stepParams(ecsKinds['ecs.blueGreen'].params, input);
  return p.trafficShift ? undoTraffic(input, p) : undoSwap(input, p);
}
