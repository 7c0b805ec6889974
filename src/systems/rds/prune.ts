// rds.pruneSnapshots (after the commit point): keeps the newest N of cutover's own manual
// snapshots of one database and deletes the older ones. cutover's own = named `cutover-…` AND
// tagged `cutover:managed=true`; automated snapshots and anyone else's are never touched.
import {
  DeleteDBClusterSnapshotCommand,
  DeleteDBSnapshotCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotsCommand,
} from '@aws-sdk/client-rds';
import type { PruneParams } from './kinds';
import type { KindInput, StepOutput } from '../../kit/context';
import { progress } from '../../kit/checkpoint';
import { awsStep } from '../aws/clients';
import { aws, awsOrMissing } from '../aws/errors';
import { TAG, tagMap } from '../aws/names';

interface Snap {
  id: string;
  created: number;
  status: string;
  tags: Record<string, string>;
}

const own = (s: Snap) => s.id.startsWith('cutover-') && s.tags[TAG.managed] === 'true';

export async function pruneSnapshots(input: KindInput<PruneParams>): Promise<StepOutput> {
  const { p, c, where } = awsStep(input);
  const db = p.instance ?? p.cluster!;
  const snaps: Snap[] = [];
  let Marker: string | undefined;
  do {
    if (p.instance) {
      const r = await aws(`${where}: snapshots of RDS instance ${db}`, () =>
        c.rds.send(new DescribeDBSnapshotsCommand({ DBInstanceIdentifier: db, SnapshotType: 'manual', Marker })),
      );
      for (const s of r.DBSnapshots ?? []) {
        snaps.push({ id: s.DBSnapshotIdentifier!, created: s.SnapshotCreateTime?.getTime() ?? 0, status: s.Status ?? '', tags: tagMap(s.TagList) });
      }
      Marker = r.Marker;
    } else {
      const r = await aws(`${where}: snapshots of RDS cluster ${db}`, () =>
        c.rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterIdentifier: db, SnapshotType: 'manual', Marker })),
      );
      for (const s of r.DBClusterSnapshots ?? []) {
        snaps.push({ id: s.DBClusterSnapshotIdentifier!, created: s.SnapshotCreateTime?.getTime() ?? 0, status: s.Status ?? '', tags: tagMap(s.TagList) });
      }
      Marker = r.Marker;
    }
  } while (Marker);

  const ours = snaps.filter(own).sort((a, b) => b.created - a.created || b.id.localeCompare(a.id));
  const kept = ours.slice(0, p.keep);
  // Only settled snapshots go; one still being taken is left for the next prune.
  const doomed = ours.slice(p.keep).filter((s) => s.status === 'available');
  const deleted: string[] = [];
  for (const s of doomed) {
    progress({ deleting: s.id });
    // Already gone (a retry, or someone else): fine.
    await awsOrMissing(`${where}: delete snapshot ${s.id}`, () =>
      p.instance
        ? c.rds.send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: s.id }))
        : c.rds.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: s.id })),
    );
    deleted.push(s.id);
  }
  return { database: db, kept: kept.map((s) => s.id), deleted, ignored: snaps.length - ours.length };
}
