// `cutover plan --against` for tofu.apply: a real `plan` of the step's configuration, variables and
// workspace, summarized by address, which is read-only against the infrastructure (it refreshes
// by reading). Nothing of the step's is written either: the configuration is planned from a
// scratch copy (init writes a dependency lock file into its folder) with a data dir of its own, the
// state is not locked (`-lock=false`: a plan saves no state), no workspace is created (one that does
// not exist yet is planned against an empty scratch state: everything would be added), and the
// scratch folder, the saved plan and the variable file are removed at the end.
import fs from 'node:fs';
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput } from '../../kit/context';
import { count, type Change, type Preview } from '../../kit/preview';
import { checkConfiguration } from './apply';
import { ok, problems, run, type RunOptions } from './cli';
import type { PlanSummary, TofuApplyParams } from './kinds';
import { backendOf, closeSession, openSession, pinBackend, writeVars, type Session } from './session';
import { restoreSnapshot, takeSnapshot } from './snapshot';
import { stateAddresses } from './state';
import { describeSummary, summarize, type PlanJson } from './summary';

async function init(s: Session, o: RunOptions): Promise<void> {
  fs.mkdirSync(o.dataDir, { recursive: true, mode: 0o700 });
  const args = ['init', '-input=false', '-json', '-reconfigure', '-lock=false'];
  if (s.backendFile) args.push(`-backend-config=${s.backendFile}`);
  const r = await run(s.tool, args, o);
  if (!ok(r)) throw ApplicationFailure.retryable(`${s.where}: init of a scratch copy of ${s.dir} failed: ${problems(r)}`, 'TofuInitFailed');
}

async function workspaces(s: Session, o: RunOptions): Promise<string[]> {
  const r = await run(s.tool, ['workspace', 'list'], o);
  if (!ok(r)) throw ApplicationFailure.retryable(`${s.where}: workspace list failed: ${problems(r)}`, 'TofuInitFailed');
  return r.stdout.split('\n').map((l) => l.replace(/^\*/, '').trim()).filter(Boolean);
}

/** The copy planned against an empty local state of its own (a workspace that does not exist yet). */
function emptyState(copy: string, scratch: string): void {
  const pin = { terraform: { backend: { local: { path: path.join(scratch, 'empty.tfstate'), workspace_dir: path.join(scratch, 'empty.tfstate.d') } } } };
  fs.writeFileSync(path.join(copy, 'cutover_backend_override.tf.json'), JSON.stringify(pin, null, 2));
}

function changesOf(sum: PlanSummary, existed: Set<string>, allowDestroy: boolean): { changes: Change[]; warnings: string[] } {
  const changes: Change[] = [
    ...sum.add.map((a) => ({ action: 'create' as const, what: a })),
    ...sum.import.map((a) => ({ action: 'create' as const, what: a, detail: 'imported into the state' })),
    ...sum.change.map((a) => ({ action: 'change' as const, what: a, detail: 'updated in place' })),
    ...sum.replace.map((a) => ({ action: 'change' as const, what: a, detail: 'replaced: destroyed and created again' })),
    ...sum.destroy.map((a) => ({ action: 'delete' as const, what: a })),
    ...sum.forget.map((a) => ({ action: 'delete' as const, what: a, detail: 'forgotten: removed from the state, left in place' })),
  ];
  // As terraform plan lists them: apart from the resources.
  if (sum.outputs.length) changes.push({ action: 'change', what: `root outputs ${sum.outputs.join(', ')}`, detail: 'their values change' });
  const before = (list: string[]) => list.filter((a) => existed.has(a.replace(/ \(deposed [^)]*\)$/, '')));
  const destructive = [...before(sum.destroy), ...before(sum.replace), ...before(sum.forget)];
  const warnings = destructive.length && !allowDestroy ? [`the plan destroys or replaces ${count(destructive.length, 'existing resource')} (${destructive.join(', ')}): the step would refuse it and apply nothing (TofuDestroyRefused; allowDestroy: true allows it)`] : [];
  return { changes, warnings };
}

export async function tofuApplyPreview(input: KindInput<TofuApplyParams>): Promise<Preview> {
  const s = await openSession(input, '');
  try {
    checkConfiguration(s);
    const scratch = path.join(s.tool.home, 'preview');
    // `get` finds the local modules (outside the folder too) without touching the folder: its data dir is ours.
    const got = await run(s.tool, ['get'], { cwd: s.dir, dataDir: path.join(scratch, 'data-get') });
    if (!ok(got)) throw ApplicationFailure.retryable(`${s.where}: get (the configuration's modules) failed: ${problems(got)}`, 'TofuInitFailed');
    const copy = restoreSnapshot(takeSnapshot(s.dir, path.join(scratch, 'data-get'), s.where), path.join(scratch, 'config'));
    const o: RunOptions = { cwd: copy, dataDir: path.join(scratch, 'data') };
    await init(s, o);
    // A local backend's relative paths point into the copy: pin them to the folder's own state.
    const backend = backendOf({ ...o, cwd: s.dir });
    if (backend.local) {
      pinBackend(copy, backend);
      await init(s, o);
    }
    const exists = (await workspaces(s, o)).includes(s.workspace);
    if (!exists) {
      emptyState(copy, scratch);
      await init(s, o);
      const made = await run(s.tool, ['workspace', 'new', s.workspace], o);
      if (!ok(made)) throw ApplicationFailure.retryable(`${s.where}: a scratch workspace ${s.workspace} could not be made: ${problems(made)}`, 'TofuInitFailed');
    }
    const ws: RunOptions = { ...o, workspace: s.workspace };
    const existed = new Set(exists ? await stateAddresses(s.tool, ws) : []);
    const varFile = await writeVars(s, s.p.vars, 'preview');
    const planFile = path.join(s.tool.home, 'preview.tfplan');
    const args = ['plan', '-input=false', '-json', '-lock=false', `-out=${planFile}`, `-var-file=${varFile}`];
    if (s.p.parallelism) args.push(`-parallelism=${s.p.parallelism}`);
    const planned = await run(s.tool, args, ws);
    if (!ok(planned)) throw ApplicationFailure.retryable(`${s.where}: plan failed: ${problems(planned)}`, 'TofuPlanFailed');
    const shown = await run(s.tool, ['show', '-json', '-no-color', planFile], ws);
    if (!ok(shown)) throw ApplicationFailure.retryable(`${s.where}: show -json of the plan failed: ${problems(shown)}`, 'TofuPlanFailed');
    const sum = summarize(JSON.parse(shown.stdout) as PlanJson);
    const { changes, warnings } = changesOf(sum, existed, s.p.allowDestroy);
    if (!exists) changes.unshift({ action: 'create', what: `workspace ${s.workspace}`, detail: 'does not exist yet: everything in the configuration is new' });
    const n = (list: string[]) => list.length;
    return {
      summary: `infrastructure plan of ${s.p.dir} in workspace ${s.workspace}: ${n(sum.add) + n(sum.import)} to add, ${n(sum.change)} to change, ${n(sum.replace)} to replace, ${n(sum.destroy) + n(sum.forget)} to destroy (${describeSummary(sum, 5)})`,
      changes,
      ...(warnings.length ? { warnings } : {}),
    };
  } finally {
    // The copy, the saved plan (it may hold values) and the variable file go with the step's folder.
    closeSession(s);
  }
}
