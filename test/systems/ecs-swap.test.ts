// ecs.blueGreen, service swap mode, against moto through the fault/script proxy: green on
// success; back on the exact blue ARN (read from moto) after an unhealthy green, an alarm during
// the bake, a stuck or failed deployment; several services move together.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { runActivity, seedAlarm, seedService, serviceNow, stepInput, undoInput, uniqueRunId, useMoto } from '../helpers/moto';
import { kindActivity } from '../helpers/kinds';

const blueGreen = kindActivity('ecs.blueGreen');
const blueGreenUndo = kindActivity('ecs.blueGreen.undo');

const aws = useMoto();

const fast = { stabilize: { timeout: '5s', interval: '100ms' }, alarmInterval: '100ms' };
const check = () => ({ url: aws.health.url, expectJson: { status: 'healthy' }, within: '600ms', interval: '100ms' });

describe('ecs.blueGreen service swap', () => {
  test('success leaves green running, made from blue with the overrides', async () => {
    const blue = await seedService(aws.m, { cluster: 'shop', service: 'api' });
    await seedAlarm(aws.m, 'api-5xx');
    const input = stepInput(
      'ecs.blueGreen',
      'api',
      { cluster: 'shop', service: 'api', image: 'registry.example/app:2.0.0', environment: { MODE: 'green' }, healthCheck: check(), bake: '300ms', alarms: ['api-5xx'], ...fast },
      uniqueRunId(),
    );
    const run = await runActivity(blueGreen, input);
    assert.equal(run.error, undefined, run.error?.message);
    const out = run.result as { services: Array<{ blueTaskDefinition: string; greenTaskDefinition: string; desiredCount: number }> };
    assert.equal(out.services[0].blueTaskDefinition, blue);
    const green = out.services[0].greenTaskDefinition;
    assert.notEqual(green, blue);
    const svc = await serviceNow(aws.m, 'shop', 'api');
    assert.equal(svc.taskDefinition, green);
    assert.equal(svc.desiredCount, 2);
    assert.equal(out.services[0].desiredCount, 2);
    const td = await aws.m.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: green, include: ['TAGS'] }));
    const app = td.taskDefinition!.containerDefinitions![0];
    assert.equal(app.image, 'registry.example/app:2.0.0');
    assert.deepEqual(app.environment, [{ name: 'MODE', value: 'green' }]);
    assert.ok(td.tags!.some((t) => t.key === 'cutover:blue' && t.value === blue));
    assert.equal(aws.proxy.callsOf('RegisterTaskDefinition').length, 1);
    assert.equal(aws.proxy.callsOf('UpdateService').length, 1);
    assert.ok(aws.health.hits > 0);
  });

  test('a failed health check puts blue back (exact ARN), and the compensation keeps it there', async () => {
    const blue = await seedService(aws.m, { cluster: 'shop', service: 'api' });
    aws.health.healthy = false;
    const input = stepInput('ecs.blueGreen', 'api', { cluster: 'shop', service: 'api', image: 'registry.example/app:2.0.0', healthCheck: check(), ...fast }, uniqueRunId());
    const run = await runActivity(blueGreen, input);
    assert.equal(run.error?.type, 'HealthCheckFailed');
    assert.equal(run.error?.nonRetryable, true);
    assert.match(run.error!.message, /step api health check: GET .* not as expected after .*: status 503/);
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, blue);

    // The workflow compensates the failed step with no output: blue is found from the world.
    const undo = await runActivity(blueGreenUndo, undoInput(input));
    assert.equal(undo.error, undefined, undo.error?.message);
    assert.deepEqual((undo.result as { restored: unknown }).restored, [{ service: 'api', taskDefinition: blue }]);
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, blue);
  });

  test('an alarm in ALARM during the bake rolls back to blue', async () => {
    const blue = await seedService(aws.m, { cluster: 'shop', service: 'api' });
    await seedAlarm(aws.m, 'api-5xx');
    const input = stepInput('ecs.blueGreen', 'api', { cluster: 'shop', service: 'api', image: 'registry.example/app:2.0.0', bake: '20s', alarms: ['api-5xx'], ...fast }, uniqueRunId());
    const started = Date.now();
    let fired = false;
    const run = await runActivity(blueGreen, input, {
      during: (env) =>
        env.on('heartbeat', (d: { phase?: string }) => {
          if (d?.phase === 'baking' && !fired) {
            fired = true;
            void aws.m.cloudwatch.send(new SetAlarmStateCommand({ AlarmName: 'api-5xx', StateValue: 'ALARM', StateReason: 'five hundreds' }));
          }
        }),
    });
    assert.ok(fired, 'the bake started');
    assert.equal(run.error?.type, 'AlarmFired');
    assert.match(run.error!.message, /api-5xx \(five hundreds\)/);
    assert.ok(Date.now() - started < 10_000, 'the alarm cut the 20s bake short');
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, blue);
    const undo = await runActivity(blueGreenUndo, undoInput(input));
    assert.equal(undo.error, undefined, undo.error?.message);
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, blue);
  });

  test('a deployment that never stabilizes times out and goes back to blue', async () => {
    const blue = await seedService(aws.m, { cluster: 'shop', service: 'api' });
    // Green stays IN_PROGRESS for ever; the rollback to blue completes.
    aws.proxy.scriptRollout(({ taskDefinition, poll }) => (taskDefinition === blue && poll >= 1 ? 'COMPLETED' : 'IN_PROGRESS'));
    const input = stepInput(
      'ecs.blueGreen',
      'api',
      { cluster: 'shop', service: 'api', image: 'registry.example/app:2.0.0', stabilize: { timeout: '700ms', interval: '100ms' } },
      uniqueRunId(),
    );
    const run = await runActivity(blueGreen, input);
    assert.equal(run.error?.type, 'EcsStabilizationTimeout');
    assert.match(run.error!.message, /IN_PROGRESS/);
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, blue);
    const undo = await runActivity(blueGreenUndo, undoInput(input));
    assert.equal(undo.error, undefined, undo.error?.message);
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, blue);
  });

  test('a FAILED deployment (circuit breaker) fails at once and goes back to blue', async () => {
    const blue = await seedService(aws.m, { cluster: 'shop', service: 'api' });
    aws.proxy.scriptRollout(({ taskDefinition, poll }) => (taskDefinition === blue ? 'COMPLETED' : poll >= 1 ? 'FAILED' : 'IN_PROGRESS'));
    const input = stepInput('ecs.blueGreen', 'api', { cluster: 'shop', service: 'api', image: 'registry.example/app:2.0.0', ...fast }, uniqueRunId());
    const run = await runActivity(blueGreen, input);
    assert.equal(run.error?.type, 'EcsDeploymentFailed');
    assert.match(run.error!.message, /circuit breaker/);
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, blue);
  });

  test('several services move together: one failing sends all back to blue', async () => {
    const blueApi = await seedService(aws.m, { cluster: 'shop', service: 'api' });
    const blueWorker = await seedService(aws.m, { cluster: 'shop', service: 'worker', image: 'registry.example/worker:1.0.0' });
    aws.proxy.scriptRollout(({ service, taskDefinition, poll }) => {
      if (taskDefinition === blueApi || taskDefinition === blueWorker) return 'COMPLETED';
      if (service === 'worker') return poll >= 2 ? 'FAILED' : 'IN_PROGRESS';
      return poll >= 1 ? 'COMPLETED' : 'IN_PROGRESS';
    });
    const input = stepInput(
      'ecs.blueGreen',
      'release',
      {
        cluster: 'shop',
        services: [
          { service: 'api', image: 'registry.example/app:2.0.0' },
          { service: 'worker', image: 'registry.example/worker:2.0.0' },
        ],
        ...fast,
      },
      uniqueRunId(),
    );
    const run = await runActivity(blueGreen, input);
    assert.equal(run.error?.type, 'EcsDeploymentFailed');
    assert.match(run.error!.message, /shop\/worker/);
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, blueApi);
    assert.equal((await serviceNow(aws.m, 'shop', 'worker')).taskDefinition, blueWorker);
    // Both were on green before going back: two swaps and two rollbacks.
    const updates = aws.proxy.callsOf('UpdateService').map((c) => `${c.params.service}:${String(c.params.taskDefinition).split('/').pop()}`);
    assert.deepEqual(updates, ['api:api:2', 'worker:worker:2', 'api:api:1', 'worker:worker:1']);

    const undo = await runActivity(blueGreenUndo, undoInput(input));
    assert.equal(undo.error, undefined, undo.error?.message);
    assert.deepEqual(
      (undo.result as { restored: unknown }).restored,
      [
        { service: 'api', taskDefinition: blueApi },
        { service: 'worker', taskDefinition: blueWorker },
      ],
    );
  });

  test('a service the plan names that does not exist fails at once, naming it', async () => {
    await seedService(aws.m, { cluster: 'shop', service: 'api' });
    const input = stepInput('ecs.blueGreen', 'api', { cluster: 'shop', service: 'nope', image: 'x:1', ...fast }, uniqueRunId());
    const run = await runActivity(blueGreen, input);
    assert.equal(run.error?.type, 'AwsNotFound');
    assert.equal(run.error?.nonRetryable, true);
    assert.match(run.error!.message, /ECS service shop\/nope does not exist/);
  });
});
