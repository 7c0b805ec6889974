// Restoring an RDS instance from a snapshot under its own identifier, so the endpoint that
// applications use is kept:
//   1. restore the snapshot into `<id>-rst-<run>` and wait until it is available;
//   2. rename the current instance aside to `<id>-pre-rollback-<run>` (kept, never deleted);
//   3. rename the restored instance to `<id>` and wait until it is available.
// Every stage reads the world first (identifiers and cutover's tags), so a resumed or repeated
// attempt does nothing twice; and every rename checks that its new identifier is free, because
// real RDS refuses a rename onto an existing identifier and some emulators overwrite silently.
import { AddTagsToResourceCommand, ModifyDBInstanceCommand, RestoreDBInstanceFromDBSnapshotCommand, type DBInstance } from '@aws-sdk/client-rds';
import { ApplicationFailure } from '@temporalio/common';
import type { StepInput, StepOutput } from '../../kit/context';
import { progress, resumeFrom } from '../../kit/checkpoint';
import type { AwsClients } from '../aws/clients';
import { aws } from '../aws/errors';
import { derivedIdentifier, rdsRunTags, TAG } from '../aws/names';
import { runKey } from '../../kit/naming';
import { where as whereOf } from '../../kit/params';
import { describeInstance, instanceTags, waitInstance, waitInstanceGone, type WaitOpts } from './instances';

export const restoredName = (instance: string, input: StepInput) => derivedIdentifier(instance, `-rst-${runKey(input.ctx.runId)}`);
export const asideName = (instance: string, input: StepInput) => derivedIdentifier(instance, `-pre-rollback-${runKey(input.ctx.runId)}`);

interface Checkpoint {
  stage: 'restoring' | 'moving-aside' | 'renaming' | 'done';
  deadline: number;
}

const custom = (group: string | undefined) => (group && !group.startsWith('default') ? group : undefined);

/** The settings a restored instance takes over from the one it replaces. */
function settingsOf(cur: DBInstance | undefined) {
  if (!cur) return {};
  return {
    DBInstanceClass: cur.DBInstanceClass,
    DBSubnetGroupName: cur.DBSubnetGroup?.DBSubnetGroupName,
    VpcSecurityGroupIds: cur.VpcSecurityGroups?.map((g) => g.VpcSecurityGroupId!).filter(Boolean),
    MultiAZ: cur.MultiAZ,
    PubliclyAccessible: cur.PubliclyAccessible,
    Port: cur.Endpoint?.Port,
    // Default groups are applied by RDS itself; naming them only risks a mismatch of engine versions.
    DBParameterGroupName: custom(cur.DBParameterGroups?.[0]?.DBParameterGroupName),
    OptionGroupName: custom(cur.OptionGroupMemberships?.[0]?.OptionGroupName),
    StorageType: cur.StorageType,
    CopyTagsToSnapshot: cur.CopyTagsToSnapshot,
  };
}

export async function restoreInstance(
  c: AwsClients,
  input: StepInput,
  opts: { instance: string; snapshot: string; timeoutMs: number; intervalMs: number },
): Promise<StepOutput> {
  const where = whereOf(input);
  const key = runKey(input.ctx.runId);
  const { instance, snapshot } = opts;
  const temp = restoredName(instance, input);
  const aside = asideName(instance, input);
  let cp: Checkpoint = resumeFrom<Checkpoint>() ?? { stage: 'restoring', deadline: Date.now() + opts.timeoutMs };
  const mark = (stage: Checkpoint['stage']) => progress((cp = { ...cp, stage }));
  mark(cp.stage);
  const wait: WaitOpts = { deadline: cp.deadline, intervalMs: opts.intervalMs, where: `${where} (restore)`, onPoll: () => progress(cp) };
  const isRestored = (i: DBInstance | undefined) => !!i && instanceTags(i)[TAG.restoredFrom] === snapshot && instanceTags(i)[TAG.run] === key;
  const isOurAside = (i: DBInstance | undefined) => !!i && instanceTags(i)[TAG.asideOf] === instance && instanceTags(i)[TAG.run] === key;
  const collision = (id: string, what: string) =>
    ApplicationFailure.nonRetryable(`${where}: cannot ${what}: identifier ${id} is taken by an instance this run did not make`, 'RdsIdentifierCollision');

  let cur = await describeInstance(c, instance, where);
  const asideNow = await describeInstance(c, aside, where);
  if (!isRestored(cur)) {
    // 1. The restored copy, under a temporary identifier.
    const tmp = await describeInstance(c, temp, where);
    if (tmp && !isRestored(tmp)) throw collision(temp, `restore ${snapshot}`);
    const renamePending = !cur && isOurAside(asideNow) && !tmp; // step 3 issued, not yet visible
    if (!tmp && !renamePending) {
      const own = Object.entries(instanceTags(cur))
        .filter(([k]) => !k.startsWith('cutover:'))
        .map(([Key, Value]) => ({ Key, Value }));
      await aws(`${where}: restore RDS snapshot ${snapshot} into ${temp}`, () =>
        c.rds.send(
          new RestoreDBInstanceFromDBSnapshotCommand({
            DBInstanceIdentifier: temp,
            DBSnapshotIdentifier: snapshot,
            ...settingsOf(cur),
            Tags: [...own, ...rdsRunTags(input), { Key: TAG.restoredFrom, Value: snapshot }],
          }),
        ),
      );
    }
    if (!renamePending) await waitInstance(c, temp, wait);

    // 2. The current instance aside, kept for inspection.
    mark('moving-aside');
    cur = await describeInstance(c, instance, where);
    if (cur && !isRestored(cur)) {
      if (await describeInstance(c, aside, where)) throw collision(aside, `move ${instance} aside`);
      await aws(`${where}: tag RDS instance ${instance}`, () =>
        c.rds.send(new AddTagsToResourceCommand({ ResourceName: cur!.DBInstanceArn!, Tags: [{ Key: TAG.asideOf, Value: instance }, { Key: TAG.run, Value: key }] })),
      );
      await aws(`${where}: rename RDS instance ${instance} to ${aside}`, () =>
        c.rds.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: instance, NewDBInstanceIdentifier: aside, ApplyImmediately: true })),
      );
      await waitInstanceGone(c, instance, wait);
      await waitInstance(c, aside, wait);
    }

    // 3. The restored instance under the original identifier.
    mark('renaming');
    cur = await describeInstance(c, instance, where);
    if (cur && !isRestored(cur)) throw collision(instance, `rename ${temp} to ${instance}`);
    if (!cur && (await describeInstance(c, temp, where))) {
      await aws(`${where}: rename RDS instance ${temp} to ${instance}`, () =>
        c.rds.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: temp, NewDBInstanceIdentifier: instance, ApplyImmediately: true })),
      );
    }
  }
  const restored = await waitInstance(c, instance, wait, isRestored);
  await waitInstanceGone(c, temp, wait);
  mark('done');
  const kept = await describeInstance(c, aside, where);
  return {
    restored: true,
    instance,
    restoredFrom: snapshot,
    instanceArn: restored.DBInstanceArn,
    endpoint: restored.Endpoint?.Address ?? null,
    asideInstance: isOurAside(kept) ? aside : null,
  };
}
