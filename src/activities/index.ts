// The worker's activities: every step kind's run activity (named after the kind) and its
// compensation (`<kind>.undo`). Each family lives in its own file and exports a map from
// activity name to function.
import { coreActivities } from './core';
import { mysqlMigrateActivities } from './mysql-migrate';
import { ecsActivities } from './ecs';
import { rdsActivities } from './rds';
import { graphActivities } from './graph';
import { mysqlCopyActivities } from './mysql-copy';
import { redisActivities } from './redis';

export const stepActivities = {
  ...coreActivities,
  ...mysqlMigrateActivities,
  ...ecsActivities,
  ...rdsActivities,
  ...graphActivities,
  ...mysqlCopyActivities,
  ...redisActivities,
};
