// `cutover plan --against` for the ElastiCache kinds, with Describe and List calls only: whether
// ensureReplicationGroup would create the group or finds it matching (or differing, which the step
// refuses); what a snapshot would be of and cutover's snapshots of it already there.
import { DescribeSnapshotsCommand } from '@aws-sdk/client-elasticache';
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput } from '../../kit/context';
import { count, type Change, type Preview } from '../../kit/preview';
import { awsStep } from '../aws/clients';
import { aws } from '../aws/errors';
import { compare } from './ensure-group';
import type { EnsureGroupParams, SnapshotParams } from './kinds';
import { describeGroup, failoverOn, replicasOf } from './lookups';
import { resourceOf } from './snapshot';

export async function ensureGroupPreview(input: KindInput<EnsureGroupParams>): Promise<Preview> {
  const { p, c, where } = awsStep(input);
  const g = await describeGroup(c, p.group, where);
  const replicas = p.replicas ?? 0;
  const wanted = `${p.nodeType}${p.engineVersion ? `, Redis ${p.engineVersion}` : ''}, ${count(replicas, 'replica')}${p.transitEncryption || p.authToken ? ', TLS' : ''}${p.authToken ? ', AUTH' : ''}`;
  if (!g) {
    return {
      summary: `would create ElastiCache replication group ${p.group} (${wanted})`,
      changes: [{ action: 'create', what: `replication group ${p.group}`, detail: `${wanted}; deleted on rollback` }],
    };
  }
  const have = `${g.CacheNodeType}, ${count(replicasOf(g), 'replica')}, ${g.TransitEncryptionEnabled ? 'TLS' : 'no TLS'}, failover ${failoverOn(g) ? 'on' : 'off'}, ${g.Status}`;
  const warnings: string[] = [];
  if (g.Status === 'deleting') warnings.push(`replication group ${p.group} is being deleted: the step would fail (ElastiCacheGroupDeleting)`);
  if (g.ClusterEnabled) warnings.push(`replication group ${p.group} runs in cluster mode, which the step does not handle: it would fail (ElastiCacheGroupMismatch)`);
  const diff = await compare(c, g, p, where);
  if (diff.wrong.length) warnings.push(`replication group ${p.group} exists but differs from the plan: ${diff.wrong.join('; ')}: the step would fail (ElastiCacheGroupMismatch; cutover does not modify an existing group)`);
  if (diff.unverified.length) warnings.push(`not verifiable from the group's primary node: ${diff.unverified.join(', ')}`);
  const refused = warnings.length - (diff.unverified.length ? 1 : 0) > 0;
  return {
    summary: refused ? `replication group ${p.group} exists but the step would refuse it` : `replication group ${p.group} exists and matches the plan: nothing to create`,
    changes: [{ action: refused ? 'read' : 'none', what: `replication group ${p.group}`, detail: `${have}${refused ? '' : '; not deleted on rollback (a new run did not create it)'}` }],
    ...(warnings.length ? { warnings } : {}),
  };
}

export async function ecSnapshotPreview(input: KindInput<SnapshotParams>): Promise<Preview> {
  const { p, c, where } = awsStep(input);
  const res = resourceOf(c, p, where);
  const what = `ElastiCache ${res.noun} ${res.id}`;
  const now = await res.current();
  if (!now) return { summary: `${what} does not exist`, changes: [], warnings: [`${what} does not exist: the step would fail (AwsNotFound)`] };
  const warnings: string[] = [];
  let about = now.status;
  try {
    const s = await res.settings(undefined, p.restoreOnRollback);
    about = `${s.nodeType}${s.engineVersion ? `, Redis ${s.engineVersion}` : ''}, ${count(s.replicas, 'replica')}, ${now.status}`;
    if (p.restoreOnRollback && s.authTokenEnabled && !p.authToken) warnings.push(`${what} uses an AUTH token and the step gives none: it would fail (ElastiCacheAuthTokenNeeded)`);
  } catch (err) {
    if (!(err instanceof ApplicationFailure)) throw err;
    warnings.push(`${err.message.replace(`${where}: `, '')}: the step would fail (${err.type})`);
  }
  const r = await aws(`${where}: snapshots of ${what}`, () =>
    c.elasticache.send(new DescribeSnapshotsCommand(p.group ? { ReplicationGroupId: p.group } : { CacheClusterId: p.cluster })),
  );
  const ours = (r.Snapshots ?? []).filter((s) => s.SnapshotName?.startsWith('cutover-'));
  const changes: Change[] = [
    { action: 'read', what, detail: about },
    {
      action: 'create',
      what: `snapshot cutover-<run key>-${input.step.id}`,
      detail: `named after the run: a new run takes a new one; ${p.restoreOnRollback ? `on rollback the ${res.noun} is recreated from it under its own id` : 'kept on rollback'}`,
    },
  ];
  return {
    summary: `would take a new snapshot of ${what} (${about}); ${ours.length ? `${count(ours.length, 'snapshot')} of cutover's already there, none reused` : "no snapshot of cutover's yet"}`,
    changes,
    ...(warnings.length ? { warnings } : {}),
  };
}
