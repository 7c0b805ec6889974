// `cutover plan`: what would run, in order, and what would undo it, without running anything.
import { KINDS } from '../kinds';
import { PHASES, type Plan, type StepSpec } from './types';

export interface ExplainedStep {
  order: number;
  id: string;
  kind: string;
  phase: string;
  does: string;
  timeout: string;
  retry: { maximumAttempts?: number };
  onFailure: string;
  /** What undoes it; null when there is nothing to undo or the step comes after the commit point. */
  undo: string | null;
  afterCommit: boolean;
}

export interface ExplainedPlan {
  plan: string;
  environment: string;
  source?: string;
  steps: ExplainedStep[];
  commitAfter: string | null;
  /** Step ids whose undo would run if the run failed at its last reversible step, newest first. */
  rollbackOrder: string[];
}

function describe(step: StepSpec): string {
  const kind = KINDS[step.kind];
  const detail = kind.describe?.(step.params as never);
  if (step.execution === 'gate') return `${kind.summary}${step.timeout ? `; no answer in ${step.timeout} = reject` : ''}`;
  return detail ? `${kind.summary}: ${detail}` : kind.summary;
}

export function explainPlanJson(plan: Plan): ExplainedPlan {
  const steps: ExplainedStep[] = [];
  let afterCommit = false;
  for (const phase of PHASES) {
    for (const step of plan.phases[phase]) {
      const undo = KINDS[step.kind].undo;
      steps.push({
        order: steps.length + 1,
        id: step.id,
        kind: step.kind,
        phase,
        does: describe(step),
        timeout: step.execution === 'activity' ? (step.timeout ?? plan.defaults.timeout) : (step.timeout ?? '-'),
        retry: { maximumAttempts: (step.retry ?? plan.defaults.retry).maximumAttempts ?? plan.defaults.retry.maximumAttempts },
        onFailure: step.onFailure ?? plan.defaults.onFailure,
        undo: undo && !afterCommit ? undo : null,
        afterCommit,
      });
      if (plan.commitAfter === step.id) afterCommit = true;
    }
  }
  const commitIndex = plan.commitAfter ? steps.findIndex((s) => s.id === plan.commitAfter) : -1;
  const reversible = commitIndex >= 0 ? steps.slice(0, commitIndex + 1) : steps;
  return {
    plan: plan.name,
    environment: plan.environment,
    source: plan.source,
    steps,
    commitAfter: plan.commitAfter ?? null,
    rollbackOrder: reversible.filter((s) => s.undo).map((s) => s.id).reverse(),
  };
}

export function explainPlan(plan: Plan): string {
  const e = explainPlanJson(plan);
  const out = [`plan ${e.plan} on ${e.environment}${e.source ? ` (${e.source})` : ''}`, ''];
  for (const phase of PHASES) {
    out.push(phase);
    const steps = e.steps.filter((s) => s.phase === phase);
    if (steps.length === 0) out.push('  (no steps)');
    for (const s of steps) {
      const policy = s.kind === 'approval' || s.kind === 'wait' ? '' : `  [${s.retry.maximumAttempts}× up to ${s.timeout}, on failure ${s.onFailure}]`;
      out.push(`  ${String(s.order).padStart(2)}. ${s.id.padEnd(18)} ${s.kind.padEnd(18)} ${s.does}${policy}`);
      if (s.undo) out.push(`      undo: ${s.undo}`);
      else if (s.afterCommit && KINDS[s.kind].undo) out.push('      not undone: after the commit point');
      if (e.commitAfter === s.id) out.push(`  ── commit point: once ${s.id} succeeds, nothing before it is rolled back`);
    }
  }
  out.push('');
  if (e.rollbackOrder.length === 0) out.push('nothing to undo if a step fails');
  else {
    out.push(`if a step fails${e.commitAfter ? ` before the commit point` : ''}, undo newest first (a step that failed part-way is undone too):`);
    for (const id of e.rollbackOrder) out.push(`  ${id}: ${e.steps.find((s) => s.id === id)!.undo}`);
  }
  return out.join('\n');
}
