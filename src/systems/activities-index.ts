// The worker's activities: every step kind's run activity (named after the kind) and its
// compensation (`<kind>.undo`). Each family lives in its own file and exports a map from
// activity name to function.
import { coreActivities } from './core/activities';
import { mysqlMigrateActivities } from './mysql/migrate/migrate';
import { ecsActivities } from './ecs/activities';
import { rdsActivities } from './rds/activities';
import { graphActivities } from './graph/activities';
import { mysqlCopyActivities } from './mysql/copy/activities';
import { redisActivities } from './redis/activities';

export const stepActivities = {
  ...coreActivities,
  ...mysqlMigrateActivities,
  ...ecsActivities,
  ...rdsActivities,
  ...graphActivities,
  ...mysqlCopyActivities,
  ...redisActivities,
};
