// elasticache.ensureReplicationGroup: the Redis replication group (cluster mode disabled) exists
// afterwards and is `available`. A group this run creates is tagged with the run and step; one that
// was already there is compared with the fields the plan gives and refused when it differs (cutover
// never modifies an existing group). The compensation deletes only a group whose tags say this run's
// step created it, and waits until it is gone.
import { CreateReplicationGroupCommand, DeleteReplicationGroupCommand, type ReplicationGroup } from '@aws-sdk/client-elasticache';
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput, StepOutput, UndoKindInput } from '../../kit/context';
import { progress, stepLog } from '../../kit/checkpoint';
import { durationMs } from '../../kit/fields';
import { done, pending, resumableDeadline } from '../../kit/wait';
import { awsStep, type AwsClients } from '../aws/clients';
import { aws } from '../aws/errors';
import { madeByStep, rdsRunTags } from '../aws/names';
import { resolveAuthToken } from './auth-token';
import type { EnsureGroupParams } from './kinds';
import { describeCluster, describeGroup, ecWait, failoverOn, primaryOf, replicasOf, tagsOf, versionMatches, waitGone, waitGroup, type WaitOpts } from './lookups';

const onOff = (v: boolean) => (v ? 'on' : 'off');

/** How the group differs from the plan's fields, and which of them could not be read. */
export async function compare(c: AwsClients, g: ReplicationGroup, p: EnsureGroupParams, where: string): Promise<{ wrong: string[]; unverified: string[] }> {
  const wrong: string[] = [];
  if (g.Engine && g.Engine !== 'redis') wrong.push(`engine ${g.Engine}, plan says redis`);
  if (g.CacheNodeType !== p.nodeType) wrong.push(`node type ${g.CacheNodeType}, plan says ${p.nodeType}`);
  if (p.replicas !== undefined && replicasOf(g) !== p.replicas) wrong.push(`replicas ${replicasOf(g)}, plan says ${p.replicas}`);
  const tls = p.transitEncryption ?? (p.authToken ? true : undefined);
  if (tls !== undefined && (g.TransitEncryptionEnabled ?? false) !== tls) wrong.push(`transit encryption ${onOff(g.TransitEncryptionEnabled ?? false)}, plan says ${onOff(tls)}`);
  if (p.authToken && !g.AuthTokenEnabled) wrong.push('AUTH off, plan gives an authToken');
  if (p.automaticFailover !== undefined && failoverOn(g) !== p.automaticFailover) wrong.push(`automatic failover ${onOff(failoverOn(g))}, plan says ${onOff(p.automaticFailover)}`);

  // The group does not report its version, subnet group or security groups: its primary node does.
  const fromNode = (['engineVersion', 'subnetGroup', 'securityGroups'] as const).filter((f) => p[f] !== undefined);
  const primary = primaryOf(g);
  const node = fromNode.length && primary ? await describeCluster(c, primary, where) : undefined;
  const unverified: string[] = [];
  for (const field of fromNode) {
    if (field === 'engineVersion') {
      if (!node?.EngineVersion) unverified.push(field);
      else if (!versionMatches(node.EngineVersion, p.engineVersion!)) wrong.push(`engine version ${node.EngineVersion}, plan says ${p.engineVersion}`);
    } else if (field === 'subnetGroup') {
      if (!node?.CacheSubnetGroupName) unverified.push(field);
      else if (node.CacheSubnetGroupName !== p.subnetGroup) wrong.push(`subnet group ${node.CacheSubnetGroupName}, plan says ${p.subnetGroup}`);
    } else {
      const have = node?.SecurityGroups?.map((s) => s.SecurityGroupId!).filter(Boolean);
      if (!have?.length) unverified.push(field);
      else if ([...have].sort().join(',') !== [...p.securityGroups!].sort().join(',')) wrong.push(`security groups ${have.join(', ')}, plan says ${p.securityGroups!.join(', ')}`);
    }
  }
  return { wrong, unverified };
}

async function create(input: KindInput<EnsureGroupParams>, c: AwsClients, where: string): Promise<boolean> {
  const p = input.params;
  const token = p.authToken ? await resolveAuthToken(p.authToken, where) : undefined;
  const replicas = p.replicas ?? 0;
  try {
    await aws(`${where}: create ElastiCache replication group ${p.group}`, () =>
      c.elasticache.send(
        new CreateReplicationGroupCommand({
          ReplicationGroupId: p.group,
          ReplicationGroupDescription: p.description ?? `cutover: plan ${input.ctx.planName}, step ${input.step.id}`,
          Engine: 'redis',
          EngineVersion: p.engineVersion,
          CacheNodeType: p.nodeType,
          // Cluster mode disabled: one shard, the primary and its replicas.
          NumCacheClusters: replicas + 1,
          AutomaticFailoverEnabled: p.automaticFailover ?? replicas > 0,
          CacheSubnetGroupName: p.subnetGroup,
          SecurityGroupIds: p.securityGroups,
          TransitEncryptionEnabled: p.transitEncryption ?? (token ? true : undefined),
          AuthToken: token,
          Tags: rdsRunTags(input),
        }),
      ),
    );
    return true;
  } catch (err) {
    // Another attempt created it first: the existing group's tags decide below.
    if (/ReplicationGroupAlreadyExists/.test((err as Error).message)) return false;
    throw err;
  }
}

export async function ensureReplicationGroup(input: KindInput<EnsureGroupParams>): Promise<StepOutput> {
  const { p, c, where } = awsStep(input);
  let g = await describeGroup(c, p.group, where);
  let created = false;
  let unverified: string[] = [];
  if (!g) created = await create(input, c, where);
  if (!created) {
    g ??= await describeGroup(c, p.group, where);
    if (!g) throw ApplicationFailure.retryable(`${where}: ElastiCache says replication group ${p.group} exists but does not describe it yet`, 'ElastiCacheNotVisible');
    // Tags, not the output, say whose it is: a retry after a lost answer finds its own group.
    if (madeByStep(await tagsOf(c, g.ARN!, where), input)) created = true;
    else {
      if (g.Status === 'deleting') throw ApplicationFailure.nonRetryable(`${where}: ElastiCache replication group ${p.group} is being deleted`, 'ElastiCacheGroupDeleting');
      if (g.ClusterEnabled) throw ApplicationFailure.nonRetryable(`${where}: ElastiCache replication group ${p.group} runs in cluster mode; this step handles cluster mode disabled groups only`, 'ElastiCacheGroupMismatch');
      const diff = await compare(c, g, p, where);
      if (diff.wrong.length) {
        throw ApplicationFailure.nonRetryable(
          `${where}: ElastiCache replication group ${p.group} exists but differs from the plan: ${diff.wrong.join('; ')} (cutover does not modify an existing group)`,
          'ElastiCacheGroupMismatch',
        );
      }
      unverified = diff.unverified;
      if (unverified.length) stepLog().warn('existing replication group: fields not verified, its primary node does not report them', { group: p.group, unverified });
    }
  }
  const cp = resumableDeadline(p.wait.timeout);
  g = await waitGroup(c, p.group, { deadline: cp.deadline, intervalMs: durationMs(p.wait.interval), where, onPoll: () => progress(cp) });
  const shard = g.NodeGroups?.[0];
  const primary = shard?.PrimaryEndpoint;
  if (!primary?.Address) throw ApplicationFailure.nonRetryable(`${where}: ElastiCache replication group ${p.group} is available but reports no primary endpoint`, 'ElastiCacheGroupMismatch');
  const node = primaryOf(g);
  const version = node ? (await describeCluster(c, node, where))?.EngineVersion : undefined;
  return {
    group: p.group,
    created,
    arn: g.ARN,
    status: g.Status,
    primaryEndpoint: primary.Address,
    readerEndpoint: shard?.ReaderEndpoint?.Address ?? null,
    port: primary.Port ?? 6379,
    nodeType: g.CacheNodeType,
    engineVersion: version ?? null,
    replicas: replicasOf(g),
    members: g.MemberClusters ?? [],
    transitEncryption: g.TransitEncryptionEnabled ?? false,
    authTokenEnabled: g.AuthTokenEnabled ?? false,
    unverified,
  };
}

export async function ensureReplicationGroupUndo(input: UndoKindInput<EnsureGroupParams>): Promise<StepOutput> {
  const { p, c, where } = awsStep(input);
  const g = await describeGroup(c, p.group, where);
  if (!g) return { deleted: false, reason: `ElastiCache replication group ${p.group} does not exist` };
  // Tags, not the output, decide: they are on the group whether or not the step finished.
  if (!madeByStep(await tagsOf(c, g.ARN!, where), input)) return { deleted: false, reason: `ElastiCache replication group ${p.group} was not created by this run; left as it is` };
  const cp = resumableDeadline(p.wait.timeout);
  const w: WaitOpts = { deadline: cp.deadline, intervalMs: durationMs(p.wait.interval), where, onPoll: () => progress(cp) };
  if (g.Status !== 'deleting') {
    // ElastiCache deletes a group only once it is available (or failed to create).
    await ecWait(w, `ElastiCache replication group ${p.group} to be deletable`, async () => {
      const now = await describeGroup(c, p.group, where);
      const status = now?.Status ?? 'gone';
      return ['available', 'create-failed', 'deleting', 'gone'].includes(status) ? done(undefined) : pending(status);
    });
    const now = await describeGroup(c, p.group, where);
    if (now && now.Status !== 'deleting') {
      await aws(`${where}: delete ElastiCache replication group ${p.group}`, () =>
        c.elasticache.send(new DeleteReplicationGroupCommand({ ReplicationGroupId: p.group, RetainPrimaryCluster: false })),
      );
    }
  }
  await waitGone(w, `ElastiCache replication group ${p.group}`, async () => {
    const now = await describeGroup(c, p.group, where);
    return now && { status: now.Status };
  });
  return { deleted: true, group: p.group };
}
