// RDS lookups and waits shared by the RDS kinds.
import { DescribeDBInstancesCommand, DescribeDBSnapshotsCommand, type DBInstance, type DBSnapshot } from '@aws-sdk/client-rds';
import { ApplicationFailure } from '@temporalio/common';
import type { AwsClients } from '../aws/clients';
import { awsOrMissing } from '../aws/errors';
import { tagMap } from '../aws/names';
import { done, pending, pollUntil, type PollResult } from '../../kit/wait';

/** Instance states that no amount of waiting turns into `available`. */
const BROKEN = new Set([
  'failed',
  'incompatible-restore',
  'incompatible-parameters',
  'incompatible-network',
  'incompatible-option-group',
  'storage-full',
  'inaccessible-encryption-credentials',
  'restore-error',
]);

export async function describeInstance(c: AwsClients, id: string, where: string): Promise<DBInstance | undefined> {
  const r = await awsOrMissing(`${where}: RDS instance ${id}`, () => c.rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id })));
  return r?.DBInstances?.[0];
}

export async function requireInstance(c: AwsClients, id: string, where: string): Promise<DBInstance> {
  const i = await describeInstance(c, id, where);
  if (!i) throw ApplicationFailure.nonRetryable(`${where}: RDS instance ${id} does not exist`, 'AwsNotFound');
  return i;
}

export async function describeSnapshot(c: AwsClients, id: string, where: string): Promise<DBSnapshot | undefined> {
  const r = await awsOrMissing(`${where}: RDS snapshot ${id}`, () => c.rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: id })));
  return r?.DBSnapshots?.[0];
}

export const instanceTags = (i: DBInstance | undefined) => tagMap(i?.TagList);

export interface WaitOpts {
  deadline: number;
  intervalMs: number;
  where: string;
  onPoll: () => void;
}

/** Polls until `poll` is done or `o.deadline` passes, reporting the step's checkpoint at every poll. */
export function rdsWait<T>(o: WaitOpts, what: string, poll: () => Promise<PollResult<T>>): Promise<T> {
  return pollUntil({
    what: `${o.where}: waiting for ${what}`,
    deadline: o.deadline,
    intervalMs: o.intervalMs,
    timeoutType: 'RdsWaitTimeout',
    poll: () => (o.onPoll(), poll()),
  });
}

/** Waits until the instance exists, is `available`, and `check` (if given) holds for it. */
export function waitInstance(c: AwsClients, id: string, o: WaitOpts, check?: (i: DBInstance) => boolean): Promise<DBInstance> {
  return rdsWait(o, `RDS instance ${id} to be available`, async () => {
    const i = await describeInstance(c, id, o.where);
    if (!i) return pending('not there yet');
    const status = i.DBInstanceStatus ?? 'unknown';
    if (BROKEN.has(status)) throw ApplicationFailure.nonRetryable(`${o.where}: RDS instance ${id} is ${status}`, 'RdsInstanceFailed');
    if (status !== 'available') return pending(status);
    if (check && !check(i)) return pending('available, but not yet the expected instance');
    return done(i);
  });
}

/** Waits until the identifier no longer resolves (a rename or delete has taken effect). */
export async function waitInstanceGone(c: AwsClients, id: string, o: WaitOpts): Promise<void> {
  await rdsWait(o, `RDS identifier ${id} to be free`, async () => {
    const i = await describeInstance(c, id, o.where);
    return i ? pending(i.DBInstanceStatus ?? 'still there') : done(undefined);
  });
}

/** Waits until the snapshot is `available`; a failed snapshot fails the step. */
export function waitSnapshot(c: AwsClients, id: string, o: WaitOpts): Promise<DBSnapshot> {
  return rdsWait(o, `RDS snapshot ${id} to be available`, async () => {
    const s = await describeSnapshot(c, id, o.where);
    if (!s) return pending('not there yet');
    if (s.Status === 'failed' || s.Status === 'error') throw ApplicationFailure.nonRetryable(`${o.where}: RDS snapshot ${id} is ${s.Status}`, 'RdsSnapshotFailed');
    return s.Status === 'available' ? done(s) : pending(`${s.Status ?? 'unknown'} ${s.PercentProgress ?? 0}%`);
  });
}
