// ecs.blueGreen with an `analysis` beside its alarms, against moto (through the proxy) and the
// stack's real Prometheus (through a counting proxy): a passing analysis lets the swap or the shift
// finish, a failing one during the bake puts blue back (the exact blue task definition; 100 % blue).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateServiceCommand } from '@aws-sdk/client-ecs';
import { DescribeListenersCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { greenPercentOf } from '../helpers/aws-proxy';
import { runActivity, seedLoadBalancer, seedService, serviceNow, stepInput, undoInput, uniqueRunId, useMoto } from '../helpers/moto';
import { kindActivity } from '../helpers/kinds';
import { closedPort, countingProxy, deleteMetric, setMetric, uniqueMetric, untilScraped, type CountingProxy } from '../helpers/prometheus';

const blueGreen = kindActivity('ecs.blueGreen');
const blueGreenUndo = kindActivity('ecs.blueGreen.undo');

const aws = useMoto();
let prom: CountingProxy;
const names: string[] = [];

before(async () => {
  prom = await countingProxy();
});
after(async () => {
  await prom.close();
  await Promise.all(names.map(deleteMetric));
});

const fast = { stabilize: { timeout: '5s', interval: '100ms' }, alarmInterval: '100ms' };

interface AnalysisOut {
  verdict: string;
  metrics: Array<{ name: string; verdict: string; measured: number; measurements: Array<{ value: unknown; verdict: string }> }>;
}

/** An error rate on the exporter, scraped by Prometheus. */
async function errorRate(value: number) {
  const name = uniqueMetric('ecs_errors');
  names.push(name);
  await setMetric(name, value);
  await untilScraped(name, [String(value)]);
  return name;
}

function input(params: Record<string, unknown>) {
  const i = stepInput('ecs.blueGreen', 'api', params, uniqueRunId());
  i.ctx.targets = { prom: { kind: 'prometheus', url: prom.url } };
  return i;
}

const analysis = (query: string, metric: Record<string, unknown> = {}) => ({
  target: 'prom',
  metrics: [{ name: 'error-rate', query, successCondition: 'result < 0.01', interval: '300ms', ...metric }],
});

describe('ecs.blueGreen bake with an analysis', () => {
  test('service swap: a passing analysis lets the swap finish, every measurement in the output', async () => {
    const blue = await seedService(aws.m, { cluster: 'shop', service: 'api' });
    const query = await errorRate(0.002);
    const run = await runActivity(blueGreen, input({ cluster: 'shop', service: 'api', image: 'registry.example/app:2.0.0', bake: '1s', analysis: analysis(query), ...fast }));
    assert.equal(run.error, undefined, run.error?.message);
    const out = run.result as unknown as { services: Array<{ greenTaskDefinition: string }>; analysis: AnalysisOut };
    const svc = await serviceNow(aws.m, 'shop', 'api');
    assert.equal(svc.taskDefinition, out.services[0].greenTaskDefinition);
    assert.notEqual(svc.taskDefinition, blue);
    assert.equal(out.analysis.verdict, 'successful');
    const m = out.analysis.metrics[0];
    assert.equal(m.verdict, 'successful');
    // Every 300 ms through a 1 s bake: at 0, 300, 600 and 900 ms, and the one due at the end.
    assert.ok(m.measured >= 4 && m.measured <= 5, `${m.measured} measurements`);
    assert.ok(m.measurements.every((x) => x.value === 0.002 && x.verdict === 'successful'));
    assert.equal(prom.of(query).length, m.measured);
  });

  test('service swap: the analysis failing during the bake rolls back to the exact blue task definition', async () => {
    const blue = await seedService(aws.m, { cluster: 'shop', service: 'api' });
    const query = await errorRate(0.002);
    let flipped = false;
    const i = input({ cluster: 'shop', service: 'api', image: 'registry.example/app:2.0.0', bake: '30s', analysis: analysis(query), ...fast });
    const started = Date.now();
    const run = await runActivity(blueGreen, i, {
      during: (env) =>
        env.on('heartbeat', (d: { phase?: string; analysis?: { metrics: Array<{ measured: number }> } }) => {
          if (!flipped && d?.phase === 'baking' && (d.analysis?.metrics[0].measured ?? 0) >= 1) {
            flipped = true;
            void setMetric(query, 0.5);
          }
        }),
    });
    assert.ok(flipped, 'the error rate rose during the bake');
    assert.equal(run.error?.type, 'AnalysisFailed');
    assert.equal(run.error?.nonRetryable, true);
    assert.match(run.error!.message, /^step api \(bake\): target prom \(http:\/\/127\.0\.0\.1:\d+\): metric error-rate failed: 1 measurement failed, more than failureLimit 0 \(successCondition result < 0\.01\); last values: .*0\.5 failed; every service is back on its blue task definition$/);
    assert.ok(Date.now() - started < 15_000, 'the analysis cut the 30 s bake short');
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, blue);
    const updates = aws.proxy.callsOf('UpdateService').map((c) => String(c.params.taskDefinition).split('/').pop());
    assert.deepEqual(updates, ['api:2', 'api:1']);

    const undo = await runActivity(blueGreenUndo, undoInput(i));
    assert.equal(undo.error, undefined, undo.error?.message);
    assert.deepEqual((undo.result as { restored: unknown }).restored, [{ service: 'api', taskDefinition: blue }]);
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, blue);
  });

  test('Prometheus not answering during the bake is retryable: green stays, and the retry resumes the bake', async () => {
    await seedService(aws.m, { cluster: 'shop', service: 'api' });
    const query = await errorRate(0.002);
    const i = input({ cluster: 'shop', service: 'api', image: 'registry.example/app:2.0.0', bake: '600ms', analysis: analysis(query), ...fast });
    const port = await closedPort();
    i.ctx.targets = { prom: { kind: 'prometheus', url: `http://127.0.0.1:${port}` } };
    const first = await runActivity(blueGreen, i);
    assert.equal(first.error?.type, 'PrometheusUnreachable');
    assert.equal(first.error?.nonRetryable, false);
    const green = (await serviceNow(aws.m, 'shop', 'api')).taskDefinition;
    assert.match(String(green), /api:2$/, 'left on green for the retry');
    assert.equal((first.checkpoint as { phase: string }).phase, 'baking');

    // Prometheus answers again (here: the same target, reachable).
    i.ctx.targets = { prom: { kind: 'prometheus', url: prom.url } };
    const second = await runActivity(blueGreen, i, { heartbeatDetails: first.checkpoint });
    assert.equal(second.error, undefined, second.error?.message);
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, green);
    assert.equal(aws.proxy.callsOf('RegisterTaskDefinition').length, 1);
    assert.equal((second.result as unknown as { analysis: AnalysisOut }).analysis.verdict, 'successful');
  });

  test('an analysis target the plan does not declare fails before anything changes', async () => {
    await seedService(aws.m, { cluster: 'shop', service: 'api' });
    const i = input({ cluster: 'shop', service: 'api', image: 'registry.example/app:2.0.0', analysis: { ...analysis('up'), target: 'nope' }, ...fast });
    const run = await runActivity(blueGreen, i);
    assert.equal(run.error?.type, 'PlanError');
    assert.match(run.error!.message, /target nope is not declared in the plan/);
    assert.equal(aws.proxy.callsOf('RegisterTaskDefinition').length, 0);
    assert.equal(aws.proxy.callsOf('UpdateService').length, 0);
  });

  describe('traffic shift', () => {
    async function world() {
      const blue = await seedService(aws.m, { cluster: 'shop', service: 'api', desiredCount: 3 });
      await aws.m.ecs.send(new CreateServiceCommand({ cluster: 'shop', serviceName: 'api-green', taskDefinition: blue, desiredCount: 0 }));
      return { blue, ...(await seedLoadBalancer(aws.m, 'shop')) };
    }
    const shift = (w: Awaited<ReturnType<typeof world>>, extra: Record<string, unknown>) =>
      input({
        cluster: 'shop',
        service: 'api',
        image: 'registry.example/app:2.0.0',
        ...fast,
        trafficShift: {
          listener: w.listener,
          blueTargetGroup: w.blueTargetGroup,
          greenTargetGroup: w.greenTargetGroup,
          greenService: 'api-green',
          pattern: { type: 'canary', percent: 10, bake: '600ms' },
        },
        ...extra,
      });
    const sequence = (w: Awaited<ReturnType<typeof world>>) =>
      aws.proxy.callsOf('ModifyListener').filter((c) => c.params.ListenerArn === w.listener).map((c) => greenPercentOf(c, w.greenTargetGroup));

    test('one analysis across the canary and the bake; passing, the shift reaches 100 %', async () => {
      const w = await world();
      const query = await errorRate(0.002);
      const run = await runActivity(blueGreen, shift(w, { bake: '300ms', analysis: analysis(query, { count: 3 }) }));
      assert.equal(run.error, undefined, run.error?.message);
      assert.deepEqual(sequence(w), [10, 100]);
      const out = run.result as unknown as { analysis: AnalysisOut };
      assert.equal(out.analysis.metrics[0].measured, 3);
      assert.equal(prom.of(query).length, 3);
    });

    test('failing during the canary: 100 % back on blue at once, green scaled back', async () => {
      const w = await world();
      const query = await errorRate(0.3);
      const run = await runActivity(blueGreen, shift(w, { bake: '300ms', analysis: analysis(query, { count: 3 }) }));
      assert.equal(run.error?.type, 'AnalysisFailed');
      assert.match(run.error!.message, /^step api \(traffic shift\): target prom .*metric error-rate failed: .*last values: 0\.3 failed; traffic is back 100% on blue and green is scaled back$/);
      assert.deepEqual(sequence(w), [10, 0]);
      const l = (await aws.m.elb.send(new DescribeListenersCommand({ ListenerArns: [w.listener] }))).Listeners![0];
      const weights = Object.fromEntries(l.DefaultActions!.find((a) => a.Type === 'forward')!.ForwardConfig!.TargetGroups!.map((t) => [t.TargetGroupArn!, t.Weight!]));
      assert.deepEqual(weights, { [w.blueTargetGroup]: 100, [w.greenTargetGroup]: 0 });
      const green = await serviceNow(aws.m, 'shop', 'api-green');
      assert.equal(green.taskDefinition, w.blue);
      assert.equal(green.desiredCount, 0);
    });
  });
});
