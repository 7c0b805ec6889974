// tofu.apply: init, workspace, a saved plan, its summary, the refusal of destroys, the rollback
// point, the apply of exactly that plan, and the non-sensitive outputs. A retry (after a failure,
// a killed command or a dead worker) runs the same way: the rollback point written by the first
// attempt keeps what was there before the step, and a plan with nothing left to do applies nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput } from '../../kit/context';
import { progress, stepLog } from '../../kit/checkpoint';
import { markerHash } from '../../kit/naming';
import { ok, problems, run, type Diagnostic, type RunOptions, type UiLine } from './cli';
import type { PlanSummary, TofuApplyOutput, TofuApplyParams } from './kinds';
import { withLockRecovery } from './locks';
import { readRecords, updateRecords, type AppliedRecord, type Previous, type RollbackPoint } from './records';
import { backendOf, closeSession, hasConfiguration, initIn, openSession, options, scrubSession, writeVars, type Session } from './session';
import { takeSnapshot } from './snapshot';
import { pullState, rootOutputs, stateAddresses } from './state';
import { changesResources, describeSummary, hasChanges, summarize, type PlanJson } from './summary';

/** Problems of the plan's inputs rather than of the world: no retry fixes them. */
const INPUT_PROBLEMS = ['No value for required variable', 'Invalid value for input variable', 'Invalid value for variable', 'Invalid variable value'];

export function checkConfiguration(s: Session): void {
  if (!hasConfiguration(s.dir)) {
    throw ApplicationFailure.nonRetryable(
      `${s.where}: no configuration in ${s.dir} (dir ${s.p.dir}, relative to the plan's folder): ${fs.existsSync(s.dir) ? 'it holds no .tf or .tofu files' : 'the folder does not exist'}`,
      'TofuConfigMissing',
    );
  }
}

/** A saved plan of `vars` in the folder `o` was initialized in; its summary from `show -json`. */
export async function savedPlan(s: Session, o: RunOptions, varFile: string, file: string, extra: string[] = []): Promise<PlanSummary> {
  const args = ['plan', '-input=false', '-json', `-out=${file}`, `-var-file=${varFile}`, ...extra];
  if (s.p.parallelism) args.push(`-parallelism=${s.p.parallelism}`);
  const r = await withLockRecovery(s.tool, o, args, 'plan', s.p.lockTimeout);
  if (!ok(r)) {
    const input = r.diagnostics.some((d) => d.severity === 'error' && INPUT_PROBLEMS.includes(d.summary));
    if (input) throw ApplicationFailure.nonRetryable(`${s.where}: the variables do not fit the configuration: ${problems(r)}`, 'TofuVariablesInvalid');
    throw ApplicationFailure.retryable(`${s.where}: plan failed: ${problems(r)}`, 'TofuPlanFailed');
  }
  const shown = await run(s.tool, ['show', '-json', '-no-color', file], o);
  if (!ok(shown)) throw ApplicationFailure.retryable(`${s.where}: show -json of the saved plan failed: ${problems(shown)}`, 'TofuPlanFailed');
  const plan = JSON.parse(shown.stdout) as PlanJson;
  if (plan.errored) throw ApplicationFailure.retryable(`${s.where}: the saved plan is marked as errored`, 'TofuPlanFailed');
  return summarize(plan);
}

/** Applies exactly the saved plan `file`, reporting each finished resource. */
export async function applyPlan(s: Session, o: RunOptions, file: string, total: number, phase: string): Promise<void> {
  let done = 0;
  const onLine = (l: UiLine) => {
    if (l.type !== 'apply_complete' && l.type !== 'apply_errored') return;
    done++;
    progress({ phase, done, total });
    stepLog().info(`tofu ${l.type === 'apply_complete' ? 'applied' : 'failed on'} ${l.hook?.resource?.addr}`, { workspace: s.workspace, action: l.hook?.action });
  };
  const args = ['apply', '-input=false', '-json'];
  if (s.p.parallelism) args.push(`-parallelism=${s.p.parallelism}`);
  const r = await withLockRecovery(s.tool, { ...o, onLine }, [...args, file], 'apply', s.p.lockTimeout);
  if (!ok(r)) throw ApplicationFailure.retryable(`${s.where}: apply in workspace ${s.workspace} failed: ${problems(r)}`, 'TofuApplyFailed');
}

export async function tofuApply(input: KindInput<TofuApplyParams>): Promise<TofuApplyOutput> {
  const s = await openSession(input, '');
  try {
    const out = await applyStep(input, s);
    closeSession(s);
    return out;
  } finally {
    scrubSession(s);
  }
}

async function applyStep(input: KindInput<TofuApplyParams>, s: Session): Promise<TofuApplyOutput> {
  const { ctx, step } = input;
  checkConfiguration(s);
  const o = options(s, s.dir, 'data-run');
  const key = markerHash(ctx, step.id);
  progress({ phase: 'init' });
  await initIn(s, o);
  const valid = await run(s.tool, ['validate', '-json', '-no-color'], o);
  if (!ok(valid)) {
    let doc: { diagnostics?: Diagnostic[] } = {};
    try {
      doc = JSON.parse(valid.stdout) as typeof doc;
    } catch {
      // not JSON: stderr says why
    }
    throw ApplicationFailure.nonRetryable(`${s.where}: the configuration in ${s.dir} is invalid: ${problems({ ...valid, diagnostics: doc.diagnostics ?? [] })}`, 'TofuConfigInvalid');
  }

  const records = await readRecords(s.tool, o, s.workspace);
  const earlier = records.points[key];
  const state = await pullState(s.tool, o);
  const pre = earlier?.pre ?? { serial: state.serial, lineage: state.lineage, addresses: await stateAddresses(s.tool, o) };
  const previous: Previous = earlier?.previous ?? previousOf(records.applied, pre);
  const config = takeSnapshot(s.dir, o.dataDir, s.where);
  const varFile = await writeVars(s, s.p.vars, 'run');

  progress({ phase: 'plan' });
  const planFile = path.join(s.tool.home, 'apply.tfplan');
  const summary = await savedPlan(s, o, varFile, planFile);
  stepLog().info(`tofu plan: ${describeSummary(summary)}`, { workspace: s.workspace, ...summary });
  progress({ phase: 'planned', summary });

  // Only what existed before the step counts: a retry may replace what the first attempt left tainted.
  const existed = new Set(pre.addresses);
  const before = (list: string[]) => list.filter((a) => existed.has(a.replace(/ \(deposed [^)]*\)$/, '')));
  const destructive = [...before(summary.destroy), ...before(summary.replace), ...before(summary.forget)];
  if (destructive.length && !s.p.allowDestroy) {
    throw ApplicationFailure.nonRetryable(
      `${s.where}: the plan for workspace ${s.workspace} has ${describeSummary(summary)}: it would destroy or replace ${destructive.length} existing resource(s) (${destructive.join(', ')}); set allowDestroy: true to allow that. Nothing was applied`,
      'TofuDestroyRefused',
    );
  }
  const touched = [...before(summary.change), ...destructive];
  if (touched.length && previous.kind === 'unknown') {
    throw ApplicationFailure.nonRetryable(
      `${s.where}: the plan changes existing resources (${touched.join(', ')}) of workspace ${s.workspace}, but the configuration they were applied with is not known to cutover, so the change could not be undone. ` +
        'Run the step once with the configuration and variables as they are applied today (a plan without changes records them), then with the change. Nothing was applied',
      'TofuPreviousUnknown',
    );
  }

  const record = (serial: number, lineage: string): AppliedRecord => ({ config, vars: s.p.vars, serial, lineage, runId: ctx.runId, stepId: step.id, at: new Date().toISOString() });
  if (!hasChanges(summary)) {
    // Nothing to do: a second run, or a retry after the apply had finished.
    const after = earlier ? await pullState(s.tool, o) : state;
    // A plan without changes shows that this configuration and these variables describe the
    // workspace as it is: the previous configuration of the next run.
    const same = (a?: AppliedRecord) => !!a && a.config.hash === config.hash && JSON.stringify(a.vars) === JSON.stringify(s.p.vars) && a.serial === after.serial && a.lineage === after.lineage;
    if (earlier || (pre.addresses.length && !same(records.applied))) {
      await updateRecords(s.tool, o, s.workspace, s.version, (r) => {
        if (earlier && r.points[key]) r.points[key] = { ...r.points[key], phase: 'applied', post: r.points[key].post ?? { serial: after.serial, lineage: after.lineage } };
        r.applied = record(after.serial, after.lineage);
      });
    }
    const out = await outputsOf(s, o);
    return { workspace: s.workspace, applied: !!earlier, summary: earlier?.summary ?? summary, ...out, serial: after.serial, version: s.version };
  }

  const point: RollbackPoint = earlier
    ? { ...earlier, phase: 'applying', apply: { host: os.hostname(), attempt: Context.current().info.attempt, startedAt: new Date().toISOString() } }
    : {
        workflowId: ctx.workflowId,
        runId: ctx.runId,
        stepId: step.id,
        createdAt: new Date().toISOString(),
        phase: 'applying',
        pre,
        preState: state.raw,
        summary,
        config,
        vars: s.p.vars,
        previous,
        backend: backendOf(o),
        apply: { host: os.hostname(), attempt: Context.current().info.attempt, startedAt: new Date().toISOString() },
      };
  await updateRecords(s.tool, o, s.workspace, s.version, (r) => {
    r.points[key] = point;
  });

  progress({ phase: 'apply', done: 0, total: changeCount(summary) });
  await applyPlan(s, o, planFile, changeCount(summary), 'apply');
  const after = await pullState(s.tool, o);
  await updateRecords(s.tool, o, s.workspace, s.version, (r) => {
    r.points[key] = { ...(r.points[key] ?? point), phase: 'applied', post: { serial: after.serial, lineage: after.lineage } };
    r.applied = record(after.serial, after.lineage);
  });
  const out = await outputsOf(s, o);
  stepLog().info(`tofu applied: ${describeSummary(point.summary)}`, { workspace: s.workspace, serial: after.serial, outputs: Object.keys(out.outputs) });
  return { workspace: s.workspace, applied: true, summary: point.summary, ...out, serial: after.serial, version: s.version };
}

/** The configuration the state before the step was applied with, when cutover knows it. */
function previousOf(applied: AppliedRecord | undefined, pre: { serial: number; lineage: string; addresses: string[] }): Previous {
  if (!pre.addresses.length) return { kind: 'empty' };
  if (applied && applied.serial === pre.serial && applied.lineage === pre.lineage) return { kind: 'record', record: applied };
  return { kind: 'unknown' };
}

const changeCount = (s: PlanSummary) => (changesResources(s) ? s.add.length + s.change.length + s.replace.length + s.destroy.length + s.forget.length : 0);

/** The root outputs: values of the non-sensitive ones, names of the sensitive ones (their values stay here). */
async function outputsOf(s: Session, o: RunOptions): Promise<{ outputs: Record<string, unknown>; sensitiveOutputs: string[] }> {
  const all = await rootOutputs(s.tool, o);
  const outputs: Record<string, unknown> = {};
  const sensitiveOutputs: string[] = [];
  for (const [name, out] of Object.entries(all)) {
    if (out.sensitive) sensitiveOutputs.push(name);
    else outputs[name] = out.value;
  }
  return { outputs, sensitiveOutputs: sensitiveOutputs.sort() };
}
