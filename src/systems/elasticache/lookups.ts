// ElastiCache lookups, tags and waits shared by the elasticache kinds.
import {
  DescribeCacheClustersCommand,
  DescribeReplicationGroupsCommand,
  DescribeSnapshotsCommand,
  ListTagsForResourceCommand,
  type CacheCluster,
  type ReplicationGroup,
  type Snapshot,
} from '@aws-sdk/client-elasticache';
import { ApplicationFailure } from '@temporalio/common';
import type { AwsClients } from '../aws/clients';
import { aws, awsOrMissing } from '../aws/errors';
import { tagMap } from '../aws/names';
import { done, pending, pollUntil, type PollResult } from '../../kit/wait';

export async function describeGroup(c: AwsClients, id: string, where: string): Promise<ReplicationGroup | undefined> {
  const r = await awsOrMissing(`${where}: ElastiCache replication group ${id}`, () => c.elasticache.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: id })));
  return r?.ReplicationGroups?.[0];
}

export async function describeCluster(c: AwsClients, id: string, where: string): Promise<CacheCluster | undefined> {
  const r = await awsOrMissing(`${where}: ElastiCache cache cluster ${id}`, () => c.elasticache.send(new DescribeCacheClustersCommand({ CacheClusterId: id, ShowCacheNodeInfo: true })));
  return r?.CacheClusters?.[0];
}

export async function describeSnapshot(c: AwsClients, name: string, where: string): Promise<Snapshot | undefined> {
  const r = await awsOrMissing(`${where}: ElastiCache snapshot ${name}`, () => c.elasticache.send(new DescribeSnapshotsCommand({ SnapshotName: name })));
  return r?.Snapshots?.[0];
}

/** A resource's tags (ElastiCache describes do not carry them). */
export async function tagsOf(c: AwsClients, arn: string, where: string): Promise<Record<string, string>> {
  const r = await aws(`${where}: tags of ${arn}`, () => c.elasticache.send(new ListTagsForResourceCommand({ ResourceName: arn })));
  return tagMap(r.TagList);
}

/** Tags that are not cutover's own: what a restored resource takes over. */
export const ownTags = (tags: Record<string, string>) => Object.fromEntries(Object.entries(tags).filter(([k]) => !k.startsWith('cutover:')));

/** The cache cluster that holds the group's primary (cluster mode disabled: one shard). */
export function primaryOf(g: ReplicationGroup): string | undefined {
  const members = g.NodeGroups?.[0]?.NodeGroupMembers ?? [];
  return members.find((m) => m.CurrentRole === 'primary')?.CacheClusterId ?? members[0]?.CacheClusterId ?? g.MemberClusters?.[0];
}

/** Read replicas: every member cluster but the primary. */
export const replicasOf = (g: ReplicationGroup) => Math.max(0, (g.MemberClusters?.length ?? 1) - 1);

export const failoverOn = (g: ReplicationGroup) => g.AutomaticFailover === 'enabled' || g.AutomaticFailover === 'enabling';

/**
 * The version to ask for when creating: from Redis 6 on ElastiCache takes major.minor (`7.1`) and
 * reports the patch level (`7.1.0`); older versions are named in full.
 */
export function requestedVersion(v: string | null | undefined): string | undefined {
  if (!v) return undefined;
  const [major, minor] = v.split('.');
  return Number(major) >= 6 && minor !== undefined ? `${major}.${minor}` : v;
}

/** True when `actual` (`7.1.0`) is the version the plan asks for (`7.1`, `7.x`, `7.1.0`). */
export function versionMatches(actual: string, wanted: string): boolean {
  const a = actual.split('.');
  return wanted.split('.').every((part, i) => part === 'x' || part === a[i]);
}

/** Default parameter groups are applied by ElastiCache itself; naming one only risks an engine version mismatch. */
export const customParameterGroup = (name: string | null | undefined) => (name && !name.startsWith('default.') ? name : undefined);

export interface WaitOpts {
  deadline: number;
  intervalMs: number;
  where: string;
  onPoll: () => void;
}

/** Polls until `poll` is done or the deadline passes, reporting the step's checkpoint at every poll. */
export function ecWait<T>(o: WaitOpts, what: string, poll: () => Promise<PollResult<T>>): Promise<T> {
  return pollUntil({
    what: `${o.where}: waiting for ${what}`,
    deadline: o.deadline,
    intervalMs: o.intervalMs,
    timeoutType: 'ElastiCacheWaitTimeout',
    poll: () => (o.onPoll(), poll()),
  });
}

/** Group states that no amount of waiting turns into `available`. */
const GROUP_BROKEN = new Set(['create-failed']);
/** Cache cluster states that no amount of waiting turns into `available`. */
const CLUSTER_BROKEN = new Set(['create-failed', 'incompatible-network', 'restore-failed']);

/** Waits until the group exists and is `available`. */
export function waitGroup(c: AwsClients, id: string, o: WaitOpts): Promise<ReplicationGroup> {
  return ecWait(o, `ElastiCache replication group ${id} to be available`, async () => {
    const g = await describeGroup(c, id, o.where);
    if (!g) return pending('not there yet');
    const status = g.Status ?? 'unknown';
    if (GROUP_BROKEN.has(status)) throw ApplicationFailure.nonRetryable(`${o.where}: ElastiCache replication group ${id} is ${status}`, 'ElastiCacheGroupFailed');
    if (status === 'deleting') throw ApplicationFailure.nonRetryable(`${o.where}: ElastiCache replication group ${id} is being deleted`, 'ElastiCacheGroupDeleting');
    return status === 'available' ? done(g) : pending(status);
  });
}

/** Waits until the cache cluster exists and is `available`. */
export function waitCluster(c: AwsClients, id: string, o: WaitOpts): Promise<CacheCluster> {
  return ecWait(o, `ElastiCache cache cluster ${id} to be available`, async () => {
    const cl = await describeCluster(c, id, o.where);
    if (!cl) return pending('not there yet');
    const status = cl.CacheClusterStatus ?? 'unknown';
    if (CLUSTER_BROKEN.has(status)) throw ApplicationFailure.nonRetryable(`${o.where}: ElastiCache cache cluster ${id} is ${status}`, 'ElastiCacheClusterFailed');
    if (status === 'deleting') throw ApplicationFailure.nonRetryable(`${o.where}: ElastiCache cache cluster ${id} is being deleted`, 'ElastiCacheClusterDeleting');
    return status === 'available' ? done(cl) : pending(status);
  });
}

/** Waits until `describe` no longer finds the resource (its deletion is done and the id is free). */
export function waitGone(o: WaitOpts, what: string, describe: () => Promise<{ status?: string } | undefined>): Promise<void> {
  return ecWait(o, `${what} to be deleted`, async () => {
    const r = await describe();
    return r ? pending(r.status ?? 'still there') : done(undefined);
  });
}

/** Waits until the snapshot is `available`; a failed snapshot fails the step. */
export function waitSnapshot(c: AwsClients, name: string, o: WaitOpts): Promise<Snapshot> {
  return ecWait(o, `ElastiCache snapshot ${name} to be available`, async () => {
    const s = await describeSnapshot(c, name, o.where);
    if (!s) return pending('not there yet');
    if (s.SnapshotStatus === 'failed') throw ApplicationFailure.nonRetryable(`${o.where}: ElastiCache snapshot ${name} failed`, 'ElastiCacheSnapshotFailed');
    return s.SnapshotStatus === 'available' ? done(s) : pending(s.SnapshotStatus ?? 'unknown');
  });
}
