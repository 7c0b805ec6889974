// Plugins through the CLI as a person runs it: the kinds of a plugin named in the project's
// cutover.config.json (found from the current folder) or in CUTOVER_PLUGINS are known to
// validate, plan, doctor, start and worker (which runs them and their undo); validating a plan of
// them loads no driver; a broken plugin stops each of these commands with exit 4, saying which
// plugin and where it is named.
import { after, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { cli, startWorkerProcess, stopProcess } from '../helpers/cli';
import { ROOT, stackEnv } from '../helpers/stack';
import { manyStepsPlan } from '../fixtures/plugins/plan-200';

const BIN = path.join(ROOT, 'bin/cutover.js');
const FIXTURES = path.join(ROOT, 'test/fixtures/plugins');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
  /** The drivers the process loaded (test/fixtures/plugins/report-drivers.js). */
  drivers: string[];
}

function cutover(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Result> {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-drivers-')), 'drivers.json');
  const full = {
    ...process.env,
    TEMPORAL_ADDRESS: stackEnv().TEMPORAL_ADDRESS,
    CI: 'true',
    CUTOVER_PLUGINS: '',
    NODE_OPTIONS: `--require ${path.join(FIXTURES, 'report-drivers.js')}`,
    REPORT_DRIVERS_FILE: report,
    ...env,
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: full, timeout: 60_000 }, (err, stdout, stderr) => {
      const drivers = fs.existsSync(report) ? (JSON.parse(fs.readFileSync(report, 'utf8')) as { drivers: string[] }).drivers : [];
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr, drivers });
    });
  });
}

/** A project folder: a config file naming the acme plugin by a path relative to it, and the 200-step plan. */
function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-project-'));
  fs.writeFileSync(path.join(dir, 'cutover.config.yaml'), `plugins:\n  - ${path.relative(dir, path.join(FIXTURES, 'acme.js'))}\n`);
  fs.mkdirSync(path.join(dir, 'plans'));
  fs.writeFileSync(path.join(dir, 'plans/many.yaml'), manyStepsPlan('plugin', 200));
  return dir;
}

it('validate and plan know the kinds of the plugin named in the config file, and load no driver', async () => {
  const dir = project();
  // From a folder below the config file's; the worker's settings do not concern validate.
  const v = await cutover(['validate', 'many.yaml'], path.join(dir, 'plans'), { CUTOVER_CHECKPOINT_INTERVAL: 'fast' });
  assert.equal(v.code, 0, v.stderr);
  assert.equal(v.stdout.trim(), 'many.yaml: ok (plan many-plugin, environment bench)');
  assert.deepEqual(v.drivers, [], 'validating loads neither the plugin\'s driver nor any built-in one');

  const p = await cutover(['plan', 'plans/many.yaml', '--json'], dir);
  assert.equal(p.code, 0, p.stderr);
  const explained = JSON.parse(p.stdout);
  assert.equal(explained.steps.length, 200);
  assert.equal(explained.steps[0].does, 'open a ticket in the ledger: ledger: "ticket 1" (priority 2)');
  assert.equal(explained.rollback.length, 100);
  assert.deepEqual(p.drivers, []);
});

it('without the plugin the same plan is refused: its kinds are not known', async () => {
  const dir = project();
  fs.rmSync(path.join(dir, 'cutover.config.yaml'));
  const v = await cutover(['validate', 'plans/many.yaml'], dir);
  assert.equal(v.code, 4);
  assert.match(v.stderr, /^plans\/many\.yaml:\d+:\d+: .*acme\.open/m);
});

it('CUTOVER_PLUGINS names plugins by path from the current folder', async () => {
  const dir = project();
  fs.rmSync(path.join(dir, 'cutover.config.yaml'));
  const v = await cutover(['validate', path.join(dir, 'plans/many.yaml')], FIXTURES, { CUTOVER_PLUGINS: './acme.js,./widgets.mjs' });
  assert.equal(v.code, 0, v.stderr);
});

it('a broken plugin stops validate, plan, doctor and worker with exit 4, naming the plugin and where it is named', async () => {
  const dir = project();
  fs.writeFileSync(path.join(dir, 'cutover.config.yaml'), 'plugins:\n  - ./kinds/ledger.js\n');
  const expected = `cutover: ${dir}/cutover.config.yaml:2:5: plugin ./kinds/ledger.js: no such module: ${dir}/kinds/ledger.js`;
  for (const args of [['validate', 'plans/many.yaml'], ['plan', 'plans/many.yaml'], ['doctor', 'plans/many.yaml']]) {
    const r = await cutover(args, dir);
    assert.equal(r.code, 4, `${args[0]}: ${r.stdout}${r.stderr}`);
    assert.equal(r.stderr.trim(), expected, args[0]);
  }
  // The worker checks its plugins before it connects: exit 4, not 5, with Temporal out of reach.
  const w = await cutover(['worker'], FIXTURES, { CUTOVER_PLUGINS: './throws.js', TEMPORAL_ADDRESS: '127.0.0.1:1' });
  assert.equal(w.code, 4, w.stdout + w.stderr);
  assert.equal(w.stderr.trim(), `cutover: CUTOVER_PLUGINS: plugin ./throws.js: failed to load ${FIXTURES}/throws.js: the ledger plugin needs LEDGER_REGION`);
});

it("doctor checks a plugin's target kind with the plugin's probe (its driver loaded then, and only then)", async () => {
  const dir = project();
  const r = await cutover(['doctor', 'plans/many.yaml', '--json'], dir, { LEDGER_URL: stackEnv().CUTOVER_REDIS_URL });
  const checks = JSON.parse(r.stdout) as { check: string; ok: boolean; detail: string }[];
  const ledger = checks.find((c) => c.check.includes('ledger'));
  assert.ok(ledger, JSON.stringify(checks));
  assert.equal(ledger.ok, true, ledger.detail);
  assert.match(ledger.detail, /^redis \d+\.\d+/);
  assert.deepEqual(r.drivers, ['ioredis'], 'the probe loaded the plugin\'s driver');
});

const workers: Awaited<ReturnType<typeof startWorkerProcess>>[] = [];
after(async () => {
  for (const w of workers) await stopProcess(w);
});

it("cutover worker runs a plugin's kinds, feeds one's output to the next, and runs the undo on a rollback", async () => {
  const acme = path.join(FIXTURES, 'acme.js');
  const env = { TEMPORAL_TASK_QUEUE: `plugins-${randomUUID()}`, CUTOVER_PLUGINS: acme, LEDGER_URL: stackEnv().CUTOVER_REDIS_URL };
  workers.push(await startWorkerProcess(env));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-plugin-run-'));
  const plan = (failing: boolean) => {
    const file = path.join(dir, `${failing ? 'failing' : 'passing'}.yaml`);
    fs.writeFileSync(
      file,
      `name: ledger-${failing ? 'failing' : 'passing'}
environment: test
targets: { ledger: { kind: ledger, url: "\${env:LEDGER_URL}" } }
phases:
  migrateData:
    - { id: open, kind: acme.open, target: ledger, title: "release 42" }
    - { id: note, kind: acme.note, ticket: "\${steps.open.ticket}", text: shipped }
${failing ? '    - { id: fail, kind: preflight.env, require: [CUTOVER_PLUGINS_TEST_NEVER_SET] }\n' : ''}`,
    );
    return file;
  };
  const redis = new Redis(stackEnv().CUTOVER_REDIS_URL);
  try {
    const run = async (failing: boolean, code: number) => {
      const id = `plugins-${randomUUID()}`;
      const r = await cli(['start', plan(failing), '--id', id, '--wait'], env);
      assert.equal(r.code, code, `${r.stdout}\n${r.stderr}\n${workers[0].logs()}`);
      const status = JSON.parse((await cli(['status', id, '--json'], env)).stdout);
      return Object.fromEntries(status.steps.map((s: { id: string }) => [s.id, s]));
    };
    // A run that succeeds leaves its ticket in the ledger (Redis), where acme.open wrote it.
    const ok = await run(false, 0);
    const ticket = ok.open.output.ticket as string;
    assert.deepEqual(await redis.hgetall(ticket), { title: 'release 42', priority: '3' });
    assert.equal(ok.note.output.note, `${ticket}: shipped`, "the note step got the open step's output");
    // A run that fails after opening one: the undo deletes that run's ticket.
    const failed = await run(true, 1);
    assert.equal(failed.open.undo.state, 'succeeded');
    assert.equal(await redis.exists(failed.open.output.ticket), 0, "the rolled-back run's ticket is gone");
    await redis.del(ticket);
  } finally {
    redis.disconnect();
  }
});
