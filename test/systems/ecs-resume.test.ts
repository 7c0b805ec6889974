// Resuming ECS steps after an interruption (a worker crash looks, to the next attempt, like the
// previous attempt's last checkpoint in heartbeatDetails, or no checkpoint at all when the last
// heartbeat never reached the server): nothing is registered, swapped or shifted twice.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateServiceCommand } from '@aws-sdk/client-ecs';
import { greenPercentOf } from '../helpers/aws-proxy';
import { runActivity, seedLoadBalancer, seedService, serviceNow, stepInput, undoInput, uniqueRunId, useMoto } from '../helpers/moto';
import { kindActivity } from '../helpers/kinds';

const blueGreen = kindActivity('ecs.blueGreen');
const blueGreenUndo = kindActivity('ecs.blueGreen.undo');

const aws = useMoto();

interface SwapCheckpoint {
  phase: string;
  deadline: number;
  services: Array<{ service: string; blue: string; green: string }>;
}

const swapParams = () => ({
  cluster: 'shop',
  service: 'api',
  image: 'registry.example/app:2.0.0',
  healthCheck: { url: aws.health.url, within: '500ms', interval: '100ms' },
  bake: '100ms',
  stabilize: { timeout: '20s', interval: '100ms' },
});

/** Green rolls out only once `gate.open`; blue deployments complete at once. */
function gatedRollout(blue: string) {
  const gate = { open: false };
  aws.proxy.scriptRollout(({ taskDefinition }) => (taskDefinition === blue || gate.open ? 'COMPLETED' : 'IN_PROGRESS'));
  return gate;
}

/** Runs the step and cancels it on its `n`-th poll in `phase`. */
function interruptAt(phase: string, n: number) {
  let polls = 0;
  return {
    during: (env: { on: (e: string, f: (d: { phase?: string }) => void) => void; cancel: () => void }) =>
      env.on('heartbeat', (d) => {
        if (d?.phase === phase && ++polls === n) env.cancel();
      }),
  };
}

describe('ecs.blueGreen resume', () => {
  test('an interrupted stabilization wait resumes from its checkpoint: one registration, one swap', async () => {
    const blue = await seedService(aws.m, { cluster: 'shop', service: 'api' });
    const gate = gatedRollout(blue);
    const input = stepInput('ecs.blueGreen', 'api', swapParams(), uniqueRunId());

    const first = await runActivity(blueGreen, input, interruptAt('stabilizing', 3));
    assert.equal(first.error?.name, 'CancelledFailure');
    const cp = first.checkpoint as SwapCheckpoint;
    assert.equal(cp.phase, 'stabilizing');
    assert.equal(cp.services[0].blue, blue);
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, cp.services[0].green);

    gate.open = true;
    const second = await runActivity(blueGreen, input, { heartbeatDetails: cp });
    assert.equal(second.error, undefined, second.error?.message);
    const out = second.result as { services: Array<{ blueTaskDefinition: string; greenTaskDefinition: string }> };
    assert.equal(out.services[0].blueTaskDefinition, blue);
    assert.equal(out.services[0].greenTaskDefinition, cp.services[0].green);
    assert.equal(aws.proxy.callsOf('RegisterTaskDefinition').length, 1);
    assert.equal(aws.proxy.callsOf('UpdateService').length, 1);
    // The resumed wait kept the first attempt's deadline.
    assert.equal((second.checkpoint as SwapCheckpoint).deadline, cp.deadline);
  });

  test('with the checkpoint lost, the retry reads the world (tags) and still swaps only once', async () => {
    const blue = await seedService(aws.m, { cluster: 'shop', service: 'api' });
    const gate = gatedRollout(blue);
    const input = stepInput('ecs.blueGreen', 'api', swapParams(), uniqueRunId());
    const first = await runActivity(blueGreen, input, interruptAt('stabilizing', 2));
    assert.equal(first.error?.name, 'CancelledFailure');

    gate.open = true;
    const second = await runActivity(blueGreen, input, { attempt: 2 });
    assert.equal(second.error, undefined, second.error?.message);
    const out = second.result as { services: Array<{ blueTaskDefinition: string }> };
    assert.equal(out.services[0].blueTaskDefinition, blue, 'blue comes from the green task definition tags, not from the service');
    assert.equal(aws.proxy.callsOf('RegisterTaskDefinition').length, 1);
    assert.equal(aws.proxy.callsOf('UpdateService').length, 1);
  });

  test('the compensation of an interrupted swap finds blue from the world and puts it back', async () => {
    const blue = await seedService(aws.m, { cluster: 'shop', service: 'api' });
    gatedRollout(blue);
    const input = stepInput('ecs.blueGreen', 'api', swapParams(), uniqueRunId());
    const first = await runActivity(blueGreen, input, interruptAt('stabilizing', 2));
    assert.equal(first.error?.name, 'CancelledFailure');
    assert.notEqual((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, blue);

    const undo = await runActivity(blueGreenUndo, undoInput(input));
    assert.equal(undo.error, undefined, undo.error?.message);
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, blue);
  });

  test('an interrupted compensation resumes its wait and updates the service once', async () => {
    const blue = await seedService(aws.m, { cluster: 'shop', service: 'api' });
    const gate = { open: false };
    // Green completes; the way back to blue waits for the gate.
    aws.proxy.scriptRollout(({ taskDefinition }) => (taskDefinition !== blue || gate.open ? 'COMPLETED' : 'IN_PROGRESS'));
    const input = stepInput('ecs.blueGreen', 'api', swapParams(), uniqueRunId());
    const run = await runActivity(blueGreen, input);
    assert.equal(run.error, undefined, run.error?.message);

    let polls = 0;
    const first = await runActivity(blueGreenUndo, undoInput(input, run.result), {
      during: (env) => env.on('heartbeat', () => void (++polls === 3 && env.cancel())),
    });
    assert.equal(first.error?.name, 'CancelledFailure');
    gate.open = true;
    const second = await runActivity(blueGreenUndo, undoInput(input, run.result), { heartbeatDetails: first.checkpoint });
    assert.equal(second.error, undefined, second.error?.message);
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, blue);
    const toBlue = aws.proxy.callsOf('UpdateService').filter((c) => c.params.taskDefinition === blue);
    assert.equal(toBlue.length, 1);
  });

  test('an interrupted traffic shift resumes at the weight step it reached', async () => {
    const blue = await seedService(aws.m, { cluster: 'shop', service: 'api', desiredCount: 2 });
    await aws.m.ecs.send(new CreateServiceCommand({ cluster: 'shop', serviceName: 'api-green', taskDefinition: blue, desiredCount: 0 }));
    const lb = await seedLoadBalancer(aws.m, 'shop');
    const input = stepInput(
      'ecs.blueGreen',
      'api',
      {
        cluster: 'shop',
        service: 'api',
        image: 'registry.example/app:2.0.0',
        alarmInterval: '50ms',
        stabilize: { timeout: '5s', interval: '100ms' },
        trafficShift: {
          listener: lb.listener,
          blueTargetGroup: lb.blueTargetGroup,
          greenTargetGroup: lb.greenTargetGroup,
          greenService: 'api-green',
          pattern: { type: 'linear', percent: 25, interval: '300ms' },
        },
      },
      uniqueRunId(),
    );
    const first = await runActivity(blueGreen, input, {
      during: (env) =>
        env.on('heartbeat', (d: { phase?: string; index?: number }) => {
          if (d?.phase === 'shift' && d.index === 1) env.cancel();
        }),
    });
    assert.equal(first.error?.name, 'CancelledFailure');
    const second = await runActivity(blueGreen, input, { heartbeatDetails: first.checkpoint });
    assert.equal(second.error, undefined, second.error?.message);
    const seq = aws.proxy.callsOf('ModifyListener').map((c) => greenPercentOf(c, lb.greenTargetGroup));
    assert.deepEqual(seq, [25, 50, 75, 100]);
    assert.equal(aws.proxy.callsOf('RegisterTaskDefinition').length, 1);
  });
});
