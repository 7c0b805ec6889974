// ECS step activities: run activities named after their kinds, compensations `<kind>.undo`.
import { blueGreen, blueGreenUndo } from './blue-green';
import { ensureService, ensureServiceUndo } from './ensure-service';
import { scale, scaleUndo } from './scale';

export const ecsActivities = {
  'ecs.blueGreen': blueGreen,
  'ecs.blueGreen.undo': blueGreenUndo,
  'ecs.scale': scale,
  'ecs.scale.undo': scaleUndo,
  'ecs.ensureService': ensureService,
  'ecs.ensureService.undo': ensureServiceUndo,
};
