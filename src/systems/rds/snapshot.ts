// rds.snapshot: a manual snapshot named `cutover-<run key>-<step>`, tagged as cutover's own,
// waited to `available`. A retry finds the snapshot by its name and waits for it instead of
// taking another. With restoreOnRollback, the compensation restores it under the original
// identifier (see restore.ts).
import { CreateDBSnapshotCommand } from '@aws-sdk/client-rds';
import type { SnapshotParams } from './kinds';
import { durationMs } from '../../kit/fields';
import type { KindInput, StepOutput, UndoKindInput } from '../../kit/context';
import { resumableDeadline } from '../../kit/wait';
import { progress } from '../../kit/checkpoint';
import { awsClients } from '../aws/clients';
import { aws } from '../aws/errors';
import { createOrReuse } from '../aws/create-or-reuse';
import { rdsRunTags, snapshotName, TAG } from '../aws/names';
import { where as whereOf } from '../../kit/params';
import { clusterSnapshot, clusterSnapshotUndo } from './cluster-snapshot';
import { describeSnapshot, requireInstance, waitSnapshot } from './instances';
import { restoreInstance } from './restore';

export async function snapshot(input: KindInput<SnapshotParams>): Promise<StepOutput> {
  const p = input.params;
  if (p.cluster) return clusterSnapshot(input, p);
  const instance = p.instance!;
  const c = awsClients();
  const where = whereOf(input);
  const name = snapshotName(input);
  const db = await requireInstance(c, instance, where);

  await createOrReuse({
    what: `snapshot ${name}`,
    where,
    find: () => describeSnapshot(c, name, where),
    owner: instance,
    ownerOf: (s) => s.DBInstanceIdentifier,
    create: () =>
      aws(`${where}: snapshot RDS instance ${instance} as ${name}`, () =>
        c.rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: instance, DBSnapshotIdentifier: name, Tags: [...rdsRunTags(input), { Key: TAG.managed, Value: 'true' }] })),
      ),
    alreadyExists: /DBSnapshotAlreadyExists/,
    collisionType: 'RdsIdentifierCollision',
  });
  const cp = resumableDeadline(p.wait.timeout);
  const snap = await waitSnapshot(c, name, { deadline: cp.deadline, intervalMs: durationMs(p.wait.interval), where, onPoll: () => progress(cp) });
  return {
    instance,
    engine: db.Engine,
    snapshot: name,
    snapshotArn: snap.DBSnapshotArn,
    snapshotCreateTime: snap.SnapshotCreateTime?.toISOString() ?? null,
    restoreOnRollback: p.restoreOnRollback,
  };
}

export async function snapshotUndo(input: UndoKindInput<SnapshotParams>): Promise<StepOutput> {
  const p = input.params;
  if (!p.restoreOnRollback) return { restored: false, reason: 'restoreOnRollback is off: the snapshot is kept, the database left as it is' };
  // The snapshot step itself did not finish: no step after it ran, so there is nothing to put back.
  if (!input.output) return { restored: false, reason: 'the snapshot step did not complete, so no later step changed the database' };
  if (p.cluster) return clusterSnapshotUndo(input, p);
  const out = input.output as { instance: string; snapshot: string };
  return restoreInstance(awsClients(), input, {
    instance: out.instance,
    snapshot: out.snapshot,
    timeoutMs: durationMs(p.wait.timeout),
    intervalMs: durationMs(p.wait.interval),
  });
}
