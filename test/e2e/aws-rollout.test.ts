// The AWS rollout of issue 3 end to end: `rds.snapshot` (restored on rollback) → `mysql.migrate` →
// `ecs.blueGreen`, run through the built CLI by a real `cutover worker` process whose AWS SDK talks
// to moto through the test proxy (AWS_ENDPOINT_URL), on a throwaway MariaDB database. Outcomes are
// read back from moto and MariaDB, and from the calls the proxy saw, not from cutover's report.
//
// What tells the instances apart in moto (it gives a restored instance the original's
// DbiResourceId): the creation time, and the storage size, which the test changes on the live
// instance after the snapshot, so the instance built from the snapshot has the old size.
import { afterEach, after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { DescribeTaskDefinitionCommand, ListTaskDefinitionsCommand } from '@aws-sdk/client-ecs';
import { DescribeDBInstancesCommand, DescribeDBSnapshotsCommand, ModifyDBInstanceCommand, type DBInstance } from '@aws-sdk/client-rds';
import { runKey } from '../../src/kit/naming';
import { until } from '../helpers/poll';
import { untilCheckpoint } from '../helpers/temporal';
import type { AwsCall, AwsProxy } from '../helpers/aws-proxy';
import { cli, startWorkerProcess, stopProcess, type CliResult } from '../helpers/cli';
import { healthEndpoint, motoClients, seedInstance, seedService, serviceNow, startAwsProxy, type MotoClients } from '../helpers/moto';
import { tempDatabase, type TempDatabase } from '../helpers/mysql';
import { stackEnv } from '../helpers/stack';

const PLAN = path.join(__dirname, 'fixtures/aws/snapshot-migrate-swap.yaml');
const DB = 'shop-db';
const SEEDED_STORAGE = 20;
const LATER_STORAGE = 30;

type Worker = Awaited<ReturnType<typeof startWorkerProcess>>;

let proxy: AwsProxy;
let health: Awaited<ReturnType<typeof healthEndpoint>>;
let m: MotoClients;
let db: TempDatabase;
let blue: string;
let original: DBInstance;
let env: Record<string, string>;
let workers: Worker[] = [];

before(async () => {
  proxy = await startAwsProxy();
  health = await healthEndpoint();
});
after(async () => {
  await proxy?.close();
  await health?.close();
});

beforeEach(async () => {
  db = await tempDatabase('awsroll');
  m = await motoClients(proxy.newAccount());
  health.healthy = true;
  original = await seedInstance(m, DB, { storage: SEEDED_STORAGE, tags: { app: 'shop' } });
  blue = await seedService(m, { cluster: 'shop', service: 'api' });
  const stack = stackEnv();
  env = {
    TEMPORAL_TASK_QUEUE: `aws-rollout-${randomUUID()}`,
    AWS_ENDPOINT_URL: proxy.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: stack.AWS_ACCESS_KEY_ID ?? 'testing',
    AWS_SECRET_ACCESS_KEY: stack.AWS_SECRET_ACCESS_KEY ?? 'testing',
    E2E_DATABASE_URL: db.url,
    E2E_APP_URL: health.url,
  };
  workers = [await startWorkerProcess(env)];
});
afterEach(async () => {
  for (const w of workers) await stopProcess(w, 'SIGKILL');
  await db?.drop();
});


/** Starts the plan in the background (`--wait`); `ended()` gives its output once it is over. */
function startWaiting(id: string) {
  let result: CliResult | undefined;
  const done = cli(['start', PLAN, '--wait', '--id', id], env).then((r) => (result = r));
  return { done, ended: () => (result ? `exit ${result.code}\n${result.stdout}\n${result.stderr}` : undefined) };
}

async function startDetached(id: string): Promise<{ workflowId: string; runId: string }> {
  const r = await cli(['start', PLAN, '--id', id, '--json'], env);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}

async function runIdOf(workflowId: string): Promise<string> {
  const r = await cli(['status', workflowId, '--json'], env);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout).runId;
}

/** Every RDS instance of the test's account, by identifier. */
async function instances(): Promise<Record<string, DBInstance>> {
  const r = await m.rds.send(new DescribeDBInstancesCommand({}));
  return Object.fromEntries((r.DBInstances ?? []).map((i) => [i.DBInstanceIdentifier!, i]));
}

const tagsOf = (i: DBInstance) => Object.fromEntries((i.TagList ?? []).map((t) => [t.Key!, t.Value!]));

/** Manual snapshots of the database (moto also keeps an automated one from its creation). */
async function snapshotsOfDb(): Promise<string[]> {
  const r = await m.rds.send(new DescribeDBSnapshotsCommand({ DBInstanceIdentifier: DB, SnapshotType: 'manual' }));
  return (r.DBSnapshots ?? []).map((s) => s.DBSnapshotIdentifier!).sort();
}

/** The task definition ARNs of the service's family in moto, oldest first. */
async function taskDefinitions(): Promise<string[]> {
  const r = await m.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: 'api' }));
  return (r.taskDefinitionArns ?? []).sort((a, b) => Number(a.split(':').pop()) - Number(b.split(':').pop()));
}

/** The live instance changes after the snapshot (as a migration's data would). */
async function growLiveInstance(): Promise<void> {
  await m.rds.send(new ModifyDBInstanceCommand({ DBInstanceIdentifier: DB, AllocatedStorage: LATER_STORAGE, ApplyImmediately: true }));
  assert.equal((await instances())[DB].AllocatedStorage, LATER_STORAGE);
}

/** The database as the rollback must leave it: restored from the run's snapshot under its own name, the replaced one aside. */
async function assertDatabaseRestored(key: string): Promise<void> {
  const snapshot = `cutover-${key}-db-snapshot`;
  assert.deepEqual(await snapshotsOfDb(), [snapshot], 'one snapshot of the database, the run’s');
  const restores = proxy.callsOf('RestoreDBInstanceFromDBSnapshot');
  assert.equal(restores.length, 1, 'one restored instance');
  assert.equal(restores[0].params.DBSnapshotIdentifier, snapshot, 'restored from the run’s snapshot');

  const all = await instances();
  const aside = `${DB}-pre-rollback-${key}`;
  assert.deepEqual(Object.keys(all).sort(), [DB, aside].sort(), 'the original identifier and the instance kept aside; no temporary instance left');
  // The instance kept aside is the one that was live before the rollback: created before the run, changed after the snapshot.
  assert.equal(all[aside].InstanceCreateTime?.getTime(), original.InstanceCreateTime?.getTime());
  assert.equal(all[aside].AllocatedStorage, LATER_STORAGE);
  // Under the original identifier: a new instance with the storage the snapshot recorded, and the database's own tags.
  assert.ok(all[DB].InstanceCreateTime!.getTime() > original.InstanceCreateTime!.getTime(), `${DB} is a new instance`);
  assert.equal(all[DB].AllocatedStorage, SEEDED_STORAGE, `${DB} was built from the snapshot`);
  assert.equal(all[DB].DBInstanceStatus, 'available');
  assert.equal(tagsOf(all[DB]).app, 'shop');
}

const taskDefinitionsSent = (calls: AwsCall[]) => calls.map((c) => c.params.taskDefinition);

describe('AWS rollout through the CLI (snapshot → migration → ECS swap)', () => {
  it('a failing health check: exit 1, ECS on the exact blue ARN, schema as before, database restored from the snapshot', async () => {
    health.healthy = false;
    const schemaBefore = await db.schema();
    // Hold the green deployment until the test has seen the world mid-run, then let it complete.
    const hold = { released: false };
    proxy.scriptRollout(() => (hold.released ? 'COMPLETED' : 'IN_PROGRESS'));
    const id = `aws-rollout-${randomUUID()}`;
    const run = startWaiting(id);

    await until('the service to move to green', async () => (await serviceNow(m, 'shop', 'api')).taskDefinition !== blue, { stop: run.ended });
    assert.notDeepEqual(await db.schema(), schemaBefore, 'the migration has changed the schema');
    assert.equal((await snapshotsOfDb()).length, 1, 'the snapshot is taken');
    await growLiveInstance();
    hold.released = true;

    const r = await run.done;
    assert.equal(r.code, 1, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /step api \(ecs\.blueGreen\) failed/);

    // ECS: green was registered and deployed, and the service is back on the exact blue ARN.
    const [tdBlue, green, ...more] = await taskDefinitions();
    assert.equal(tdBlue, blue);
    assert.deepEqual(more, [], 'one green task definition');
    const greenTd = (await m.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: green }))).taskDefinition!;
    assert.equal(greenTd.containerDefinitions![0].image, 'registry.example/api:2.0.0');
    assert.deepEqual(taskDefinitionsSent(proxy.callsOf('UpdateService')), [green, blue], 'to green once, back to blue once');
    assert.equal((await serviceNow(m, 'shop', 'api')).taskDefinition, blue, 'ECS is back on the exact blue task definition');

    assert.deepEqual(await db.schema(), schemaBefore, 'the schema is back where it was');
    assert.equal(proxy.callsOf('CreateDBSnapshot').length, 1);
    await assertDatabaseRestored(runKey(await runIdOf(id)));
  });

  it('the worker killed in the ECS stabilization wait: a new worker finishes the run, nothing done twice', async () => {
    const hold = { released: false };
    proxy.scriptRollout(() => (hold.released ? 'COMPLETED' : 'IN_PROGRESS'));
    const { workflowId } = await startDetached(`aws-rollout-${randomUUID()}`);

    // In the wait: green deployed and polled IN_PROGRESS a few times.
    const polledSinceSwap = () => {
      const swap = proxy.calls.findIndex((c) => c.operation === 'UpdateService' && !c.fault);
      return swap < 0 ? 0 : proxy.calls.slice(swap).filter((c) => c.operation === 'DescribeServices').length;
    };
    await until('the stabilization wait', () => polledSinceSwap() >= 3);
    await untilCheckpoint<{ phase?: string }>(workflowId, 'ecs.blueGreen', (cp) => cp.phase === 'stabilizing');
    await stopProcess(workers[0], 'SIGKILL');
    const polledAtKill = proxy.callsOf('DescribeServices').length;
    workers.push(await startWorkerProcess(env));
    // The new worker takes the wait over (still IN_PROGRESS) before the deployment completes.
    await until('the new worker to poll the deployment', () => proxy.callsOf('DescribeServices').length >= polledAtKill + 2, { ms: 30_000 });
    hold.released = true;

    const r = await cli(['watch', workflowId, '--json'], env);
    assert.equal(r.code, 0, r.stdout);
    const api = JSON.parse(r.stdout).steps.find((s: { id: string }) => s.id === 'api');
    assert.ok(api.attempts >= 2, `the step was retried on the new worker (${api.attempts} attempts)`);

    assert.equal(proxy.callsOf('RegisterTaskDefinition').length, 1, 'one RegisterTaskDefinition (green)');
    assert.equal(proxy.callsOf('UpdateService').length, 1, 'one UpdateService (to green)');
    const [tdBlue, green, ...more] = await taskDefinitions();
    assert.equal(tdBlue, blue);
    assert.deepEqual(more, [], 'one green task definition in moto');
    assert.equal((await serviceNow(m, 'shop', 'api')).taskDefinition, green, 'the service runs green');
    assert.equal((await snapshotsOfDb()).length, 1, 'one snapshot');
    assert.equal(Object.keys(await instances()).join(), DB, 'the database untouched');
  });

  it('the worker killed in the middle of the RDS restore: the rollback finishes, one snapshot, one restored instance', async () => {
    health.healthy = false;
    const schemaBefore = await db.schema();
    // The restored copy (`shop-db-rst-<run>`) stays `creating` until the test releases it.
    const hold = { released: false };
    const isTemp = (id: unknown) => typeof id === 'string' && id.startsWith(`${DB}-rst-`);
    proxy.scriptRdsStatus(({ kind, id }) => (kind === 'instance' && isTemp(id) && !hold.released ? 'creating' : undefined));
    const { workflowId, runId } = await startDetached(`aws-rollout-${randomUUID()}`);

    const polledTemp = () => proxy.callsOf('DescribeDBInstances').filter((c) => isTemp(c.params.DBInstanceIdentifier)).length;
    await until('the restore wait', () => proxy.callsOf('RestoreDBInstanceFromDBSnapshot').length === 1 && polledTemp() >= 3);
    await growLiveInstance();
    await untilCheckpoint<{ stage?: string }>(workflowId, 'rds.snapshot.undo', (cp) => cp.stage === 'restoring');
    await stopProcess(workers[0], 'SIGKILL');
    const polledAtKill = polledTemp();
    workers.push(await startWorkerProcess(env));
    await until('the new worker to poll the restored copy', () => polledTemp() >= polledAtKill + 2, { ms: 30_000 });
    hold.released = true;

    const r = await cli(['watch', workflowId, '--json'], env);
    assert.equal(r.code, 1, r.stdout);
    const snap = JSON.parse(r.stdout).steps.find((s: { id: string }) => s.id === 'db-snapshot');
    assert.equal(snap.undo.state, 'succeeded');
    assert.ok(snap.undo.attempts >= 2, `the restore was retried on the new worker (${snap.undo.attempts} attempts)`);

    assert.equal(proxy.callsOf('CreateDBSnapshot').length, 1, 'one CreateDBSnapshot');
    assert.equal(proxy.callsOf('RestoreDBInstanceFromDBSnapshot').length, 1, 'one RestoreDBInstanceFromDBSnapshot');
    await assertDatabaseRestored(runKey(runId));
    assert.equal((await serviceNow(m, 'shop', 'api')).taskDefinition, blue, 'ECS on blue');
    assert.deepEqual(await db.schema(), schemaBefore, 'the schema is back where it was');
  });
});
