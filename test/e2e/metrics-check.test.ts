// metrics.check through the CLI and a real worker, against the stack's Prometheus: while the step
// runs, `cutover status` shows its measurements (a bar and the latest values); when the error rate
// rises, the run rolls back and its status names the metric, its last values and the limit.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { cli, startWorkerProcess, stopProcess } from '../helpers/cli';
import { pollFor } from '../helpers/poll';
import { deleteMetric, prometheusUrl, setMetric, uniqueMetric, untilScraped } from '../helpers/prometheus';

let env: Record<string, string>;
let worker: Awaited<ReturnType<typeof startWorkerProcess>>;
let dir: string;
const metric = uniqueMetric('e2e_errors');

before(async () => {
  env = { TEMPORAL_TASK_QUEUE: `metrics-${randomUUID()}` };
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-metrics-'));
  worker = await startWorkerProcess(env);
});
after(async () => {
  if (worker) await stopProcess(worker);
  await deleteMetric(metric);
  fs.rmSync(dir, { recursive: true, force: true });
});

it('status shows the measurements while the step runs; a rising error rate rolls the run back', async () => {
  await setMetric(metric, 0.003);
  await untilScraped(metric, ['0.003']);
  const plan = path.join(dir, 'canary.yaml');
  fs.writeFileSync(
    plan,
    `name: metrics-e2e
environment: local
targets:
  prom: { kind: prometheus, url: "${prometheusUrl()}" }
phases:
  optimize:
    - id: canary
      kind: metrics.check
      target: prom
      metrics:
        - { name: error-rate, query: "${metric}", successCondition: "< 0.01", interval: 500ms, count: 40, failureLimit: 1 }
`,
  );
  const id = `metrics-e2e-${randomUUID()}`;
  const started = await cli(['start', plan, '--id', id], env);
  assert.equal(started.code, 0, started.stderr);

  const board = await pollFor(
    'status to show two measurements',
    async () => (await cli(['status', id], env)).stdout,
    (out) => /[2-9]\/40 measurements · error-rate 0\.003 successful/.test(out),
    { ms: 30_000, everyMs: 250 },
  );
  assert.match(board, /▶ canary\s+metrics\.check/);

  await setMetric(metric, 0.5);
  const final = await pollFor(
    'the run to end',
    async () => JSON.parse((await cli(['status', id, '--json'], env)).stdout) as { state: string; steps: Array<{ error?: string }> },
    (s) => s.state !== 'running',
    { ms: 30_000, everyMs: 250 },
  );
  assert.equal(final.state, 'rolled_back');
  assert.match(final.steps[0].error ?? '', /step canary: target prom \(http:\/\/127\.0\.0\.1:\d+\): metric error-rate failed: 2 measurements failed, more than failureLimit 1 \(successCondition < 0\.01\); last values: .*0\.5 failed, 0\.5 failed/);
  const text = (await cli(['status', id], env)).stdout;
  assert.match(text, /✖ canary\s+metrics\.check/);
  assert.match(text, /AnalysisFailed/);
});
