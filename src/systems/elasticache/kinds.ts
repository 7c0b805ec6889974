// ElastiCache (Redis OSS) step kinds. Region and endpoint come from the worker's environment (the
// AWS SDK's own chain), so these steps name no target.
import { z } from 'zod';
import { defineKind } from '../../kit/define';
import { duration } from '../../kit/fields';

const id = (max: number, what: string) =>
  z
    .string()
    .regex(new RegExp(`^[a-z](?!.*--)[a-z0-9-]{0,${max - 1}}$`), `expected ${what} (a lower-case letter, then lower-case letters, digits, single hyphens; at most ${max})`)
    .refine((v) => !v.endsWith('-'), `${what} cannot end with a hyphen`);

/** Replication group ids: 1–40 characters (ElastiCache keeps them lower-case). */
export const groupId = id(40, 'a replication group id');
/** Cache cluster ids: 1–50 characters. */
export const clusterId = id(50, 'a cache cluster id');

/**
 * A token for Redis AUTH, only as references resolved on the worker: a token written into the plan
 * would be kept in workflow history with the step's fields.
 */
const tokenRef = z
  .string()
  .regex(/^(\$\{(env|secret):[^}]+\})+$/, 'give the token as a reference (${secret:NAME#key} or ${env:NAME}): a token written into the plan would be kept in workflow history');

/** Deadline and poll interval for waits until ElastiCache reports a group, cluster or snapshot ready. */
const ecWait = z.strictObject({
  timeout: duration.default('60m').describe('How long to wait before the step fails'),
  interval: duration.default('15s').describe('Time between two looks'),
});

const ensureParams = z
  .strictObject({
    group: groupId.describe('The replication group id (cluster mode disabled): created when missing, verified when there'),
    description: z.string().min(1).max(255).optional().describe('Shown in the console; defaults to one naming the plan and step'),
    nodeType: z.string().regex(/^cache\.[a-z0-9]+\.[a-z0-9]+$/, 'expected a node type such as cache.t4g.micro').describe('Node type, such as cache.t4g.micro'),
    /** `7.1`, `6.2`, `6.x`; an existing group must run this version (or a patch level of it). */
    engineVersion: z
      .string()
      .regex(/^\d+(\.(\d+|x)){0,2}$/, 'expected an engine version such as 7.1 or 6.x')
      .optional()
      .describe('7.1, 6.2, 6.x; an existing group must run this version (or a patch level of it)'),
    replicas: z.number().int().min(0).max(5).optional().describe('Read replicas besides the primary (one shard); created with 0 when absent'),
    subnetGroup: z.string().min(1).optional().describe('Cache subnet group of a new group'),
    securityGroups: z.array(z.string().regex(/^sg-[0-9a-z]+$/, 'expected a security group id (sg-…)')).min(1).optional().describe('VPC security group ids (sg-…) of a new group'),
    transitEncryption: z.boolean().optional().describe('TLS between clients and the cache; created off when absent, unless an authToken is given (AUTH needs TLS)'),
    authToken: tokenRef.optional().describe('Redis AUTH token, as a ${secret:…} or ${env:…} reference resolved on the worker (16–128 printable characters, no / " @)'),
    automaticFailover: z.boolean().optional().describe('Automatic failover; created on when the group has replicas, when absent'),
    wait: ecWait.prefault({}).describe('Deadline and poll interval of the wait until ElastiCache reports the group, cluster or snapshot ready'),
  })
  .refine((p) => !(p.authToken && p.transitEncryption === false), { message: 'an authToken needs transitEncryption (ElastiCache accepts AUTH only over TLS)', path: ['authToken'] })
  .refine((p) => !(p.automaticFailover && (p.replicas ?? 0) === 0), { message: 'automaticFailover needs at least one replica', path: ['automaticFailover'] });

export type EnsureGroupParams = z.infer<typeof ensureParams>;

const snapshotParams = z
  .strictObject({
    group: groupId.optional().describe('The replication group to snapshot (or give cluster)'),
    cluster: clusterId.optional().describe('A standalone Redis cache cluster (not a member of a replication group)'),
    restoreOnRollback: z.boolean().default(false).describe('On rollback, put the group (or cluster) back from the snapshot under its own id'),
    authToken: tokenRef.optional().describe('The AUTH token a group restored on rollback gets, as a reference; needed when the group uses AUTH (ElastiCache never reveals it)'),
    wait: ecWait.prefault({}).describe('Deadline and poll interval of the wait until ElastiCache reports the group, cluster or snapshot ready'),
  })
  .refine((p) => (p.group === undefined) !== (p.cluster === undefined), 'give exactly one of group or cluster')
  .refine((p) => !p.authToken || p.restoreOnRollback, { message: 'authToken is only used by restoreOnRollback', path: ['authToken'] });

export type SnapshotParams = z.infer<typeof snapshotParams>;

// Implementations load on first use, so that `cutover validate` and `plan` never load the AWS SDK.
const ensureGroup = () => require('./ensure-group') as typeof import('./ensure-group');
const snapshot = () => require('./snapshot') as typeof import('./snapshot');
const preview = () => require('./preview') as typeof import('./preview');

const str = z.string();

const groupOutputs = z.object({
  group: str,
  created: z.boolean(),
  arn: str,
  status: str,
  /** host of the primary: what the application writes to. */
  primaryEndpoint: str,
  /** host that spreads reads over the replicas; null when ElastiCache reports none. */
  readerEndpoint: str.nullable(),
  port: z.number(),
  nodeType: str,
  engineVersion: str.nullable(),
  replicas: z.number(),
  members: z.array(str),
  transitEncryption: z.boolean(),
  authTokenEnabled: z.boolean(),
  /** Fields of the plan that could not be compared with an existing group (its nodes could not be read). */
  unverified: z.array(str),
});

/** What the group (or cluster) was when the snapshot was taken: what a restore recreates. Never the token. */
const settingsOutputs = z.object({
  description: str.nullable(),
  nodeType: str,
  engineVersion: str.nullable(),
  replicas: z.number(),
  port: z.number().nullable(),
  subnetGroup: str.nullable(),
  /** null when they could not be read. */
  securityGroups: z.array(str).nullable(),
  parameterGroup: str.nullable(),
  transitEncryption: z.boolean(),
  atRestEncryption: z.boolean(),
  authTokenEnabled: z.boolean(),
  automaticFailover: z.boolean(),
  /** The resource's own tags (cutover's are left out), put back on a restored one. */
  tags: z.record(str, str),
});

const snapshotOutputs = z.object({
  /** One of group and cluster: what the snapshot is of. */
  group: str.optional(),
  cluster: str.optional(),
  snapshot: str,
  snapshotArn: str,
  restoreOnRollback: z.boolean(),
  settings: settingsOutputs,
});

export type SnapshotSettings = z.infer<typeof settingsOutputs>;

const replicasText = (n: number | undefined) => (n === undefined ? '' : `, ${n} replica${n === 1 ? '' : 's'}`);

export const elasticacheKinds = {
  'elasticache.ensureReplicationGroup': defineKind({
    summary: 'create a Redis replication group when missing, or verify the one there, and wait until it is available',
    params: ensureParams,
    outputs: groupOutputs,
    describe: (p) =>
      `${p.group} (${p.nodeType}${p.engineVersion ? `, Redis ${p.engineVersion}` : ''}${replicasText(p.replicas)}` +
      `${p.transitEncryption || p.authToken ? ', TLS' : ''}${p.authToken ? `, AUTH token from ${p.authToken}` : ''})`,
    run: (i) => ensureGroup().ensureReplicationGroup(i),
    preview: (i) => preview().ensureGroupPreview(i),
    undo: {
      summary: 'delete the replication group only if this run created it (its tags say so), and wait until it is gone',
      run: (i) => ensureGroup().ensureReplicationGroupUndo(i),
    },
  }),
  'elasticache.snapshot': defineKind({
    summary: 'take a snapshot named after the run and step of a replication group or cache cluster, and wait until it is available',
    params: snapshotParams,
    outputs: snapshotOutputs,
    describe: (p) => `${p.group ? `replication group ${p.group}` : `cache cluster ${p.cluster}`}${p.restoreOnRollback ? ' (restored on rollback)' : ''}`,
    run: (i) => snapshot().snapshot(i),
    preview: (i) => preview().ecSnapshotPreview(i),
    undo: {
      summary:
        'with restoreOnRollback: snapshot the current group (or cluster) as <snapshot>-pre-rollback, delete it, and create it again under the same id from the run’s snapshot; otherwise keep the snapshot',
      run: (i) => snapshot().snapshotUndo(i),
    },
  }),
};
