// rds.ensureInstance: the instance exists afterwards with the plan's engine, class and (at least)
// storage. An instance this run creates is tagged with the run and step; the compensation deletes
// only such an instance, after a final snapshot.
import { CreateDBInstanceCommand, DeleteDBInstanceCommand } from '@aws-sdk/client-rds';
import { ApplicationFailure } from '@temporalio/common';
import { durationMs } from '../../kit/fields';
import { resolveRefs } from '../../kit/resolve';
import type { EnsureInstanceParams } from './kinds';
import type { KindInput, StepOutput, UndoKindInput } from '../../kit/context';
import { resumableDeadline } from '../../kit/wait';
import { progress } from '../../kit/checkpoint';
import { awsStep } from '../aws/clients';
import { aws } from '../aws/errors';
import { madeByStep, rdsRunTags, snapshotName, TAG } from '../aws/names';
import { describeInstance, describeSnapshot, instanceTags, waitInstance, waitInstanceGone } from './instances';

export async function ensureInstance(input: KindInput<EnsureInstanceParams>): Promise<StepOutput> {
  const { p, c, where } = awsStep(input);
  let db = await describeInstance(c, p.instance, where);
  let created: boolean;
  if (db) {
    created = madeByStep(instanceTags(db), input);
    const wrong: string[] = [];
    if (db.Engine !== p.engine) wrong.push(`engine ${db.Engine}, plan says ${p.engine}`);
    if (db.DBInstanceClass !== p.instanceClass) wrong.push(`class ${db.DBInstanceClass}, plan says ${p.instanceClass}`);
    if (p.allocatedStorage !== undefined && !p.cluster && (db.AllocatedStorage ?? 0) < p.allocatedStorage) wrong.push(`storage ${db.AllocatedStorage} GiB, plan says at least ${p.allocatedStorage}`);
    if (p.cluster && db.DBClusterIdentifier !== p.cluster) wrong.push(`cluster ${db.DBClusterIdentifier ?? '(none)'}, plan says ${p.cluster}`);
    if (p.engineVersion && db.EngineVersion && !db.EngineVersion.startsWith(p.engineVersion)) wrong.push(`engine version ${db.EngineVersion}, plan says ${p.engineVersion}`);
    if (wrong.length) throw ApplicationFailure.nonRetryable(`${where}: RDS instance ${p.instance} exists but differs: ${wrong.join('; ')}`, 'RdsInstanceMismatch');
  } else {
    const password = p.masterPassword && !p.cluster ? await resolveRefs(p.masterPassword, `${where} masterPassword`) : undefined;
    // An Aurora instance joins its cluster, which owns storage, credentials and networking.
    const inCluster = p.cluster
      ? { DBInstanceIdentifier: p.instance, DBInstanceClass: p.instanceClass, Engine: p.engine, DBClusterIdentifier: p.cluster, Tags: rdsRunTags(input) }
      : undefined;
    const r = await aws(`${where}: create RDS instance ${p.instance}${p.cluster ? ` in cluster ${p.cluster}` : ''}`, () =>
      c.rds.send(
        new CreateDBInstanceCommand(inCluster ?? {
          DBInstanceIdentifier: p.instance,
          DBInstanceClass: p.instanceClass,
          Engine: p.engine,
          EngineVersion: p.engineVersion,
          AllocatedStorage: p.allocatedStorage,
          MasterUsername: p.masterUsername,
          MasterUserPassword: password,
          ManageMasterUserPassword: password ? undefined : true,
          DBSubnetGroupName: p.dbSubnetGroup,
          VpcSecurityGroupIds: p.securityGroups,
          MultiAZ: p.multiAZ,
          Tags: rdsRunTags(input),
        }),
      ),
    );
    db = r.DBInstance!;
    created = true;
  }
  const cp = resumableDeadline(p.wait.timeout);
  db = await waitInstance(c, p.instance, { deadline: cp.deadline, intervalMs: durationMs(p.wait.interval), where, onPoll: () => progress(cp) });
  return {
    instance: p.instance,
    created,
    instanceArn: db.DBInstanceArn,
    endpoint: db.Endpoint?.Address ?? null,
    engine: db.Engine,
    engineVersion: db.EngineVersion,
    instanceClass: db.DBInstanceClass,
    allocatedStorage: p.cluster ? null : (db.AllocatedStorage ?? null),
    cluster: db.DBClusterIdentifier ?? null,
  };
}

export async function ensureInstanceUndo(input: UndoKindInput<EnsureInstanceParams>): Promise<StepOutput> {
  const { p, c, where } = awsStep(input);
  const db = await describeInstance(c, p.instance, where);
  const finalSnapshot = `${snapshotName(input, 240)}-final`;
  if (!db) return { deleted: false, reason: `RDS instance ${p.instance} does not exist` };
  // Tags, not the output, decide: they are on the instance whether or not the step finished.
  if (!madeByStep(instanceTags(db), input)) return { deleted: false, reason: `RDS instance ${p.instance} was not created by this run; left as it is` };
  const cp = resumableDeadline(p.wait.timeout);
  if (db.DBInstanceStatus !== 'deleting') {
    const haveFinal = !!(await describeSnapshot(c, finalSnapshot, where));
    await aws(`${where}: delete RDS instance ${p.instance}`, () =>
      c.rds.send(
        new DeleteDBInstanceCommand({
          DBInstanceIdentifier: p.instance,
          // A retry after the final snapshot was taken must not ask for it again (the name is taken).
          ...(haveFinal ? { SkipFinalSnapshot: true } : { FinalDBSnapshotIdentifier: finalSnapshot }),
          DeleteAutomatedBackups: false,
        }),
      ),
    );
  }
  await waitInstanceGone(c, p.instance, { deadline: cp.deadline, intervalMs: durationMs(p.wait.interval), where, onPoll: () => progress(cp) });
  return { deleted: true, instance: p.instance, finalSnapshot, tag: TAG.run };
}
