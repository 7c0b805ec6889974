// Every check a plan goes through before anything runs: the document's shape, each step's
// kind and parameters, and the rules across steps (ids, targets, gates, commit point, refs).
import { visit, type Document, type LineCounter } from 'yaml';
import type { z } from 'zod';
import { KINDS, kindNames } from '../kinds';
import { malformedRefs } from './refs';
import { keyPositionOf, positionOf, type DocPath } from './positions';
import { planSchema, STEP_BASE_KEYS, stepBaseSchema, type RawPlan } from './schema';
import { closest } from './suggest';
import type { PlanIssue } from './errors';
import { PHASES, type PhaseName } from './types';

export interface CheckedStep {
  phase: PhaseName;
  index: number;
  raw: Record<string, unknown>;
  params: Record<string, unknown>;
}

export interface Checked {
  plan?: RawPlan;
  steps: CheckedStep[];
  issues: PlanIssue[];
}

export function validateDocument(doc: Document, lc: LineCounter, file: string): Checked {
  const issues: PlanIssue[] = [];
  const at = (path: DocPath, message: string) => issues.push({ file, ...positionOf(doc, lc, path), message });
  const zodIssues = (err: z.ZodError, base: DocPath, prefix = '') => {
    for (const i of err.issues) {
      const path = [...base, ...(i.path as DocPath)];
      if (i.code === 'unrecognized_keys') {
        for (const key of i.keys) issues.push({ file, ...keyPositionOf(doc, lc, path, key), message: `${prefix}unknown field ${key}` });
      } else {
        const field = i.path.length ? `${i.path.join('.')}: ` : '';
        at(path, `${prefix}${field}${i.message}`);
      }
    }
  };

  // Malformed references anywhere in the file.
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && node.range) {
        for (const ref of malformedRefs(node.value)) {
          issues.push({ file, ...lc.linePos(node.range[0]), message: `malformed reference ${ref}: expected \${env:NAME}` });
        }
      }
    },
  });

  const top = planSchema.safeParse(doc.toJS());
  if (!top.success) zodIssues(top.error, []);
  const js = (doc.toJS() ?? {}) as { phases?: Record<string, unknown>; targets?: Record<string, { kind?: string }> };
  const rawPhases = js.phases ?? {};
  const targets = js.targets && typeof js.targets === 'object' ? js.targets : {};

  const steps: CheckedStep[] = [];
  const seen = new Map<string, number>();
  for (const phase of PHASES) {
    const list = rawPhases[phase];
    if (!Array.isArray(list)) continue;
    list.forEach((raw: unknown, index: number) => {
      const path: DocPath = ['phases', phase, index];
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return; // the schema reported it
      const step = raw as Record<string, unknown>;
      const label = typeof step.id === 'string' ? `step ${step.id}: ` : `step ${index + 1} of ${phase}: `;
      const base = stepBaseSchema.safeParse(step);
      if (!base.success) zodIssues(base.error, path, label);
      if (typeof step.id === 'string') {
        const line = seen.get(step.id);
        if (line) at([...path, 'id'], `duplicate step id ${step.id} (first used on line ${line})`);
        else seen.set(step.id, positionOf(doc, lc, [...path, 'id']).line);
      }
      const params = Object.fromEntries(Object.entries(step).filter(([k]) => !STEP_BASE_KEYS.includes(k)));
      const kind = typeof step.kind === 'string' ? KINDS[step.kind] : undefined;
      if (typeof step.kind === 'string' && !kind) {
        const guess = closest(step.kind, kindNames());
        at([...path, 'kind'], `${label}unknown kind ${step.kind}${guess ? ` (did you mean ${guess}?)` : ''}; known kinds: ${kindNames().join(', ')}`);
      }
      if (!kind) return;
      // Targets named by the step must be declared, and of a kind the step can act on.
      for (const field of ['target', 'source']) {
        const name = params[field];
        if (typeof name !== 'string' || !kind.targets) continue;
        const target = targets[name];
        const declared = Object.keys(targets);
        if (!target) {
          at([...path, field], `${label}${field} ${name} is not declared under targets${declared.length ? ` (declared: ${declared.join(', ')})` : ''}`);
        } else if (target.kind && !kind.targets.includes(target.kind as never)) {
          at([...path, field], `${label}${field} ${name} is a ${target.kind} target; ${step.kind} needs ${kind.targets.join(' or ')}`);
        }
      }
      const parsed = kind.params.safeParse(params);
      if (!parsed.success) zodIssues(parsed.error, path, label);
      else steps.push({ phase, index, raw: step, params: parsed.data as Record<string, unknown> });
    });
  }

  if (top.success && steps.length === 0 && issues.length === 0) at(['phases'], 'the plan has no steps');

  // The commit point names a step, and no gate may stand at or after it.
  const commit = top.success ? top.data.commit : undefined;
  if (commit) {
    const ref = commit.slice('after '.length);
    const [phase, id] = ref.includes('.') ? (ref.split('.', 2) as [string, string]) : [undefined, ref];
    const order = steps.map((s) => ({ ...s, id: s.raw.id as string }));
    const pos = order.findIndex((s) => s.id === id);
    if (pos < 0) at(['commit'], `commit point: no step ${id}`);
    else if (phase && order[pos].phase !== phase) at(['commit'], `commit point: step ${id} is in ${order[pos].phase}, not ${phase}`);
    else {
      for (const s of order.slice(pos + 1)) {
        if (KINDS[s.raw.kind as string]?.execution === 'gate') {
          at(['phases', s.phase, s.index, 'kind'], `step ${s.id}: a gate must come before the commit point (after ${id}): past it nothing can be rolled back any more`);
        }
      }
    }
  }
  return { plan: top.success ? top.data : undefined, steps, issues };
}
