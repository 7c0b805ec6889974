// tofu.apply interrupted mid-apply, with the stack's real OpenTofu: the tofu process killed
// outright (a lock left in a remote backend: S3 with a DynamoDB lock table, on moto), the worker
// killed (tofu is told to stop and saves its state), the activity cancelled. A retry finishes the
// apply or the undo puts the workspace back, and no lock is left held. The world is read back from
// the state, the lock table and the files the resources' local-exec wrote.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { CancelledFailure } from '@temporalio/common';
import type { StepInput } from '../../src/kit/context';
import { run } from '../../src/systems/tofu/cli';
import { readInvocations, type Invocation } from '../../src/systems/tofu/invocations';
import { lockInfoOf } from '../../src/systems/tofu/locks';
import { failure } from '../helpers/failures';
import { kindActivity } from '../helpers/kinds';
import { motoUrl } from '../helpers/moto';
import { pollFor, until } from '../helpers/poll';
import { stackEnv } from '../helpers/stack';
import { apply, cleanup, env, filesOf, input, inputOf, logOf, stateOf, stepHome, tofu, tofuBin, undo, workdir, type Logged, type Workdir } from './tofu-fixtures';

const kindApply = kindActivity('tofu.apply');
let moto: string;
before(async () => {
  tofuBin();
  moto = await motoUrl();
  const s = stackEnv();
  Object.assign(process.env, { AWS_ENDPOINT_URL: moto, AWS_REGION: s.AWS_REGION ?? 'us-east-1', AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' });
});
after(cleanup);

/** moto's JSON API for DynamoDB (no SDK client for it in this project). */
async function dynamo(target: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(moto, {
    method: 'POST',
    headers: {
      'X-Amz-Target': `DynamoDB_20120810.${target}`,
      'Content-Type': 'application/x-amz-json-1.0',
      Authorization: 'AWS4-HMAC-SHA256 Credential=testing/20240101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`DynamoDB ${target}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** The state lock items in the table (tofu also keeps a `-md5` digest item per state, not a lock). */
async function locks(table: string): Promise<string[]> {
  const r = await dynamo('Scan', { TableName: table });
  return ((r.Items ?? []) as { LockID: { S: string }; Info?: { S: string } }[]).filter((i) => i.Info).map((i) => i.LockID.S);
}

/** The configuration in an S3 backend on moto, locked in a DynamoDB table; the step's backendConfig. */
async function useS3(w: Workdir): Promise<{ table: string; backendConfig: Record<string, unknown> }> {
  const name = `cutover-tofu-${randomUUID().slice(0, 8)}`;
  const put = await fetch(`${moto}/${name}`, { method: 'PUT' });
  assert.ok(put.ok, `create bucket: ${put.status}`);
  await dynamo('CreateTable', {
    TableName: name,
    KeySchema: [{ AttributeName: 'LockID', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'LockID', AttributeType: 'S' }],
    BillingMode: 'PAY_PER_REQUEST',
  });
  fs.writeFileSync(path.join(w.dir, 'backend.tf'), 'terraform {\n  backend "s3" {}\n}\n');
  const backendConfig = {
    bucket: name,
    key: 'infra/terraform.tfstate',
    dynamodb_table: name,
    use_path_style: true,
    skip_credentials_validation: true,
    skip_requesting_account_id: true,
    skip_metadata_api_check: true,
  };
  w.initArgs = Object.entries(backendConfig).map(([k, v]) => `-backend-config=${k}=${v}`);
  return { table: name, backendConfig };
}

/** The step's running command (`apply`), from the record the step keeps of the commands it started. */
const running = (i: StepInput, command: string): Promise<Invocation> =>
  pollFor(`a running tofu ${command}`, () => readInvocations(stepHome(i)).find((c) => c.command === command && c.endedAt === undefined), (c) => !!c) as Promise<Invocation>;

const gone = (pid: number) => {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
};

const started = (gate: string) => until(`${gate}.started`, () => fs.existsSync(`${gate}.started`));

describe('tofu.apply interrupted', () => {
  it('tofu killed mid-apply leaves its lock in the backend; the retry breaks it (this step took it) and finishes', async () => {
    const w = workdir();
    const { table, backendConfig } = await useS3(w);
    const gate = path.join(w.base, 'gate');
    const i = input(w, { backendConfig, vars: { out: w.out, gate } });
    const first = apply(i);
    await started(gate);
    const cmd = await running(i, 'apply');
    process.kill(cmd.pid, 'SIGKILL');
    const f = await failure(first);
    assert.equal(f.type, 'TofuApplyFailed');
    assert.equal(f.nonRetryable, false, 'a killed apply is retried');
    assert.match(f.message, /killed by SIGKILL/);
    assert.equal((await locks(table)).length, 1, 'the killed tofu left its lock in the table');

    fs.writeFileSync(gate, '');
    const logs: Logged[] = [];
    const out = await apply(i, env({ attempt: 2 }, logs));
    assert.equal(out.applied, true);
    assert.ok(logs.some((l) => l.message === 'broke a state lock left by an earlier command of this step'), JSON.stringify(logs));
    assert.deepEqual(await locks(table), [], 'no lock left');
    const state = await stateOf(w);
    assert.deepEqual(Object.keys(state).sort(), ['terraform_data.a', 'terraform_data.c', 'terraform_data.slow[0]']);
    assert.deepEqual(filesOf(w), { 'a.txt': 'v1', 'c.txt': '1', 'slow.txt': 'slow' });
    // The summary is the first plan's: what the step changed, not what the retry had left to do.
    assert.deepEqual((out.summary as { add: string[] }).add, ['terraform_data.a', 'terraform_data.c', 'terraform_data.slow[0]']);
  });

  it("a lock that is not this step's is never broken: the attempt fails retryably, naming it", async () => {
    const w = workdir();
    const { table, backendConfig } = await useS3(w);
    const gate = path.join(w.base, 'gate');
    // Someone else's apply holds the lock: a tofu run by hand in the same workspace, waiting on the gate.
    await tofu(w, ['version']); // initializes the test's own data dir on the backend
    const holder = spawn(tofuBin(), ['apply', '-auto-approve', '-input=false', `-var=out=${w.out}`, `-var=gate=${gate}`], {
      cwd: w.dir,
      env: { ...process.env, TF_IN_AUTOMATION: '1', TF_DATA_DIR: path.join(w.base, 'test-data-config'), TF_WORKSPACE: 'test' },
      stdio: 'ignore',
    });
    try {
      await started(gate);
      await until('the lock in the table', async () => (await locks(table)).length === 1);
      const f = await failure(apply(input(w, { backendConfig, lockTimeout: '1s', vars: { out: w.out, gate } })));
      assert.equal(f.type, 'TofuStateLocked');
      assert.equal(f.nonRetryable, false);
      assert.match(f.message, /^step infra: plan: the state is locked: lock [0-9a-f-]{36} held by .+@.+ for OperationTypeApply since \d{4}-.* \(not by this step\)$/);
      // The same lock, as a command without -json reports it (cutover's records are written by `state push`).
      const file = path.join(w.base, 'push.json');
      fs.writeFileSync(file, JSON.stringify({ version: 4, serial: 1000, lineage: randomUUID(), outputs: {}, resources: [] }));
      const pushed = await run({ bin: tofuBin(), home: w.base, where: 'test' }, ['state', 'push', '-lock-timeout=0s', file], { cwd: w.dir, dataDir: path.join(w.base, 'test-data-config'), workspace: 'test' });
      assert.equal(pushed.code, 1);
      const lock = lockInfoOf(pushed);
      assert.match(lock?.id ?? '', /^[0-9a-f-]{36}$/, pushed.stderr);
      assert.equal(lock?.operation, 'OperationTypeApply');
      assert.ok(lock?.who.endsWith(`@${os.hostname()}`), lock?.who);
      assert.ok(f.message.includes(`lock ${lock?.id} `), 'the lock the plan named');
      assert.equal((await locks(table)).length, 1, 'the lock is still there');
    } finally {
      fs.writeFileSync(gate, '');
      await new Promise((r) => (holder.exitCode === null ? holder.once('exit', r) : r(undefined)));
    }
    assert.deepEqual(await locks(table), []);
  });

  it('a worker killed mid-apply: tofu stops and saves its state; the undo puts the change back', async () => {
    const w = workdir();
    const setup = await apply(input(w, { vars: { out: w.out, value: 'v1' } })); // an earlier run
    assert.equal(setup.applied, true);
    const earlier = { state: await stateOf(w), files: filesOf(w) };

    const gate = path.join(w.base, 'gate');
    const i = input(w, { vars: { out: w.out, value: 'v2', with_b: true, gate } });
    const file = path.join(w.base, 'input.json');
    fs.writeFileSync(file, JSON.stringify(i));
    const worker = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'tofu-child.ts'), file], { env: process.env, stdio: 'ignore' });
    await started(gate);
    await until('b created beside the waiting slow', () => fs.existsSync(path.join(w.out, 'b.txt')));
    const cmd = await running(i, 'apply');
    worker.kill('SIGKILL');
    await until('tofu stopped after its worker died', () => gone(cmd.pid), { ms: 30_000 });

    // The state was saved on the way out: b is in it, slow is in it (tainted), a is not changed yet.
    const mid = await stateOf(w);
    assert.ok(mid['terraform_data.b[0]'], JSON.stringify(Object.keys(mid)));
    assert.equal(inputOf(mid, 'terraform_data.a')?.value, 'v1');
    assert.equal((await tofu(w, ['plan', '-lock-timeout=0s', '-input=false', `-var=out=${w.out}`])).length > 0, true, 'no lock held');

    // The run rolls back: the undo has no output (the step never returned).
    const u = await undo(i);
    assert.equal(u.undone, true);
    assert.deepEqual(u.destroyed, ['terraform_data.b[0]', 'terraform_data.slow[0]']);
    const state = await stateOf(w);
    assert.deepEqual(Object.keys(state).sort(), Object.keys(earlier.state).sort());
    assert.equal(inputOf(state, 'terraform_data.a')?.value, 'v1');
    assert.deepEqual(filesOf(w), earlier.files, 'b.txt removed; slow never wrote its file');
    assert.ok(logOf(w).includes('destroy b'));
    assert.deepEqual(await undo(i), { workspace: 'test', undone: false, reason: "this run's step applied nothing in workspace test" });
  });

  it('a cancelled apply stops gracefully (state saved, lock released) and its retry finishes', async () => {
    const w = workdir();
    const gate = path.join(w.base, 'gate');
    const i = input(w, { vars: { out: w.out, gate } });
    const e = env();
    const first = e.run(kindApply, i);
    await started(gate);
    const cmd = await running(i, 'apply');
    e.cancel();
    await assert.rejects(first, (err: unknown) => err instanceof CancelledFailure);
    await until('tofu stopped', () => gone(cmd.pid), { ms: 30_000 });
    assert.ok((await stateOf(w))['terraform_data.slow[0]'], 'the interrupted apply saved its state');

    fs.writeFileSync(gate, '');
    const out = await apply(i, env({ attempt: 2 }));
    assert.equal(out.applied, true);
    assert.deepEqual(filesOf(w), { 'a.txt': 'v1', 'c.txt': '1', 'slow.txt': 'slow' });
    assert.deepEqual(Object.keys(await stateOf(w)).sort(), ['terraform_data.a', 'terraform_data.c', 'terraform_data.slow[0]']);
  });

  it('the undo of an apply killed outright breaks the lock too and leaves the state as before', async () => {
    const w = workdir();
    const { table, backendConfig } = await useS3(w);
    const gate = path.join(w.base, 'gate');
    const i = input(w, { backendConfig, vars: { out: w.out, gate } });
    const first = apply(i);
    await started(gate);
    process.kill((await running(i, 'apply')).pid, 'SIGKILL');
    await failure(first);
    assert.equal((await locks(table)).length, 1);

    const u = await undo(i);
    assert.equal(u.undone, true);
    assert.deepEqual(await locks(table), [], 'no lock left');
    // A command killed outright saves nothing: what it had done (c's file) is outside any state,
    // which is why cutover stops tofu gracefully whenever it can.
    assert.deepEqual(await stateOf(w), {});
  });
});
