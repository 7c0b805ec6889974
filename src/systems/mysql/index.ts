import { z } from 'zod';
import { defineKind } from '../../kit/define';
import { duration, identifier } from '../../plan/fields';

export const mysqlKinds = {
  'mysql.migrate': defineKind({
    summary: 'apply pending versioned schema migrations',
    execution: 'activity',
    undo: 'run the down scripts of the versions this run applied, newest first',
    targets: ['mysql'],
    params: z.strictObject({
      target: z.string().min(1),
      /** Folder of `<version>_<name>.up.sql` / `.down.sql` pairs, relative to the plan file. */
      dir: z.string().min(1),
      table: identifier.default('cutover_schema_history'),
      /** How long to wait for another runner's lock on the database before failing (retryably). */
      lockWait: duration.default('30s'),
    }),
    describe: (p) => `${p.dir} → ${p.target}`,
  }),
};
