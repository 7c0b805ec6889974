// RDS step activities: run activities named after their kinds, compensations `<kind>.undo`.
import { ensureInstance, ensureInstanceUndo } from './ensure-instance';
import { pruneSnapshots } from './prune';
import { snapshot, snapshotUndo } from './snapshot';

export const rdsActivities = {
  'rds.snapshot': snapshot,
  'rds.snapshot.undo': snapshotUndo,
  'rds.ensureInstance': ensureInstance,
  'rds.ensureInstance.undo': ensureInstanceUndo,
  'rds.pruneSnapshots': pruneSnapshots,
};
