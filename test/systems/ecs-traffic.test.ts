// ecs.blueGreen, traffic-shift mode, against moto through the proxy: the listener weights follow
// the pattern (recorded from the ModifyListener calls), the test listener sees green first, and
// a failure at any step puts 100 % back on blue at once with green scaled back.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateServiceCommand } from '@aws-sdk/client-ecs';
import { SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeListenersCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { greenPercentOf } from '../helpers/aws-proxy';
import { runActivity, seedAlarm, seedLoadBalancer, seedService, serviceNow, stepInput, undoInput, uniqueRunId, useMoto } from '../helpers/moto';
import { kindActivity } from '../helpers/kinds';

const blueGreen = kindActivity('ecs.blueGreen');
const blueGreenUndo = kindActivity('ecs.blueGreen.undo');

const aws = useMoto();

/** Blue service (3 tasks) behind the blue target group; green service (0 tasks, on blue's definition) behind green. */
async function world() {
  const blue = await seedService(aws.m, { cluster: 'shop', service: 'api', desiredCount: 3 });
  await aws.m.ecs.send(new CreateServiceCommand({ cluster: 'shop', serviceName: 'api-green', taskDefinition: blue, desiredCount: 0 }));
  const lb = await seedLoadBalancer(aws.m, 'shop');
  await seedAlarm(aws.m, 'api-5xx');
  return { blue, ...lb };
}

function params(w: Awaited<ReturnType<typeof world>>, pattern: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    cluster: 'shop',
    service: 'api',
    image: 'registry.example/app:2.0.0',
    healthCheck: { url: aws.health.url, within: '500ms', interval: '100ms' },
    alarms: ['api-5xx'],
    alarmInterval: '50ms',
    stabilize: { timeout: '5s', interval: '100ms' },
    trafficShift: {
      listener: w.listener,
      testListener: w.testListener,
      blueTargetGroup: w.blueTargetGroup,
      greenTargetGroup: w.greenTargetGroup,
      greenService: 'api-green',
      pattern,
    },
    ...extra,
  };
}

/** Green's share at each ModifyListener call on `listener`, in order. */
const sequence = (listener: string, green: string) =>
  aws.proxy.callsOf('ModifyListener').filter((c) => c.params.ListenerArn === listener).map((c) => greenPercentOf(c, green));

async function weightsNow(listener: string) {
  const l = (await aws.m.elb.send(new DescribeListenersCommand({ ListenerArns: [listener] }))).Listeners![0];
  const tgs = l.DefaultActions!.find((a) => a.Type === 'forward')!.ForwardConfig?.TargetGroups ?? [];
  return Object.fromEntries(tgs.map((t) => [t.TargetGroupArn!, t.Weight!]));
}

describe('ecs.blueGreen traffic shift', () => {
  test('canary: test listener to green, then 10 % with a bake, then 100 %', async () => {
    const w = await world();
    const input = stepInput('ecs.blueGreen', 'api', params(w, { type: 'canary', percent: 10, bake: '300ms' }, { bake: '100ms' }), uniqueRunId());
    const run = await runActivity(blueGreen, input);
    assert.equal(run.error, undefined, run.error?.message);
    assert.deepEqual(sequence(w.testListener, w.greenTargetGroup), [100]);
    assert.deepEqual(sequence(w.listener, w.greenTargetGroup), [10, 100]);
    assert.deepEqual(await weightsNow(w.listener), { [w.blueTargetGroup]: 0, [w.greenTargetGroup]: 100 });
    const out = run.result as { weightSteps: number[]; green: { taskDefinition: string; previousTaskDefinition: string; previousDesiredCount: number } };
    assert.deepEqual(out.weightSteps, [10, 100]);
    assert.equal(out.green.previousTaskDefinition, w.blue);
    assert.equal(out.green.previousDesiredCount, 0);
    const green = await serviceNow(aws.m, 'shop', 'api-green');
    assert.equal(green.taskDefinition, out.green.taskDefinition);
    assert.equal(green.desiredCount, 3);
    // Blue is left alone.
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, w.blue);

    // Compensation after success: 100 % blue, green back to its previous definition and count.
    const undo = await runActivity(blueGreenUndo, undoInput(input, run.result));
    assert.equal(undo.error, undefined, undo.error?.message);
    assert.deepEqual(await weightsNow(w.listener), { [w.blueTargetGroup]: 100, [w.greenTargetGroup]: 0 });
    const back = await serviceNow(aws.m, 'shop', 'api-green');
    assert.equal(back.taskDefinition, w.blue);
    assert.equal(back.desiredCount, 0);
  });

  test('linear: +25 % per interval until 100 %', async () => {
    const w = await world();
    const input = stepInput('ecs.blueGreen', 'api', params(w, { type: 'linear', percent: 25, interval: '150ms' }), uniqueRunId());
    const run = await runActivity(blueGreen, input);
    assert.equal(run.error, undefined, run.error?.message);
    assert.deepEqual(sequence(w.listener, w.greenTargetGroup), [25, 50, 75, 100]);
  });

  test('all at once, without a test listener', async () => {
    const w = await world();
    const p = params(w, { type: 'allAtOnce' });
    delete (p.trafficShift as { testListener?: string }).testListener;
    const run = await runActivity(blueGreen, stepInput('ecs.blueGreen', 'api', p, uniqueRunId()));
    assert.equal(run.error, undefined, run.error?.message);
    assert.deepEqual(sequence(w.listener, w.greenTargetGroup), [100]);
    assert.deepEqual(sequence(w.testListener, w.greenTargetGroup), []);
  });

  test('linear: green unhealthy at 50 % sends 100 % back to blue at once and scales green back', async () => {
    const w = await world();
    const input = stepInput('ecs.blueGreen', 'api', params(w, { type: 'linear', percent: 25, interval: '150ms' }), uniqueRunId());
    const run = await runActivity(blueGreen, input, {
      during: (env) =>
        env.on('heartbeat', (d: { phase?: string; index?: number }) => {
          if (d?.phase === 'shift' && d.index === 1) aws.health.healthy = false;
        }),
    });
    assert.equal(run.error?.type, 'HealthCheckFailed');
    assert.match(run.error!.message, /50% green/);
    assert.deepEqual(sequence(w.listener, w.greenTargetGroup), [25, 50, 0]);
    assert.deepEqual(sequence(w.testListener, w.greenTargetGroup), [100, 0]);
    assert.deepEqual(await weightsNow(w.listener), { [w.blueTargetGroup]: 100, [w.greenTargetGroup]: 0 });
    const green = await serviceNow(aws.m, 'shop', 'api-green');
    assert.equal(green.taskDefinition, w.blue);
    assert.equal(green.desiredCount, 0);

    // The compensation (no output: the step failed) finds nothing left to move.
    const undo = await runActivity(blueGreenUndo, undoInput(input));
    assert.equal(undo.error, undefined, undo.error?.message);
    assert.deepEqual(sequence(w.listener, w.greenTargetGroup), [25, 50, 0]);
    assert.deepEqual(await weightsNow(w.listener), { [w.blueTargetGroup]: 100, [w.greenTargetGroup]: 0 });
  });

  test('canary: an alarm during the canary bake returns 100 % to blue', async () => {
    const w = await world();
    const input = stepInput('ecs.blueGreen', 'api', params(w, { type: 'canary', percent: 10, bake: '20s' }), uniqueRunId());
    let fired = false;
    const run = await runActivity(blueGreen, input, {
      during: (env) =>
        env.on('heartbeat', (d: { phase?: string }) => {
          if (d?.phase === 'shift' && !fired) {
            fired = true;
            void aws.m.cloudwatch.send(new SetAlarmStateCommand({ AlarmName: 'api-5xx', StateValue: 'ALARM', StateReason: 'errors at 10%' }));
          }
        }),
    });
    assert.equal(run.error?.type, 'AlarmFired');
    assert.deepEqual(sequence(w.listener, w.greenTargetGroup), [10, 0]);
    assert.deepEqual(await weightsNow(w.listener), { [w.blueTargetGroup]: 100, [w.greenTargetGroup]: 0 });
  });

  test('an unhealthy green behind the test listener never gets production traffic', async () => {
    const w = await world();
    aws.health.healthy = false;
    const run = await runActivity(blueGreen, stepInput('ecs.blueGreen', 'api', params(w, { type: 'allAtOnce' }), uniqueRunId()));
    assert.equal(run.error?.type, 'HealthCheckFailed');
    assert.match(run.error!.message, /test listener/);
    assert.deepEqual(sequence(w.listener, w.greenTargetGroup), []);
    assert.deepEqual(sequence(w.testListener, w.greenTargetGroup), [100, 0]);
  });
});
