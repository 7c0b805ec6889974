// AWS errors met by ECS steps, injected by the proxy: throttling and 5xx are absorbed by retries
// (the SDK's, then Temporal's: they stay retryable); access denied and not-found fail at once,
// non-retryable, naming the resource.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApplicationFailure } from '@temporalio/common';
import { classify } from '../../src/systems/aws/errors';
import { runActivity, seedService, serviceNow, stepInput, uniqueRunId, useMoto } from '../helpers/moto';
import { kindActivity } from '../helpers/kinds';

const blueGreen = kindActivity('ecs.blueGreen');
const scale = kindActivity('ecs.scale');

const aws = useMoto();

const swap = () =>
  stepInput('ecs.blueGreen', 'api', { cluster: 'shop', service: 'api', image: 'registry.example/app:2.0.0', stabilize: { timeout: '5s', interval: '100ms' } }, uniqueRunId());

describe('ECS steps and AWS errors', () => {
  test('throttling and 5xx bursts are absorbed by retries', async () => {
    await seedService(aws.m, { cluster: 'shop', service: 'api' });
    aws.proxy.fault({ operation: 'DescribeServices', kind: 'throttle', times: 2 });
    aws.proxy.fault({ operation: 'RegisterTaskDefinition', kind: 'throttle', times: 1 });
    aws.proxy.fault({ operation: 'UpdateService', kind: 'server', times: 2 });
    aws.proxy.fault({ operation: 'DescribeTaskDefinition', kind: 'latency', delayMs: 200, times: 1 });
    const run = await runActivity(blueGreen, swap());
    assert.equal(run.error, undefined, run.error?.message);
    const faulted = aws.proxy.calls.filter((c) => c.fault).map((c) => `${c.operation}:${c.fault}`);
    assert.deepEqual(faulted.sort(), ['DescribeServices:throttle', 'DescribeServices:throttle', 'RegisterTaskDefinition:throttle', 'UpdateService:server', 'UpdateService:server'].sort());
    assert.equal(aws.proxy.callsOf('UpdateService').length, 1);
    assert.equal(aws.proxy.callsOf('RegisterTaskDefinition').length, 1);
  });

  test('throttling that does not stop fails the attempt as retryable (Temporal retries it)', async () => {
    await seedService(aws.m, { cluster: 'shop', service: 'api' });
    aws.proxy.fault({ operation: 'DescribeServices', kind: 'throttle' });
    const run = await runActivity(blueGreen, swap());
    assert.equal(run.error?.type, 'AwsThrottled');
    assert.notEqual(run.error?.nonRetryable, true);
    assert.match(run.error!.message, /step api: ECS service shop\/api: ThrottlingException/);
    assert.equal(aws.proxy.calls.filter((c) => c.fault === 'throttle').length, 3, "the SDK's standard mode tries three times");
  });

  test('access denied fails at once, non-retryable, naming the resource; blue untouched', async () => {
    const blue = await seedService(aws.m, { cluster: 'shop', service: 'api' });
    aws.proxy.fault({ operation: 'UpdateService', kind: 'accessDenied' });
    const started = Date.now();
    const run = await runActivity(blueGreen, swap());
    assert.equal(run.error?.type, 'AwsAccessDenied');
    assert.equal(run.error?.nonRetryable, true);
    assert.match(run.error!.message, /step api: update ECS service shop\/api: AccessDeniedException/);
    assert.equal(aws.proxy.calls.filter((c) => c.fault === 'accessDenied').length, 1, 'not retried');
    assert.ok(Date.now() - started < 3000);
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).taskDefinition, blue);
  });

  test('a cluster the plan names that does not exist is non-retryable and named', async () => {
    const run = await runActivity(scale, stepInput('ecs.scale', 'scale', { cluster: 'ghost', service: 'api', desiredCount: 3 }, uniqueRunId()));
    assert.equal(run.error?.type, 'AwsNotFound');
    assert.equal(run.error?.nonRetryable, true);
    assert.match(run.error!.message, /ECS service ghost\/api: ClusterNotFoundException/);
  });

  test('classification of SDK errors', () => {
    const sdk = (name: string, status: number, fault: 'client' | 'server' = 'client') =>
      Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: status }, $fault: fault });
    const cases: Array<[Error, string, boolean]> = [
      [sdk('ThrottlingException', 400), 'AwsThrottled', false],
      [sdk('Throttling', 400), 'AwsThrottled', false],
      [sdk('TooManyRequestsException', 429), 'AwsThrottled', false],
      [sdk('InternalFailure', 500, 'server'), 'AwsServerError', false],
      [sdk('ServiceUnavailable', 503, 'server'), 'AwsServerError', false],
      [sdk('AccessDeniedException', 400), 'AwsAccessDenied', true],
      [sdk('AccessDenied', 403), 'AwsAccessDenied', true],
      [sdk('UnrecognizedClientException', 400), 'AwsAccessDenied', true],
      [sdk('DBInstanceNotFoundFault', 404), 'AwsNotFound', true],
      [sdk('ServiceNotFoundException', 400), 'AwsNotFound', true],
      [sdk('ValidationError', 400), 'AwsValidation', true],
      [sdk('InvalidParameterException', 400), 'AwsValidation', true],
      [sdk('InvalidDBInstanceState', 400), 'InvalidDBInstanceState', false],
      [Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), 'AwsUnreachable', false],
    ];
    for (const [err, type, nonRetryable] of cases) {
      const f = classify(err, 'step x: thing y') as ApplicationFailure;
      assert.ok(f instanceof ApplicationFailure, err.name);
      assert.equal(f.type, type, err.name);
      assert.equal(f.nonRetryable, nonRetryable, err.name);
      assert.match(f.message, /^step x: thing y: /);
    }
  });
});
