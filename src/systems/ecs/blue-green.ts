// ecs.blueGreen: service swap or traffic shift, by the step's params.
import type { BlueGreenParams } from './kinds';
import type { KindInput, StepOutput, UndoKindInput } from '../../kit/context';
import { runSwap, undoSwap } from './swap';
import { runTraffic, undoTraffic } from './traffic';

export async function blueGreen(input: KindInput<BlueGreenParams>): Promise<StepOutput> {
  const p = input.params;
  return p.trafficShift ? runTraffic(input, p) : runSwap(input, p);
}

export async function blueGreenUndo(input: UndoKindInput<BlueGreenParams>): Promise<StepOutput> {
  const p = input.params;
  return p.trafficShift ? undoTraffic(input, p) : undoSwap(input, p);
}
