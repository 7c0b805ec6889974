// elasticache.ensureReplicationGroup against moto 5.2.1 through the test proxy: create or verify,
// a group that differs refused with its fields named, the compensation deleting only a group this
// run created, a retry creating nothing twice, a wait interrupted and resumed from its checkpoint,
// and the AUTH token (a real secret in moto's Secrets Manager) sent to ElastiCache but never in the
// output, the checkpoints, the failures or the step's log lines.
//
// moto's limits that shape these assertions (see docs/elasticache.md):
//   - a group created with NumCacheClusters = N reports one member: replicas are checked in the
//     request the step sent, not in what moto reports;
//   - every group is `available` at once, and a deleted group stays `deleting` for ever: the proxy
//     scripts `creating` and the end of a deletion (a not-found answer), as AWS would answer;
//   - a group's member clusters do not exist as cache clusters, so the node's engine version and
//     subnet group are only there when a test seeds the node; security groups are never reported.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeReplicationGroupsCommand } from '@aws-sdk/client-elasticache';
import { runKey } from '../../src/kit/naming';
import { familyOfKind, kindDef } from '../../src/registry';
import { kindActivity } from '../helpers/kinds';
import { runActivity, stepInput, undoInput, uniqueRunId, useMoto } from '../helpers/moto';
import { ecWorld, groups, makeSecret, newToken, runWrapped, seedGroup, seedPrimaryNode, tags, type EcWorld } from './elasticache-fixtures';

const ensure = kindActivity('elasticache.ensureReplicationGroup');
const ensureUndo = kindActivity('elasticache.ensureReplicationGroup.undo');
const outputs = kindDef('elasticache.ensureReplicationGroup')!.outputs!;

const aws = useMoto();
let w: EcWorld;
const world = async () => (w = await ecWorld(aws.proxy.account));

const fast = { wait: { timeout: '10s', interval: '100ms' } };
const params = (extra: Record<string, unknown> = {}) => ({ group: 'app-cache', nodeType: 'cache.t4g.micro', engineVersion: '7.1', ...fast, ...extra });
const input = (extra: Record<string, unknown> = {}, runId = uniqueRunId()) => stepInput('elasticache.ensureReplicationGroup', 'cache', params(extra), runId, 'provisionBase');

/** Cancels the step (as a dying worker's attempt ends) at its `n`-th heartbeat. */
const interruptAt = (n: number) => {
  let beats = 0;
  return { during: (env: { on: (e: string, f: () => void) => void; cancel: () => void }) => env.on('heartbeat', () => void (++beats === n && env.cancel())) };
};

describe('elasticache.ensureReplicationGroup', () => {
  test('creates a missing group once, tagged with the run; the outputs are the declared ones', async () => {
    await world();
    const runId = uniqueRunId();
    const step = input({ replicas: 0 }, runId);
    const first = await runActivity(ensure, step);
    assert.equal(first.error, undefined, first.error?.message);
    const out = outputs.parse(first.result) as Record<string, unknown>;
    assert.equal(out.created, true);
    assert.equal(out.group, 'app-cache');
    assert.match(String(out.primaryEndpoint), /^master\.app-cache\.[a-z0-9]+\.use1\.cache\.amazonaws\.com$/);
    assert.equal(out.port, 6379);
    assert.deepEqual(out.members, ['app-cache-001']);
    assert.deepEqual(out.unverified, []);

    const g = (await groups(w))['app-cache'];
    assert.equal(g.Status, 'available');
    assert.deepEqual(await tags(w, g.ARN!), { 'cutover:run': runKey(runId), 'cutover:step': 'cache' });
    const [call] = aws.proxy.callsOf('CreateReplicationGroup');
    assert.equal(call.params.NumCacheClusters, '1');
    assert.equal(call.params.EngineVersion, '7.1');
    assert.equal(call.params.CacheNodeType, 'cache.t4g.micro');

    // Retried (a lost answer, a second attempt): the tags say it is this run's, nothing is created again.
    const again = await runActivity(ensure, step, { attempt: 2 });
    assert.equal(again.error, undefined, again.error?.message);
    assert.equal((again.result as { created: boolean }).created, true);
    assert.equal(aws.proxy.callsOf('CreateReplicationGroup').length, 1);
  });

  test('replicas, subnet group, security groups and TLS go into the request (moto reports one member whatever was asked)', async () => {
    await world();
    const step = input({ replicas: 2, subnetGroup: 'cache-private', securityGroups: ['sg-0a1b2c'], transitEncryption: true });
    const run = await runActivity(ensure, step);
    assert.equal(run.error, undefined, run.error?.message);
    const [call] = aws.proxy.callsOf('CreateReplicationGroup');
    assert.equal(call.params.NumCacheClusters, '3', 'the primary and two replicas');
    assert.equal(call.params.AutomaticFailoverEnabled, 'true', 'on by default with replicas');
    assert.equal(call.params.CacheSubnetGroupName, 'cache-private');
    assert.equal(call.params['SecurityGroupIds.SecurityGroupId.1'], 'sg-0a1b2c');
    assert.equal(call.params.TransitEncryptionEnabled, 'true');
    const out = run.result as { replicas: number; transitEncryption: boolean };
    // moto's limit: a group created with 3 clusters reports 1 member, so 0 replicas.
    assert.equal(out.replicas, 0);
    assert.equal(out.transitEncryption, true);
    // A retry does not compare its own group with the plan (moto's count would refuse it): its tags say it is this step's.
    const again = await runActivity(ensure, step, { attempt: 2 });
    assert.equal(again.error, undefined, again.error?.message);
    assert.equal(aws.proxy.callsOf('CreateReplicationGroup').length, 1);
  });

  test('an existing group that matches is verified, not created, and the compensation leaves it', async () => {
    await world();
    const secret = await makeSecret(w, newToken());
    await seedGroup(w, 'app-cache', { transit: true, authToken: newToken(), tags: { team: 'shop' } });
    // Only fields the group itself reports (the version is its node's: see the next tests).
    const step = input({ engineVersion: undefined, replicas: 0, transitEncryption: true, authToken: `\${secret:${secret}#token}` });
    const run = await runActivity(ensure, step);
    assert.equal(run.error, undefined, run.error?.message);
    const out = run.result as { created: boolean; authTokenEnabled: boolean; unverified: string[] };
    assert.equal(out.created, false);
    assert.equal(out.authTokenEnabled, true);
    assert.deepEqual(out.unverified, []);
    assert.equal(aws.proxy.callsOf('CreateReplicationGroup').length, 0);

    const undo = await runActivity(ensureUndo, undoInput(step, run.result));
    assert.equal(undo.error, undefined, undo.error?.message);
    assert.equal((undo.result as { deleted: boolean }).deleted, false);
    assert.equal((await groups(w))['app-cache'].Status, 'available');
    assert.equal(aws.proxy.callsOf('DeleteReplicationGroup').length, 0);
  });

  test('an existing group that differs is refused, non-retryable, naming every field', async () => {
    await world();
    const secret = await makeSecret(w, newToken());
    await seedGroup(w, 'app-cache', { nodeType: 'cache.t4g.micro' });
    const run = await runActivity(ensure, input({ nodeType: 'cache.m6g.large', replicas: 2, transitEncryption: true, authToken: `\${secret:${secret}#token}` }));
    assert.equal(run.error?.type, 'ElastiCacheGroupMismatch');
    assert.equal(run.error?.nonRetryable, true);
    assert.match(
      run.error!.message,
      /^step cache: ElastiCache replication group app-cache exists but differs from the plan: node type cache\.t4g\.micro, plan says cache\.m6g\.large; replicas 0, plan says 2; transit encryption off, plan says on; AUTH off, plan gives an authToken \(cutover does not modify an existing group\)$/,
    );
    assert.equal(aws.proxy.callsOf('CreateReplicationGroup').length, 0);
  });

  test("the version and subnet group are the primary node's; moto reports no security groups, so those stay unverified", async () => {
    await world();
    await seedGroup(w, 'app-cache', { engineVersion: '6.2', subnetGroup: 'old-subnets' });
    // Without the node (moto has none for a group's members) the fields cannot be compared: said so, not assumed.
    const blind = await runWrapped(ensure, input({ engineVersion: '7.1', subnetGroup: 'new-subnets' }));
    assert.equal(blind.error, undefined, blind.error?.message);
    assert.deepEqual((blind.result as { unverified: string[] }).unverified, ['engineVersion', 'subnetGroup']);
    assert.ok(blind.logs.some((l) => l.startsWith('WARN existing replication group: fields not verified') && l.includes('engineVersion')), blind.logs.join('\n'));

    await seedPrimaryNode(w, 'app-cache', { engineVersion: '6.2', subnetGroup: 'old-subnets' });
    const differs = await runActivity(ensure, input({ engineVersion: '7.1', subnetGroup: 'new-subnets', securityGroups: ['sg-0a1b2c'] }));
    assert.equal(differs.error?.type, 'ElastiCacheGroupMismatch');
    assert.match(differs.error!.message, /differs from the plan: engine version 6\.2, plan says 7\.1; subnet group old-subnets, plan says new-subnets \(/);

    const same = await runActivity(ensure, input({ engineVersion: '6.x', subnetGroup: 'old-subnets', securityGroups: ['sg-0a1b2c'] }));
    assert.equal(same.error, undefined, same.error?.message);
    assert.deepEqual((same.result as { unverified: string[] }).unverified, ['securityGroups']);
    assert.equal((same.result as { engineVersion: string }).engineVersion, '6.2');
  });

  test('the compensation deletes only a group this run created, and waits until it is gone', async () => {
    await world();
    await seedGroup(w, 'other-cache');
    const runId = uniqueRunId();
    const step = input({}, runId);
    assert.equal((await runActivity(ensure, step)).error, undefined);

    // Another run with the same plan did not create it: its compensation leaves it.
    const otherRun = await runActivity(ensureUndo, undoInput(input({})));
    assert.match((otherRun.result as { reason: string }).reason, /was not created by this run/);
    assert.equal(aws.proxy.callsOf('DeleteReplicationGroup').length, 0);

    // moto keeps a deleted group `deleting` for ever; here it is gone after two more polls, as on AWS.
    let deletingPolls = 0;
    aws.proxy.scriptElastiCacheStatus(({ kind, id, status }) => (kind === 'group' && id === 'app-cache' && status === 'deleting' && ++deletingPolls > 2 ? 'gone' : undefined));
    // No output: the step was interrupted; the tags decide.
    const undo = await runActivity(ensureUndo, undoInput(step));
    assert.equal(undo.error, undefined, undo.error?.message);
    assert.deepEqual(undo.result, { deleted: true, group: 'app-cache' });
    const deletes = aws.proxy.callsOf('DeleteReplicationGroup');
    assert.deepEqual(
      deletes.map((d) => d.params.ReplicationGroupId),
      ['app-cache'],
    );
    assert.ok(deletingPolls >= 3, 'the compensation waited while the group was deleting');
    // moto's own state: the group this run created is being deleted, the other one untouched.
    const direct = Object.fromEntries(((await w.ec.send(new DescribeReplicationGroupsCommand({}))).ReplicationGroups ?? []).map((g) => [g.ReplicationGroupId, g.Status]));
    assert.deepEqual(direct, { 'app-cache': 'deleting', 'other-cache': 'available' });

    // Twice = once.
    const again = await runActivity(ensureUndo, undoInput(step));
    assert.equal((again.result as { deleted: boolean }).deleted, false);
    assert.equal(aws.proxy.callsOf('DeleteReplicationGroup').length, 1);
  });

  test('a wait interrupted by a dying worker resumes from its checkpoint: one group, the same deadline', async () => {
    await world();
    const gate = { open: false };
    aws.proxy.scriptElastiCacheStatus(({ kind, id }) => (kind === 'group' && id === 'app-cache' && !gate.open ? 'creating' : undefined));
    const step = input();
    const first = await runActivity(ensure, step, interruptAt(4));
    assert.equal(first.error?.name, 'CancelledFailure');
    const cp = first.checkpoint as { deadline: number };
    assert.ok(cp.deadline > Date.now(), 'the checkpoint holds the wait’s deadline');
    assert.equal((await groups(w))['app-cache']?.ReplicationGroupId, 'app-cache', 'created before the wait');

    // The next attempt takes the wait over with the checkpoint, while the group is still creating.
    let resumed = 0;
    const second = await runActivity(ensure, step, {
      heartbeatDetails: cp,
      during: (env) => env.on('heartbeat', () => void (++resumed === 3 && (gate.open = true))),
    });
    assert.equal(second.error, undefined, second.error?.message);
    assert.equal((second.result as { created: boolean }).created, true);
    assert.equal((second.checkpoint as { deadline: number }).deadline, cp.deadline, 'the first attempt’s deadline');
    assert.equal(aws.proxy.callsOf('CreateReplicationGroup').length, 1);

    // A third attempt with the checkpoint lost reads the world and creates nothing either.
    const third = await runActivity(ensure, step, { attempt: 3 });
    assert.equal(third.error, undefined, third.error?.message);
    assert.equal(aws.proxy.callsOf('CreateReplicationGroup').length, 1);
  });

  test('a group that failed to create, or is being deleted, fails for good', async () => {
    await world();
    aws.proxy.scriptElastiCacheStatus(({ kind }) => (kind === 'group' ? 'create-failed' : undefined));
    const failed = await runActivity(ensure, input());
    assert.equal(failed.error?.type, 'ElastiCacheGroupFailed');
    assert.equal(failed.error?.nonRetryable, true);
    assert.match(failed.error!.message, /^step cache: ElastiCache replication group app-cache is create-failed$/);

    aws.proxy.scriptElastiCacheStatus(({ kind }) => (kind === 'group' ? 'deleting' : undefined));
    await seedGroup(w, 'old-cache');
    const deleting = await runActivity(ensure, input({ group: 'old-cache' }));
    assert.equal(deleting.error?.type, 'ElastiCacheGroupDeleting');
  });

  test('throttling is absorbed; access denied fails at once, naming the group', async () => {
    await world();
    aws.proxy.fault({ operation: 'DescribeReplicationGroups', kind: 'throttle', times: 2 });
    aws.proxy.fault({ operation: 'CreateReplicationGroup', kind: 'throttle', times: 1 });
    const ok = await runActivity(ensure, input());
    assert.equal(ok.error, undefined, ok.error?.message);
    assert.equal(aws.proxy.calls.filter((c) => c.fault === 'throttle').length, 3);
    assert.equal(aws.proxy.callsOf('CreateReplicationGroup').length, 1);

    aws.proxy.fault({ operation: 'CreateReplicationGroup', kind: 'accessDenied' });
    const denied = await runActivity(ensure, input({ group: 'denied-cache' }));
    assert.equal(denied.error?.type, 'AwsAccessDenied');
    assert.equal(denied.error?.nonRetryable, true);
    assert.match(denied.error!.message, /^step cache: create ElastiCache replication group denied-cache: AccessDenied: .*\(access denied\)$/);
  });
});

describe('elasticache.ensureReplicationGroup AUTH token', () => {
  const leaks = (token: string, r: { result?: unknown; error?: Error; heartbeats: unknown[]; logs: string[] }) =>
    [
      JSON.stringify(r.result ?? null).includes(token) && 'output',
      r.error && `${r.error.message}\n${r.error.stack}\n${JSON.stringify(r.error)}`.includes(token) && 'failure',
      JSON.stringify(r.heartbeats).includes(token) && 'checkpoints',
      r.logs.some((l) => l.includes(token)) && 'logs',
    ].filter(Boolean);

  test('resolved on the worker from Secrets Manager and sent to ElastiCache; never in the output, checkpoints or logs', async () => {
    await world();
    const token = newToken();
    const secret = await makeSecret(w, token);
    const step = input({ transitEncryption: true, authToken: `\${secret:${secret}#token}` });
    const run = await runWrapped(ensure, step);
    assert.equal(run.error, undefined, run.error?.message);
    // The token really was resolved and used (so the checks below can fail).
    assert.equal(aws.proxy.callsOf('CreateReplicationGroup')[0].params.AuthToken, token);
    assert.equal(aws.proxy.callsOf('GetSecretValue').length, 1);
    assert.equal((run.result as { authTokenEnabled: boolean }).authTokenEnabled, true);
    assert.ok(run.logs.length > 0 && run.heartbeats.length > 0);
    assert.deepEqual(leaks(token, run), []);
  });

  test('never in a failure: AWS refusing the create, a token ElastiCache would refuse, a missing secret', async () => {
    await world();
    const token = newToken();
    const secret = await makeSecret(w, token);
    aws.proxy.fault({ operation: 'CreateReplicationGroup', kind: 'server' });
    const refused = await runWrapped(ensure, input({ authToken: `\${secret:${secret}#token}` }));
    assert.equal(refused.error?.type, 'AwsServerError');
    assert.equal(aws.proxy.calls.filter((c) => c.operation === 'CreateReplicationGroup' && c.params.AuthToken === token).length > 0, true, 'the token was sent');
    assert.deepEqual(leaks(token, refused), []);
    assert.ok(refused.logs.some((l) => l.startsWith('WARN step attempt failed')), refused.logs.join('\n'));
    aws.proxy.clearFaults();

    const bad = 'short/"@token';
    const badSecret = await makeSecret(w, bad);
    const invalid = await runWrapped(ensure, input({ group: 'bad-cache', authToken: `\${secret:${badSecret}#token}` }));
    assert.equal(invalid.error?.type, 'ElastiCacheAuthToken');
    assert.equal(invalid.error?.nonRetryable, true);
    assert.match(invalid.error!.message, new RegExp(`^step cache: authToken \\(from \\$\\{secret:${badSecret}#token\\}\\) is not a token ElastiCache accepts: it must be 16 to 128 characters`));
    assert.deepEqual(leaks(bad, invalid), []);
    assert.equal(aws.proxy.calls.filter((c) => c.operation === 'CreateReplicationGroup' && c.params.ReplicationGroupId === 'bad-cache').length, 0, 'nothing sent');

    const missing = await runWrapped(ensure, input({ group: 'lost-cache', authToken: '${secret:cache/does-not-exist#token}' }));
    assert.equal(missing.error?.type, 'MissingSecret');
    assert.match(missing.error!.message, /secret cache\/does-not-exist does not exist/);
  });
});

describe('cutover doctor for ElastiCache steps', () => {
  test('the family probe describes replication groups with the worker’s AWS settings; access denied is an error', async () => {
    await world();
    await seedGroup(w, 'app-cache');
    const doctor = familyOfKind('elasticache.snapshot')?.doctor;
    assert.equal(doctor?.label, 'aws elasticache');
    assert.match(await doctor!.probe(), /^region us-east-1 via http:\/\/127\.0\.0\.1:\d+; ElastiCache answers \(1 replication group\(s\)\)$/);
    assert.equal(aws.proxy.callsOf('DescribeReplicationGroups').length, 1, 'one read-only call');
    aws.proxy.fault({ operation: 'DescribeReplicationGroups', kind: 'accessDenied' });
    await assert.rejects(doctor!.probe(), /not authorized/);
  });
});
