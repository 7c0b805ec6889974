// plans/examples/rollout.yaml, the file itself, run through the built CLI by a real `cutover worker`
// on the local stack: OpenTofu (the stand-in base, local state in a folder of the test's own), moto
// behind the tests' proxy for ElastiCache, RDS, ECS and Secrets Manager (an account per test), the
// stack's PostgreSQL (a database and role of the test's own, its credentials a secret in moto), the
// stack's Redis for the warm-up (moto's ElastiCache endpoint is no live Redis) and a local site for
// the health and smoke checks. Only the stand-in's inputs and the waits are changed with --set.
//
// Each step's effect is read back from the system it changed, after a run that succeeds and after
// one whose smoke check fails and rolls everything back; the secrets' values are in no history.
import { afterEach, after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { DescribeTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { CreateDBInstanceCommand, DescribeDBInstancesCommand, DescribeDBSnapshotsCommand } from '@aws-sdk/client-rds';
import { CreateSecretCommand } from '@aws-sdk/client-secrets-manager';
import type Redis from 'ioredis';
import { runKey } from '../../src/kit/naming';
import type { AwsProxy } from '../helpers/aws-proxy';
import { cli, startWorkerProcess, stopProcess } from '../helpers/cli';
import { historyText } from '../helpers/history';
import { motoClients, seedService, serviceNow, startAwsProxy, type MotoClients } from '../helpers/moto';
import { pgConnect, pgServer } from '../helpers/postgres';
import { stackEnv } from '../helpers/stack';
import { pollFor } from '../helpers/poll';
import { ecWorld, groups, newToken, type EcWorld } from '../systems/elasticache-fixtures';
import { client, prefix, redisUrls, wipe } from '../systems/redis-fixtures';
import { tofuBin } from '../systems/tofu-fixtures';

const PLAN = path.resolve(__dirname, '../../plans/examples/rollout.yaml');
const GROUP = 'shop-cache';
const DB_INSTANCE = 'shop-db';

type Worker = Awaited<ReturnType<typeof startWorkerProcess>>;
interface StepStatus {
  id: string;
  state: string;
  output?: Record<string, any>;
  undo: { state: string };
}

let proxy: AwsProxy;
let site: http.Server;
const smoke = { ok: true, hits: 0 };
let redis: Redis;

// Per test.
let m: MotoClients;
let w: EcWorld;
let token: string;
let cacheSecretArn: string;
let db: { name: string; role: string; password: string };
let stateDir: string;
let keys: string[];
let env: Record<string, string>;
let worker: Worker;

before(async () => {
  proxy = await startAwsProxy();
  // The application: healthy for the ECS step's check; the smoke check's answer is the test's to decide.
  site = http.createServer((req, res) => {
    if (req.url === '/health') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'healthy' }));
    smoke.hits++;
    if (!smoke.ok) return void res.writeHead(503).end('down for maintenance');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok' }));
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  redis = client(redisUrls().source);
});
after(async () => {
  await proxy?.close();
  site?.close();
  redis?.disconnect();
});

beforeEach(async () => {
  const account = proxy.newAccount();
  m = await motoClients(account);
  w = await ecWorld(account);
  smoke.ok = true;
  smoke.hits = 0;

  // The world the base stands for: the RDS instance, the API's service, the two secrets.
  await m.rds.send(
    new CreateDBInstanceCommand({ DBInstanceIdentifier: DB_INSTANCE, DBInstanceClass: 'db.t3.micro', Engine: 'postgres', AllocatedStorage: 20, MasterUsername: 'admin', MasterUserPassword: 'password123' }),
  );
  await seedService(m, { cluster: 'shop', service: 'api' });
  token = newToken();
  cacheSecretArn = (await w.sm.send(new CreateSecretCommand({ Name: 'shop/cache-auth', SecretString: JSON.stringify({ token }) }))).ARN!;

  // A database and a role of the test's own; only the secret holds the role's password.
  const suffix = randomBytes(5).toString('hex');
  db = { name: `shop_${suffix}`, role: `shop_${suffix}`, password: `pw-${randomBytes(12).toString('hex')}` };
  const admin = await pgConnect(`${pgServer()}/postgres`);
  await admin.query(`CREATE ROLE "${db.role}" LOGIN PASSWORD '${db.password}'`);
  await admin.query(`CREATE DATABASE "${db.name}" OWNER "${db.role}"`);
  await admin.end();
  await w.sm.send(new CreateSecretCommand({ Name: 'shop/db', SecretString: JSON.stringify({ username: db.role, password: db.password }) }));

  // The keys the warm-up touches, in the stack's Redis.
  const p = prefix('example');
  keys = [`${p}catalog:home`, `${p}config:flags`];
  for (const k of keys) await redis.set(k, 'cached');

  stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'example-rollout-state-'));
  const stack = stackEnv();
  env = {
    TEMPORAL_TASK_QUEUE: `example-rollout-${randomUUID()}`,
    AWS_ENDPOINT_URL: proxy.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: stack.AWS_ACCESS_KEY_ID ?? 'testing',
    AWS_SECRET_ACCESS_KEY: stack.AWS_SECRET_ACCESS_KEY ?? 'testing',
    CUTOVER_TOFU_BIN: tofuBin(),
    SHOP_APP_URL: `http://127.0.0.1:${(site.address() as AddressInfo).port}`,
    SHOP_CACHE_URL: redisUrls().source,
    SHOP_TOFU_STATE_DIR: stateDir,
  };
  worker = await startWorkerProcess(env);
});
afterEach(async () => {
  if (worker) await stopProcess(worker, 'SIGKILL');
  await wipe(redis, `${keys[0].split('catalog:')[0]}*`);
  const admin = await pgConnect(`${pgServer()}/postgres`);
  await admin.query(`DROP DATABASE IF EXISTS "${db.name}" WITH (FORCE)`);
  await admin.query(`DROP ROLE IF EXISTS "${db.role}"`);
  await admin.end();
  fs.rmSync(stateDir, { recursive: true, force: true });
});

/** The stand-in's inputs for this test's world, and waits fit for moto (where everything is ready at once). */
function sets(extra: string[] = []): string[] {
  const pg = new URL(pgServer());
  return [
    `steps.infra.vars.db_host=${pg.hostname}`,
    `steps.infra.vars.db_port=${pg.port}`,
    `steps.infra.vars.db_name=${db.name}`,
    `steps.infra.vars.cache_auth_secret_arn=${cacheSecretArn}`,
    `steps.warm.keys=${JSON.stringify(keys)}`,
    'steps.cache.wait.interval=250ms',
    'steps.db-snapshot.wait.interval=250ms',
    'steps.api.stabilize.interval=250ms',
    'defaults.retry.initialInterval=200ms',
    ...extra,
  ].flatMap((s) => ['--set', s]);
}

/** The workspace's state as the local backend keeps it (the plan's environment is the workspace). */
function tofuState(): { resources: Array<{ type: string; name: string }>; outputs: Record<string, { value: unknown }> } {
  return JSON.parse(fs.readFileSync(path.join(stateDir, 'workspaces/staging/terraform.tfstate'), 'utf8'));
}
const addresses = () => tofuState().resources.map((r) => `${r.type}.${r.name}`).sort();

async function pgRows(sql: string): Promise<Record<string, any>[]> {
  const c = await pgConnect(`${pgServer()}/${db.name}`);
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}
const appTables = async () => (await pgRows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE 'cutover\\_%' ORDER BY 1")).map((r) => r.table_name);

async function manualSnapshots(): Promise<string[]> {
  const r = await m.rds.send(new DescribeDBSnapshotsCommand({ DBInstanceIdentifier: DB_INSTANCE, SnapshotType: 'manual' }));
  return (r.DBSnapshots ?? []).map((s) => s.DBSnapshotIdentifier!).sort();
}

function assertNoSecretIn(places: Record<string, string>): void {
  for (const [where, text] of Object.entries(places)) {
    assert.ok(!text.includes(token), `the cache's AUTH token is in the ${where}`);
    assert.ok(!text.includes(db.password), `the database password is in the ${where}`);
  }
}

async function run(id: string, extra: string[] = []) {
  const r = await cli(['start', PLAN, '--wait', '--id', id, ...sets(extra)], env, 300_000);
  const status = JSON.parse((await cli(['status', id, '--json'], env)).stdout) as { state: string; runId: string; failedStep?: string; steps: StepStatus[] };
  const step = (sid: string) => status.steps.find((s) => s.id === sid)!;
  return { r, status, step };
}

describe('plans/examples/rollout.yaml on the local stack', () => {
  it('runs to success: the base in the state, the group, the snapshot, the schema, the API on green with the endpoint and the secret by ARN', async () => {
    // Idle for a few seconds before the run, so that a key the warm-up touched is told from one it did not (IDLETIME counts whole seconds).
    const idleAtStart = await Promise.all(keys.map((k) => pollFor(`${k} idle for 5s`, async () => Number(await redis.object('IDLETIME', k)), (s) => s >= 5, { ms: 30_000, everyMs: 250 })));
    const started = Date.now();
    const id = `example-rollout-${randomUUID()}`;
    const { r, status, step } = await run(id);
    assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}\n${worker.logs().slice(-4000)}`);
    assert.equal(status.state, 'succeeded');
    const key = runKey(status.runId);

    // tofu: the base's resources in the workspace's state, its outputs those the later steps used.
    assert.deepEqual(addresses(), ['terraform_data.cache', 'terraform_data.database']);
    const outputs = tofuState().outputs;
    assert.equal(outputs.db_endpoint.value, new URL(pgServer()).hostname);
    assert.equal(outputs.db_name.value, db.name);
    assert.equal(outputs.cache_auth_secret_arn.value, cacheSecretArn);

    // ElastiCache: the group named by the base exists, created once by this run with the token from the secret.
    const group = (await groups(w))[GROUP];
    assert.ok(group, `the group ${GROUP} exists in moto`);
    assert.equal(group.Status, 'available');
    const creates = proxy.callsOf('CreateReplicationGroup');
    assert.equal(creates.length, 1);
    assert.equal(creates[0].params.ReplicationGroupId, GROUP);
    assert.equal(creates[0].params.AuthToken, token);
    const endpoint = `${group.NodeGroups![0].PrimaryEndpoint!.Address}:${group.NodeGroups![0].PrimaryEndpoint!.Port}`;
    assert.equal(`${step('cache').output?.primaryEndpoint}:${step('cache').output?.port}`, endpoint);

    // RDS: the run's snapshot of the instance the base names.
    assert.deepEqual(await manualSnapshots(), [`cutover-${key}-db-snapshot`]);
    assert.equal((await m.rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: DB_INSTANCE }))).DBInstances![0].DBInstanceStatus, 'available');

    // PostgreSQL: both migrations applied in the database the base reports, as the secret's role.
    assert.deepEqual(await appTables(), ['carts']);
    assert.deepEqual((await pgRows("SELECT indexname FROM pg_indexes WHERE tablename = 'carts' ORDER BY 1")).map((x) => x.indexname), ['carts_pkey', 'carts_session']);
    assert.deepEqual((await pgRows('SELECT version FROM cutover_schema_history ORDER BY version')).map((x) => Number(x.version)), [1, 2]);
    assert.equal((await pgRows("SELECT tableowner FROM pg_tables WHERE tablename = 'carts'"))[0].tableowner, db.role);

    // ECS: the service on the new task definition, whose container has the endpoint and the secret's ARN (never its value).
    const green = step('api').output!.services[0].greenTaskDefinition as string;
    assert.equal((await serviceNow(m, 'shop', 'api')).taskDefinition, green);
    const td = (await m.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: green }))).taskDefinition!;
    const app = td.containerDefinitions![0];
    assert.equal(app.image, 'registry.example/shop-api:2.0.0');
    assert.ok(app.environment!.some((e) => e.name === 'CACHE_ENDPOINT' && e.value === endpoint), JSON.stringify(app.environment));
    assert.deepEqual(app.secrets, [{ name: 'CACHE_AUTH_TOKEN', valueFrom: `${cacheSecretArn}:token::` }]);
    assert.ok(!JSON.stringify(td).includes(token), 'the task definition holds the ARN, not the token');

    // Redis: the warm-up touched the keys: untouched, each would be idle for its idle time at the start plus the run's.
    const runSeconds = Math.floor((Date.now() - started) / 1000);
    for (const [i, k] of keys.entries()) {
      const idle = Number(await redis.object('IDLETIME', k));
      assert.ok(idle < idleAtStart[i] + runSeconds - 1, `${k} was touched during the run (idle ${idle}s now, ${idleAtStart[i]}s at the start of a ${runSeconds}s run)`);
    }
    assert.equal(step('warm').output?.hits, 2);
    assert.ok(smoke.hits >= 1, 'the smoke check asked the site');

    assertNoSecretIn({ history: historyText(id), status: JSON.stringify(status), output: r.stdout + r.stderr, 'worker log': worker.logs() });
  });

  it('a smoke check that fails at the end: every step undone, read back from each system', async () => {
    smoke.ok = false;
    let deletingPolls = 0;
    // moto keeps a deleted group `deleting` for ever; AWS forgets it once done.
    proxy.scriptElastiCacheStatus(({ kind, id, status }) => (kind === 'group' && id === GROUP && status === 'deleting' && ++deletingPolls > 2 ? 'gone' : undefined));
    const blue = (await serviceNow(m, 'shop', 'api')).taskDefinition!;
    const id = `example-rollout-${randomUUID()}`;
    const { r, status, step } = await run(id, ['steps.smoke.within=1s', 'steps.smoke.interval=200ms', 'steps.smoke.retry.maximumAttempts=1']);
    assert.equal(r.code, 1, `${r.stdout}\n${r.stderr}\n${worker.logs().slice(-4000)}`);
    assert.equal(status.state, 'rolled_back');
    assert.equal(status.failedStep, 'smoke');
    assert.deepEqual(
      status.steps.map((s) => [s.id, s.state, s.undo.state]),
      [
        ['preflight', 'succeeded', 'none'],
        ['infra', 'succeeded', 'succeeded'],
        ['cache', 'succeeded', 'succeeded'],
        ['db-snapshot', 'succeeded', 'succeeded'],
        ['schema', 'succeeded', 'succeeded'],
        ['api', 'succeeded', 'succeeded'],
        ['warm', 'succeeded', 'none'],
        ['smoke', 'failed', 'none'],
      ],
    );
    const key = runKey(status.runId);

    // tofu: what the apply created is destroyed; the workspace holds no resources.
    assert.deepEqual(addresses(), [], JSON.stringify(tofuState()));

    // ElastiCache: the group this run created was deleted (once); moto itself holds it as deleting.
    assert.equal(proxy.callsOf('CreateReplicationGroup').length, 1);
    assert.deepEqual(proxy.callsOf('DeleteReplicationGroup').map((c) => c.params.ReplicationGroupId), [GROUP]);
    assert.equal((await groups(w))[GROUP].Status, 'deleting');

    // RDS: the snapshot is kept (no restoreOnRollback), the instance untouched.
    assert.deepEqual(await manualSnapshots(), [`cutover-${key}-db-snapshot`]);
    assert.equal(proxy.callsOf('RestoreDBInstanceFromDBSnapshot').length, 0);

    // PostgreSQL: the downs ran: no table of the migrations, no history of them.
    assert.deepEqual(await appTables(), []);
    assert.deepEqual(await pgRows('SELECT version FROM cutover_schema_history'), []);

    // ECS: green was deployed, and the service is back on the exact blue task definition.
    const green = step('api').output!.services[0].greenTaskDefinition as string;
    assert.notEqual(green, blue);
    assert.deepEqual(proxy.callsOf('UpdateService').map((c) => c.params.taskDefinition), [green, blue]);
    assert.equal((await serviceNow(m, 'shop', 'api')).taskDefinition, blue);

    assertNoSecretIn({ history: historyText(id), status: JSON.stringify(status), output: r.stdout + r.stderr, 'worker log': worker.logs() });
  });
});
