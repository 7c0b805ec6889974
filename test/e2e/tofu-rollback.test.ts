// tofu.apply through the CLI and real workers: a change to a configuration applied by an earlier
// run, the worker killed in the middle of the apply (tofu stops and saves its state; the step is
// retried on a new worker and finishes), its output used by a later step that fails, and the
// rollback. The workspace is read from the state (tofu show -json) and the files the resources'
// local-exec wrote: it must be exactly as before the run, with no lock left.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { cli, startWorkerProcess, stopProcess } from '../helpers/cli';
import { until } from '../helpers/poll';
import { apply, cleanup, filesOf, input, inputOf, logOf, stateOf, tofu, tofuBin, workdir, type Workdir } from '../systems/tofu-fixtures';

let w: Workdir;
let app: http.Server;
const requested: string[] = [];
let env: Record<string, string>;
const workers: Awaited<ReturnType<typeof startWorkerProcess>>[] = [];

before(async () => {
  w = workdir();
  // An earlier run applied the configuration as it is today.
  const earlier = await apply(input(w, { vars: { out: w.out, value: 'v1' } }));
  assert.equal(earlier.applied, true);
  app = http.createServer((req, res) => {
    requested.push(req.url ?? '');
    res.writeHead(503).end('down for maintenance');
  });
  await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
  env = {
    TEMPORAL_TASK_QUEUE: `tofu-${randomUUID()}`,
    CUTOVER_TOFU_BIN: tofuBin(),
    E2E_TOFU_OUT: w.out,
    E2E_TOFU_GATE: path.join(w.base, 'gate'),
    E2E_APP_URL: `http://127.0.0.1:${(app.address() as AddressInfo).port}`,
  };
});

after(async () => {
  for (const worker of workers) await stopProcess(worker, 'SIGKILL');
  app?.close();
  cleanup();
});

it('a change applied across a worker crash, then a failed smoke check: the infrastructure is back as it was', async () => {
  const before = { state: await stateOf(w), files: filesOf(w) };
  assert.deepEqual(before.files, { 'a.txt': 'v1', 'c.txt': '1' });

  workers.push(await startWorkerProcess(env));
  const id = `tofu-${randomUUID()}`;
  const run = cli(['start', path.join(__dirname, 'fixtures/tofu-rollback.yaml'), '--id', id, '--wait', '--set', `steps.infra.dir=${w.dir}`], env, 300_000);

  // Mid-apply: b is created, c replaced, slow waits on the gate. The worker dies.
  await until('the apply to wait on the gate', () => fs.existsSync(`${env.E2E_TOFU_GATE}.started`) && fs.existsSync(path.join(w.out, 'b.txt')), { ms: 120_000 });
  await stopProcess(workers[0], 'SIGKILL');
  workers.push(await startWorkerProcess(env));
  fs.writeFileSync(env.E2E_TOFU_GATE, '');

  const r = await run;
  assert.equal(r.code, 1, `${r.stdout}\n${r.stderr}`);
  const status = JSON.parse((await cli(['status', id, '--json'], env)).stdout);
  assert.equal(status.state, 'rolled_back', JSON.stringify(status));
  const infra = status.steps.find((s: { id: string }) => s.id === 'infra');
  assert.equal(infra.state, 'succeeded', JSON.stringify(infra));
  assert.ok(infra.attempts >= 2, `the apply was retried on the new worker (${infra.attempts} attempts)`);
  assert.equal(infra.undo.state, 'succeeded', JSON.stringify(infra.undo));
  assert.deepEqual(infra.output.summary.add, ['terraform_data.b[0]', 'terraform_data.slow[0]']);
  assert.deepEqual(infra.output.summary.replace, ['terraform_data.c']);
  assert.deepEqual(infra.output.summary.change, ['terraform_data.a']);
  assert.equal(infra.output.outputs.a_value, 'v2');
  assert.ok(requested.includes('/health/v2'), `the smoke check used the step's output (${requested.join(', ')})`);

  // The world, not the report: the state and the files as before the run, no lock held.
  const state = await stateOf(w);
  assert.deepEqual(Object.keys(state).sort(), Object.keys(before.state).sort());
  assert.equal(inputOf(state, 'terraform_data.a')?.value, 'v1', logOf(w).join('\n'));
  assert.equal(inputOf(state, 'terraform_data.c')?.generation, 1, logOf(w).join('\n'));
  assert.deepEqual(filesOf(w), before.files, logOf(w).join('\n'));
  assert.ok(logOf(w).includes('destroy b') && logOf(w).includes('destroy slow'), logOf(w).join('\n'));
  await tofu(w, ['plan', '-lock-timeout=0s', '-input=false', `-var=out=${w.out}`]);
});
