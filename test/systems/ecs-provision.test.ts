// ecs.scale and ecs.ensureService against moto: compensations restore the previous count and
// delete only what this run created, also when the step left no output; retries do nothing twice.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateClusterCommand, DescribeClustersCommand, DescribeTaskDefinitionCommand, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { runActivity, seedService, serviceNow, stepInput, undoInput, uniqueRunId, useMoto } from '../helpers/moto';
import { kindActivity } from '../helpers/kinds';

const ensureService = kindActivity('ecs.ensureService');
const ensureServiceUndo = kindActivity('ecs.ensureService.undo');
const scale = kindActivity('ecs.scale');
const scaleUndo = kindActivity('ecs.scale.undo');

const aws = useMoto();

const fast = { stabilize: { timeout: '5s', interval: '100ms' } };

describe('ecs.scale', () => {
  test('scales, is idempotent on retry, and the compensation restores the previous count', async () => {
    await seedService(aws.m, { cluster: 'shop', service: 'api', desiredCount: 2 });
    const input = stepInput('ecs.scale', 'scale-up', { cluster: 'shop', service: 'api', desiredCount: 5, ...fast }, uniqueRunId());
    const first = await runActivity(scale, input);
    assert.equal(first.error, undefined, first.error?.message);
    assert.equal((first.result as { previousDesiredCount: number }).previousDesiredCount, 2);
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).desiredCount, 5);

    // A retry whose result was lost, without checkpoint: the previous count comes from the service's tag.
    const again = await runActivity(scale, input, { attempt: 2 });
    assert.equal((again.result as { previousDesiredCount: number }).previousDesiredCount, 2);
    assert.equal(aws.proxy.callsOf('UpdateService').length, 1);

    // Compensation without output (as after an interrupted step) still knows the count.
    const undo = await runActivity(scaleUndo, undoInput(input));
    assert.equal(undo.error, undefined, undo.error?.message);
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).desiredCount, 2);
    // Twice = once.
    const undo2 = await runActivity(scaleUndo, undoInput(input, first.result));
    assert.equal(undo2.error, undefined, undo2.error?.message);
    assert.equal((await serviceNow(aws.m, 'shop', 'api')).desiredCount, 2);
    assert.equal(aws.proxy.callsOf('UpdateService').length, 2);
  });

  test('the compensation of a step that never changed anything does nothing', async () => {
    await seedService(aws.m, { cluster: 'shop', service: 'api', desiredCount: 2 });
    const input = stepInput('ecs.scale', 'scale-up', { cluster: 'shop', service: 'api', desiredCount: 5, ...fast }, uniqueRunId());
    const undo = await runActivity(scaleUndo, undoInput(input));
    assert.equal((undo.result as { restored: boolean }).restored, false);
    assert.equal(aws.proxy.callsOf('UpdateService').length, 0);
  });
});

const ensureParams = (extra: Record<string, unknown> = {}) => ({
  cluster: 'fresh',
  service: 'api',
  taskDefinition: { family: 'fresh-api', containers: [{ name: 'app', image: 'registry.example/app:1.0.0', memory: 256 }] },
  desiredCount: 2,
  ...fast,
  ...extra,
});

async function clusterStatus(name: string) {
  const r = await aws.m.ecs.send(new DescribeClustersCommand({ clusters: [name] }));
  return r.clusters?.[0]?.status ?? 'MISSING';
}

describe('ecs.ensureService', () => {
  test('creates cluster, task definition and service; a retry creates nothing more; the compensation deletes them', async () => {
    const input = stepInput('ecs.ensureService', 'provision', ensureParams(), uniqueRunId(), 'provisionBase');
    const first = await runActivity(ensureService, input);
    assert.equal(first.error, undefined, first.error?.message);
    const out = first.result as { created: { cluster: boolean; taskDefinition: string | null; service: boolean }; taskDefinition: string };
    assert.equal(out.created.cluster, true);
    assert.equal(out.created.service, true);
    assert.equal(out.created.taskDefinition, out.taskDefinition);
    const svc = await serviceNow(aws.m, 'fresh', 'api');
    assert.equal(svc.desiredCount, 2);

    const again = await runActivity(ensureService, input, { attempt: 2 });
    assert.deepEqual((again.result as { created: unknown }).created, out.created, 'tags say this run created them');
    for (const op of ['CreateCluster', 'CreateService', 'RegisterTaskDefinition']) assert.equal(aws.proxy.callsOf(op).length, 1, op);

    // Compensation as after an interrupted step (no output): found by tags.
    const undo = await runActivity(ensureServiceUndo, undoInput(input));
    assert.equal(undo.error, undefined, undo.error?.message);
    assert.equal(await clusterStatus('fresh'), 'INACTIVE');
    const td = await aws.m.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: out.taskDefinition }));
    assert.equal(td.taskDefinition?.status, 'INACTIVE');
    // Twice = once.
    const undo2 = await runActivity(ensureServiceUndo, undoInput(input, first.result));
    assert.equal(undo2.error, undefined, undo2.error?.message);
    assert.equal(aws.proxy.callsOf('DeleteCluster').length, 1);
  });

  test('deletes only what it created: an existing cluster and task definition stay', async () => {
    await aws.m.ecs.send(new CreateClusterCommand({ clusterName: 'fresh' }));
    const existing = await aws.m.ecs.send(
      new RegisterTaskDefinitionCommand({ family: 'fresh-api', containerDefinitions: [{ name: 'app', image: 'registry.example/app:0.9.0', memory: 256 }] }),
    );
    const input = stepInput('ecs.ensureService', 'provision', ensureParams(), uniqueRunId(), 'provisionBase');
    const run = await runActivity(ensureService, input);
    assert.equal(run.error, undefined, run.error?.message);
    const out = run.result as { created: { cluster: boolean; taskDefinition: string | null; service: boolean }; taskDefinition: string };
    assert.deepEqual(out.created, { cluster: false, taskDefinition: null, service: true });
    assert.equal(out.taskDefinition, existing.taskDefinition!.taskDefinitionArn);

    const undo = await runActivity(ensureServiceUndo, undoInput(input, run.result));
    assert.equal(undo.error, undefined, undo.error?.message);
    assert.equal(await clusterStatus('fresh'), 'ACTIVE');
    const td = await aws.m.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: out.taskDefinition }));
    assert.equal(td.taskDefinition?.status, 'ACTIVE');
    assert.equal(aws.proxy.callsOf('DeleteService').length, 1);
  });

  test('an existing service is left alone, also by the compensation', async () => {
    await seedService(aws.m, { cluster: 'fresh', service: 'api', family: 'fresh-api' });
    const input = stepInput('ecs.ensureService', 'provision', ensureParams(), uniqueRunId(), 'provisionBase');
    const run = await runActivity(ensureService, input);
    assert.deepEqual((run.result as { created: unknown }).created, { cluster: false, taskDefinition: null, service: false });
    await runActivity(ensureServiceUndo, undoInput(input));
    assert.equal((await serviceNow(aws.m, 'fresh', 'api')).status, 'ACTIVE');
    assert.equal(aws.proxy.callsOf('DeleteService').length + aws.proxy.callsOf('DeleteCluster').length, 0);
  });
});
