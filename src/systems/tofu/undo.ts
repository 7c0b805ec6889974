// tofu.apply's undo: the infrastructure back as it was before the step. Restoring the old state
// would change no infrastructure, so the undo changes the infrastructure instead, from this step's
// rollback point (records.ts):
//   1. resources the step imported are forgotten again (`state rm`: they existed before);
//   2. resources it created (in the state now, not before) are destroyed with the configuration and
//      variables the step applied, so destroy-time provisioners run;
//   3. when it changed, replaced or destroyed resources that existed, the previous configuration and
//      variables are applied again (from a copy of that configuration, on the same state).
// Each part reads the state first, so a retried undo does only what is left. A workspace that
// someone changed after the step applied is not undone over their change.
import fs from 'node:fs';
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import type { StepOutput, UndoKindInput } from '../../kit/context';
import { progress, stepLog } from '../../kit/checkpoint';
import { markerHash } from '../../kit/naming';
import { ok, problems, type RunOptions } from './cli';
import type { TofuApplyOutput, TofuApplyParams } from './kinds';
import { mayHaveLeftLock, withLockRecovery } from './locks';
import { readRecords, updateRecords, type RollbackPoint } from './records';
import { applyPlan, checkConfiguration, savedPlan } from './apply';
import { closeSession, initIn, openSession, options, pinBackend, scrubSession, writeVars, type Session } from './session';
import { restoreSnapshot, takeSnapshot } from './snapshot';
import { pullState, stateAddresses } from './state';
import { describeSummary, hasChanges } from './summary';

export async function tofuApplyUndo(input: UndoKindInput<TofuApplyParams, TofuApplyOutput>): Promise<StepOutput> {
  const s = await openSession(input, ' (undo)');
  try {
    const out = await undoStep(input, s);
    closeSession(s);
    return out;
  } finally {
    scrubSession(s);
  }
}

async function undoStep(input: UndoKindInput<TofuApplyParams, TofuApplyOutput>, s: Session): Promise<StepOutput> {
  const { ctx, step } = input;
  const key = markerHash(ctx, step.id);
  // The records live in the workspace's backend, which the configuration's folder names.
  checkConfiguration(s);
  const here = options(s, s.dir, 'data-run');
  progress({ phase: 'undo-init' });
  await initIn(s, here);
  const records = await readRecords(s.tool, here, s.workspace);
  const point = records.points[key];
  if (!point) return { workspace: s.workspace, undone: false, reason: `this run's step applied nothing in workspace ${s.workspace}` };

  const now = await pullState(s.tool, here);
  if (point.phase === 'applied' && point.post && (now.serial !== point.post.serial || now.lineage !== point.post.lineage)) {
    throw ApplicationFailure.nonRetryable(
      `${s.where}: workspace ${s.workspace} was changed after this step applied it (state serial ${point.post.serial}, now ${now.serial}); undoing now would undo that change too. ` +
        `Undo by hand: the state before the step is kept in workspace ${s.workspace}.cutover (output point_${key})`,
      'TofuWorkspaceMoved',
    );
  }
  if (point.phase !== 'undoing') {
    await updateRecords(s.tool, here, s.workspace, s.version, (r) => {
      if (r.points[key]) r.points[key] = { ...r.points[key], phase: 'undoing' };
    });
  }

  // 1. What the step imported existed before it: forgotten, not destroyed.
  const existed = new Set(point.pre.addresses);
  let current = await stateAddresses(s.tool, here);
  const imported = point.summary.import.filter((a) => current.includes(a) && !existed.has(a));
  if (imported.length) {
    const r = await withLockRecovery(s.tool, here, ['state', 'rm', ...imported], 'state rm', s.p.lockTimeout);
    if (!ok(r)) throw ApplicationFailure.retryable(`${s.where}: forgetting the imported ${imported.join(', ')} failed: ${problems(r)}`, 'TofuUndoFailed');
    current = await stateAddresses(s.tool, here);
  }

  // 2. What the step created, destroyed with the configuration it was created with.
  const created = current.filter((a) => !existed.has(a));
  let destroyed: string[] = [];
  if (created.length) {
    progress({ phase: 'undo-destroy', resources: created.length });
    const at = await stepConfiguration(s, point, here);
    const vars = await writeVars(s, point.vars, 'undo-run');
    const file = path.join(s.tool.home, 'undo-destroy.tfplan');
    // Nothing existed before: destroy everything (the outputs go too). Otherwise only what was created.
    const all = point.pre.addresses.length === 0;
    const plan = await savedPlan(s, at, vars, file, ['-destroy', ...(all ? [] : created.map((a) => `-target=${a}`))]);
    const beyond = [...plan.destroy, ...plan.replace, ...plan.change].filter((a) => !created.includes(a));
    if (beyond.length && point.previous.kind !== 'record') {
      throw ApplicationFailure.nonRetryable(
        `${s.where}: destroying what the step created (${created.join(', ')}) would also destroy ${beyond.join(', ')}, which existed before; undo by hand`,
        'TofuUndoBlocked',
      );
    }
    if (!beyond.length) {
      stepLog().info(`tofu undo: destroying ${created.length} resource(s) the step created`, { workspace: s.workspace, created });
      await applyPlan(s, at, file, plan.destroy.length, 'undo-destroy');
      destroyed = created;
      // A targeted destroy leaves the root outputs as they were; without a previous configuration
      // to apply below, a refresh brings them up to date (changing no resource).
      if (!all && point.previous.kind !== 'record') {
        const refresh = path.join(s.tool.home, 'undo-refresh.tfplan');
        await savedPlan(s, at, vars, refresh, ['-refresh-only']);
        await applyPlan(s, at, refresh, 0, 'undo-refresh');
      }
    }
    // Otherwise resources that existed depend on what was created: the previous configuration
    // below removes both in the right order.
  }

  // 3. What it changed: the previous configuration and variables, applied again. A resource the
  // step forgot is outside the state: applying would create it a second time.
  const forgotten = point.summary.forget.filter((a) => existed.has(a) && !current.includes(a));
  if (forgotten.length && point.previous.kind === 'record') {
    throw ApplicationFailure.nonRetryable(
      `${s.where}: the step removed ${forgotten.join(', ')} from the state without destroying them; import them back (tofu import) into workspace ${s.workspace}, then retry the undo`,
      'TofuUndoBlocked',
    );
  }
  let restored = false;
  if (point.previous.kind === 'record') {
    progress({ phase: 'undo-previous' });
    const prev = point.previous.record;
    const copy = restoreSnapshot(prev.config, path.join(s.tool.home, 'previous'));
    pinBackend(copy, point.backend);
    const o = options(s, copy, 'data-previous');
    await initIn(s, o);
    const vars = await writeVars(s, prev.vars, 'undo-previous');
    const file = path.join(s.tool.home, 'undo-previous.tfplan');
    const plan = await savedPlan(s, o, vars, file);
    if (hasChanges(plan)) {
      stepLog().info(`tofu undo: applying the previous configuration: ${describeSummary(plan)}`, { workspace: s.workspace, ...plan });
      await applyPlan(s, o, file, plan.add.length + plan.change.length + plan.replace.length + plan.destroy.length, 'undo-previous');
      restored = true;
      destroyed = [...new Set([...destroyed, ...plan.destroy.filter((a) => created.includes(a))])];
    }
  }

  // A resource created by a command this undo could not see (another host's, still running when
  // the state was read) is still there: the next attempt destroys it.
  const left = (await stateAddresses(s.tool, here)).filter((a) => !existed.has(a));
  if (left.length) throw ApplicationFailure.retryable(`${s.where}: resources created by the step are still in the state: ${left.join(', ')}`, 'TofuUndoIncomplete');

  // A command of this step killed outright may have left its lock, which nothing above met (no
  // plan was needed): a plan that changes nothing takes the lock, breaking it if it is that one.
  if (mayHaveLeftLock(s.tool)) {
    const vars = await writeVars(s, point.vars, 'undo-lock');
    const r = await withLockRecovery(s.tool, here, ['plan', '-input=false', '-json', '-refresh=false', `-var-file=${vars}`], 'lock check', s.p.lockTimeout);
    if (!ok(r)) throw ApplicationFailure.retryable(`${s.where}: checking the state lock failed: ${problems(r)}`, 'TofuUndoFailed');
  }

  const after = await pullState(s.tool, here);
  await updateRecords(s.tool, here, s.workspace, s.version, (r) => {
    delete r.points[key];
    // The workspace is back where the step found it: the previous configuration is current again,
    // and a rollback point that ended where this step started now ends here.
    r.applied = point.previous.kind === 'record' ? { ...point.previous.record, serial: after.serial, lineage: after.lineage } : undefined;
    for (const p of Object.values(r.points)) {
      if (p.post && p.post.serial === point.pre.serial && p.post.lineage === point.pre.lineage) p.post = { serial: after.serial, lineage: after.lineage };
    }
  });
  stepLog().info('tofu undo done', { workspace: s.workspace, destroyed, forgotten: imported, restored, serial: after.serial });
  return { workspace: s.workspace, undone: true, destroyed, forgotten: imported, restored, serial: after.serial };
}

/**
 * Where to run the step's own configuration: its folder when it still holds what was applied,
 * otherwise a copy of what was applied (reaching the same state).
 */
async function stepConfiguration(s: Session, point: RollbackPoint, here: RunOptions): Promise<RunOptions> {
  if (fs.existsSync(s.dir) && takeSnapshot(s.dir, here.dataDir, s.where).hash === point.config.hash) return here;
  const copy = restoreSnapshot(point.config, path.join(s.tool.home, 'applied'));
  pinBackend(copy, point.backend);
  const o = options(s, copy, 'data-applied');
  await initIn(s, o);
  return o;
}
