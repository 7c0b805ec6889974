// elasticache.snapshot: a manual snapshot of a replication group or a standalone cache cluster,
// named `cutover-<run key>-<step>`, tagged as cutover's own and waited to `available`. A retry
// finds it by name and waits for it instead of taking another. The step records what the group
// was (node type, version, replicas, network, encryption, tags: never the AUTH token) so that, with
// restoreOnRollback, the compensation can recreate it from the snapshot (see restore.ts).
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput, StepOutput, UndoKindInput } from '../../kit/context';
import { progress, stepLog } from '../../kit/checkpoint';
import { durationMs } from '../../kit/fields';
import { resumableDeadline } from '../../kit/wait';
import { awsStep, type AwsClients } from '../aws/clients';
import { createOrReuse } from '../aws/create-or-reuse';
import { rdsRunTags, snapshotName, TAG } from '../aws/names';
import { resolveAuthToken } from './auth-token';
import type { SnapshotParams, SnapshotSettings } from './kinds';
import { describeSnapshot, waitSnapshot, type WaitOpts } from './lookups';
import { clusterResource, groupResource, type Snapshotted } from './resources';
import { restoreFromSnapshot } from './restore';

/** Room for `-pre-rollback` after the name, within ElastiCache's 255 characters. */
const NAME_MAX = 240;

export const resourceOf = (c: AwsClients, p: { group?: string; cluster?: string }, where: string): Snapshotted =>
  p.group ? groupResource(c, p.group, where) : clusterResource(c, p.cluster!, where);

export async function snapshot(input: KindInput<SnapshotParams>): Promise<StepOutput> {
  const { p, c, where } = awsStep(input);
  const res = resourceOf(c, p, where);
  const name = snapshotName(input, NAME_MAX);
  if (!(await res.current())) throw ApplicationFailure.nonRetryable(`${where}: ElastiCache ${res.noun} ${res.id} does not exist`, 'AwsNotFound');
  // Refused before anything is made: what a rollback could not restore.
  const before = await res.settings(undefined, p.restoreOnRollback);
  if (p.restoreOnRollback && before.authTokenEnabled && !p.authToken) {
    throw ApplicationFailure.nonRetryable(
      `${where}: ElastiCache ${res.noun} ${res.id} uses an AUTH token, which ElastiCache never reveals: give authToken (\${secret:NAME#key}) so that a rollback can restore it`,
      'ElastiCacheAuthTokenNeeded',
    );
  }
  // A reference that does not resolve fails now, not in the middle of a rollback.
  if (p.authToken) await resolveAuthToken(p.authToken, where);

  const cp = resumableDeadline(p.wait.timeout);
  const w: WaitOpts = { deadline: cp.deadline, intervalMs: durationMs(p.wait.interval), where, onPoll: () => progress(cp) };
  await createOrReuse({
    what: `snapshot ${name}`,
    where,
    find: () => describeSnapshot(c, name, where),
    owner: res.id,
    ownerOf: res.ownerOf,
    create: async () => {
      // ElastiCache snapshots only an available group (not one being modified or snapshotted).
      await res.waitAvailable(w);
      await res.createSnapshot(name, [...rdsRunTags(input), { Key: TAG.managed, Value: 'true' }]);
    },
    alreadyExists: /SnapshotAlreadyExists/,
    collisionType: 'ElastiCacheNameCollision',
  });
  const snap = await waitSnapshot(c, name, w);
  const settings: SnapshotSettings = await res.settings(snap, p.restoreOnRollback);
  if (p.restoreOnRollback && settings.securityGroups === null) {
    stepLog().warn('security groups could not be read: a group restored on rollback would get the VPC default', { id: res.id });
  }
  return {
    ...(p.group ? { group: p.group } : { cluster: p.cluster }),
    snapshot: name,
    snapshotArn: snap.ARN,
    restoreOnRollback: p.restoreOnRollback,
    settings,
  };
}

export async function snapshotUndo(input: UndoKindInput<SnapshotParams>): Promise<StepOutput> {
  const { p, c, where } = awsStep(input);
  if (!p.restoreOnRollback) return { restored: false, reason: 'restoreOnRollback is off: the snapshot is kept, the cache left as it is' };
  // The snapshot step itself did not finish: no step after it ran, so there is nothing to put back.
  if (!input.output) return { restored: false, reason: 'the snapshot step did not complete, so no later step changed the cache' };
  const out = input.output as { snapshot: string; settings: SnapshotSettings };
  return restoreFromSnapshot(input, resourceOf(c, p, `${where} (restore)`), out.snapshot, out.settings);
}
