// `cutover plan --against` for tofu.apply with the stack's OpenTofu: the infrastructure plan by
// address (a change in place, an addition, a destroy the step would refuse), a workspace that does
// not exist yet, a module from outside the folder. Every test compares the whole folder (the
// configuration, its local state, the files the resources write) before and after: the preview
// leaves no lock file, state, workspace or lock behind.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { apply, cleanup, input, tofuBin, workdir, type Workdir } from './tofu-fixtures';
import { against, changeLines, stepOf } from './plan-against-fixtures';

after(cleanup);

/** Every file under the test's folder, with a hash of its contents. */
function tree(w: Workdir): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else out[path.relative(w.base, abs)] = createHash('sha256').update(fs.readFileSync(abs)).digest('hex');
    }
  };
  walk(w.base);
  return out;
}

const step = (params: Record<string, unknown>) => ({ id: 'infra', kind: 'tofu.apply', dir: 'config', ...params });

describe('plan --against: tofu.apply', () => {
  tofuBin();

  it('a change in place and an addition, by address; nothing written', async () => {
    const w = workdir();
    await apply(input(w, { vars: { out: w.out } }));
    const before = tree(w);
    const r = await against({ steps: [step({ vars: { out: w.out, value: 'v2', with_b: true } })] }, w.base);
    const s = stepOf(r, 'infra');
    assert.equal(s.preview!.summary, 'infrastructure plan of config in workspace test: 1 to add, 1 to change, 0 to replace, 0 to destroy (1 to add (terraform_data.b[0]), 1 to change (terraform_data.a))');
    assert.deepEqual(changeLines(s), ['create terraform_data.b[0]', 'change terraform_data.a: updated in place', 'change root outputs a_value, files: their values change']);
    assert.equal(s.preview!.warnings, undefined);
    assert.deepEqual(tree(w), before);
  });

  it('a destroy of an existing resource is a warning unless allowDestroy', async () => {
    const w = workdir();
    await apply(input(w, { vars: { out: w.out, with_b: true } }));
    const before = tree(w);
    const r = await against({ steps: [step({ vars: { out: w.out } }), { ...step({ vars: { out: w.out }, allowDestroy: true }), id: 'allowed' }] }, w.base);
    assert.deepEqual(changeLines(stepOf(r, 'infra')), ['delete terraform_data.b[0]', 'change root outputs files: their values change']);
    assert.deepEqual(stepOf(r, 'infra').preview!.warnings, [
      'the plan destroys or replaces 1 existing resource (terraform_data.b[0]): the step would refuse it and apply nothing (TofuDestroyRefused; allowDestroy: true allows it)',
    ]);
    assert.equal(stepOf(r, 'allowed').preview!.warnings, undefined);
    assert.deepEqual(tree(w), before);
  });

  it('a workspace that does not exist: everything would be added; the workspace is not created', async () => {
    const w = workdir();
    await apply(input(w, { vars: { out: w.out } }));
    const before = tree(w);
    const r = await against({ steps: [step({ workspace: 'fresh', vars: { out: w.out } })] }, w.base);
    const s = stepOf(r, 'infra');
    assert.deepEqual(changeLines(s), ['create workspace fresh: does not exist yet: everything in the configuration is new', 'create terraform_data.a', 'create terraform_data.c', 'change root outputs a_value, files, token: their values change']);
    assert.deepEqual(tree(w), before);
    assert.ok(!fs.existsSync(path.join(w.dir, 'terraform.tfstate.d/fresh')));
  });

  it('a module from outside the folder is planned with it', async () => {
    const w = workdir('with-module');
    await apply(input(w, { dir: 'config/root', vars: { out: w.out } }));
    const module = path.join(w.dir, 'module/main.tf');
    fs.writeFileSync(module, fs.readFileSync(module, 'utf8').replace(/content = "\w+"/, 'content = "two"'));
    const before = tree(w);
    const r = await against({ steps: [step({ dir: 'config/root', allowDestroy: true, vars: { out: w.out } })] }, w.base);
    const s = stepOf(r, 'infra');
    assert.match(s.preview!.summary, /^infrastructure plan of config\/root in workspace test: /);
    assert.ok(changeLines(s).some((l) => l.startsWith('change module.files.terraform_data.m')), changeLines(s).join('\n'));
    assert.deepEqual(tree(w), before);
  });

  it('a missing configuration folder fails that step, saying where', async () => {
    const w = workdir();
    const r = await against({ steps: [step({ dir: 'nowhere', vars: { out: w.out } })] }, w.base);
    const s = stepOf(r, 'infra', 'failed');
    assert.equal(s.error!.type, 'TofuConfigMissing');
    assert.match(s.error!.message, /^step infra: no configuration in .*nowhere .*the folder does not exist$/);
  });
});
