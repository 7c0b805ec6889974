// A run started the way the Temporal Web UI starts one: workflow type, task queue and a single
// JSON object naming a plan the worker knows. Sent here with the `temporal` CLI's
// `workflow start`, which makes the same StartWorkflowExecution call with the same JSON.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { searchAttributes } from '../../src/workflows/definitions';
import { cli, startWorkerProcess, stopProcess } from '../helpers/cli';
import { stackEnv } from '../helpers/stack';

let env: Record<string, string>;
let worker: Awaited<ReturnType<typeof startWorkerProcess>>;

before(async () => {
  env = { TEMPORAL_TASK_QUEUE: `ui-${randomUUID()}`, CUTOVER_PLANS_DIR: path.join(__dirname, 'fixtures') };
  worker = await startWorkerProcess(env);
});
after(async () => worker && stopProcess(worker));

const temporal = (args: string[]) => {
  const { CUTOVER_TEMPORAL_BIN: bin, TEMPORAL_ADDRESS: address } = stackEnv();
  return execFileSync(bin, [...args, '--address', address], { encoding: 'utf8' });
};

it('starts from the UI form input, explains itself, and is listed by cutover list', async () => {
  const id = `ui-${randomUUID()}`;
  temporal([
    'workflow', 'start', '--type', 'migration', '--task-queue', env.TEMPORAL_TASK_QUEUE, '--workflow-id', id,
    '--input', JSON.stringify({ plan: 'timers', environment: 'ui-test', startedBy: 'web-ui' }),
  ]);
  for (let i = 0; ; i++) {
    const r = await cli(['status', id, '--json'], env);
    if (r.code === 0 && JSON.parse(r.stdout).waitingFor?.type === 'gate') break;
    assert.ok(i < 100, `never reached the gate: ${r.stdout}${r.stderr}`);
    await new Promise((res) => setTimeout(res, 200));
  }
  const client = new Client({ connection: await Connection.connect({ address: stackEnv().TEMPORAL_ADDRESS }) });
  const desc = await client.workflow.getHandle(id).describe();
  const sa = desc.typedSearchAttributes;
  assert.deepEqual(
    [sa.get(searchAttributes.plan), sa.get(searchAttributes.environment), sa.get(searchAttributes.state), sa.get(searchAttributes.phase)],
    ['e2e-timers', 'ui-test', 'waiting', 'migrateData'],
  );
  assert.deepEqual(await desc.memo, { plan: 'e2e-timers', environment: 'ui-test', startedBy: 'web-ui' });
  await client.connection.close();
  const listed = JSON.parse((await cli(['list', '--environment', 'ui-test', '--state', 'waiting', '--json'], env)).stdout) as { workflowId: string }[];
  assert.ok(listed.some((r) => r.workflowId === id), 'cutover list filters on the search attributes');
  assert.equal((await cli(['approve', id, 'go-live'], env)).code, 0);
  assert.equal((await cli(['watch', id], env)).code, 0);
});

it('a plan name the worker does not know fails the run with a clear message', async () => {
  const id = `ui-${randomUUID()}`;
  temporal(['workflow', 'start', '--type', 'migration', '--task-queue', env.TEMPORAL_TASK_QUEUE, '--workflow-id', id, '--input', '{"plan":"no-such-plan"}']);
  const r = await cli(['watch', id], env);
  assert.equal(r.code, 4, `${r.stdout}\n${r.stderr}`); // the plan is bad input
  assert.match(r.stderr, /no plan named no-such-plan/);
  const desc = temporal(['workflow', 'describe', '--workflow-id', id]);
  assert.match(desc, /Failed|FAILED/);
  assert.match(desc, /no-such-plan/);
});
