// metrics.check against the local stack's real Prometheus, scraping the test exporter every second:
// the tests set a metric's value, wait until Prometheus has scraped it, and drive a query from
// passing to failing. A counting proxy in front of Prometheus shows how many queries the step sent.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { runActivity, stepInput, uniqueRunId, type ActivityRun } from '../helpers/moto';
import { kindActivity } from '../helpers/kinds';
import { closedPort, countingProxy, deleteMetric, prometheusUrl, setMetric, uniqueMetric, untilScraped, type CountingProxy } from '../helpers/prometheus';
import { parsePlan, PlanError, explainPlanJson } from '../../src/plan';
import { describeProgress } from '../../src/cli/pending';
import { targetKindDef } from '../../src/registry';

const check = kindActivity('metrics.check');

interface Measured {
  at: string;
  value: number | string | null;
  verdict: string;
  note?: string;
}
interface MetricOut {
  name: string;
  verdict: string;
  measured: number;
  failed: number;
  inconclusive: number;
  measurements: Measured[];
}
interface CheckOut {
  verdict: string;
  metrics: MetricOut[];
}
interface Checkpoint {
  done: number;
  total: number;
  latest: string;
  analysis: { metrics: MetricOut[] };
}

let proxy: CountingProxy;
const names: string[] = [];

before(async () => {
  proxy = await countingProxy();
});
after(async () => {
  await proxy.close();
  await Promise.all(names.map(deleteMetric));
});

/** A metric of this test, set on the exporter and scraped by Prometheus. */
async function metric(what: string, value: number | 'NaN', labels: Record<string, string> = {}) {
  const name = uniqueMetric(what);
  names.push(name);
  await setMetric(name, value, labels);
  await untilScraped(name, [String(value)]);
  return name;
}

function checkInput(params: Record<string, unknown>, url = proxy.url) {
  const input = stepInput('metrics.check', 'canary', { target: 'prom', ...params }, uniqueRunId(), 'optimize');
  input.ctx.targets = { prom: { kind: 'prometheus', url } };
  return input;
}

const checkpointOf = (run: ActivityRun<unknown>) => run.checkpoint as Checkpoint;

describe('metrics.check', () => {
  test('passing: every measurement recorded (time, value, verdict), one query per interval', async () => {
    const name = await metric('ok', 0.002);
    const started = Date.now();
    const run = await runActivity(check, checkInput({ metrics: [{ name: 'error-rate', query: name, successCondition: '< 0.01', interval: '300ms', count: 3 }] }));
    assert.equal(run.error, undefined, run.error?.message);
    const out = run.result as unknown as CheckOut;
    assert.equal(out.verdict, 'successful');
    const m = out.metrics[0];
    assert.equal(m.verdict, 'successful');
    assert.equal(m.measured, 3);
    assert.deepEqual(
      m.measurements.map((x) => [x.value, x.verdict]),
      [
        [0.002, 'successful'],
        [0.002, 'successful'],
        [0.002, 'successful'],
      ],
    );
    for (const x of m.measurements) assert.ok(Date.parse(x.at) >= started - 1000 && !Number.isNaN(Date.parse(x.at)), x.at);
    const sent = proxy.of(name);
    assert.equal(sent.length, 3);
    for (let i = 1; i < sent.length; i++) assert.ok(sent[i].at - sent[i - 1].at >= 295, `queries ${sent[i].at - sent[i - 1].at} ms apart`);
    // What `cutover status` shows while it runs: a bar of measurements and the latest values.
    const cp = checkpointOf(run);
    assert.match(describeProgress(cp) ?? '', /100% 3\/3 measurements · error-rate 0\.002 successful$/);
    assert.equal(cp.analysis.metrics[0].measurements.length, 3);
  });

  test('from passing to failing: fails once more measurements failed than failureLimit, naming the metric, its last values and the limit', async () => {
    const name = await metric('flip', 0.002);
    let flipped = false;
    const run = await runActivity(
      check,
      checkInput({ metrics: [{ name: 'error-rate', query: name, successCondition: 'result < 0.01', interval: '300ms', count: 30, failureLimit: 1 }] }),
      {
        during: (env) =>
          env.on('heartbeat', (d: Checkpoint) => {
            if (!flipped && d?.done >= 2) {
              flipped = true;
              void setMetric(name, 0.5);
            }
          }),
      },
    );
    assert.ok(flipped, 'the value was switched during the analysis');
    assert.equal(run.error?.type, 'AnalysisFailed');
    assert.equal(run.error?.nonRetryable, true);
    const msg = run.error!.message;
    assert.match(msg, new RegExp(`^step canary: target prom \\(${proxy.url.replace(/[.]/g, '\\.')}\\): metric error-rate failed: 2 measurements failed, more than failureLimit 1`));
    assert.match(msg, /successCondition result < 0\.01/);
    assert.match(msg, /last values: .*0\.5 failed, 0\.5 failed$/);
    const ms = checkpointOf(run).analysis.metrics[0].measurements;
    assert.deepEqual(ms.slice(0, 2).map((x) => [x.value, x.verdict]), [
      [0.002, 'successful'],
      [0.002, 'successful'],
    ]);
    assert.deepEqual(ms.slice(-2).map((x) => [x.value, x.verdict]), [
      [0.5, 'failed'],
      [0.5, 'failed'],
    ]);
    assert.ok(ms.length < 30, 'stopped at the limit, not at the count');
    assert.equal(proxy.of(name).length, ms.length);
  });

  test('a failureCondition alone: not meeting it is a success, meeting it a failure', async () => {
    const name = await metric('fc', 7);
    const good = await runActivity(check, checkInput({ metrics: [{ name: 'errors', query: name, failureCondition: '>= 10' }] }));
    assert.equal(good.error, undefined, good.error?.message);
    assert.equal((good.result as unknown as CheckOut).metrics[0].measurements[0].verdict, 'successful');
    const bad = await runActivity(check, checkInput({ metrics: [{ name: 'errors', query: name, failureCondition: 'result * 2 > 10' }] }));
    assert.equal(bad.error?.type, 'AnalysisFailed');
    assert.match(bad.error!.message, /metric errors failed: 1 measurement failed, more than failureLimit 0 \(failureCondition result \* 2 > 10\); last values: 7 failed$/);
  });

  test('inconclusive: no data, within and then over inconclusiveLimit', async () => {
    const missing = uniqueMetric('never_set');
    const run = await runActivity(check, checkInput({ metrics: [{ name: 'latency', query: missing, successCondition: '< 0.3', interval: '200ms', count: 5, inconclusiveLimit: 1 }] }));
    assert.equal(run.error?.type, 'AnalysisInconclusive');
    assert.equal(run.error?.nonRetryable, true);
    assert.match(run.error!.message, /metric latency inconclusive: 2 measurements inconclusive, more than inconclusiveLimit 1 .*last values: no data inconclusive, no data inconclusive$/);
    assert.deepEqual(
      checkpointOf(run).analysis.metrics[0].measurements.map((x) => [x.value, x.verdict, x.note]),
      [
        [null, 'inconclusive', 'no data'],
        [null, 'inconclusive', 'no data'],
      ],
    );
    assert.equal(proxy.of(missing).length, 2);
  });

  test('inconclusive: several series, NaN, and both conditions given with neither holding', async () => {
    const several = uniqueMetric('several');
    names.push(several);
    await setMetric(several, 0.1, { pod: 'a' });
    await setMetric(several, 0.2, { pod: 'b' });
    await untilScraped(several, ['0.1', '0.2']);
    const a = await runActivity(check, checkInput({ metrics: [{ name: 'per-pod', query: several, successCondition: '< 1' }] }));
    assert.equal(a.error?.type, 'AnalysisInconclusive');
    assert.match(a.error!.message, /metric per-pod inconclusive: .*last values: 2 series \(aggregate them in the query\) inconclusive$/);
    // Aggregated in the query, the same series give one value.
    const agg = await runActivity(check, checkInput({ metrics: [{ name: 'worst-pod', query: `max(${several})`, successCondition: '< 1' }] }));
    assert.equal(agg.error, undefined, agg.error?.message);
    assert.equal((agg.result as unknown as CheckOut).metrics[0].measurements[0].value, 0.2);

    const nan = await metric('nan', 'NaN');
    const b = await runActivity(check, checkInput({ metrics: [{ name: 'ratio', query: nan, successCondition: '< 1' }] }));
    assert.equal(b.error?.type, 'AnalysisInconclusive');
    assert.deepEqual(checkpointOf(b).analysis.metrics[0].measurements.map((x) => [x.value, x.note]), [['NaN', 'NaN']]);

    const mid = await metric('mid', 0.7);
    const c = await runActivity(check, checkInput({ metrics: [{ name: 'success-rate', query: mid, successCondition: '>= 0.9', failureCondition: '< 0.5' }] }));
    assert.equal(c.error?.type, 'AnalysisInconclusive');
    assert.deepEqual(checkpointOf(c).analysis.metrics[0].measurements.map((x) => [x.value, x.verdict, x.note]), [[0.7, 'inconclusive', 'neither condition holds']]);
  });

  test('count and duration, several metrics in one step: each metric at most one query per interval', async () => {
    const name = await metric('sched', 1);
    const byCount = `${name} * 1`;
    const byDuration = `${name} + 0`;
    const started = Date.now();
    const run = await runActivity(
      check,
      checkInput({
        metrics: [
          { name: 'by-count', query: byCount, successCondition: '== 1', interval: '300ms', count: 3 },
          { name: 'by-duration', query: byDuration, successCondition: '== 1', interval: '300ms', duration: '900ms' },
        ],
      }),
    );
    assert.equal(run.error, undefined, run.error?.message);
    const out = run.result as unknown as CheckOut;
    assert.deepEqual(
      out.metrics.map((m) => [m.name, m.measured, m.verdict]),
      [
        ['by-count', 3, 'successful'],
        ['by-duration', 4, 'successful'], // at 0, 300, 600 and 900 ms
      ],
    );
    assert.equal(proxy.of(byCount).length, 3);
    assert.equal(proxy.of(byDuration).length, 4);
    for (const q of [byCount, byDuration]) {
      const sent = proxy.of(q);
      for (let i = 1; i < sent.length; i++) assert.ok(sent[i].at - sent[i - 1].at >= 295, `${q}: queries ${sent[i].at - sent[i - 1].at} ms apart`);
    }
    assert.ok(Date.now() - started >= 900, 'the duration was measured over');
    assert.equal(checkpointOf(run).total, 7);
  });

  test('initialDelay: the first measurement waits for it', async () => {
    const name = await metric('delay', 1);
    const started = Date.now();
    const run = await runActivity(check, checkInput({ metrics: [{ name: 'late', query: name, successCondition: '== 1', initialDelay: '600ms' }] }));
    assert.equal(run.error, undefined, run.error?.message);
    const [q] = proxy.of(name);
    assert.ok(q.at - started >= 600, `first query after ${q.at - started} ms`);
  });

  test('a retry resumes the analysis from the checkpoint: no measurement is taken twice', async () => {
    const name = await metric('resume', 1);
    const input = checkInput({ metrics: [{ name: 'steady', query: name, successCondition: '== 1', interval: '300ms', count: 4 }] });
    const first = await runActivity(check, input, {
      during: (env) => env.on('heartbeat', (d: Checkpoint) => d?.done === 2 && env.cancel()),
    });
    assert.ok(first.error, 'the first attempt was cut short');
    assert.equal(checkpointOf(first).done, 2);
    const second = await runActivity(check, input, { heartbeatDetails: first.checkpoint });
    assert.equal(second.error, undefined, second.error?.message);
    assert.equal((second.result as unknown as CheckOut).metrics[0].measured, 4);
    assert.equal(proxy.of(name).length, 4);
  });

  test('an unreachable Prometheus is retryable and says where, without the password', async () => {
    process.env.CUTOVER_TEST_PROM_PASSWORD = 'hunter2-prom-secret';
    const port = await closedPort();
    const run = await runActivity(
      check,
      checkInput({ metrics: [{ name: 'error-rate', query: 'up', successCondition: '< 1' }] }, `http://cutover:\${env:CUTOVER_TEST_PROM_PASSWORD}@127.0.0.1:${port}`),
    );
    assert.equal(run.error?.type, 'PrometheusUnreachable');
    assert.equal(run.error?.nonRetryable, false);
    assert.match(run.error!.message, new RegExp(`^step canary: target prom \\(http://cutover@127\\.0\\.0\\.1:${port}\\): metric error-rate: no answer \\(.*ECONNREFUSED`));
    assert.doesNotMatch(run.error!.message, /hunter2/);
  });

  test('a query Prometheus refuses (400) is not retryable and carries Prometheus’s error', async () => {
    const run = await runActivity(check, checkInput({ metrics: [{ name: 'broken', query: 'sum(rate(http_requests_total[1m]', successCondition: '< 1' }] }));
    assert.equal(run.error?.type, 'PrometheusQueryError');
    assert.equal(run.error?.nonRetryable, true);
    assert.match(run.error!.message, /^step canary: target prom \(.*\): metric broken: Prometheus refused the query \(HTTP 400\): bad_data: .*parse error/);

    const range = await runActivity(check, checkInput({ metrics: [{ name: 'range', query: 'up[1m]', successCondition: '< 1' }] }));
    assert.equal(range.error?.type, 'PrometheusQueryError');
    assert.match(range.error!.message, /metric range: the query answers with a range vector \(matrix\)/);
  });

  test('a URL that is not Prometheus’s API, and a password written into the target URL, are refused', async () => {
    const run = await runActivity(check, checkInput({ metrics: [{ name: 'x', query: 'up', successCondition: '< 1' }] }, `${prometheusUrl()}/nothing-here`));
    assert.equal(run.error?.type, 'PrometheusBadAnswer');
    assert.equal(run.error?.nonRetryable, true);
    assert.match(run.error!.message, /HTTP 404 from \/api\/v1\/query, not Prometheus's API answer/);

    const literal = await runActivity(check, checkInput({ metrics: [{ name: 'x', query: 'up', successCondition: '< 1' }] }, 'http://admin:letmein99@127.0.0.1:9090'));
    assert.equal(literal.error?.type, 'PlanError');
    assert.match(literal.error!.message, /target prom: the URL holds a password as text; give it as a reference/);
    assert.doesNotMatch(literal.error!.message, /letmein99/);
  });

  test('cutover doctor asks Prometheus for its build info', async () => {
    const probe = targetKindDef('prometheus')!.probe!;
    assert.match(await probe(prometheusUrl(), 'target prom'), /^http:\/\/127\.0\.0\.1:\d+, Prometheus 2\.\d+/);
    const port = await closedPort();
    await assert.rejects(probe(`http://127.0.0.1:${port}`, 'target prom'), /target prom \(http:\/\/127\.0\.0\.1:\d+\): build info: no answer/);
  });
});

describe('metrics.check in a plan', () => {
  const plan = (steps: string) => `name: canary
environment: staging
targets:
  prom: { kind: prometheus, url: "http://prometheus.internal:9090" }
  db: { kind: mysql, url: "mysql://u:\${env:DB_PASSWORD}@db:3306/app" }
phases:
  optimize:
${steps}
`;
  const problems = (steps: string) => {
    try {
      parsePlan(plan(steps), { file: 'p.yaml', baseDir: '.' });
    } catch (err) {
      assert.ok(err instanceof PlanError, String(err));
      return err.message.split('\n');
    }
    assert.fail('expected a PlanError');
  };

  test('a good plan validates, and cutover plan says what each metric measures', () => {
    const p = parsePlan(
      plan(`    - id: canary
      kind: metrics.check
      target: prom
      metrics:
        - { name: error-rate, query: "sum(rate(errors[1m])) / sum(rate(requests[1m]))", successCondition: "< 0.01", interval: 30s, count: 10, failureLimit: 2 }
        - { name: latency, query: "histogram_quantile(0.99, sum by (le) (rate(latency_bucket[1m])))", successCondition: "result >= 0 && result < 0.3", failureCondition: "result > 1", interval: 1m, duration: 10m, initialDelay: 1m }
        - { name: up, query: "min(up)", successCondition: "result[0] == 1" }`),
      { file: 'p.yaml', baseDir: '.' },
    );
    const [step] = explainPlanJson(p).steps;
    assert.match(step.does, /^measure PromQL queries every interval.*: prom: error-rate \(success: < 0\.01; 10 × every 30s\), latency \(success: result >= 0 && result < 0\.3; failure: result > 1; every 1m for 10m after 1m\), up \(success: result\[0\] == 1; once\)$/);
    assert.equal(step.undo, null);
  });

  test('conditions that cannot be read are refused at file:line:col, saying where in the condition', () => {
    assert.deepEqual(
      problems(`    - id: canary
      kind: metrics.check
      target: prom
      metrics:
        - name: a
          query: up
          successCondition: "result < )"
        - name: b
          query: up
          failureCondition: "result = 1"
        - name: c
          query: up
          successCondition: "result[1] > 0.5"
        - name: d
          query: up
          successCondition: "result + 1"`),
      [
        'p.yaml:14:29: step canary: metrics.0.successCondition: cannot read "result < )" at character 10: expected a number, result or ( but found ")"',
        'p.yaml:17:29: step canary: metrics.1.failureCondition: cannot read "result = 1" at character 8: "=" is not a comparison: write == (or <=, >=)',
        'p.yaml:20:29: step canary: metrics.2.successCondition: cannot read "result[1] > 0.5" at character 8: only result[0] exists: a measurement is one value (a query answering with several series is inconclusive; aggregate them in the query, e.g. max(…))',
        'p.yaml:23:29: step canary: metrics.3.successCondition: cannot read "result + 1" at character 1: the condition must compare the value (true or false), e.g. result < 0.01',
      ],
    );
  });

  test('schedules, limits, names, headers and targets that make no sense are refused', () => {
    assert.deepEqual(
      problems(`    - id: canary
      kind: metrics.check
      target: db
      headers: { Authorization: "Bearer abc123" }
      metrics:
        - { name: a, query: up, successCondition: "< 1", count: 3 }
        - { name: b, query: up, successCondition: "< 1", interval: 10s, count: 3, duration: 1m }
        - { name: c, query: up, successCondition: "< 1", interval: 10s, count: 3, failureLimit: 3 }
        - { name: d, query: up, successCondition: "< 1", interval: 10s }
        - { name: a, query: up }`),
      [
        'p.yaml:10:15: step canary: target db is a mysql target; metrics.check needs prometheus',
        'p.yaml:11:33: step canary: headers.Authorization: header Authorization carries a credential: give it as a reference (${env:NAME} or ${secret:NAME}), not as text in the plan',
        'p.yaml:13:65: step canary: metrics.0.count: missing interval: count 3 needs the time between measurements',
        'p.yaml:14:93: step canary: metrics.1.duration: give count or duration, not both',
        'p.yaml:15:97: step canary: metrics.2.failureLimit: failureLimit 3 with count 3: the metric could never fail',
        "p.yaml:16:68: step canary: metrics.3.interval: metric d has an interval but no count or duration: a metrics.check step must end (measuring until the end of a bake is for ecs.blueGreen's analysis)",
        'p.yaml:17:11: step canary: metrics.4: give successCondition, failureCondition or both: a metric without a condition judges nothing',
        'p.yaml:17:19: step canary: metrics.4.name: duplicate metric name a',
      ],
    );
  });

  test('the analysis of ecs.blueGreen is checked the same way', () => {
    assert.deepEqual(
      problems(`    - id: api
      kind: ecs.blueGreen
      cluster: shop
      service: api
      bake: 5m
      analysis:
        target: prom
        metrics:
          - { name: errors, query: up, successCondition: "result <= ", interval: 30s }`),
      ['p.yaml:16:58: step api: analysis.metrics.0.successCondition: cannot read "result <= " at character 11: expected a number, result or ( but found the end'],
    );
  });
});
