// ECS step activities: run activities named after their kinds, compensations `<kind>.undo`.
import { blueGreen, blueGreenUndo } from './ecs/blue-green';
import { ensureService, ensureServiceUndo } from './ecs/ensure-service';
import { scale, scaleUndo } from './ecs/scale';

export const ecsActivities = {
  'ecs.blueGreen': blueGreen,
  'ecs.blueGreen.undo': blueGreenUndo,
  'ecs.scale': scale,
  'ecs.scale.undo': scaleUndo,
  'ecs.ensureService': ensureService,
  'ecs.ensureService.undo': ensureServiceUndo,
};
