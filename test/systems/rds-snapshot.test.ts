// rds.snapshot against moto through the proxy: one snapshot however often the step is retried;
// restore on rollback puts an instance built from the snapshot under the original identifier and
// keeps the pre-rollback one aside, checking identifiers before every rename (moto itself would
// overwrite silently); interrupted restores resume without doing anything twice.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateDBClusterCommand,
  CreateDBInstanceCommand,
  DeleteDBClusterCommand,
  DeleteDBInstanceCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand,
  ModifyDBInstanceCommand,
} from '@aws-sdk/client-rds';
import { runKey } from '../../src/kit/naming';
import { runActivity, seedInstance, stepInput, undoInput, uniqueRunId, useMoto } from '../helpers/moto';
import { kindActivity } from '../helpers/kinds';

const snapshot = kindActivity('rds.snapshot');
const snapshotUndo = kindActivity('rds.snapshot.undo');

const aws = useMoto();

const fast = { wait: { timeout: '10s', interval: '100ms' } };

async function instances(): Promise<Record<string, { storage: number; tags: Record<string, string> }>> {
  const r = await aws.m.rds.send(new DescribeDBInstancesCommand({}));
  return Object.fromEntries(
    (r.DBInstances ?? []).map((i) => [i.DBInstanceIdentifier!, { storage: i.AllocatedStorage!, tags: Object.fromEntries((i.TagList ?? []).map((t) => [t.Key!, t.Value!])) }]),
  );
}

async function manualSnapshots(instance: string): Promise<string[]> {
  const r = await aws.m.rds.send(new DescribeDBSnapshotsCommand({ DBInstanceIdentifier: instance, SnapshotType: 'manual' }));
  return (r.DBSnapshots ?? []).map((s) => s.DBSnapshotIdentifier!);
}

/** The world after a snapshot step and a later step that changed the database (storage 20 → 50). */
async function snapshotThenChange(runId = uniqueRunId()) {
  await seedInstance(aws.m, 'orders-db', { storage: 20, tags: { app: 'orders' } });
  const input = stepInput('rds.snapshot', 'db-snapshot', { instance: 'orders-db', restoreOnRollback: true, ...fast }, runId, 'prepare');
  const run = await runActivity(snapshot, input);
  assert.equal(run.error, undefined, run.error?.message);
  await aws.m.rds.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: 'orders-db', AllocatedStorage: 50, ApplyImmediately: true }));
  return { input, output: run.result!, key: runKey(runId) };
}

describe('rds.snapshot', () => {
  test('takes one snapshot named from the run and step, reused when the step is retried', async () => {
    await seedInstance(aws.m, 'orders-db');
    const runId = uniqueRunId();
    const input = stepInput('rds.snapshot', 'db-snapshot', { instance: 'orders-db', ...fast }, runId, 'prepare');
    aws.proxy.scriptRdsStatus(({ kind, poll }) => (kind === 'snapshot' && poll < 2 ? 'creating' : undefined));
    const first = await runActivity(snapshot, input);
    assert.equal(first.error, undefined, first.error?.message);
    const name = `cutover-${runKey(runId)}-db-snapshot`;
    assert.equal((first.result as { snapshot: string }).snapshot, name);

    // Retried twice more (a lost result, a crash mid-wait): still one snapshot.
    const second = await runActivity(snapshot, input, { attempt: 2 });
    const third = await runActivity(snapshot, input, { heartbeatDetails: first.checkpoint });
    assert.equal((second.result as { snapshot: string }).snapshot, name);
    assert.equal((third.result as { snapshot: string }).snapshot, name);
    assert.equal(aws.proxy.callsOf('CreateDBSnapshot').length, 1);
    assert.deepEqual(await manualSnapshots('orders-db'), [name]);
  });

  test('restore on rollback: original identifier, built from the snapshot; pre-rollback instance kept aside', async () => {
    const { input, output, key } = await snapshotThenChange();
    const undo = await runActivity(snapshotUndo, undoInput(input, output));
    assert.equal(undo.error, undefined, undo.error?.message);
    const aside = `orders-db-pre-rollback-${key}`;
    assert.equal((undo.result as { asideInstance: string }).asideInstance, aside);

    const all = await instances();
    assert.deepEqual(Object.keys(all).sort(), [aside, 'orders-db'].sort(), 'no temporary instance left, nothing overwritten');
    assert.equal(all['orders-db'].storage, 20, 'the instance under the original identifier is the snapshot');
    assert.equal(all['orders-db'].tags['cutover:restored-from'], (output as { snapshot: string }).snapshot);
    assert.equal(all['orders-db'].tags.app, 'orders', "the application's own tags carry over");
    assert.equal(all[aside].storage, 50, 'the pre-rollback instance is kept as it was');
    assert.equal(aws.proxy.callsOf('RestoreDBInstanceFromDBSnapshot').length, 1);
    assert.equal(aws.proxy.callsOf('ModifyDBInstance').length, 2);

    // Twice = once.
    const again = await runActivity(snapshotUndo, undoInput(input, output));
    assert.equal(again.error, undefined, again.error?.message);
    assert.equal(aws.proxy.callsOf('RestoreDBInstanceFromDBSnapshot').length, 1);
    assert.equal(aws.proxy.callsOf('ModifyDBInstance').length, 2);
    assert.equal(Object.keys(await instances()).length, 2);
  });

  test('an identifier taken by someone else stops the restore before any rename', async () => {
    const { input, output, key } = await snapshotThenChange();
    const aside = `orders-db-pre-rollback-${key}`;
    await aws.m.rds.send(
      new CreateDBInstanceCommand({ DBInstanceIdentifier: aside, DBInstanceClass: 'db.t3.micro', Engine: 'mysql', AllocatedStorage: 5, MasterUsername: 'a', MasterUserPassword: 'password123' }),
    );
    const undo = await runActivity(snapshotUndo, undoInput(input, output));
    assert.equal(undo.error?.type, 'RdsIdentifierCollision');
    assert.equal(undo.error?.nonRetryable, true);
    assert.match(undo.error!.message, new RegExp(`identifier ${aside} is taken`));
    const all = await instances();
    assert.equal(all['orders-db'].storage, 50, 'the current instance was not moved');
    assert.equal(all[aside].storage, 5, 'the other instance was not overwritten');
    assert.equal(aws.proxy.callsOf('ModifyDBInstance').length, 0);
  });

  test('an interrupted restore wait resumes: one restore, two renames', async () => {
    const { input, output, key } = await snapshotThenChange();
    const gate = { open: false };
    const temp = `orders-db-rst-${key}`;
    aws.proxy.scriptRdsStatus(({ kind, id }) => (kind === 'instance' && id === temp && !gate.open ? 'creating' : undefined));
    let polls = 0;
    const first = await runActivity(snapshotUndo, undoInput(input, output), {
      during: (env) => env.on('heartbeat', (d: { stage?: string }) => void (d?.stage === 'restoring' && ++polls === 4 && env.cancel())),
    });
    assert.equal(first.error?.name, 'CancelledFailure');
    assert.equal((first.checkpoint as { stage: string }).stage, 'restoring');
    assert.equal((await instances())[temp]?.storage, 20, 'the restored copy exists, still creating');

    gate.open = true;
    const second = await runActivity(snapshotUndo, undoInput(input, output), { heartbeatDetails: first.checkpoint });
    assert.equal(second.error, undefined, second.error?.message);
    assert.equal(aws.proxy.callsOf('RestoreDBInstanceFromDBSnapshot').length, 1);
    assert.equal(aws.proxy.callsOf('ModifyDBInstance').length, 2);
    assert.equal((await instances())['orders-db'].storage, 20);
  });

  test('a restore interrupted between the two renames finishes without repeating the first', async () => {
    const { input, output, key } = await snapshotThenChange();
    // The second rename keeps failing with 5xx: the attempt ends retryable, after the first rename.
    aws.proxy.fault({ operation: 'ModifyDBInstance', kind: 'server', skip: 1 });
    const first = await runActivity(snapshotUndo, undoInput(input, output));
    assert.equal(first.error?.type, 'AwsServerError');
    assert.notEqual(first.error?.nonRetryable, true);
    assert.equal((first.checkpoint as { stage: string }).stage, 'renaming');
    const mid = await instances();
    assert.ok(!mid['orders-db'] && mid[`orders-db-pre-rollback-${key}`] && mid[`orders-db-rst-${key}`], 'moved aside, not yet renamed');

    aws.proxy.clearFaults();
    // Even without the checkpoint (lost heartbeat), the world says where it stands.
    const second = await runActivity(snapshotUndo, undoInput(input, output), { attempt: 2 });
    assert.equal(second.error, undefined, second.error?.message);
    assert.equal(aws.proxy.callsOf('RestoreDBInstanceFromDBSnapshot').length, 1);
    assert.equal(aws.proxy.callsOf('ModifyDBInstance').length, 2, 'one rename aside, one rename back');
    const all = await instances();
    assert.equal(all['orders-db'].storage, 20);
    assert.equal(Object.keys(all).length, 2);
  });

  test('without restoreOnRollback, or when the step did not finish, the compensation changes nothing', async () => {
    await seedInstance(aws.m, 'orders-db');
    const keep = stepInput('rds.snapshot', 'snap', { instance: 'orders-db', ...fast }, uniqueRunId());
    const run = await runActivity(snapshot, keep);
    const undo = await runActivity(snapshotUndo, undoInput(keep, run.result));
    assert.equal((undo.result as { restored: boolean }).restored, false);
    const restoring = stepInput('rds.snapshot', 'snap', { instance: 'orders-db', restoreOnRollback: true, ...fast }, uniqueRunId());
    const noOutput = await runActivity(snapshotUndo, undoInput(restoring));
    assert.equal((noOutput.result as { restored: boolean }).restored, false);
    assert.equal(aws.proxy.callsOf('RestoreDBInstanceFromDBSnapshot').length, 0);
  });

  test('throttling is absorbed; access denied and a missing instance fail at once, named', async () => {
    await seedInstance(aws.m, 'orders-db');
    aws.proxy.fault({ operation: 'CreateDBSnapshot', kind: 'throttle', times: 2 });
    const ok = await runActivity(snapshot, stepInput('rds.snapshot', 'snap', { instance: 'orders-db', ...fast }, uniqueRunId()));
    assert.equal(ok.error, undefined, ok.error?.message);
    assert.equal(aws.proxy.calls.filter((c) => c.fault === 'throttle').length, 2);

    aws.proxy.fault({ operation: 'CreateDBSnapshot', kind: 'accessDenied' });
    const denied = await runActivity(snapshot, stepInput('rds.snapshot', 'snap', { instance: 'orders-db', ...fast }, uniqueRunId()));
    assert.equal(denied.error?.type, 'AwsAccessDenied');
    assert.equal(denied.error?.nonRetryable, true);
    assert.match(denied.error!.message, /step snap: snapshot RDS instance orders-db as cutover-[0-9a-f]{10}-snap: AccessDenied/);

    const missing = await runActivity(snapshot, stepInput('rds.snapshot', 'snap', { instance: 'ghost-db', ...fast }, uniqueRunId()));
    assert.equal(missing.error?.type, 'AwsNotFound');
    assert.match(missing.error!.message, /RDS instance ghost-db does not exist/);
  });

  test('Aurora: cluster snapshot reused on retry; restore on rollback under the original cluster identifier', async () => {
    await aws.m.rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'ledger', Engine: 'aurora-mysql', MasterUsername: 'admin', MasterUserPassword: 'password123' }));
    await aws.m.rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'ledger-1', DBClusterIdentifier: 'ledger', DBInstanceClass: 'db.r5.large', Engine: 'aurora-mysql' }));
    const runId = uniqueRunId();
    const input = stepInput('rds.snapshot', 'ledger-snap', { cluster: 'ledger', restoreOnRollback: true, ...fast }, runId, 'prepare');
    const first = await runActivity(snapshot, input);
    assert.equal(first.error, undefined, first.error?.message);
    await runActivity(snapshot, input, { attempt: 2 });
    assert.equal(aws.proxy.callsOf('CreateDBClusterSnapshot').length, 1);

    const undo = await runActivity(snapshotUndo, undoInput(input, first.result));
    assert.equal(undo.error, undefined, undo.error?.message);
    const key = runKey(runId);
    const clusters = (await aws.m.rds.send(new DescribeDBClustersCommand({}))).DBClusters ?? [];
    const byId = Object.fromEntries(clusters.map((c) => [c.DBClusterIdentifier!, Object.fromEntries((c.TagList ?? []).map((t) => [t.Key!, t.Value!]))]));
    assert.deepEqual(Object.keys(byId).sort(), ['ledger', `ledger-pre-rollback-${key}`].sort());
    assert.equal(byId.ledger['cutover:restored-from'], (first.result as { snapshot: string }).snapshot);
    assert.deepEqual((undo.result as { instances: string[] }).instances, [`ledger-1-r-${key}`]);
    assert.equal(aws.proxy.callsOf('RestoreDBClusterFromSnapshot').length, 1);
    await runActivity(snapshotUndo, undoInput(input, first.result));
    assert.equal(aws.proxy.callsOf('RestoreDBClusterFromSnapshot').length, 1, 'twice = once');
    assert.equal(aws.proxy.callsOf('ModifyDBCluster').length, 2);
  });
});

describe('rds.snapshot: PostgreSQL engines', () => {
  test('RDS PostgreSQL: one snapshot, and restore on rollback under the original identifier keeps the engine', async () => {
    await aws.m.rds.send(
      new CreateDBInstanceCommand({ DBInstanceIdentifier: 'app-pg', DBInstanceClass: 'db.t3.micro', Engine: 'postgres', EngineVersion: '15.4', AllocatedStorage: 20, MasterUsername: 'cutover', MasterUserPassword: 'password123' }),
    );
    const runId = uniqueRunId();
    const input = stepInput('rds.snapshot', 'pg-snap', { instance: 'app-pg', restoreOnRollback: true, ...fast }, runId, 'prepare');
    const run = await runActivity(snapshot, input);
    assert.equal(run.error, undefined, run.error?.message);
    assert.equal((run.result as { engine: string }).engine, 'postgres');
    await runActivity(snapshot, input, { attempt: 2 });
    assert.equal(aws.proxy.callsOf('CreateDBSnapshot').length, 1);
    await aws.m.rds.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: 'app-pg', AllocatedStorage: 50, ApplyImmediately: true }));

    const undo = await runActivity(snapshotUndo, undoInput(input, run.result));
    assert.equal(undo.error, undefined, undo.error?.message);
    const key = runKey(runId);
    const all = ((await aws.m.rds.send(new DescribeDBInstancesCommand({}))).DBInstances ?? []).filter((i) => i.DBInstanceIdentifier!.startsWith('app-pg'));
    const byId = Object.fromEntries(all.map((i) => [i.DBInstanceIdentifier!, i]));
    assert.deepEqual(Object.keys(byId).sort(), ['app-pg', `app-pg-pre-rollback-${key}`]);
    assert.equal(byId['app-pg'].Engine, 'postgres');
    assert.equal(byId['app-pg'].AllocatedStorage, 20, 'the instance under the original identifier is the snapshot');
    assert.equal(byId[`app-pg-pre-rollback-${key}`].AllocatedStorage, 50);
  });

  test('Aurora PostgreSQL: cluster snapshot and restore keep aurora-postgresql, even when the cluster was deleted before the rollback', async () => {
    for (const name of ['books', 'books-gone']) {
      await aws.m.rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: name, Engine: 'aurora-postgresql', MasterUsername: 'cutover', MasterUserPassword: 'password123' }));
      await aws.m.rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: `${name}-1`, DBClusterIdentifier: name, DBInstanceClass: 'db.r5.large', Engine: 'aurora-postgresql' }));
    }
    const runId = uniqueRunId();
    const key = runKey(runId);
    const clusters = async () => Object.fromEntries(((await aws.m.rds.send(new DescribeDBClustersCommand({}))).DBClusters ?? []).map((c) => [c.DBClusterIdentifier!, c]));

    const input = stepInput('rds.snapshot', 'books-snap', { cluster: 'books', restoreOnRollback: true, ...fast }, runId, 'prepare');
    const first = await runActivity(snapshot, input);
    assert.equal(first.error, undefined, first.error?.message);
    assert.equal((first.result as { engine: string }).engine, 'aurora-postgresql');
    const undo = await runActivity(snapshotUndo, undoInput(input, first.result));
    assert.equal(undo.error, undefined, undo.error?.message);
    let all = await clusters();
    assert.equal(all.books.Engine, 'aurora-postgresql');
    assert.ok(all[`books-pre-rollback-${key}`], 'the pre-rollback cluster is kept aside');
    assert.deepEqual((undo.result as { instances: string[] }).instances, [`books-1-r-${key}`]);

    // A cluster that is gone by the rollback is restored from the snapshot with the snapshot's engine.
    const gone = stepInput('rds.snapshot', 'gone-snap', { cluster: 'books-gone', restoreOnRollback: true, ...fast }, runId, 'prepare');
    const taken = await runActivity(snapshot, gone);
    assert.equal(taken.error, undefined, taken.error?.message);
    await aws.m.rds.send(new DeleteDBInstanceCommand({ DBInstanceIdentifier: 'books-gone-1', SkipFinalSnapshot: true }));
    await aws.m.rds.send(new DeleteDBClusterCommand({ DBClusterIdentifier: 'books-gone', SkipFinalSnapshot: true }));
    const back = await runActivity(snapshotUndo, undoInput(gone, taken.result));
    assert.equal(back.error, undefined, back.error?.message);
    all = await clusters();
    assert.equal(all['books-gone']?.Engine, 'aurora-postgresql');
    const restore = aws.proxy.callsOf('RestoreDBClusterFromSnapshot');
    assert.equal(restore.length, 2);
  });
});
