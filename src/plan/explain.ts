// `cutover plan`: what would run, in order, and what would undo it, without running anything.
import { kindDef } from '../registry';
import { PHASES, type OnFailure, type PhaseName, type Plan, type RetrySpec, type StepSpec } from './types';

export interface ExplainedStep {
  /** 1-based position in the run. */
  order: number;
  id: string;
  kind: string;
  phase: PhaseName;
  execution: StepSpec['execution'];
  /** The kind's summary and the step's own description. */
  does: string;
  /** Per attempt for activities; for a gate, how long until no answer counts as reject; null when none applies. */
  timeout: string | null;
  /** The effective retry policy of an activity (step over plan defaults); null for gates and timers. */
  retry: RetrySpec | null;
  onFailure: OnFailure;
  /** What undoes it; null when the kind has nothing to undo or the step comes after the commit point. */
  undo: string | null;
  afterCommit: boolean;
  /** The parallel group the step runs in, if any. */
  group?: { id: string; maxConcurrency?: number };
}

export interface ExplainedPlan {
  plan: string;
  environment: string;
  source?: string;
  steps: ExplainedStep[];
  commitAfter: string | null;
  /** Step ids whose undo would run if the last step before the commit point failed, newest first. */
  rollbackOrder: string[];
  /** The same, with what each undo does. */
  rollback: { id: string; kind: string; undo: string; group?: string }[];
  /** Retry policy of each compensation before the run waits for a person. */
  undoRetry: RetrySpec;
}

function describe(step: StepSpec): string {
  const kind = kindDef(step.kind)!;
  if (step.execution === 'gate') return `${kind.summary}; ${step.timeout ? `no answer in ${step.timeout} = reject` : 'waits until answered'}`;
  let detail: string | undefined;
  try {
    detail = kind.describe?.(step.params as never);
  } catch {
    // Params that hold a step's output are parsed on the worker: without their defaults here.
  }
  return detail ? `${kind.summary}: ${detail}` : kind.summary;
}

/** What undoes the step (the kind's summary and the step's own undo), if it has an undo. */
function undoText(step: StepSpec): string | undefined {
  const undo = kindDef(step.kind)?.undo;
  if (!undo || !step.undo) return undefined;
  let detail: string | undefined;
  try {
    detail = undo.describe?.(step.params as never);
  } catch {
    // Params that hold a step's output are parsed on the worker: without their defaults here.
  }
  return detail ? `${undo.summary}: ${detail}` : undo.summary;
}

export function explainPlanJson(plan: Plan): ExplainedPlan {
  const steps: ExplainedStep[] = [];
  let afterCommit = false;
  for (const phase of PHASES) {
    const list = plan.phases[phase];
    list.forEach((step, i) => {
      const activity = step.execution === 'activity';
      const undo = undoText(step);
      steps.push({
        order: steps.length + 1,
        id: step.id,
        kind: step.kind,
        phase,
        execution: step.execution,
        does: describe(step),
        timeout: activity ? (step.timeout ?? plan.defaults.timeout) : step.execution === 'gate' ? (step.timeout ?? null) : null,
        retry: activity ? { ...plan.defaults.retry, ...step.retry } : null,
        onFailure: step.onFailure ?? plan.defaults.onFailure,
        undo: undo && !afterCommit ? undo : null,
        afterCommit,
        ...(step.group ? { group: step.group } : {}),
      });
      const endsGroup = step.group && list[i + 1]?.group?.id !== step.group.id;
      if (plan.commitAfter === step.id || (endsGroup && plan.commitAfter === step.group!.id)) afterCommit = true;
    });
  }
  const commitIndex = plan.commitAfter ? steps.map((s) => s.id === plan.commitAfter || s.group?.id === plan.commitAfter).lastIndexOf(true) : -1;
  const reversible = commitIndex >= 0 ? steps.slice(0, commitIndex + 1) : steps;
  const rollback = reversible
    .filter((s): s is ExplainedStep & { undo: string } => s.undo !== null)
    .map((s) => ({ id: s.id, kind: s.kind, undo: s.undo, ...(s.group ? { group: s.group.id } : {}) }))
    .reverse();
  return {
    plan: plan.name,
    environment: plan.environment,
    source: plan.source,
    steps,
    commitAfter: plan.commitAfter ?? null,
    rollbackOrder: rollback.map((s) => s.id),
    rollback,
    undoRetry: plan.defaults.undoRetry,
  };
}

const attempts = (n: number | undefined) => (n === undefined || n === 0 ? 'unlimited attempts' : n === 1 ? '1 attempt' : `${n} attempts`);

function retryText(r: RetrySpec): string {
  if (r.maximumAttempts === 1) return attempts(1);
  const backoff = [r.initialInterval && `every ${r.initialInterval}`, r.backoffCoefficient && r.backoffCoefficient !== 1 && `×${r.backoffCoefficient}`, r.maximumInterval && `up to ${r.maximumInterval}`];
  return [attempts(r.maximumAttempts), ...backoff].filter(Boolean).join(' ');
}


export function explainPlan(plan: Plan): string {
  const e = explainPlanJson(plan);
  const out = [`plan ${e.plan} on ${e.environment}${e.source ? ` (${e.source})` : ''}`, ''];
  for (const phase of PHASES) {
    out.push(phase);
    const steps = e.steps.filter((s) => s.phase === phase);
    if (steps.length === 0) out.push('  (no steps)');
    steps.forEach((s, i) => {
      const g = s.group;
      const first = g && steps[i - 1]?.group?.id !== g.id;
      const last = g && steps[i + 1]?.group?.id !== g.id;
      if (first) {
        const size = steps.filter((x) => x.group?.id === g.id).length;
        out.push(`  ┌ parallel group ${g.id}: ${size} steps at once${g.maxConcurrency ? ` (at most ${g.maxConcurrency} at a time)` : ''}; if one fails, the others are cancelled`);
      }
      const bar = g ? '│ ' : '';
      out.push(`  ${bar}${String(s.order).padStart(2)}. ${s.id.padEnd(18)} ${s.kind.padEnd(18)} ${s.does}`);
      if (s.retry) out.push(`  ${bar}    timeout ${s.timeout} per attempt; ${retryText(s.retry)}; on failure ${s.onFailure}`);
      if (s.undo) out.push(`  ${bar}    undo: ${s.undo}`);
      else if (s.afterCommit && undoText(plan.phases[s.phase].find((p) => p.id === s.id)!)) out.push(`  ${bar}    not undone: after the commit point`);
      if (last) out.push(`  └ end of parallel group ${g.id}`);
      if (e.commitAfter === s.id || (last && e.commitAfter === g.id)) {
        const later = s.order < e.steps.length ? '; the steps below are not undone if they fail' : '';
        out.push(`  ── commit point: once ${e.commitAfter} succeeds, the steps above can no longer be undone${later}`);
      }
    });
  }
  out.push('');
  if (!e.commitAfter) out.push('no commit point: a failure at any step undoes every step done so far');
  if (e.rollback.length === 0) out.push('nothing to undo if a step fails');
  else {
    const when = e.commitAfter ? `if a step fails before the commit point (after ${e.commitAfter})` : 'if a step fails';
    out.push(`${when}, undo newest first (a step that failed part-way is undone too; each undo gets ${retryText(e.undoRetry)}):`);
    for (const r of e.rollback) out.push(`  ${r.id.padEnd(18)} ${r.undo}`);
    const groups = [...new Set(e.rollback.flatMap((r) => (r.group ? [r.group] : [])))];
    if (groups.length) out.push(`(the steps of parallel group${groups.length > 1 ? 's' : ''} ${groups.join(', ')} are undone in the reverse order in which they ended, not in plan order)`);
  }
  return out.join('\n');
}
