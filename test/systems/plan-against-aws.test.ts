// `cutover plan --against` for the AWS kinds against moto, through the recording proxy: each
// preview shows what it should (images and counts of a blue/green, a traffic shift's weights, a
// scale, what ensureService, ensureInstance and ensureReplicationGroup would create or find, the
// snapshots there), and the proxy's record proves it: only Describe and List calls were sent.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CreateDBSnapshotCommand } from '@aws-sdk/client-rds';
import { seedAlarm, seedInstance, seedLoadBalancer, seedService, useMoto } from '../helpers/moto';
import { ecWorld, seedGroup } from './elasticache-fixtures';
import { against, changeLines, stepOf } from './plan-against-fixtures';

const aws = useMoto();

/** The proxy's record: every call, and that none of them could change anything. */
function onlyReads(): string[] {
  const ops = aws.proxy.calls.map((c) => c.operation);
  assert.ok(ops.length > 0, 'the previews called AWS');
  const writes = ops.filter((o) => !/^(Describe|List)/.test(o));
  assert.deepEqual(writes, [], `only Describe/List calls, got ${ops.join(', ')}`);
  return ops;
}

describe('plan --against: ECS', () => {
  it('ecs.blueGreen swap: each service with its task definition and image now and after; a missing service and alarm are warnings', async () => {
    await seedService(aws.m, { cluster: 'shop', service: 'api', desiredCount: 2 });
    await seedService(aws.m, { cluster: 'shop', service: 'worker', family: 'worker', image: 'registry.example/worker:7', desiredCount: 1 });
    await seedAlarm(aws.m, 'api-5xx');
    const r = await against({
      steps: [
        {
          id: 'deploy',
          kind: 'ecs.blueGreen',
          cluster: 'shop',
          services: ['api', { service: 'worker', image: 'registry.example/worker:8' }],
          image: 'registry.example/app:2.0.0',
          environment: { MODE: 'green' },
          alarms: ['api-5xx'],
        },
        { id: 'missing', kind: 'ecs.blueGreen', cluster: 'shop', service: 'nope', image: 'x:1', alarms: ['no-such-alarm'] },
      ],
    });
    const d = stepOf(r, 'deploy');
    assert.equal(d.preview!.summary, 'would deploy on cluster shop: api (container app image registry.example/app:1.0.0 → registry.example/app:2.0.0, …); worker (container app image registry.example/worker:7 → registry.example/worker:8, …)');
    const lines = changeLines(d);
    assert.deepEqual(lines.slice(0, 4), [
      'create task definition api:<next revision>: from api:1 (app registry.example/app:1.0.0): container app image registry.example/app:1.0.0 → registry.example/app:2.0.0; container app MODE=blue → green',
      'change service shop/api: api:1 → the new revision; 2 desired, 0 running; back on api:1 on rollback',
      'create task definition worker:<next revision>: from worker:1 (app registry.example/worker:7): container app image registry.example/worker:7 → registry.example/worker:8; container app MODE=blue → green',
      'change service shop/worker: worker:1 → the new revision; 1 desired, 0 running; back on worker:1 on rollback',
    ]);
    assert.match(lines[4], /^read alarm api-5xx: (OK|INSUFFICIENT_DATA) now$/);
    assert.deepEqual(stepOf(r, 'missing').preview!.warnings, [
      'ECS service shop/nope does not exist: the step would fail (AwsNotFound)',
      'CloudWatch alarm no-such-alarm does not exist: the step would fail (AwsNotFound)',
    ]);
    onlyReads();
  });

  it('ecs.blueGreen traffic shift: listener weights now and the canary steps; green gets blue\'s count', async () => {
    const lb = await seedLoadBalancer(aws.m, `lb-${aws.m.account.slice(-6)}`);
    await seedService(aws.m, { cluster: 'shop', service: 'api', desiredCount: 3 });
    await seedService(aws.m, { cluster: 'shop', service: 'api-green', family: 'api', desiredCount: 0 });
    const r = await against({
      steps: [
        {
          id: 'shift',
          kind: 'ecs.blueGreen',
          cluster: 'shop',
          service: 'api',
          image: 'registry.example/app:2.0.0',
          bake: '1m',
          trafficShift: { listener: lb.listener, testListener: lb.testListener, blueTargetGroup: lb.blueTargetGroup, greenTargetGroup: lb.greenTargetGroup, greenService: 'api-green', pattern: { type: 'canary', percent: 10, bake: '5m' } },
        },
      ],
    });
    const s = stepOf(r, 'shift');
    assert.equal(s.preview!.summary, 'would deploy on cluster shop: api → api-green by canary traffic shift');
    const lines = changeLines(s);
    assert.match(lines[0], /^create task definition api:<next revision>: from api:1 .*registry\.example\/app:1\.0\.0 → registry\.example\/app:2\.0\.0$/);
    assert.equal(lines[1], "change service shop/api-green (green): api:2 → the new revision, desired 0 → 3 (blue's count); back on rollback");
    assert.equal(lines[2], 'none service shop/api (blue): stays on api:1, 3 desired, 0 running');
    assert.equal(lines[3], `move test listener traffic: ${lb.testListener}: 0% → 100% green first, for the health checks`);
    assert.equal(lines[4], `move production traffic: ${lb.listener}: 100% blue / 0% green now; green 10% → 100% (canary); all back to blue on rollback`);
    assert.equal(s.preview!.warnings, undefined);
    onlyReads();
  });

  it('ecs.scale and ecs.ensureService: the count now and after; what would be created or is there', async () => {
    await seedService(aws.m, { cluster: 'shop', service: 'api', desiredCount: 2 });
    const r = await against({
      steps: [
        { id: 'up', kind: 'ecs.scale', cluster: 'shop', service: 'api', desiredCount: 5 },
        { id: 'same', kind: 'ecs.scale', cluster: 'shop', service: 'api', desiredCount: 2 },
        { id: 'new', kind: 'ecs.ensureService', cluster: 'fresh', service: 'web', desiredCount: 2, taskDefinition: { family: 'web', containers: [{ name: 'web', image: 'nginx:1.27' }] } },
        { id: 'there', kind: 'ecs.ensureService', cluster: 'shop', service: 'api', taskDefinition: { family: 'api', containers: [{ name: 'app', image: 'x:1' }] } },
      ],
    });
    assert.equal(stepOf(r, 'up').preview!.summary, 'would scale shop/api from 2 to 5 desired');
    assert.deepEqual(changeLines(stepOf(r, 'up')), ['change service shop/api: desired 2 → 5 (0 running now); back to 2 on rollback']);
    assert.deepEqual(changeLines(stepOf(r, 'same')), ['none service shop/api: 2 desired, 0 running']);
    assert.deepEqual(changeLines(stepOf(r, 'new')), [
      'create cluster fresh: deleted again on rollback',
      'create task definition web:1: web nginx:1.27; deregistered on rollback',
      'create service fresh/web: 2 tasks desired; deleted again on rollback',
    ]);
    assert.deepEqual(changeLines(stepOf(r, 'there')), ['none cluster shop: exists', 'none service shop/api: exists on api:1, 2 desired, 0 running; left as it is']);
    onlyReads();
  });
});

describe('plan --against: RDS and ElastiCache', () => {
  it('rds.snapshot, rds.ensureInstance and rds.pruneSnapshots: the instance, its size, cutover\'s snapshots there; create, match or differ', async () => {
    await seedInstance(aws.m, 'orders-db', { storage: 50 });
    for (const n of [1, 2, 3]) {
      await aws.m.rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: `cutover-abc${n}-snap`, Tags: [{ Key: 'cutover:managed', Value: 'true' }] }));
    }
    await aws.m.rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'someone-elses' }));
    const r = await against({
      steps: [
        { id: 'snap', kind: 'rds.snapshot', instance: 'orders-db', restoreOnRollback: true },
        { id: 'nosnap', kind: 'rds.snapshot', instance: 'nowhere-db' },
        { id: 'create', kind: 'rds.ensureInstance', instance: 'reports-db', instanceClass: 'db.t3.small', engine: 'postgres', allocatedStorage: 20 },
        { id: 'match', kind: 'rds.ensureInstance', instance: 'orders-db', instanceClass: 'db.t3.micro', engine: 'mysql', allocatedStorage: 20 },
        { id: 'differ', kind: 'rds.ensureInstance', instance: 'orders-db', instanceClass: 'db.r6g.large', engine: 'mysql', allocatedStorage: 100 },
        { id: 'prune', kind: 'rds.pruneSnapshots', instance: 'orders-db', keep: 1 },
      ],
    });
    const snap = stepOf(r, 'snap');
    assert.match(snap.preview!.summary, /^would take a new snapshot of RDS instance orders-db \(mysql [^,]*, db\.t3\.micro, 50 GiB, available\); 3 snapshots of cutover's own already there, newest cutover-abc\d-snap \(.+\), none reused$/);
    assert.deepEqual(changeLines(snap)[1], 'create snapshot cutover-<run key>-snap: named after the run: a new run takes a new one (a retry of that run reuses it); on rollback the instance is restored from it under its own identifier');
    assert.deepEqual(stepOf(r, 'nosnap').preview!.warnings, ['RDS instance nowhere-db does not exist: the step would fail (AwsNotFound)']);
    assert.deepEqual(changeLines(stepOf(r, 'create')), ['create RDS instance reports-db: postgres, db.t3.small, 20 GiB; deleted on rollback, after a final snapshot']);
    assert.match(changeLines(stepOf(r, 'match'))[0], /^none RDS instance orders-db: mysql .*db\.t3\.micro, 50 GiB, available; not deleted on rollback/);
    assert.deepEqual(stepOf(r, 'differ').preview!.warnings, ['RDS instance orders-db exists but differs: class db.t3.micro, plan says db.r6g.large; storage 50 GiB, plan says at least 100: the step would fail (RdsInstanceMismatch)']);
    const prune = stepOf(r, 'prune');
    assert.equal(prune.preview!.summary, "would delete 2 snapshots of cutover's own of orders-db, keeping the newest 1 (1 other snapshot never touched)");
    assert.deepEqual(prune.preview!.changes.map((c) => c.action), ['none', 'delete', 'delete']);
    onlyReads();
  });

  it('elasticache.ensureReplicationGroup and elasticache.snapshot: create, match or differ; the group a snapshot is of', async () => {
    const ec = await ecWorld(aws.m.account);
    await seedGroup(ec, 'sessions', { nodeType: 'cache.t4g.micro' });
    const r = await against({
      steps: [
        { id: 'create', kind: 'elasticache.ensureReplicationGroup', group: 'carts', nodeType: 'cache.t4g.small', replicas: 1 },
        { id: 'match', kind: 'elasticache.ensureReplicationGroup', group: 'sessions', nodeType: 'cache.t4g.micro', replicas: 0 },
        { id: 'differ', kind: 'elasticache.ensureReplicationGroup', group: 'sessions', nodeType: 'cache.r7g.large' },
        { id: 'snap', kind: 'elasticache.snapshot', group: 'sessions' },
      ],
    });
    assert.deepEqual(changeLines(stepOf(r, 'create')), ['create replication group carts: cache.t4g.small, 1 replica; deleted on rollback']);
    const m = stepOf(r, 'match');
    assert.equal(m.preview!.summary, 'replication group sessions exists and matches the plan: nothing to create');
    assert.match(changeLines(m)[0], /^none replication group sessions: cache\.t4g\.micro, 0 replicas, /);
    assert.match(stepOf(r, 'differ').preview!.warnings![0], /^replication group sessions exists but differs from the plan: node type cache\.t4g\.micro, plan says cache\.r7g\.large: the step would fail/);
    const s = stepOf(r, 'snap');
    assert.match(s.preview!.summary, /^would take a new snapshot of ElastiCache replication group sessions \(cache\.t4g\.micro.*, 0 replicas, available\); no snapshot of cutover's yet$/);
    onlyReads();
  });
});
