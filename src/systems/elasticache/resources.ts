// What elasticache.snapshot and its restore need from the thing snapshotted, a replication group or
// a standalone cache cluster, behind one shape: its state, its settings as a restore recreates
// them, and the calls that snapshot, delete and recreate it.
import {
  CreateCacheClusterCommand,
  CreateReplicationGroupCommand,
  CreateSnapshotCommand,
  DeleteCacheClusterCommand,
  DeleteReplicationGroupCommand,
  type Snapshot,
  type Tag,
} from '@aws-sdk/client-elasticache';
import { ApplicationFailure } from '@temporalio/common';
import type { AwsClients } from '../aws/clients';
import { aws } from '../aws/errors';
import type { SnapshotSettings } from './kinds';
import {
  customParameterGroup,
  describeCluster,
  describeGroup,
  failoverOn,
  ownTags,
  primaryOf,
  replicasOf,
  requestedVersion,
  tagsOf,
  waitCluster,
  waitGroup,
  type WaitOpts,
} from './lookups';

export interface Current {
  status: string;
  arn: string;
  tags: Record<string, string>;
}

export interface Snapshotted {
  /** `replication group` or `cache cluster`, for messages. */
  noun: string;
  id: string;
  /** The resource now, with its tags; undefined when it does not exist. */
  current(): Promise<Current | undefined>;
  /** Its status alone (no tags), for polls; undefined when it does not exist. */
  status(): Promise<string | undefined>;
  /** What a restore recreates, read when the snapshot is taken; throws when it cannot be snapshotted (or restored). */
  settings(snap: Snapshot | undefined, restore: boolean): Promise<SnapshotSettings>;
  /** Whose a snapshot is. */
  ownerOf(s: Snapshot): string | undefined;
  waitAvailable(w: WaitOpts): Promise<unknown>;
  createSnapshot(name: string, tags: Tag[]): Promise<unknown>;
  remove(): Promise<unknown>;
  /** Creates it under its own id from `snapshot`, with `settings`; the call only, not the wait. */
  createFrom(snapshot: string, s: SnapshotSettings, tags: Tag[], token: string | undefined): Promise<unknown>;
  /** The endpoint of the resource once available. */
  endpoint(w: WaitOpts): Promise<{ address: string | null; port: number | null }>;
}

const tagList = (tags: Record<string, string>): Tag[] => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));

export function groupResource(c: AwsClients, id: string, where: string): Snapshotted {
  const what = `ElastiCache replication group ${id}`;
  return {
    noun: 'replication group',
    id,
    async current() {
      const g = await describeGroup(c, id, where);
      return g && { status: g.Status ?? 'unknown', arn: g.ARN!, tags: await tagsOf(c, g.ARN!, where) };
    },
    async status() {
      const g = await describeGroup(c, id, where);
      return g ? (g.Status ?? 'unknown') : undefined;
    },
    async settings(snap, restore) {
      const g = await describeGroup(c, id, where);
      if (!g) throw ApplicationFailure.nonRetryable(`${where}: ${what} does not exist`, 'AwsNotFound');
      if (restore && g.ClusterEnabled) {
        throw ApplicationFailure.nonRetryable(`${where}: ${what} runs in cluster mode; restoreOnRollback handles cluster mode disabled groups only`, 'ElastiCacheUnsupported');
      }
      // Version, subnet group, parameter group and security groups are the primary node's.
      const primary = primaryOf(g);
      const node = primary ? await describeCluster(c, primary, where) : undefined;
      const sgs = node?.SecurityGroups?.map((s) => s.SecurityGroupId!).filter(Boolean);
      return {
        description: g.Description ?? null,
        nodeType: g.CacheNodeType ?? snap?.CacheNodeType ?? '',
        engineVersion: node?.EngineVersion ?? snap?.EngineVersion ?? null,
        replicas: replicasOf(g),
        port: g.NodeGroups?.[0]?.PrimaryEndpoint?.Port ?? snap?.Port ?? null,
        subnetGroup: node?.CacheSubnetGroupName ?? snap?.CacheSubnetGroupName ?? null,
        securityGroups: sgs?.length ? sgs : null,
        parameterGroup: node?.CacheParameterGroup?.CacheParameterGroupName ?? snap?.CacheParameterGroupName ?? null,
        transitEncryption: g.TransitEncryptionEnabled ?? false,
        atRestEncryption: g.AtRestEncryptionEnabled ?? false,
        authTokenEnabled: g.AuthTokenEnabled ?? false,
        automaticFailover: failoverOn(g),
        tags: ownTags(await tagsOf(c, g.ARN!, where)),
      };
    },
    ownerOf: (s) => s.ReplicationGroupId,
    waitAvailable: (w) => waitGroup(c, id, w),
    createSnapshot: (name, Tags) =>
      aws(`${where}: snapshot ${what} as ${name}`, () => c.elasticache.send(new CreateSnapshotCommand({ ReplicationGroupId: id, SnapshotName: name, Tags }))),
    remove: () => aws(`${where}: delete ${what}`, () => c.elasticache.send(new DeleteReplicationGroupCommand({ ReplicationGroupId: id, RetainPrimaryCluster: false }))),
    createFrom: (snapshot, s, tags, token) =>
      aws(`${where}: create ${what} from snapshot ${snapshot}`, () =>
        c.elasticache.send(
          new CreateReplicationGroupCommand({
            ReplicationGroupId: id,
            ReplicationGroupDescription: s.description ?? `restored by cutover from ${snapshot}`,
            SnapshotName: snapshot,
            Engine: 'redis',
            EngineVersion: requestedVersion(s.engineVersion),
            CacheNodeType: s.nodeType,
            NumCacheClusters: s.replicas + 1,
            AutomaticFailoverEnabled: s.automaticFailover && s.replicas > 0,
            CacheSubnetGroupName: s.subnetGroup ?? undefined,
            SecurityGroupIds: s.securityGroups ?? undefined,
            Port: s.port ?? undefined,
            CacheParameterGroupName: customParameterGroup(s.parameterGroup),
            TransitEncryptionEnabled: s.transitEncryption,
            AtRestEncryptionEnabled: s.atRestEncryption,
            AuthToken: token,
            Tags: [...tagList(s.tags), ...tags],
          }),
        ),
      ),
    async endpoint(w) {
      const g = await waitGroup(c, id, w);
      const e = g.NodeGroups?.[0]?.PrimaryEndpoint;
      return { address: e?.Address ?? null, port: e?.Port ?? null };
    },
  };
}

export function clusterResource(c: AwsClients, id: string, where: string): Snapshotted {
  const what = `ElastiCache cache cluster ${id}`;
  return {
    noun: 'cache cluster',
    id,
    async current() {
      const cl = await describeCluster(c, id, where);
      return cl && { status: cl.CacheClusterStatus ?? 'unknown', arn: cl.ARN!, tags: await tagsOf(c, cl.ARN!, where) };
    },
    async status() {
      const cl = await describeCluster(c, id, where);
      return cl ? (cl.CacheClusterStatus ?? 'unknown') : undefined;
    },
    async settings(snap) {
      const cl = await describeCluster(c, id, where);
      if (!cl) throw ApplicationFailure.nonRetryable(`${where}: ${what} does not exist`, 'AwsNotFound');
      if (cl.ReplicationGroupId) {
        throw ApplicationFailure.nonRetryable(`${where}: ${what} is a member of replication group ${cl.ReplicationGroupId}: snapshot the group (group: ${cl.ReplicationGroupId})`, 'ElastiCacheUnsupported');
      }
      if (cl.Engine && cl.Engine !== 'redis') throw ApplicationFailure.nonRetryable(`${where}: ${what} runs ${cl.Engine}; ElastiCache snapshots Redis only`, 'ElastiCacheUnsupported');
      const sgs = cl.SecurityGroups?.map((s) => s.SecurityGroupId!).filter(Boolean);
      return {
        description: null,
        nodeType: cl.CacheNodeType ?? snap?.CacheNodeType ?? '',
        engineVersion: cl.EngineVersion ?? snap?.EngineVersion ?? null,
        replicas: 0,
        port: cl.CacheNodes?.[0]?.Endpoint?.Port ?? snap?.Port ?? null,
        subnetGroup: cl.CacheSubnetGroupName ?? snap?.CacheSubnetGroupName ?? null,
        securityGroups: sgs?.length ? sgs : null,
        parameterGroup: cl.CacheParameterGroup?.CacheParameterGroupName ?? snap?.CacheParameterGroupName ?? null,
        transitEncryption: cl.TransitEncryptionEnabled ?? false,
        atRestEncryption: cl.AtRestEncryptionEnabled ?? false,
        authTokenEnabled: cl.AuthTokenEnabled ?? false,
        automaticFailover: false,
        tags: ownTags(await tagsOf(c, cl.ARN!, where)),
      };
    },
    ownerOf: (s) => s.CacheClusterId,
    waitAvailable: (w) => waitCluster(c, id, w),
    createSnapshot: (name, Tags) => aws(`${where}: snapshot ${what} as ${name}`, () => c.elasticache.send(new CreateSnapshotCommand({ CacheClusterId: id, SnapshotName: name, Tags }))),
    remove: () => aws(`${where}: delete ${what}`, () => c.elasticache.send(new DeleteCacheClusterCommand({ CacheClusterId: id }))),
    createFrom: (snapshot, s, tags, token) =>
      aws(`${where}: create ${what} from snapshot ${snapshot}`, () =>
        c.elasticache.send(
          new CreateCacheClusterCommand({
            CacheClusterId: id,
            SnapshotName: snapshot,
            Engine: 'redis',
            EngineVersion: requestedVersion(s.engineVersion),
            CacheNodeType: s.nodeType,
            NumCacheNodes: 1,
            CacheSubnetGroupName: s.subnetGroup ?? undefined,
            SecurityGroupIds: s.securityGroups ?? undefined,
            Port: s.port ?? undefined,
            CacheParameterGroupName: customParameterGroup(s.parameterGroup),
            TransitEncryptionEnabled: s.transitEncryption,
            AuthToken: token,
            Tags: [...tagList(s.tags), ...tags],
          }),
        ),
      ),
    async endpoint(w) {
      const cl = await waitCluster(c, id, w);
      const e = cl.CacheNodes?.[0]?.Endpoint;
      return { address: e?.Address ?? null, port: e?.Port ?? null };
    },
  };
}
