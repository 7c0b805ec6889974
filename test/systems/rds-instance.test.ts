// rds.ensureInstance and rds.pruneSnapshots against moto: create or verify; the compensation
// deletes only an instance this run created (with a final snapshot); pruning keeps the newest N
// of cutover's own snapshots and never touches anyone else's.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateDBClusterCommand, CreateDBSnapshotCommand, DescribeDBInstancesCommand, DescribeDBSnapshotsCommand } from '@aws-sdk/client-rds';
import { runActivity, seedInstance, stepInput, undoInput, uniqueRunId, useMoto } from '../helpers/moto';
import { kindActivity, kindParams } from '../helpers/kinds';

const ensureInstance = kindActivity('rds.ensureInstance');
const ensureInstanceUndo = kindActivity('rds.ensureInstance.undo');
const pruneSnapshots = kindActivity('rds.pruneSnapshots');

const aws = useMoto();

const params = (extra: Record<string, unknown> = {}) => ({
  instance: 'reports-db',
  instanceClass: 'db.t3.micro',
  engine: 'mysql',
  allocatedStorage: 20,
  wait: { timeout: '5s', interval: '100ms' },
  ...extra,
});

async function instanceIds(): Promise<string[]> {
  return ((await aws.m.rds.send(new DescribeDBInstancesCommand({}))).DBInstances ?? []).map((i) => i.DBInstanceIdentifier!).sort();
}

describe('rds.ensureInstance', () => {
  test('creates a missing instance once; the compensation deletes it after a final snapshot', async () => {
    const input = stepInput('rds.ensureInstance', 'reports', params(), uniqueRunId(), 'provisionBase');
    const first = await runActivity(ensureInstance, input);
    assert.equal(first.error, undefined, first.error?.message);
    assert.equal((first.result as { created: boolean }).created, true);
    const again = await runActivity(ensureInstance, input, { attempt: 2 });
    assert.equal((again.result as { created: boolean }).created, true, 'the tags say this run created it');
    assert.equal(aws.proxy.callsOf('CreateDBInstance').length, 1);

    // Compensation with no output (interrupted step): the tags decide.
    const undo = await runActivity(ensureInstanceUndo, undoInput(input));
    assert.equal(undo.error, undefined, undo.error?.message);
    assert.deepEqual(await instanceIds(), []);
    const final = (undo.result as { finalSnapshot: string }).finalSnapshot;
    const snaps = await aws.m.rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: final }));
    assert.equal(snaps.DBSnapshots?.[0]?.DBInstanceIdentifier, 'reports-db');
    const undo2 = await runActivity(ensureInstanceUndo, undoInput(input, first.result));
    assert.equal(undo2.error, undefined, undo2.error?.message);
    assert.equal(aws.proxy.callsOf('DeleteDBInstance').length, 1);
  });

  test('an existing instance is verified and never deleted by the compensation', async () => {
    await seedInstance(aws.m, 'reports-db', { storage: 40 });
    const input = stepInput('rds.ensureInstance', 'reports', params(), uniqueRunId(), 'provisionBase');
    const run = await runActivity(ensureInstance, input);
    assert.equal(run.error, undefined, run.error?.message);
    assert.equal((run.result as { created: boolean }).created, false);
    await runActivity(ensureInstanceUndo, undoInput(input, run.result));
    assert.deepEqual(await instanceIds(), ['reports-db']);
    assert.equal(aws.proxy.callsOf('DeleteDBInstance').length, 0);
  });

  test('an existing instance that differs from the plan fails, non-retryable, saying how', async () => {
    await seedInstance(aws.m, 'reports-db', { storage: 10 });
    const run = await runActivity(ensureInstance, stepInput('rds.ensureInstance', 'reports', params({ instanceClass: 'db.r5.large' }), uniqueRunId()));
    assert.equal(run.error?.type, 'RdsInstanceMismatch');
    assert.equal(run.error?.nonRetryable, true);
    assert.match(run.error!.message, /class db\.t3\.micro, plan says db\.r5\.large; storage 10 GiB, plan says at least 20/);
  });
});

describe('rds.ensureInstance: PostgreSQL engines', () => {
  test('an RDS PostgreSQL instance: created once with engine postgres, verified on retry, deleted by the compensation', async () => {
    const input = stepInput('rds.ensureInstance', 'app-db', params({ instance: 'app-pg', engine: 'postgres', engineVersion: '15', masterUsername: 'cutover' }), uniqueRunId(), 'provisionBase');
    const first = await runActivity(ensureInstance, input);
    assert.equal(first.error, undefined, first.error?.message);
    const out = first.result as { created: boolean; engine: string; engineVersion: string; allocatedStorage: number; cluster: string | null };
    assert.deepEqual([out.created, out.engine, out.allocatedStorage, out.cluster], [true, 'postgres', 20, null]);
    assert.match(out.engineVersion, /^15/);
    const again = await runActivity(ensureInstance, input, { attempt: 2 });
    assert.equal(again.error, undefined, again.error?.message);
    assert.equal(aws.proxy.callsOf('CreateDBInstance').length, 1);
    // A mysql instance under the same name is not mistaken for it.
    const wrong = await runActivity(ensureInstance, stepInput('rds.ensureInstance', 'app-db', params({ instance: 'app-pg', engine: 'mysql' }), uniqueRunId()));
    assert.equal(wrong.error?.type, 'RdsInstanceMismatch');
    assert.match(wrong.error!.message, /engine postgres, plan says mysql/);
    const undo = await runActivity(ensureInstanceUndo, undoInput(input, first.result));
    assert.equal(undo.error, undefined, undo.error?.message);
    assert.deepEqual(await instanceIds(), []);
  });

  test('an Aurora PostgreSQL instance joins its cluster; the compensation deletes only the instance this run created', async () => {
    await aws.m.rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'ledger-pg', Engine: 'aurora-postgresql', MasterUsername: 'cutover', MasterUserPassword: 'password123' }));
    const aurora = { instance: 'ledger-pg-1', engine: 'aurora-postgresql', instanceClass: 'db.r5.large', cluster: 'ledger-pg', allocatedStorage: undefined, wait: { timeout: '5s', interval: '100ms' } };
    const input = stepInput('rds.ensureInstance', 'ledger', aurora, uniqueRunId(), 'provisionBase');
    const run = await runActivity(ensureInstance, input);
    assert.equal(run.error, undefined, run.error?.message);
    const out = run.result as { engine: string; cluster: string; allocatedStorage: number | null; created: boolean };
    assert.deepEqual([out.engine, out.cluster, out.allocatedStorage, out.created], ['aurora-postgresql', 'ledger-pg', null, true]);
    const [db] = (await aws.m.rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'ledger-pg-1' }))).DBInstances ?? [];
    assert.equal(db.DBClusterIdentifier, 'ledger-pg');
    const undo = await runActivity(ensureInstanceUndo, undoInput(input, run.result));
    assert.equal(undo.error, undefined, undo.error?.message);
    assert.deepEqual(await instanceIds(), []);
  });

  test('an Aurora engine without its cluster, or an instance without storage, is a plan mistake', () => {
    const schema = kindParams('rds.ensureInstance');
    const aurora = schema.safeParse({ instance: 'x', instanceClass: 'db.r5.large', engine: 'aurora-postgresql' });
    assert.equal(aurora.success, false);
    assert.match(JSON.stringify(aurora.error?.issues), /an Aurora instance needs the cluster it joins/);
    const bare = schema.safeParse({ instance: 'x', instanceClass: 'db.t3.micro', engine: 'postgres' });
    assert.match(JSON.stringify(bare.error?.issues), /give allocatedStorage/);
  });
});

describe('rds.pruneSnapshots', () => {
  test("keeps the newest N of cutover's own snapshots; others are never touched", async () => {
    await seedInstance(aws.m, 'orders-db');
    const managed = [{ Key: 'cutover:managed', Value: 'true' }];
    const take = (id: string, Tags = managed) => aws.m.rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: id, Tags }));
    for (const id of ['cutover-aaaa000001-snap', 'cutover-aaaa000002-snap', 'cutover-aaaa000003-snap', 'cutover-aaaa000004-snap']) {
      await take(id);
      await new Promise((r) => setTimeout(r, 20));
    }
    await take('cutover-looks-like-ours', []); // named like ours, not tagged: not ours
    await take('nightly-by-hand'); // tagged, but not named like ours
    const input = stepInput('rds.pruneSnapshots', 'prune', { instance: 'orders-db', keep: 2 }, uniqueRunId(), 'optimize');
    const run = await runActivity(pruneSnapshots, input);
    assert.equal(run.error, undefined, run.error?.message);
    const out = run.result as { kept: string[]; deleted: string[] };
    assert.deepEqual(out.kept, ['cutover-aaaa000004-snap', 'cutover-aaaa000003-snap']);
    assert.deepEqual(out.deleted, ['cutover-aaaa000002-snap', 'cutover-aaaa000001-snap']);
    const left = ((await aws.m.rds.send(new DescribeDBSnapshotsCommand({ DBInstanceIdentifier: 'orders-db' }))).DBSnapshots ?? []).map((s) => s.DBSnapshotIdentifier!);
    assert.ok(left.some((s) => s.startsWith('rds:')), 'the automated snapshot stays');
    for (const s of ['cutover-looks-like-ours', 'nightly-by-hand', 'cutover-aaaa000004-snap', 'cutover-aaaa000003-snap']) assert.ok(left.includes(s), s);
    // Again: nothing more to delete.
    const again = await runActivity(pruneSnapshots, input);
    assert.deepEqual((again.result as { deleted: string[] }).deleted, []);
  });
});
