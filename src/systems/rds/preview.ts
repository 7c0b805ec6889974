// `cutover plan --against` for the RDS kinds, with Describe calls only: the database a snapshot is
// of (engine, class, size, state) and cutover's own snapshots of it already there; whether
// ensureInstance would create the instance or finds it matching (or differing); which snapshots a
// prune would delete.
import { DescribeDBClusterSnapshotsCommand, DescribeDBSnapshotsCommand, type DBInstance } from '@aws-sdk/client-rds';
import type { KindInput } from '../../kit/context';
import { count, type Change, type Preview } from '../../kit/preview';
import { awsStep, type AwsClients } from '../aws/clients';
import { aws } from '../aws/errors';
import { TAG, tagMap } from '../aws/names';
import type { EnsureInstanceParams, PruneParams, SnapshotParams } from './kinds';
import { describeCluster } from './cluster-snapshot';
import { describeInstance } from './instances';

interface Snap {
  id: string;
  created: number;
  status: string;
}

/** cutover's own manual snapshots of the instance or cluster, newest first (as rds.pruneSnapshots counts them). */
export async function ownSnapshots(c: AwsClients, db: { instance?: string; cluster?: string }, where: string): Promise<{ ours: Snap[]; others: number }> {
  const all: (Snap & { tags: Record<string, string> })[] = [];
  let Marker: string | undefined;
  do {
    if (db.instance) {
      const r = await aws(`${where}: snapshots of RDS instance ${db.instance}`, () => c.rds.send(new DescribeDBSnapshotsCommand({ DBInstanceIdentifier: db.instance, SnapshotType: 'manual', Marker })));
      for (const s of r.DBSnapshots ?? []) all.push({ id: s.DBSnapshotIdentifier!, created: s.SnapshotCreateTime?.getTime() ?? 0, status: s.Status ?? '', tags: tagMap(s.TagList) });
      Marker = r.Marker;
    } else {
      const r = await aws(`${where}: snapshots of RDS cluster ${db.cluster}`, () => c.rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterIdentifier: db.cluster, SnapshotType: 'manual', Marker })));
      for (const s of r.DBClusterSnapshots ?? []) all.push({ id: s.DBClusterSnapshotIdentifier!, created: s.SnapshotCreateTime?.getTime() ?? 0, status: s.Status ?? '', tags: tagMap(s.TagList) });
      Marker = r.Marker;
    }
  } while (Marker);
  const ours = all.filter((s) => s.id.startsWith('cutover-') && s.tags[TAG.managed] === 'true').sort((a, b) => b.created - a.created || b.id.localeCompare(a.id));
  return { ours, others: all.length - ours.length };
}

const day = (ms: number) => (ms ? new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z') : 'unknown time');

export async function snapshotPreview(input: KindInput<SnapshotParams>): Promise<Preview> {
  const { p, c, where } = awsStep(input);
  const what = p.instance ? `RDS instance ${p.instance}` : `RDS cluster ${p.cluster}`;
  let about: string;
  if (p.instance) {
    const db = await describeInstance(c, p.instance, where);
    if (!db) return { summary: `${what} does not exist`, changes: [], warnings: [`${what} does not exist: the step would fail (AwsNotFound)`] };
    about = `${db.Engine} ${db.EngineVersion ?? ''}, ${db.DBInstanceClass}, ${db.AllocatedStorage ?? '?'} GiB, ${db.DBInstanceStatus}`.replace(/ ,/, ',');
  } else {
    const cl = await describeCluster(c, p.cluster!, where);
    if (!cl) return { summary: `${what} does not exist`, changes: [], warnings: [`${what} does not exist: the step would fail (AwsNotFound)`] };
    about = `${cl.Engine} ${cl.EngineVersion ?? ''}, ${count(cl.DBClusterMembers?.length ?? 0, 'member')}, ${cl.AllocatedStorage ?? '?'} GiB, ${cl.Status}`.replace(/ ,/, ',');
  }
  const { ours } = await ownSnapshots(c, p, where);
  const earlier = ours.length ? `${count(ours.length, 'snapshot')} of cutover's own already there, newest ${ours[0].id} (${day(ours[0].created)}), none reused` : "no snapshot of cutover's own yet";
  const changes: Change[] = [
    { action: 'read', what, detail: about },
    {
      action: 'create',
      what: `snapshot cutover-<run key>-${input.step.id}`,
      detail: `named after the run: a new run takes a new one (a retry of that run reuses it); ${p.restoreOnRollback ? `on rollback the ${p.instance ? 'instance' : 'cluster'} is restored from it under its own identifier` : 'kept on rollback'}`,
    },
  ];
  return { summary: `would take a new snapshot of ${what} (${about}); ${earlier}`, changes };
}

/** How an existing instance differs from the plan's fields: what ensureInstance refuses. */
function differences(db: DBInstance, p: EnsureInstanceParams): string[] {
  const wrong: string[] = [];
  if (db.Engine !== p.engine) wrong.push(`engine ${db.Engine}, plan says ${p.engine}`);
  if (db.DBInstanceClass !== p.instanceClass) wrong.push(`class ${db.DBInstanceClass}, plan says ${p.instanceClass}`);
  if (p.allocatedStorage !== undefined && !p.cluster && (db.AllocatedStorage ?? 0) < p.allocatedStorage) wrong.push(`storage ${db.AllocatedStorage} GiB, plan says at least ${p.allocatedStorage}`);
  if (p.cluster && db.DBClusterIdentifier !== p.cluster) wrong.push(`cluster ${db.DBClusterIdentifier ?? '(none)'}, plan says ${p.cluster}`);
  if (p.engineVersion && db.EngineVersion && !db.EngineVersion.startsWith(p.engineVersion)) wrong.push(`engine version ${db.EngineVersion}, plan says ${p.engineVersion}`);
  return wrong;
}

export async function ensureInstancePreview(input: KindInput<EnsureInstanceParams>): Promise<Preview> {
  const { p, c, where } = awsStep(input);
  const db = await describeInstance(c, p.instance, where);
  const wanted = `${p.engine}${p.engineVersion ? ` ${p.engineVersion}` : ''}, ${p.instanceClass}, ${p.cluster ? `in cluster ${p.cluster}` : `${p.allocatedStorage} GiB`}`;
  if (!db) {
    return {
      summary: `would create RDS instance ${p.instance} (${wanted})`,
      changes: [{ action: 'create', what: `RDS instance ${p.instance}`, detail: `${wanted}; deleted on rollback, after a final snapshot` }],
    };
  }
  const have = `${db.Engine} ${db.EngineVersion ?? ''}, ${db.DBInstanceClass}, ${db.DBClusterIdentifier ? `in cluster ${db.DBClusterIdentifier}` : `${db.AllocatedStorage} GiB`}, ${db.DBInstanceStatus}`;
  const wrong = differences(db, p);
  if (wrong.length) {
    return {
      summary: `RDS instance ${p.instance} exists but differs from the plan`,
      changes: [{ action: 'read', what: `RDS instance ${p.instance}`, detail: have }],
      warnings: [`RDS instance ${p.instance} exists but differs: ${wrong.join('; ')}: the step would fail (RdsInstanceMismatch)`],
    };
  }
  return {
    summary: `RDS instance ${p.instance} exists and matches the plan: nothing to create`,
    changes: [{ action: 'none', what: `RDS instance ${p.instance}`, detail: `${have}; not deleted on rollback (a new run did not create it)` }],
  };
}

export async function pruneSnapshotsPreview(input: KindInput<PruneParams>): Promise<Preview> {
  const { p, c, where } = awsStep(input);
  const { ours, others } = await ownSnapshots(c, p, where);
  const doomed = ours.slice(p.keep).filter((s) => s.status === 'available');
  const changes: Change[] = [
    ...ours.slice(0, p.keep).map((s) => ({ action: 'none' as const, what: `snapshot ${s.id}`, detail: `kept (${day(s.created)})` })),
    ...doomed.map((s) => ({ action: 'delete' as const, what: `snapshot ${s.id}`, detail: `${day(s.created)}; not undone` })),
  ];
  return {
    summary: `would delete ${count(doomed.length, 'snapshot')} of cutover's own of ${p.instance ?? p.cluster}, keeping the newest ${Math.min(p.keep, ours.length)}${others ? ` (${count(others, 'other snapshot')} never touched)` : ''}`,
    changes,
  };
}
