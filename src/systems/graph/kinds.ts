// Graph steps over Bolt (Memgraph, Neo4j): connectivity, schema migrations, copies.
import { z } from 'zod';
import { defineKind } from '../../kit/define';
import { identifier } from '../../kit/fields';

const dialect = z.enum(['neo4j', 'memgraph']);
/** Label or relationship-type names; quoted with backticks by cutover, so any text is safe. */
const names = z.array(z.string().min(1).max(200)).min(1);

const checkParams = z.strictObject({
  target: z.string().min(1).describe('A bolt target'),
  expectDialect: dialect.optional().describe('Fail unless the server is this one (the dialect is detected from the server)'),
});
export type GraphCheckParams = z.infer<typeof checkParams>;

const migrateParams = z.strictObject({
  target: z.string().min(1).describe('A bolt target'),
  /**
   * Folder of `<version>_<name>.up.cypher` / `.down.cypher` pairs, relative to the plan file;
   * `<version>_<name>.up.memgraph.cypher` (or `.neo4j.cypher`) replaces a file on that dialect.
   */
  dir: z.string().min(1).describe('Folder of <version>_<name>.up.cypher / .down.cypher pairs, relative to the plan file (.up.memgraph.cypher or .up.neo4j.cypher replaces a file on that dialect)'),
  historyLabel: identifier.default('CutoverMigration').describe('Label of the history nodes'),
});
export type GraphMigrateParams = z.infer<typeof migrateParams>;

const copyParams = z.strictObject({
  source: z.string().min(1).describe('The bolt target the graph is copied from'),
  target: z.string().min(1).describe('The bolt target the graph is copied into'),
  labels: names.optional().describe("Nodes carrying any of these labels are copied (with all of each node's labels); all nodes when absent"),
  relationshipTypes: z.array(z.string().min(1).max(200)).optional().describe('Relationship types to copy between copied nodes; all types when absent, none when empty'),
  excludeLabels: z.array(z.string().min(1).max(200)).default(['CutoverMigration']).describe('Nodes with any of these labels are never copied (by default the migration history)'),
  batchSize: z.number().int().min(1).max(100_000).default(5_000).describe('Nodes or relationships per batch'),
  onExisting: z.enum(['fail', 'append']).default('fail').describe('When the target already holds nodes with the copied labels that this run did not write: fail, or append beside them'),
});
export type GraphCopyParams = z.infer<typeof copyParams>;

// Implementations load on first use, so that `cutover validate` and `plan` never load the driver.
const check = () => require('./check') as typeof import('./check');
const migrate = () => require('./migrate') as typeof import('./migrate');
const copy = () => require('./copy') as typeof import('./copy');
const preview = () => require('./preview') as typeof import('./preview');

const str = z.string();
const num = z.number();
const server = z.object({ url: str, dialect: dialect, version: str });

export const graphKinds = {
  'graph.check': defineKind({
    summary: 'check a Bolt graph server answers; report its identity and version',
    targets: ['bolt'],
    params: checkParams,
    outputs: z.object({ url: str, dialect, version: str, agent: str, edition: str, address: str, latencyMs: num }),
    describe: (p) => `${p.target}${p.expectDialect ? ` (expect ${p.expectDialect})` : ''}`,
    run: (i) => check().graphCheck(i),
  }),
  'graph.migrate': defineKind({
    summary: 'apply pending versioned Cypher migrations; history kept in the graph',
    targets: ['bolt'],
    params: migrateParams,
    outputs: z.object({ dialect, serverVersion: str, applied: z.array(z.unknown()), alreadyApplied: num, current: str.nullable() }),
    describe: (p) => `${p.dir} → ${p.target}`,
    run: (i) => migrate().graphMigrate(i),
    preview: (i) => preview().graphMigratePreview(i),
    undo: { summary: 'run the down files of the versions this run applied, newest first', run: (i) => migrate().graphMigrateUndo(i) },
  }),
  'graph.copy': defineKind({
    summary: 'copy nodes and relationships between Bolt servers in batches; resumable, verified by counts',
    targets: ['bolt'],
    params: copyParams,
    outputs: z.object({
      source: server,
      target: server,
      marker: str,
      nodes: num,
      relationships: num,
      labels: z.record(str, num),
      types: z.record(str, num),
      batchSize: num,
      batches: num,
    }),
    describe: (p) =>
      `${p.source} → ${p.target}: ${p.labels ? p.labels.join(', ') : 'all labels'}; ` +
      `${p.relationshipTypes ? (p.relationshipTypes.length ? p.relationshipTypes.join(', ') : 'no relationships') : 'all relationship types'}`,
    run: (i) => copy().graphCopy(i),
    preview: (i) => preview().graphCopyPreview(i),
    undo: {
      summary: 'delete the nodes and relationships this run wrote into the target (found by its run marker)',
      run: (i) => copy().graphCopyUndo(i),
    },
  }),
};
