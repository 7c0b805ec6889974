// elasticache.ensureReplicationGroup end to end through the built CLI: a real `cutover worker`
// process whose AWS SDK talks to moto through the test proxy is killed (SIGKILL) while the step
// waits for the group to become available; a new worker takes the wait over from the checkpoint,
// the group's endpoint flows into the next step through `${steps.cache.primaryEndpoint}`, that step
// fails, and the rollback deletes the group. The AUTH token (a secret in moto's Secrets Manager)
// reaches ElastiCache and appears in no history, status, CLI output or worker log.
//
// moto keeps every group `available` and a deleted one `deleting` for ever: the proxy holds the
// group `creating` until the test releases it, and ends the deletion (a not-found answer) as AWS
// would. What moto itself holds at the end (the group `deleting`) is read back directly.
import { afterEach, after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { AwsProxy } from '../helpers/aws-proxy';
import { cli, startWorkerProcess, stopProcess } from '../helpers/cli';
import { startAwsProxy } from '../helpers/moto';
import { until } from '../helpers/poll';
import { stackEnv } from '../helpers/stack';
import { untilCheckpoint } from '../helpers/temporal';
import { ecWorld, groups, newToken, type EcWorld } from '../systems/elasticache-fixtures';
import { CreateSecretCommand } from '@aws-sdk/client-secrets-manager';

const PLAN = path.join(__dirname, 'fixtures/aws/elasticache.yaml');

type Worker = Awaited<ReturnType<typeof startWorkerProcess>>;

let proxy: AwsProxy;
let app: http.Server;
let seen: string[] = [];
let w: EcWorld;
let token: string;
let env: Record<string, string>;
let workers: Worker[] = [];

before(async () => {
  proxy = await startAwsProxy();
  // The application's health URL: records what it was asked, never healthy (so the run rolls back).
  app = http.createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(503).end();
  });
  await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
});
after(async () => {
  await proxy?.close();
  app?.close();
});

beforeEach(async () => {
  w = await ecWorld(proxy.newAccount());
  seen = [];
  token = newToken();
  await w.sm.send(new CreateSecretCommand({ Name: 'e2e-elasticache/auth', SecretString: JSON.stringify({ token }) }));
  const stack = stackEnv();
  env = {
    TEMPORAL_TASK_QUEUE: `elasticache-${randomUUID()}`,
    AWS_ENDPOINT_URL: proxy.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: stack.AWS_ACCESS_KEY_ID ?? 'testing',
    AWS_SECRET_ACCESS_KEY: stack.AWS_SECRET_ACCESS_KEY ?? 'testing',
    E2E_APP_URL: `http://127.0.0.1:${(app.address() as AddressInfo).port}/health`,
  };
  workers = [await startWorkerProcess(env)];
});
afterEach(async () => {
  for (const worker of workers) await stopProcess(worker, 'SIGKILL');
});

/** The text of every payload (`{ metadata, data }` with base64 data) in a JSON history. */
function decodedPayloads(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(decodedPayloads);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own = typeof o.data === 'string' && o.metadata ? [Buffer.from(o.data, 'base64').toString('utf8')] : [];
  return [...own, ...Object.values(o).flatMap(decodedPayloads)];
}

describe('ElastiCache through the CLI', () => {
  it('a worker killed in the wait: a new worker resumes it, the endpoint reaches the next step, the rollback deletes the group; the token is nowhere', async () => {
    const hold = { released: false };
    let deletingPolls = 0;
    proxy.scriptElastiCacheStatus(({ kind, id, status }) => {
      if (kind !== 'group' || id !== 'app-cache') return undefined;
      if (status === 'deleting') return ++deletingPolls > 2 ? 'gone' : undefined;
      return hold.released ? undefined : 'creating';
    });
    const started = await cli(['start', PLAN, '--id', `e2e-elasticache-${randomUUID()}`, '--json'], env);
    assert.equal(started.code, 0, started.stderr);
    const { workflowId } = JSON.parse(started.stdout) as { workflowId: string };

    const polled = () => proxy.callsOf('DescribeReplicationGroups').length;
    await until('the wait for the group', () => proxy.callsOf('CreateReplicationGroup').length === 1 && polled() >= 4);
    await untilCheckpoint<{ deadline?: number }>(workflowId, 'elasticache.ensureReplicationGroup', (d) => typeof d.deadline === 'number');
    await stopProcess(workers[0], 'SIGKILL');
    const polledAtKill = polled();
    workers.push(await startWorkerProcess(env));
    await until('the new worker to poll the group', () => polled() >= polledAtKill + 2, { ms: 30_000 });
    hold.released = true;

    const r = await cli(['watch', workflowId, '--json'], env);
    assert.equal(r.code, 1, r.stdout);
    const status = JSON.parse(r.stdout) as { state: string; steps: Array<{ id: string; state: string; attempts: number; output?: Record<string, unknown>; undo: { state: string } }> };
    assert.equal(status.state, 'rolled_back');
    const cache = status.steps.find((s) => s.id === 'cache')!;
    assert.equal(cache.state, 'succeeded');
    assert.ok(cache.attempts >= 2, `the step was retried on the new worker (${cache.attempts} attempts)`);
    assert.equal(cache.undo.state, 'succeeded');
    assert.equal(cache.output?.created, true);

    // The endpoint from the step's outputs reached the next step.
    const endpoint = String(cache.output?.primaryEndpoint);
    assert.match(endpoint, /^master\.app-cache\./);
    assert.ok(seen.includes(`/health?cache=${endpoint}&port=6379`), seen.join('\n'));

    // Created once (with the token), deleted once; moto itself holds the group as deleting.
    const creates = proxy.callsOf('CreateReplicationGroup');
    assert.equal(creates.length, 1);
    assert.equal(creates[0].params.AuthToken, token);
    assert.equal(proxy.callsOf('DeleteReplicationGroup').length, 1);
    assert.equal((await groups(w))['app-cache'].Status, 'deleting');

    const env0 = stackEnv();
    const shown = execFileSync(env0.CUTOVER_TEMPORAL_BIN, ['workflow', 'show', '--address', env0.TEMPORAL_ADDRESS, '-w', workflowId, '-o', 'json'], { encoding: 'utf8' });
    const history = `${shown}\n${decodedPayloads(JSON.parse(shown)).join('\n')}`;
    assert.match(history, /e2e-elasticache\/auth#token/, 'the history holds the reference');
    assert.match(history, /master\.app-cache\./, 'and the endpoint (an output)');
    const places = { history, status: r.stdout, 'start output': started.stdout + started.stderr, 'watch output': r.stderr, 'worker logs': workers.map((x) => x.logs()).join('\n') };
    for (const [where, text] of Object.entries(places)) assert.ok(!text.includes(token), `the token is in the ${where}`);
  });
});
