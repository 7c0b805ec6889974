// RDS step kinds. Region and endpoint come from the worker's environment (the AWS SDK's own
// chain), so these steps name no target.
import { z } from 'zod';
import { defineKind } from '../../kit/define';
import { duration } from '../../kit/fields';

/** RDS instance / cluster identifiers: a letter, then letters, digits and single hyphens, 1–63. */
export const rdsIdentifier = z
  .string()
  .regex(/^[A-Za-z](?!.*--)[A-Za-z0-9-]{0,62}$/, 'expected an RDS identifier (a letter, then letters, digits, single hyphens; at most 63)')
  .refine((v) => !v.endsWith('-'), 'an RDS identifier cannot end with a hyphen');

/** Deadline and poll interval for waits until RDS reports a resource available. */
export const rdsWait = z.strictObject({
  timeout: duration.default('60m').describe('How long to wait before the step fails'),
  interval: duration.default('30s').describe('Time between two looks'),
});

const snapshotParams = z
  .strictObject({
    instance: rdsIdentifier.optional().describe('The DB instance to snapshot (or give cluster)'),
    cluster: rdsIdentifier.optional().describe('An Aurora cluster: a cluster snapshot instead of an instance snapshot'),
    restoreOnRollback: z.boolean().default(false).describe('On rollback, put the database back as it was at the snapshot (same identifier, same endpoint)'),
    wait: rdsWait.prefault({}).describe('Deadline and poll interval of the wait until RDS reports the resource available'),
  })
  .refine((p) => (p.instance === undefined) !== (p.cluster === undefined), 'give exactly one of instance or cluster');

export type SnapshotParams = z.infer<typeof snapshotParams>;

const ensureInstanceParams = z.strictObject({
  instance: rdsIdentifier.describe('The DB instance identifier: created when missing, verified when there'),
  instanceClass: z.string().regex(/^db\.[a-z0-9]+\.[a-z0-9]+$/, 'expected an instance class such as db.t3.micro').describe('Instance class, such as db.t3.micro'),
  engine: z.string().min(1).describe('mysql, postgres, mariadb, aurora-mysql, aurora-postgresql, …'),
  engineVersion: z.string().min(1).optional().describe("Engine version (RDS's default when absent)"),
  cluster: rdsIdentifier.optional().describe('Aurora: the cluster the instance joins (its storage and credentials belong to the cluster)'),
  allocatedStorage: z.number().int().min(5).max(65536).optional().describe("GiB; an existing instance must have at least this much. Not for an Aurora instance (the cluster's storage grows by itself)"),
  masterUsername: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,15}$/).default('admin').describe('Master user name of a new instance'),
  masterPassword: z.string().min(1).optional().describe('A ${env:…} or ${secret:…} reference resolved on the worker; when absent RDS manages the password in Secrets Manager'),
  dbSubnetGroup: z.string().min(1).optional().describe('DB subnet group of a new instance'),
  securityGroups: z.array(z.string()).optional().describe('VPC security group ids of a new instance'),
  multiAZ: z.boolean().optional().describe('Multi-AZ deployment'),
  wait: rdsWait.prefault({}).describe('Deadline and poll interval of the wait until RDS reports the resource available'),
})
  .refine((p) => !p.engine.startsWith('aurora') || p.cluster !== undefined, { message: 'an Aurora instance needs the cluster it joins (cluster)', path: ['cluster'] })
  .refine((p) => p.cluster !== undefined || p.allocatedStorage !== undefined, { message: 'give allocatedStorage (GiB) for an instance outside a cluster', path: ['allocatedStorage'] });

export type EnsureInstanceParams = z.infer<typeof ensureInstanceParams>;

const pruneParams = z
  .strictObject({
    instance: rdsIdentifier.optional().describe('The DB instance whose snapshots are pruned (or give cluster)'),
    cluster: rdsIdentifier.optional().describe('The Aurora cluster whose snapshots are pruned'),
    keep: z.number().int().min(1).default(3).describe("How many of cutover's own snapshots of this database to keep, newest first"),
  })
  .refine((p) => (p.instance === undefined) !== (p.cluster === undefined), 'give exactly one of instance or cluster');

export type PruneParams = z.infer<typeof pruneParams>;

// Implementations load on first use, so that `cutover validate` and `plan` never load the AWS SDK.
const snapshot = () => require('./snapshot') as typeof import('./snapshot');
const ensureInstance = () => require('./ensure-instance') as typeof import('./ensure-instance');
const prune = () => require('./prune') as typeof import('./prune');
const preview = () => require('./preview') as typeof import('./preview');

const str = z.string();
const snapshotOutputs = z.object({
  instance: str,
  cluster: str,
  members: z.array(str),
  engine: str,
  snapshot: str,
  snapshotArn: str,
  snapshotCreateTime: str.nullable(),
  restoreOnRollback: z.boolean(),
});
const instanceOutputs = z.object({
  instance: str,
  created: z.boolean(),
  instanceArn: str,
  /** The instance's DNS name: what a target URL or the application points at. */
  endpoint: str.nullable(),
  engine: str,
  engineVersion: str,
  instanceClass: str,
  /** GiB; null for an Aurora instance. */
  allocatedStorage: z.number().nullable(),
  cluster: str.nullable(),
});

export const rdsKinds = {
  'rds.snapshot': defineKind({
    summary: 'take a manual snapshot named after the run and step, and wait until it is available',
    params: snapshotParams,
    outputs: snapshotOutputs,
    describe: (p) => `${p.instance ? `instance ${p.instance}` : `cluster ${p.cluster}`}${p.restoreOnRollback ? ' (restored on rollback)' : ''}`,
    run: (i) => snapshot().snapshot(i),
    preview: (i) => preview().snapshotPreview(i),
    undo: {
      summary: 'with restoreOnRollback: restore the snapshot under the original identifier, the current database kept aside; otherwise keep the snapshot',
      run: (i) => snapshot().snapshotUndo(i),
    },
  }),
  'rds.ensureInstance': defineKind({
    summary: 'create an RDS instance when missing, or verify its class, engine and storage',
    params: ensureInstanceParams,
    outputs: instanceOutputs,
    describe: (p) => `${p.instance} (${p.engine}, ${p.instanceClass}, ${p.cluster ? `in cluster ${p.cluster}` : `${p.allocatedStorage} GiB`})`,
    run: (i) => ensureInstance().ensureInstance(i),
    preview: (i) => preview().ensureInstancePreview(i),
    undo: { summary: 'delete the instance only if this run created it, with a final snapshot', run: (i) => ensureInstance().ensureInstanceUndo(i) },
  }),
  'rds.pruneSnapshots': defineKind({
    summary: "delete cutover's own older snapshots of a database, keeping the newest N",
    params: pruneParams,
    outputs: z.object({ database: str, kept: z.array(str), deleted: z.array(str), ignored: z.number() }),
    describe: (p) => `${p.instance ?? p.cluster}: keep ${p.keep}`,
    run: (i) => prune().pruneSnapshots(i),
    preview: (i) => preview().pruneSnapshotsPreview(i),
  }),
};
