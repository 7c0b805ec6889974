// tofu.apply and its undo with the stack's real OpenTofu, on configurations of built-in
// terraform_data resources whose local-exec provisioners leave files behind. What happened is read
// from those files and from the state (tofu show -json, tofu state pull), not from cutover's output.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { probeTofu } from '../../src/systems/tofu/probe';
import { failure } from '../helpers/failures';
import { apply, cleanup, env, filesOf, input, inputOf, logOf, serialOf, stateOf, stepHome, tofu, tofuBin, undo, workdir, type Logged } from './tofu-fixtures';

before(() => tofuBin());
after(cleanup);

describe('tofu.apply', () => {
  it('creates the resources, records the plan summary and returns the non-sensitive outputs only', async () => {
    const w = workdir();
    const token = `sekret-${randomUUID()}`;
    const logs: Logged[] = [];
    const i = input(w, { vars: { out: w.out, value: 'v1', token } });
    const out = await apply(i, env({}, logs));

    assert.deepEqual(filesOf(w), { 'a.txt': 'v1', 'c.txt': '1' }, 'the provisioners ran');
    const state = await stateOf(w);
    assert.deepEqual(Object.keys(state).sort(), ['terraform_data.a', 'terraform_data.c']);
    assert.equal(inputOf(state, 'terraform_data.a')?.value, 'v1');
    assert.ok(fs.existsSync(path.join(w.dir, 'terraform.tfstate.d/test/terraform.tfstate')), 'the workspace is the plan environment (test)');

    assert.equal(out.applied, true);
    assert.equal(out.workspace, 'test');
    assert.deepEqual((out.summary as { add: string[] }).add, ['terraform_data.a', 'terraform_data.c']);
    assert.deepEqual(out.outputs, { a_value: 'v1', files: [path.join(w.out, 'a.txt'), path.join(w.out, 'c.txt')] });
    assert.deepEqual(out.sensitiveOutputs, ['token']);
    assert.equal(out.serial, await serialOf(w));
    // The sensitive output is in the state (tofu has it) but nowhere that leaves the worker.
    assert.ok((await tofu(w, ['output', '-json'])).includes(token));
    assert.ok(!JSON.stringify(out).includes(token), 'not in the output');
    assert.ok(!JSON.stringify(logs).includes(token), 'not in the log lines');
    assert.ok(logs.some((l) => l.message.includes('tofu plan: 2 to add (terraform_data.a, terraform_data.c)')), 'the summary is logged');
    assert.ok(!fs.existsSync(stepHome(i)), "the step's folder on the worker (saved plan, variable file) is gone");
  });

  it('run twice, applies once: the second plan has no changes', async () => {
    const w = workdir();
    await apply(input(w, { vars: { out: w.out } }));
    const serial = await serialOf(w);
    const again = await apply(input(w, { vars: { out: w.out } }));
    assert.equal(again.applied, false);
    assert.deepEqual((again.summary as { add: string[] }).add, []);
    assert.equal(await serialOf(w), serial, 'the state was not written again');
    assert.deepEqual(logOf(w).sort(), ['create a v1', 'create c 1'], 'each provisioner ran once');
    assert.deepEqual(again.outputs, { a_value: 'v1', files: [path.join(w.out, 'a.txt'), path.join(w.out, 'c.txt')] });
  });

  it('resolves ${env:…} in vars on the worker, and applies in the workspace given', async () => {
    const w = workdir();
    process.env.TOFU_TEST_VALUE = `from-env-${randomUUID().slice(0, 8)}`;
    try {
      const out = await apply(input(w, { workspace: 'blue', vars: { out: w.out, value: '${env:TOFU_TEST_VALUE}' } }));
      assert.equal(out.workspace, 'blue');
      assert.equal(filesOf(w)['a.txt'], process.env.TOFU_TEST_VALUE);
      assert.equal(inputOf(await stateOf(w, 'blue'), 'terraform_data.a')?.value, process.env.TOFU_TEST_VALUE);
      assert.deepEqual(await stateOf(w, 'test'), {}, 'nothing in the environment-named workspace');
    } finally {
      delete process.env.TOFU_TEST_VALUE;
    }
  });

  it('refuses a plan that replaces or destroys existing resources without allowDestroy, and applies nothing', async () => {
    const w = workdir();
    await apply(input(w, { vars: { out: w.out, with_b: true } }));
    const serial = await serialOf(w);
    const before = filesOf(w);

    const replace = input(w, { vars: { out: w.out, with_b: true, generation: 2 } });
    const f = await failure(apply(replace));
    assert.equal(f.type, 'TofuDestroyRefused');
    assert.equal(f.nonRetryable, true);
    assert.match(f.message, /^step infra: the plan for workspace test has 1 to replace \(terraform_data\.c\): it would destroy or replace 1 existing resource\(s\) \(terraform_data\.c\); set allowDestroy: true to allow that\. Nothing was applied$/);
    const destroy = await failure(apply(input(w, { vars: { out: w.out, with_b: false } })));
    assert.equal(destroy.type, 'TofuDestroyRefused');
    assert.match(destroy.message, /1 to destroy \(terraform_data\.b\[0\]\)/);

    assert.equal(await serialOf(w), serial, 'the state is untouched');
    assert.deepEqual(filesOf(w), before, 'no resource was touched');
    assert.deepEqual(await undo(replace), { workspace: 'test', undone: false, reason: "this run's step applied nothing in workspace test" });
    assert.equal(await serialOf(w), serial);
  });

  it('undo of a fresh configuration destroys what the step created', async () => {
    const w = workdir();
    const i = input(w, { vars: { out: w.out, with_b: true } });
    const out = await apply(i);
    assert.deepEqual(Object.keys(filesOf(w)), ['a.txt', 'b.txt', 'c.txt']);

    const u = await undo(i, out);
    assert.equal(u.undone, true);
    assert.deepEqual(u.destroyed, ['terraform_data.a', 'terraform_data.b[0]', 'terraform_data.c']);
    assert.deepEqual(await stateOf(w), {}, 'the state holds no resources');
    assert.deepEqual(filesOf(w), {}, 'the destroy-time provisioners removed the files');
    assert.deepEqual(logOf(w).slice(3).sort(), ['destroy a', 'destroy b', 'destroy c 1']);
    assert.deepEqual(await undo(i, out), { workspace: 'test', undone: false, reason: "this run's step applied nothing in workspace test" }, 'a second undo has nothing left to do');
  });

  it('undo of a change to an existing configuration changes it back: updated, created and replaced resources', async () => {
    const w = workdir();
    await apply(input(w, { vars: { out: w.out, value: 'v1' } })); // an earlier run
    const earlier = { state: await stateOf(w), files: filesOf(w) };

    const i = input(w, { allowDestroy: true, vars: { out: w.out, value: 'v2', with_b: true, generation: 2 } });
    const out = await apply(i);
    assert.deepEqual(out.summary, {
      add: ['terraform_data.b[0]'],
      change: ['terraform_data.a'],
      replace: ['terraform_data.c'],
      destroy: [],
      forget: [],
      import: [],
      outputs: ['a_value', 'files'],
    });
    assert.deepEqual(filesOf(w), { 'a.txt': 'v1', 'b.txt': 'b', 'c.txt': '2' }, 'b created, c replaced (a changes in place: no provisioner)');
    assert.equal(inputOf(await stateOf(w), 'terraform_data.a')?.value, 'v2');

    const u = await undo(i, out);
    assert.equal(u.undone, true);
    assert.equal(u.restored, true);
    assert.deepEqual(u.destroyed, ['terraform_data.b[0]']);
    const state = await stateOf(w);
    assert.deepEqual(Object.keys(state).sort(), Object.keys(earlier.state).sort());
    assert.equal(inputOf(state, 'terraform_data.a')?.value, 'v1', 'a changed back');
    assert.equal(inputOf(state, 'terraform_data.c')?.generation, 1, 'c replaced back');
    assert.deepEqual(filesOf(w), earlier.files, 'b.txt removed, c.txt holds generation 1 again');
    // Two runs of the provisioners of the earlier run's c, one each of the step's b and c.
    assert.deepEqual(logOf(w).sort(), ['create a v1', 'create b', 'create c 1', 'create c 1', 'create c 2', 'destroy b', 'destroy c 1', 'destroy c 2']);

    // The previous configuration is current again: a run with it has nothing to do.
    const again = await apply(input(w, { vars: { out: w.out, value: 'v1' } }));
    assert.equal(again.applied, false);
  });

  it('undo applies the configuration as it was applied, even after the folder changed', async () => {
    const w = workdir();
    await apply(input(w, { vars: { out: w.out } }));
    const i = input(w, { vars: { out: w.out, value: 'v2', with_b: true } });
    const out = await apply(i);
    // The folder moves on (a new commit) before the rollback: the undo must not use it.
    fs.writeFileSync(path.join(w.dir, 'main.tf'), fs.readFileSync(path.join(w.dir, 'main.tf'), 'utf8').replace("printf 'b'", "printf 'B'"));
    fs.writeFileSync(path.join(w.dir, 'extra.tf'), 'resource "terraform_data" "unrelated" {}\n');
    await undo(i, out);
    const state = await stateOf(w);
    assert.deepEqual(Object.keys(state).sort(), ['terraform_data.a', 'terraform_data.c']);
    assert.equal(inputOf(state, 'terraform_data.a')?.value, 'v1');
    assert.deepEqual(filesOf(w), { 'a.txt': 'v1', 'c.txt': '1' });
  });

  it('undo applies the previous configuration with its modules from outside the folder, as they were', async () => {
    const w = workdir('with-module');
    const module = path.join(w.dir, 'module/main.tf');
    const edit = (content: string) => fs.writeFileSync(module, fs.readFileSync(module, 'utf8').replace(/content = "\w+"/, `content = "${content}"`));
    await apply(input(w, { dir: 'config/root', vars: { out: w.out } }));
    edit('two');
    const i = input(w, { dir: 'config/root', allowDestroy: true, vars: { out: w.out } });
    const out = await apply(i);
    assert.deepEqual(out.outputs, { content: 'two' });
    assert.deepEqual(filesOf(w), { 'm.txt': 'two' });
    edit('three'); // the module moves on before the rollback
    await undo(i, out);
    assert.deepEqual(filesOf(w), { 'm.txt': 'one' }, 'replaced back by the module as it was applied before');
    assert.equal(inputOf(await stateOf(w, 'test', {}, 'config/root'), 'module.files.terraform_data.m')?.content, 'one');
  });

  it('refuses to change resources applied outside cutover until a run without changes records their configuration', async () => {
    const w = workdir();
    await tofu(w, ['apply', '-auto-approve', '-input=false', `-var=out=${w.out}`]);
    const f = await failure(apply(input(w, { vars: { out: w.out, value: 'v2' } })));
    assert.equal(f.type, 'TofuPreviousUnknown');
    assert.match(f.message, /changes existing resources \(terraform_data\.a\).*Run the step once with the configuration and variables as they are applied today/);
    assert.equal(inputOf(await stateOf(w), 'terraform_data.a')?.value, 'v1', 'nothing applied');

    // Only additions need no previous configuration: their undo destroys them.
    const add = input(w, { vars: { out: w.out, with_b: true } });
    const added = await apply(add);
    await undo(add, added);
    assert.deepEqual(Object.keys(await stateOf(w)).sort(), ['terraform_data.a', 'terraform_data.c']);

    assert.equal((await apply(input(w, { vars: { out: w.out } }))).applied, false); // records it
    const change = input(w, { vars: { out: w.out, value: 'v2' } });
    const changed = await apply(change);
    assert.equal(inputOf(await stateOf(w), 'terraform_data.a')?.value, 'v2');
    await undo(change, changed);
    assert.equal(inputOf(await stateOf(w), 'terraform_data.a')?.value, 'v1');
  });

  it('does not undo over a change made to the workspace after the step', async () => {
    const w = workdir();
    const i = input(w, { vars: { out: w.out } });
    const out = await apply(i);
    await tofu(w, ['apply', '-auto-approve', '-input=false', `-var=out=${w.out}`, '-var=with_b=true']);
    const f = await failure(undo(i, out));
    assert.equal(f.type, 'TofuWorkspaceMoved');
    assert.equal(f.nonRetryable, true);
    assert.match(f.message, /workspace test was changed after this step applied it \(state serial 1, now 2\)/);
    assert.deepEqual(Object.keys(filesOf(w)), ['a.txt', 'b.txt', 'c.txt'], 'nothing undone');
  });

  it('runs terraform the same way (CUTOVER_TERRAFORM_BIN)', async () => {
    const w = workdir();
    process.env.CUTOVER_TERRAFORM_BIN = tofuBin(); // the same CLI contract; no terraform binary is assumed here
    try {
      const out = await apply(input(w, { binary: 'terraform', vars: { out: w.out } }));
      assert.equal(out.applied, true);
      assert.deepEqual(filesOf(w), { 'a.txt': 'v1', 'c.txt': '1' });
    } finally {
      delete process.env.CUTOVER_TERRAFORM_BIN;
    }
  });
});

describe('tofu doctor', () => {
  it('names the CLI a worker would run and its version', async () => {
    assert.match(await probeTofu(), new RegExp(`^tofu 1\\.\\d+\\.\\d+ \\(${tofuBin()}\\)`));
  });
});

describe('tofu.apply bad input', () => {
  it('a missing folder, a folder without configuration', async () => {
    const w = workdir();
    const f = await failure(apply(input(w, { dir: 'nowhere', vars: { out: w.out } })));
    assert.equal(f.type, 'TofuConfigMissing');
    assert.equal(f.nonRetryable, true);
    assert.equal(f.message, `step infra: no configuration in ${path.join(w.base, 'nowhere')} (dir nowhere, relative to the plan's folder): the folder does not exist`);
    fs.mkdirSync(path.join(w.base, 'empty'));
    const e = await failure(apply(input(w, { dir: 'empty', vars: { out: w.out } })));
    assert.equal(e.type, 'TofuConfigMissing');
    assert.match(e.message, /it holds no \.tf or \.tofu files$/);
  });

  it('a syntax error in the configuration, with its place', async () => {
    const w = workdir('broken');
    const f = await failure(apply(input(w, { vars: { out: w.out } })));
    assert.equal(f.type, 'TofuConfigInvalid');
    assert.equal(f.nonRetryable, true);
    assert.match(f.message, new RegExp(`^step infra: the configuration in ${w.dir} is invalid: main\\.tf:4:11: Invalid expression`));
  });

  it('a required variable not given', async () => {
    const w = workdir();
    const f = await failure(apply(input(w, {})));
    assert.equal(f.type, 'TofuVariablesInvalid');
    assert.equal(f.nonRetryable, true);
    assert.match(f.message, /No value for required variable.*"out"/);
  });

  it('a missing binary', async () => {
    const w = workdir();
    const saved = process.env.CUTOVER_TOFU_BIN;
    process.env.CUTOVER_TOFU_BIN = path.join(w.base, 'no-such-tofu');
    try {
      const f = await failure(apply(input(w, { vars: { out: w.out } })));
      assert.equal(f.type, 'TofuBinaryMissing');
      assert.equal(f.nonRetryable, true);
      assert.equal(f.message, `step infra: CUTOVER_TOFU_BIN=${path.join(w.base, 'no-such-tofu')} is not an executable file on the worker`);
    } finally {
      process.env.CUTOVER_TOFU_BIN = saved;
    }
    const path0 = process.env.PATH;
    process.env.PATH = w.base;
    try {
      const f = await failure(apply(input(w, { binary: 'terraform', vars: { out: w.out } })));
      assert.equal(f.type, 'TofuBinaryMissing');
      assert.equal(f.message, 'step infra: no terraform on the worker: set CUTOVER_TERRAFORM_BIN to its path or put terraform on PATH');
    } finally {
      process.env.PATH = path0;
    }
  });

  it('an environment that is not a workspace name', async () => {
    const w = workdir();
    const f = await failure(apply(input(w, { vars: { out: w.out } }, { environment: 'x.cutover' })));
    assert.equal(f.type, 'PlanError');
    assert.match(f.message, /workspace "x\.cutover" \(the plan's environment\) is not a valid workspace name; set workspace/);
  });
});
