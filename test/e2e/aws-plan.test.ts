// The AWS rollout end to end: a real worker process whose AWS SDK talks to moto through the
// test proxy, a real MariaDB, the CLI. Outcomes are read back from the emulator and the
// database, not from cutover's own report.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import { runKey } from '../../src/activities/aws/names';
import type { AwsProxy } from '../helpers/aws-proxy';
import { cli, startWorkerProcess, stopProcess } from '../helpers/cli';
import { healthEndpoint, motoClients, seedInstance, seedService, serviceNow, startAwsProxy, type MotoClients } from '../helpers/moto';
import { tempDatabase, type TempDatabase } from '../helpers/mysql';
import { stackEnv } from '../helpers/stack';

const plan = path.join(__dirname, 'fixtures/aws/rollout.yaml');

let proxy: AwsProxy;
let health: Awaited<ReturnType<typeof healthEndpoint>>;
let m: MotoClients;
let db: TempDatabase;
let blue: string;
let env: Record<string, string>;
let workers: Awaited<ReturnType<typeof startWorkerProcess>>[] = [];

before(async () => {
  proxy = await startAwsProxy();
  health = await healthEndpoint();
});
after(async () => {
  await proxy.close();
  await health.close();
});
beforeEach(async () => {
  for (const w of workers) await stopProcess(w, 'SIGKILL');
  workers = [];
  await db?.drop();
  db = await tempDatabase('aws');
  m = await motoClients(proxy.newAccount());
  health.healthy = true;
  await seedInstance(m, 'shop-db', { storage: 20, tags: { app: 'shop' } });
  blue = await seedService(m, { cluster: 'shop', service: 'api' });
  const stack = stackEnv();
  env = {
    TEMPORAL_TASK_QUEUE: `aws-${randomUUID()}`,
    AWS_ENDPOINT_URL: proxy.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: stack.AWS_ACCESS_KEY_ID ?? 'testing',
    AWS_SECRET_ACCESS_KEY: stack.AWS_SECRET_ACCESS_KEY ?? 'testing',
    E2E_DATABASE_URL: db.url,
    E2E_APP_URL: health.url,
  };
  workers.push(await startWorkerProcess(env));
});
after(async () => {
  for (const w of workers) await stopProcess(w, 'SIGKILL');
  await db?.drop();
});

async function instances(): Promise<Record<string, Record<string, string>>> {
  const r = await m.rds.send(new DescribeDBInstancesCommand({}));
  return Object.fromEntries((r.DBInstances ?? []).map((i) => [i.DBInstanceIdentifier!, Object.fromEntries((i.TagList ?? []).map((t) => [t.Key!, t.Value!]))]));
}

async function until(what: string, test: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await test())) {
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const start = async (id: string) => {
  const r = await cli(['start', plan, '--id', id, '--json'], env);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as { workflowId: string; runId: string };
};

describe('AWS rollout through the CLI', () => {
  it('a failing health check after snapshot and migration: exit 1, ECS on blue, schema and database restored', async () => {
    health.healthy = false;
    const before = await db.schema();
    const r = await cli(['start', plan, '--wait', '--id', `aws-${randomUUID()}`], env);
    assert.equal(r.code, 1, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /step api \(ecs\.blueGreen\) failed/);
    assert.equal((await serviceNow(m, 'shop', 'api')).taskDefinition, blue, 'ECS is back on the exact blue task definition');
    assert.deepEqual(await db.schema(), before, 'the schema is back where it was');
    const all = await instances();
    const aside = Object.keys(all).find((k) => k.startsWith('shop-db-pre-rollback-'));
    assert.ok(aside, `the pre-rollback instance is kept aside: ${Object.keys(all).join(', ')}`);
    assert.match(all['shop-db']['cutover:restored-from'] ?? '', /^cutover-[0-9a-f]+-db-snapshot$/, 'shop-db is the instance restored from the run snapshot');
    assert.equal(all['shop-db'].app, 'shop');
    assert.equal(Object.keys(all).length, 2, 'no temporary instance left');
  });

  it('the worker killed in the stabilization wait: a new worker finishes, nothing is done twice', async () => {
    const released = { yes: false };
    proxy.scriptRollout(() => (released.yes ? 'COMPLETED' : 'IN_PROGRESS'));
    const { workflowId } = await start(`aws-${randomUUID()}`);
    await until('the swap to green', () => proxy.callsOf('UpdateService').length >= 1);
    await new Promise((r) => setTimeout(r, 2500)); // a checkpoint heartbeat reaches the server
    await stopProcess(workers[0], 'SIGKILL');
    released.yes = true;
    workers.push(await startWorkerProcess(env));
    const r = await cli(['watch', workflowId, '--json'], env);
    assert.equal(r.code, 0, r.stdout);
    const api = JSON.parse(r.stdout).steps.find((s: { id: string }) => s.id === 'api');
    assert.ok(api.attempts >= 2, 'the step was retried on the new worker');
    assert.equal(proxy.callsOf('RegisterTaskDefinition').length, 1, 'one green task definition');
    assert.equal(proxy.callsOf('UpdateService').length, 1, 'one swap');
    assert.notEqual((await serviceNow(m, 'shop', 'api')).taskDefinition, blue, 'green is running');
  });

  it('the worker killed in the middle of the RDS restore: the rollback finishes, one snapshot, one restore', async () => {
    health.healthy = false;
    const released = { yes: false };
    const { workflowId, runId } = await start(`aws-${randomUUID()}`);
    const temp = `shop-db-rst-${runKey(runId)}`;
    proxy.scriptRdsStatus(({ kind, id }) => (kind === 'instance' && id === temp && !released.yes ? 'creating' : undefined));
    await until('the restore', () => proxy.callsOf('RestoreDBInstanceFromDBSnapshot').length >= 1);
    await new Promise((r) => setTimeout(r, 2500));
    await stopProcess(workers[0], 'SIGKILL');
    released.yes = true;
    workers.push(await startWorkerProcess(env));
    const r = await cli(['watch', workflowId, '--json'], env);
    assert.equal(r.code, 1, r.stdout);
    const snap = JSON.parse(r.stdout).steps.find((s: { id: string }) => s.id === 'db-snapshot');
    assert.equal(snap.undo.state, 'succeeded');
    assert.ok(snap.undo.attempts >= 2, 'the restore was retried on the new worker');
    assert.equal(proxy.callsOf('CreateDBSnapshot').length, 1, 'one snapshot');
    assert.equal(proxy.callsOf('RestoreDBInstanceFromDBSnapshot').length, 1, 'one restored instance');
    const all = await instances();
    assert.equal(all['shop-db']['cutover:restored-from'], `cutover-${runKey(runId)}-db-snapshot`);
    assert.equal(Object.keys(all).length, 2);
    assert.equal((await serviceNow(m, 'shop', 'api')).taskDefinition, blue);
  });
});
