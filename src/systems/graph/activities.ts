// Graph steps over Bolt (Memgraph in production, Neo4j 5 in the local stack): each kind's run
// activity and its compensation.
import { graphCheck } from './check';
import { graphCopy, graphCopyUndo } from './copy';
import { graphMigrate, graphMigrateUndo } from './migrate';

export const graphActivities = {
  'graph.check': graphCheck,
  'graph.migrate': graphMigrate,
  'graph.migrate.undo': graphMigrateUndo,
  'graph.copy': graphCopy,
  'graph.copy.undo': graphCopyUndo,
};
