// What an operator relies on around runs: `doctor`, shell completion, the worker's Prometheus
// metrics and its structured logs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { cli, startWorkerProcess, stopProcess } from '../helpers/cli';
import { stackEnv } from '../helpers/stack';

const fixtures = path.join(__dirname, 'fixtures');
const demoPlan = path.resolve(__dirname, '../../plans/demo.yaml');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

describe('cutover doctor', () => {
  const env = () => ({
    CUTOVER_DEMO_DATABASE_URL: `${stackEnv().CUTOVER_MYSQL_URL}/cutover_test`,
    CUTOVER_DEMO_URL: stackEnv().TEMPORAL_UI_URL,
  });

  it('checks Temporal and every target of a plan, one line each', async () => {
    const r = await cli(['doctor', demoPlan, '--json'], env());
    const checks = JSON.parse(r.stdout) as { check: string; ok: boolean; detail: string }[];
    const byName = Object.fromEntries(checks.map((c) => [c.check, c]));
    for (const name of ['temporal', 'search attributes', 'plan', 'variables', 'target appDb (mysql)', 'target site (http)']) {
      assert.equal(byName[name]?.ok, true, `${name}: ${byName[name]?.detail}`);
    }
    assert.match(byName['target appDb (mysql)'].detail, /MariaDB/);
  });

  it('names what is wrong: bad credentials, missing variables (exit 4); no Temporal (exit 5)', async () => {
    const bad = await cli(['doctor', demoPlan], { ...env(), CUTOVER_DEMO_DATABASE_URL: `mysql://cutover:nope@${new URL(stackEnv().CUTOVER_MYSQL_URL).host}/x` });
    assert.equal(bad.code, 4);
    assert.match(bad.stdout, /✖ target appDb \(mysql\)\s+mysql:\/\/cutover@127\.0\.0\.1:\d+\/x: Access denied/);
    assert.doesNotMatch(bad.stdout, /nope/, 'the password is not printed');
    const unset = await cli(['doctor', demoPlan], { CUTOVER_DEMO_DATABASE_URL: '', CUTOVER_DEMO_URL: '' });
    assert.equal(unset.code, 4);
    assert.match(unset.stdout, /✖ variables\s+not set here: CUTOVER_DEMO_DATABASE_URL, CUTOVER_DEMO_URL/);
    assert.equal((await cli(['doctor'], { TEMPORAL_ADDRESS: '127.0.0.1:9' })).code, 5);
  });
});

describe('shell completion', () => {
  it('completes commands and options in bash', async () => {
    const script = (await cli(['completion', 'bash'])).stdout;
    const complete = (words: string[]) =>
      execFileSync('bash', ['-c', `${script}\nCOMP_WORDS=(${words.join(' ')}); COMP_CWORD=${words.length - 1}; _cutover; echo "\${COMPREPLY[@]}"`], {
        encoding: 'utf8',
      }).trim();
    assert.equal(complete(['cutover', 'st']), 'start status');
    assert.match(complete(['cutover', 'start', '--w']), /--wait/);
    assert.equal((await cli(['completion', 'fish'])).code, 4);
  });
});

describe('worker observability', () => {
  let worker: Awaited<ReturnType<typeof startWorkerProcess>>;
  let metricsPort: number;
  const queue = `obs-${randomUUID()}`;
  before(async () => {
    metricsPort = await freePort();
    worker = await startWorkerProcess({ TEMPORAL_TASK_QUEUE: queue, CUTOVER_METRICS_ADDRESS: `127.0.0.1:${metricsPort}` });
  });
  after(async () => worker && stopProcess(worker));

  it('exposes Prometheus metrics (SDK and cutover) and logs JSON lines naming the run and step', async () => {
    const id = `obs-${randomUUID()}`;
    const r = await cli(['start', path.join(fixtures, 'metrics.yaml'), '--wait', '--id', id], { TEMPORAL_TASK_QUEUE: queue });
    assert.equal(r.code, 0, r.stderr);
    let metrics = '';
    for (let i = 0; i < 50 && !metrics.includes('cutover_runs'); i++) {
      metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      await new Promise((res) => setTimeout(res, 200));
    }
    assert.match(metrics, /temporal_workflow_completed/, 'the SDK metrics');
    assert.match(metrics, /cutover_runs\{[^}]*outcome="succeeded"[^}]*plan="e2e-metrics"[^}]*\} 1/);
    assert.match(metrics, /cutover_step_duration[^\n]*activity="preflight\.env"/);
    const lines = worker.logs().split('\n').filter((l) => l.includes(id));
    assert.ok(lines.length > 0, 'log lines mention the run');
    const step = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'step attempt succeeded');
    assert.ok(step, worker.logs());
    assert.equal(step.workflowId, id);
    assert.equal(step.stepId, 'env-check');
    assert.equal(step.activityType, 'preflight.env');
  });
});
