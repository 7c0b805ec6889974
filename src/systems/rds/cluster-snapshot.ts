// rds.snapshot for an Aurora cluster: a manual cluster snapshot (`cutover-<run key>-<step>`, at
// most 63 characters), reused on retry; with restoreOnRollback the compensation restores it
// under the cluster's own identifier, the same way as for an instance:
//   1. restore the snapshot into cluster `<id>-rst-<run>`, then one instance per member of the
//      current cluster (`<member>-r-<run>`, same class), and wait until all are available;
//   2. rename the current cluster aside to `<id>-pre-rollback-<run>` (its instances stay with it);
//   3. rename the restored cluster to `<id>`: the cluster endpoints applications use are kept.
import {
  AddTagsToResourceCommand,
  CreateDBClusterSnapshotCommand,
  CreateDBInstanceCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  ModifyDBClusterCommand,
  RestoreDBClusterFromSnapshotCommand,
  type DBCluster,
} from '@aws-sdk/client-rds';
import { ApplicationFailure } from '@temporalio/common';
import type { SnapshotParams } from './kinds';
import { durationMs } from '../../kit/fields';
import type { StepInput, StepOutput, UndoInput } from '../../kit/context';
import { progress } from '../../kit/checkpoint';
import { awsClients, type AwsClients } from '../aws/clients';
import { aws, awsOrMissing } from '../aws/errors';
import { createOrReuse } from '../aws/create-or-reuse';
import { derivedIdentifier, rdsRunTags, snapshotName, TAG, tagMap } from '../aws/names';
import { runKey } from '../../kit/naming';
import { where as whereOf } from '../../kit/params';
import { done, pending, resumableDeadline } from '../../kit/wait';
import { describeInstance, rdsWait, waitInstance, type WaitOpts } from './instances';

export async function describeCluster(c: AwsClients, id: string, where: string): Promise<DBCluster | undefined> {
  const r = await awsOrMissing(`${where}: RDS cluster ${id}`, () => c.rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id })));
  return r?.DBClusters?.[0];
}

async function describeClusterSnapshot(c: AwsClients, id: string, where: string) {
  const r = await awsOrMissing(`${where}: RDS cluster snapshot ${id}`, () =>
    c.rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: id })),
  );
  return r?.DBClusterSnapshots?.[0];
}

async function waitCluster(c: AwsClients, id: string, w: WaitOpts, check: (cl: DBCluster | undefined) => boolean = (cl) => cl?.Status === 'available') {
  await rdsWait(w, `RDS cluster ${id}`, async () => {
    const cl = await describeCluster(c, id, w.where);
    if (cl?.Status === 'failed' || cl?.Status === 'inaccessible-encryption-credentials') {
      throw ApplicationFailure.nonRetryable(`${w.where}: RDS cluster ${id} is ${cl.Status}`, 'RdsClusterFailed');
    }
    return check(cl) ? done(undefined) : pending(cl?.Status ?? 'absent');
  });
}

export async function clusterSnapshot(input: StepInput, p: SnapshotParams): Promise<StepOutput> {
  const cluster = p.cluster!;
  const c = awsClients();
  const where = whereOf(input);
  const name = snapshotName(input, 63);
  const db = await describeCluster(c, cluster, where);
  if (!db) throw ApplicationFailure.nonRetryable(`${where}: RDS cluster ${cluster} does not exist`, 'AwsNotFound');
  await createOrReuse({
    what: `cluster snapshot ${name}`,
    where,
    find: () => describeClusterSnapshot(c, name, where),
    owner: cluster,
    ownerOf: (s) => s.DBClusterIdentifier,
    create: () =>
      aws(`${where}: snapshot RDS cluster ${cluster} as ${name}`, () =>
        c.rds.send(
          new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: cluster, DBClusterSnapshotIdentifier: name, Tags: [...rdsRunTags(input), { Key: TAG.managed, Value: 'true' }] }),
        ),
      ),
    alreadyExists: /DBClusterSnapshotAlreadyExists/,
    collisionType: 'RdsIdentifierCollision',
  });
  const cp = resumableDeadline(p.wait.timeout);
  const w: WaitOpts = { deadline: cp.deadline, intervalMs: durationMs(p.wait.interval), where, onPoll: () => progress(cp) };
  const snap = await rdsWait(w, `RDS cluster snapshot ${name} to be available`, async () => {
    const s = await describeClusterSnapshot(c, name, where);
    if (s?.Status === 'failed') throw ApplicationFailure.nonRetryable(`${where}: RDS cluster snapshot ${name} failed`, 'RdsSnapshotFailed');
    return s?.Status === 'available' ? done(s) : pending(s?.Status ?? 'not there yet');
  });
  return {
    cluster,
    engine: db.Engine,
    members: (db.DBClusterMembers ?? []).map((m) => m.DBInstanceIdentifier),
    snapshot: name,
    snapshotArn: snap.DBClusterSnapshotArn,
    snapshotCreateTime: snap.SnapshotCreateTime?.toISOString() ?? null,
    restoreOnRollback: p.restoreOnRollback,
  };
}

export async function clusterSnapshotUndo(input: UndoInput, p: SnapshotParams): Promise<StepOutput> {
  const out = input.output as { cluster: string; snapshot: string };
  const c = awsClients();
  const where = whereOf(input);
  const key = runKey(input.ctx.runId);
  const { cluster, snapshot } = out;
  const temp = derivedIdentifier(cluster, `-rst-${key}`);
  const aside = derivedIdentifier(cluster, `-pre-rollback-${key}`);
  const cp = resumableDeadline(p.wait.timeout);
  const w: WaitOpts = { deadline: cp.deadline, intervalMs: durationMs(p.wait.interval), where: `${where} (restore)`, onPoll: () => progress(cp) };
  const tags = (cl: DBCluster | undefined) => tagMap(cl?.TagList);
  const isRestored = (cl: DBCluster | undefined) => !!cl && tags(cl)[TAG.restoredFrom] === snapshot && tags(cl)[TAG.run] === key;
  const isOurAside = (cl: DBCluster | undefined) => !!cl && tags(cl)[TAG.asideOf] === cluster && tags(cl)[TAG.run] === key;
  const collision = (id: string, what: string) =>
    ApplicationFailure.nonRetryable(`${where}: cannot ${what}: identifier ${id} is taken by a cluster this run did not make`, 'RdsIdentifierCollision');

  let cur = await describeCluster(c, cluster, where);
  const created: string[] = [];
  if (!isRestored(cur)) {
    const tmp = await describeCluster(c, temp, where);
    if (tmp && !isRestored(tmp)) throw collision(temp, `restore ${snapshot}`);
    const asideNow = await describeCluster(c, aside, where);
    const renamePending = !cur && !tmp && isOurAside(asideNow);
    const source = cur ?? asideNow;
    if (!tmp && !renamePending) {
      // The snapshot knows its engine (aurora-mysql, aurora-postgresql) even when the cluster is gone.
      const engine = source?.Engine ?? (await describeClusterSnapshot(c, snapshot, where))?.Engine;
      if (!engine) throw ApplicationFailure.nonRetryable(`${where}: RDS cluster snapshot ${snapshot} does not exist; nothing to restore`, 'AwsNotFound');
      await aws(`${where}: restore RDS cluster snapshot ${snapshot} into ${temp}`, () =>
        c.rds.send(
          new RestoreDBClusterFromSnapshotCommand({
            DBClusterIdentifier: temp,
            SnapshotIdentifier: snapshot,
            Engine: engine,
            EngineVersion: source?.EngineVersion,
            DBSubnetGroupName: source?.DBSubnetGroup,
            VpcSecurityGroupIds: source?.VpcSecurityGroups?.map((g) => g.VpcSecurityGroupId!).filter(Boolean),
            Port: source?.Port,
            // A default group is applied by RDS itself.
            DBClusterParameterGroupName: source?.DBClusterParameterGroup?.startsWith('default') ? undefined : source?.DBClusterParameterGroup,
            Tags: [...rdsRunTags(input), { Key: TAG.restoredFrom, Value: snapshot }],
          }),
        ),
      );
    }
    if (!renamePending) {
      await waitCluster(c, temp, w);
      // One instance per member of the cluster being replaced, same class (a cluster needs instances to serve).
      for (const m of source?.DBClusterMembers ?? []) {
        const member = await describeInstance(c, m.DBInstanceIdentifier!, where);
        const id = derivedIdentifier(m.DBInstanceIdentifier!, `-r-${key}`);
        if (!(await describeInstance(c, id, where))) {
          await aws(`${where}: create RDS instance ${id} in ${temp}`, () =>
            c.rds.send(
              new CreateDBInstanceCommand({
                DBInstanceIdentifier: id,
                DBClusterIdentifier: temp,
                DBInstanceClass: member?.DBInstanceClass ?? 'db.r6g.large',
                Engine: source?.Engine ?? member?.Engine,
                PromotionTier: m.PromotionTier,
                Tags: rdsRunTags(input),
              }),
            ),
          );
        }
        await waitInstance(c, id, w);
        created.push(id);
      }
      if (cur && !isRestored(cur)) {
        if (asideNow) throw collision(aside, `move ${cluster} aside`);
        await aws(`${where}: tag RDS cluster ${cluster}`, () =>
          c.rds.send(new AddTagsToResourceCommand({ ResourceName: cur!.DBClusterArn!, Tags: [{ Key: TAG.asideOf, Value: cluster }, { Key: TAG.run, Value: key }] })),
        );
        await aws(`${where}: rename RDS cluster ${cluster} to ${aside}`, () =>
          c.rds.send(new ModifyDBClusterCommand({ DBClusterIdentifier: cluster, NewDBClusterIdentifier: aside, ApplyImmediately: true })),
        );
        await waitCluster(c, cluster, w, (cl) => cl === undefined);
        await waitCluster(c, aside, w);
      }
      cur = await describeCluster(c, cluster, where);
      if (cur && !isRestored(cur)) throw collision(cluster, `rename ${temp} to ${cluster}`);
      if (!cur) {
        await aws(`${where}: rename RDS cluster ${temp} to ${cluster}`, () =>
          c.rds.send(new ModifyDBClusterCommand({ DBClusterIdentifier: temp, NewDBClusterIdentifier: cluster, ApplyImmediately: true })),
        );
      }
    }
  }
  await waitCluster(c, cluster, w, (cl) => cl?.Status === 'available' && isRestored(cl));
  await waitCluster(c, temp, w, (cl) => cl === undefined);
  const kept = await describeCluster(c, aside, where);
  return { restored: true, cluster, restoredFrom: snapshot, instances: created, asideCluster: isOurAside(kept) ? aside : null };
}
