// elasticache.snapshot against moto 5.2.1 through the test proxy: one snapshot however often the
// step is retried, with what the group was recorded for a restore; what a rollback could not
// restore refused before anything is made; and the restore on rollback, stage by stage.
//
// moto's limits that shape these tests (see docs/elasticache.md): a deleted group or cluster stays
// `deleting` for ever and its id is never free again, so no single test can run the restore from
// start to end. One test runs it as far as moto lets it (the current group tagged, saved in a
// pre-rollback snapshot that is available before the delete is sent, the delete sent once, then
// waiting for the id until the deadline: moto never frees it); another starts from the world as
// AWS leaves it once the delete is done (the run's snapshot there, the id free) and runs the rest
// (the group created again under its id from the snapshot, with the recorded settings, and the AUTH
// token from the step's reference). moto cannot make that world through a real delete, so the test
// seeds it: a snapshot whose ReplicationGroupId is the group's, taken of a node that names the group.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateSnapshotCommand, DeleteSnapshotCommand } from '@aws-sdk/client-elasticache';
import { runKey } from '../../src/kit/naming';
import { kindDef } from '../../src/registry';
import { kindActivity } from '../helpers/kinds';
import { runActivity, stepInput, undoInput, uniqueRunId, useMoto } from '../helpers/moto';
import { clusters, ecWorld, groups, makeSecret, newToken, runWrapped, seedCluster, seedGroup, seedPrimaryNode, snapshots, tags, type EcWorld } from './elasticache-fixtures';

const snapshot = kindActivity('elasticache.snapshot');
const snapshotUndo = kindActivity('elasticache.snapshot.undo');
const outputs = kindDef('elasticache.snapshot')!.outputs!;

const aws = useMoto();
let w: EcWorld;
const world = async () => (w = await ecWorld(aws.proxy.account));

const fast = { wait: { timeout: '10s', interval: '100ms' } };
const input = (params: Record<string, unknown>, runId = uniqueRunId()) => stepInput('elasticache.snapshot', 'cache-snap', { ...fast, ...params }, runId, 'migrateData');

/** A group with AUTH and its token in a real secret; the snapshot step with restoreOnRollback. */
async function authGroup(runId = uniqueRunId()) {
  const token = newToken();
  const secret = await makeSecret(w, token);
  await seedGroup(w, 'app-cache', { nodeType: 'cache.t4g.small', transit: true, authToken: token, engineVersion: '7.1', subnetGroup: 'cache-private', tags: { team: 'shop' } });
  const step = input({ group: 'app-cache', restoreOnRollback: true, authToken: `\${secret:${secret}#token}` }, runId);
  return { token, secret, step, name: `cutover-${runKey(runId)}-cache-snap` };
}

const orderOf = (ops: string[]) => aws.proxy.calls.filter((c) => !c.fault && ops.includes(c.operation)).map((c) => `${c.operation} ${c.params.SnapshotName ?? c.params.ReplicationGroupId ?? c.params.CacheClusterId ?? ''}`.trim());

describe('elasticache.snapshot', () => {
  test('one snapshot named after the run and step, reused when the step is retried; what the group was is recorded, never the token', async () => {
    await world();
    const { token, step, name } = await authGroup();
    aws.proxy.scriptElastiCacheStatus(({ kind, poll }) => (kind === 'snapshot' && poll < 2 ? 'creating' : undefined));
    const first = await runWrapped(snapshot, step);
    assert.equal(first.error, undefined, first.error?.message);
    assert.ok(first.logs.some((l) => l.startsWith('WARN security groups could not be read')), first.logs.join('\n'));
    const out = outputs.parse(first.result) as { snapshot: string; group: string; settings: Record<string, unknown> };
    assert.equal(out.snapshot, name);
    assert.equal(out.group, 'app-cache');
    assert.deepEqual(out.settings, {
      description: 'seeded app-cache',
      nodeType: 'cache.t4g.small',
      // moto has no node for the group: the version and subnet group come from the snapshot, and no security groups are known.
      engineVersion: '7.1',
      replicas: 0,
      port: 6379,
      subnetGroup: 'cache-private',
      securityGroups: null,
      parameterGroup: null,
      transitEncryption: true,
      atRestEncryption: false,
      authTokenEnabled: true,
      automaticFailover: false,
      tags: { team: 'shop' },
    });
    assert.ok(![JSON.stringify(first.result), JSON.stringify(first.heartbeats), ...first.logs].some((t) => t.includes(token)));

    const second = await runActivity(snapshot, step, { attempt: 2 });
    const third = await runActivity(snapshot, step, { heartbeatDetails: first.checkpoint });
    assert.equal((second.result as { snapshot: string }).snapshot, name);
    assert.equal((third.result as { snapshot: string }).snapshot, name);
    assert.equal(aws.proxy.callsOf('CreateSnapshot').length, 1);
    const snap = (await snapshots(w))[name];
    assert.equal(snap.ReplicationGroupId, 'app-cache');
    assert.deepEqual(await tags(w, snap.ARN!), { 'cutover:run': runKey(step.ctx.runId), 'cutover:step': 'cache-snap', 'cutover:managed': 'true' });
  });

  test('what a rollback could not restore is refused before anything is made', async () => {
    await world();
    const token = newToken();
    await seedGroup(w, 'app-cache', { transit: true, authToken: token });
    const noToken = await runActivity(snapshot, input({ group: 'app-cache', restoreOnRollback: true }));
    assert.equal(noToken.error?.type, 'ElastiCacheAuthTokenNeeded');
    assert.equal(noToken.error?.nonRetryable, true);
    assert.match(noToken.error!.message, /^step cache-snap: ElastiCache replication group app-cache uses an AUTH token, which ElastiCache never reveals: give authToken/);

    const missingSecret = await runActivity(snapshot, input({ group: 'app-cache', restoreOnRollback: true, authToken: '${secret:cache/nobody#token}' }));
    assert.equal(missingSecret.error?.type, 'MissingSecret');

    const ghost = await runActivity(snapshot, input({ group: 'ghost-cache' }));
    assert.equal(ghost.error?.type, 'AwsNotFound');
    assert.match(ghost.error!.message, /^step cache-snap: ElastiCache replication group ghost-cache does not exist$/);

    await seedPrimaryNode(w, 'app-cache', { engineVersion: '7.1' });
    const member = await runActivity(snapshot, input({ cluster: 'app-cache-001' }));
    assert.equal(member.error?.type, 'ElastiCacheUnsupported');
    assert.match(member.error!.message, /cache cluster app-cache-001 is a member of replication group app-cache: snapshot the group \(group: app-cache\)/);
    assert.equal(aws.proxy.callsOf('CreateSnapshot').length, 0);
  });

  test('a snapshot under the run’s name but of something else is refused, not taken for the run’s', async () => {
    await world();
    await seedGroup(w, 'app-cache');
    await seedGroup(w, 'other-cache');
    const runId = uniqueRunId();
    await w.ec.send(new CreateSnapshotCommand({ ReplicationGroupId: 'other-cache', SnapshotName: `cutover-${runKey(runId)}-cache-snap` }));
    const run = await runActivity(snapshot, input({ group: 'app-cache' }, runId));
    assert.equal(run.error?.type, 'ElastiCacheNameCollision');
    assert.match(run.error!.message, /exists but is of other-cache, not app-cache/);
  });

  test('a standalone cache cluster: its own settings recorded, one snapshot on retry', async () => {
    await world();
    await seedCluster(w, 'sessions', { tags: { app: 'web' } });
    const step = input({ cluster: 'sessions', restoreOnRollback: true });
    const first = await runActivity(snapshot, step);
    assert.equal(first.error, undefined, first.error?.message);
    const out = outputs.parse(first.result) as { cluster: string; settings: Record<string, unknown> };
    assert.equal(out.cluster, 'sessions');
    assert.equal(out.settings.nodeType, 'cache.t4g.small');
    assert.equal(out.settings.engineVersion, '7.0');
    assert.equal(out.settings.subnetGroup, 'cache-private');
    assert.deepEqual(out.settings.tags, { app: 'web' });
    await runActivity(snapshot, step, { attempt: 2 });
    assert.equal(aws.proxy.callsOf('CreateSnapshot').length, 1);
    assert.equal((await snapshots(w))[(first.result as { snapshot: string }).snapshot].CacheClusterId, 'sessions');
  });

  test('without restoreOnRollback, or when the step did not finish, the compensation changes nothing', async () => {
    await world();
    await seedGroup(w, 'app-cache');
    const keep = input({ group: 'app-cache' });
    const run = await runActivity(snapshot, keep);
    const undo = await runActivity(snapshotUndo, undoInput(keep, run.result));
    assert.equal((undo.result as { restored: boolean }).restored, false);
    const noOutput = await runActivity(snapshotUndo, undoInput(input({ group: 'app-cache', restoreOnRollback: true })));
    assert.equal((noOutput.result as { restored: boolean }).restored, false);
    assert.deepEqual(orderOf(['AddTagsToResource', 'DeleteReplicationGroup', 'CreateReplicationGroup']), []);
  });
});

describe('elasticache.snapshot restore on rollback', () => {
  test('as far as moto goes: the current group saved in an available pre-rollback snapshot before the delete; then the wait for the id', async () => {
    await world();
    const { step, name } = await authGroup();
    const run = await runActivity(snapshot, { ...step, step: { ...step.step, params: { ...step.step.params, wait: { timeout: '3s', interval: '100ms' } } } });
    assert.equal(run.error, undefined, run.error?.message);
    const undoStep = { ...step, step: { ...step.step, params: { ...step.step.params, wait: { timeout: '2s', interval: '100ms' } } } };
    aws.proxy.scriptElastiCacheStatus(({ kind, id, poll }) => (kind === 'snapshot' && id === `${name}-pre-rollback` && poll < 2 ? 'creating' : undefined));

    const undo = await runActivity(snapshotUndo, undoInput(undoStep, run.result));
    // moto never frees the id of a deleted group: the restore cannot get past this wait here.
    assert.equal(undo.error?.type, 'ElastiCacheWaitTimeout');
    assert.match(undo.error!.message, /^step cache-snap \(restore\): waiting for ElastiCache replication group app-cache to be deleted: not done by the deadline \(last seen: deleting\)$/);
    assert.equal((undo.checkpoint as { stage: string }).stage, 'deleting');

    // Tagged first, saved and available before the delete was sent; the delete sent once.
    assert.deepEqual(orderOf(['AddTagsToResource', 'CreateSnapshot', 'DeleteReplicationGroup', 'CreateReplicationGroup']), [
      `CreateSnapshot ${name}`,
      'AddTagsToResource',
      `CreateSnapshot ${name}-pre-rollback`,
      'DeleteReplicationGroup app-cache',
    ]);
    const snapDescribes = aws.proxy.calls.filter((c) => c.operation === 'DescribeSnapshots' && c.params.SnapshotName === `${name}-pre-rollback`);
    const deleteAt = aws.proxy.calls.findIndex((c) => c.operation === 'DeleteReplicationGroup');
    assert.ok(snapDescribes.filter((c) => aws.proxy.calls.indexOf(c) < deleteAt).length >= 3, 'the pre-rollback snapshot was waited for (creating, creating, available) before the delete');
    const saved = (await snapshots(w))[`${name}-pre-rollback`];
    assert.equal(saved.ReplicationGroupId, 'app-cache');
    assert.equal(saved.SnapshotStatus, 'available');
    const g = (await groups(w))['app-cache'];
    assert.equal(g.Status, 'deleting');
    assert.equal((await tags(w, g.ARN!))['cutover:replacing'], runKey(step.ctx.runId));

    // A retry (with the checkpoint, or without) saves nothing again and deletes nothing again.
    await runActivity(snapshotUndo, undoInput(undoStep, run.result), { heartbeatDetails: undo.checkpoint });
    await runActivity(snapshotUndo, undoInput({ ...undoStep, step: { ...undoStep.step, params: { ...undoStep.step.params, wait: { timeout: '300ms', interval: '100ms' } } } }, run.result), { attempt: 3 });
    assert.equal(aws.proxy.callsOf('CreateSnapshot').filter((c) => c.params.SnapshotName === `${name}-pre-rollback`).length, 1);
    assert.equal(aws.proxy.callsOf('DeleteReplicationGroup').length, 1);
    assert.equal(aws.proxy.callsOf('CreateReplicationGroup').length, 0);
  });

  test('from where AWS is once the delete is done: the group created again under its id from the run’s snapshot, with its settings and token', async () => {
    await world();
    const runId = uniqueRunId();
    const token = newToken();
    const secret = await makeSecret(w, token);
    const name = `cutover-${runKey(runId)}-cache-snap`;
    // The world after the delete: the run's snapshot of app-cache is there, the id is free (see the file's header).
    await seedPrimaryNode(w, 'app-cache', { engineVersion: '7.1', subnetGroup: 'cache-private' });
    await w.ec.send(new CreateSnapshotCommand({ CacheClusterId: 'app-cache-001', SnapshotName: name }));
    assert.equal((await snapshots(w))[name].ReplicationGroupId, 'app-cache');
    assert.equal((await groups(w))['app-cache'], undefined);
    const step = input({ group: 'app-cache', restoreOnRollback: true, authToken: `\${secret:${secret}#token}` }, runId);
    // The snapshot step's output as it recorded the group (the shape is the kind's declared one).
    const output = outputs.parse({
      group: 'app-cache',
      snapshot: name,
      snapshotArn: (await snapshots(w))[name].ARN,
      restoreOnRollback: true,
      settings: {
        description: 'sessions and carts',
        nodeType: 'cache.t4g.small',
        engineVersion: '7.1.0',
        replicas: 1,
        port: 6380,
        subnetGroup: 'cache-private',
        securityGroups: ['sg-0a1b2c'],
        parameterGroup: 'default.redis7',
        transitEncryption: true,
        atRestEncryption: true,
        authTokenEnabled: true,
        automaticFailover: true,
        tags: { team: 'shop' },
      },
    }) as Record<string, unknown>;

    // The restored group is `creating` a while: the wait is interrupted once and resumed.
    const gate = { open: false };
    aws.proxy.scriptElastiCacheStatus(({ kind, id }) => (kind === 'group' && id === 'app-cache' && !gate.open ? 'creating' : undefined));
    const cut = await runWrapped(snapshotUndo, undoInput(step, output), {
      during: (env) => env.on('heartbeat', (d: { stage?: string }) => void (d?.stage === 'creating' && aws.proxy.callsOf('CreateReplicationGroup').length && env.cancel())),
    });
    assert.equal(cut.error?.name, 'CancelledFailure');
    assert.equal((cut.checkpoint as { stage: string }).stage, 'creating');
    gate.open = true;
    const undo = await runWrapped(snapshotUndo, undoInput(step, output), { heartbeatDetails: cut.checkpoint, attempt: 2 });
    assert.equal(undo.error, undefined, undo.error?.message);
    const r = undo.result as Record<string, unknown>;
    assert.equal(r.restored, true);
    assert.equal(r.group, 'app-cache');
    assert.equal(r.restoredFrom, name);
    assert.equal(r.preRollbackSnapshot, null, 'there was no group left to save');
    assert.match(String(r.endpoint), /^master\.app-cache\./);

    const [create, ...more] = aws.proxy.callsOf('CreateReplicationGroup');
    assert.deepEqual(more, [], 'created once');
    const p = create.params as Record<string, string>;
    assert.equal(p.ReplicationGroupId, 'app-cache');
    assert.equal(p.SnapshotName, name);
    assert.equal(p.CacheNodeType, 'cache.t4g.small');
    assert.equal(p.EngineVersion, '7.1', 'major.minor, as ElastiCache takes it');
    assert.equal(p.NumCacheClusters, '2');
    assert.equal(p.AutomaticFailoverEnabled, 'true');
    assert.equal(p.Port, '6380');
    assert.equal(p.CacheSubnetGroupName, 'cache-private');
    assert.equal(p['SecurityGroupIds.SecurityGroupId.1'], 'sg-0a1b2c');
    assert.equal(p.CacheParameterGroupName, undefined, 'a default parameter group is left to ElastiCache');
    assert.equal(p.TransitEncryptionEnabled, 'true');
    assert.equal(p.AtRestEncryptionEnabled, 'true');
    assert.equal(p.AuthToken, token, 'the token from the step’s reference');
    const seen = [JSON.stringify(undo.result), JSON.stringify(cut.heartbeats), JSON.stringify(undo.heartbeats), ...cut.logs, ...undo.logs];
    assert.ok(cut.logs.length && !seen.some((t) => t.includes(token)), 'the token is in no output, checkpoint or log line');

    const g = (await groups(w))['app-cache'];
    assert.equal(g.Status, 'available');
    assert.equal(g.AuthTokenEnabled, true);
    assert.deepEqual(await tags(w, g.ARN!), { team: 'shop', 'cutover:run': runKey(runId), 'cutover:step': 'cache-snap', 'cutover:restored-from': name });

    // Twice = once.
    const again = await runActivity(snapshotUndo, undoInput(step, output));
    assert.equal(again.error, undefined, again.error?.message);
    assert.equal(aws.proxy.callsOf('CreateReplicationGroup').length, 1);
    assert.equal(aws.proxy.callsOf('DeleteReplicationGroup').length, 0, 'a group this rollback restored is never deleted');
  });

  test('a group under the id that this rollback neither replaced nor created is never deleted', async () => {
    await world();
    const { step } = await authGroup();
    const run = await runActivity(snapshot, step);
    assert.equal(run.error, undefined, run.error?.message);
    // The checkpoint says this rollback already deleted the group it replaced; the one there now is someone else's.
    const undo = await runActivity(snapshotUndo, undoInput(step, run.result), { heartbeatDetails: { stage: 'creating', deadline: Date.now() + 10_000 } });
    assert.equal(undo.error?.type, 'ElastiCacheIdentifierCollision');
    assert.equal(undo.error?.nonRetryable, true);
    assert.match(undo.error!.message, /^step cache-snap \(restore\): ElastiCache replication group app-cache was created again while this rollback was replacing it; left as it is$/);
    assert.deepEqual(orderOf(['AddTagsToResource', 'DeleteReplicationGroup', 'CreateReplicationGroup']), []);
    assert.equal((await groups(w))['app-cache'].Status, 'available');
  });

  test('the run’s snapshot gone: nothing to restore from, the group left as it is', async () => {
    await world();
    const { step, name } = await authGroup();
    const run = await runActivity(snapshot, step);
    await w.ec.send(new DeleteSnapshotCommand({ SnapshotName: name }));
    const undo = await runActivity(snapshotUndo, undoInput(step, run.result));
    assert.equal(undo.error?.type, 'ElastiCacheSnapshotMissing');
    assert.match(undo.error!.message, new RegExp(`snapshot ${name} no longer exists: nothing to restore from; ElastiCache replication group app-cache left as it is`));
    assert.deepEqual(orderOf(['AddTagsToResource', 'CreateSnapshot', 'DeleteReplicationGroup']), [`CreateSnapshot ${name}`]);
  });

  test('a cache cluster: saved in a pre-rollback snapshot, then deleted (moto keeps it deleting, as for groups)', async () => {
    await world();
    await seedCluster(w, 'sessions');
    const runId = uniqueRunId();
    const name = `cutover-${runKey(runId)}-cache-snap`;
    const step = input({ cluster: 'sessions', restoreOnRollback: true, wait: { timeout: '1s', interval: '100ms' } }, runId);
    const run = await runActivity(snapshot, step);
    assert.equal(run.error, undefined, run.error?.message);
    const undo = await runActivity(snapshotUndo, undoInput(step, run.result));
    assert.equal(undo.error?.type, 'ElastiCacheWaitTimeout');
    assert.match(undo.error!.message, /waiting for ElastiCache cache cluster sessions to be deleted: not done by the deadline \(last seen: deleting\)/);
    assert.deepEqual(orderOf(['AddTagsToResource', 'CreateSnapshot', 'DeleteCacheCluster', 'CreateCacheCluster']), [
      `CreateSnapshot ${name}`,
      'AddTagsToResource',
      `CreateSnapshot ${name}-pre-rollback`,
      'DeleteCacheCluster sessions',
    ]);
    assert.equal((await snapshots(w))[`${name}-pre-rollback`].CacheClusterId, 'sessions');
    assert.equal((await clusters(w)).sessions.CacheClusterStatus, 'deleting');
  });
});
