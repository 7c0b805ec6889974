// Every check a plan goes through before anything runs: the document's shape, each step's
// kind and parameters, and the rules across steps (ids, targets, gates, commit point, refs).
// All problems are collected, each at its place, so one run of `validate` shows them all.
import { isMap, isPair, isScalar, visit, type Document, type LineCounter } from 'yaml';
import { z } from 'zod';
import { executionOf } from '../kit/define';
import { OUTPUT_REF } from '../kit/output-refs';
import { kindDef, kindNames } from '../registry';
import type { PlanIssue } from './errors';
import { Reporter, type DocPath } from './positions';
import { checkStepRefs } from './check-refs';
import { malformedRefs, REF_FORMS, stepRefs } from './refs';
import { COMMIT, errorMap, planSchema, STEP_BASE_KEYS, stepBaseSchema, type RawPlan } from './schema';
import { closest } from './suggest';
import { PHASES, type PhaseName } from './types';

/** A step as written: its place in the plan and its raw fields. */
interface Entry {
  phase: PhaseName;
  index: number;
  path: DocPath;
  raw: Record<string, unknown>;
  /** `step <id>: `, or `step <n> of <phase>: ` while the id is missing. */
  label: string;
}

/** A step that passed every check of its own. */
export interface CheckedStep {
  phase: PhaseName;
  id: string;
  kind: string;
  raw: Record<string, unknown>;
  /** The kind's fields, with the kind's defaults applied. */
  params: Record<string, unknown>;
}

export interface Checked {
  /** Present when the top-level shape is right. */
  plan?: RawPlan;
  steps: CheckedStep[];
  issues: PlanIssue[];
}

const isPlainMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function checkDocument(doc: Document, lc: LineCounter, file: string, text = ''): Checked {
  const r = new Reporter(doc, lc, file, text);
  checkRefs(doc, r);
  // Aliases were bounded when the text was read (read-yaml.ts); yaml's own check is quadratic.
  const js: unknown = doc.toJS({ maxAliasCount: -1 });
  const top = planSchema.safeParse(js, { error: errorMap });
  if (!top.success) r.zod(top.error, [], '', planSchema);
  const root = isPlainMap(js) ? js : {};
  const entries = stepEntries(root.phases, r);
  // No steps at all (unless `phases` itself is malformed: the schema said so already).
  if (isPlainMap(js) && entries.length === 0 && (root.phases == null || isPlainMap(root.phases))) {
    r.at(root.phases === undefined ? [] : ['phases'], `the plan has no steps: list them under phases (${PHASES.join(', ')})`);
  }
  const targets = isPlainMap(root.targets) ? root.targets : {};
  const steps = checkSteps(entries, targets, r);
  checkStepRefs(doc, entries, targets, r);
  if (typeof root.commit === 'string') checkCommit(root.commit, entries, r);
  return { plan: top.success ? top.data : undefined, steps, issues: r.issues };
}

/**
 * `${...}` references anywhere in the file must be of a known form; `${outputs.<name>}` (the step's
 * own outputs) only inside a step's `undo` (the kinds that have one check the names).
 */
function checkRefs(doc: Document, r: Reporter): void {
  visit(doc, {
    Scalar(_key, node, ancestors) {
      if (typeof node.value !== 'string') return;
      for (const ref of malformedRefs(node.value)) {
        if (!OUTPUT_REF.test(ref.slice(2, -1))) r.atNode(node, ancestors, `malformed reference ${ref}: expected ${REF_FORMS}`, ref);
        else if (!inStepUndo(ancestors)) r.atNode(node, ancestors, `${stepLabel(ancestors)}${ref}: a step's own outputs can be used in its undo only`, ref);
      }
    },
  });
}

/** Under `phases.<phase>.<n>.undo`: the walk passes the root map, then pairs, maps and the list. */
function inStepUndo(ancestors: readonly unknown[]): boolean {
  const key = (n: unknown) => (isPair(n) && isScalar(n.key) ? n.key.value : undefined);
  return key(ancestors[2]) === 'phases' && key(ancestors[7]) === 'undo';
}

/** `step <id>: ` when the walk is inside a step that has an id. */
function stepLabel(ancestors: readonly unknown[]): string {
  const step = ancestors[6];
  const id = isPair(ancestors[2]) && isMap(step) ? step.get('id') : undefined;
  return typeof id === 'string' ? `step ${id}: ` : '';
}

/** The steps of every phase, in run order; items that are not maps are reported here. */
function stepEntries(phases: unknown, r: Reporter): Entry[] {
  const entries: Entry[] = [];
  if (!isPlainMap(phases)) return entries;
  for (const phase of PHASES) {
    const list = phases[phase];
    if (!Array.isArray(list)) continue; // absent, or reported by the schema
    list.forEach((raw: unknown, index) => {
      const path: DocPath = ['phases', phase, index];
      const where = `step ${index + 1} of ${phase}`;
      if (!isPlainMap(raw)) return r.at(path, `${where}: expected a map with id, kind and the kind's fields`);
      const label = typeof raw.id === 'string' ? `step ${raw.id}: ` : `${where}: `;
      entries.push({ phase, index, path, raw, label });
    });
  }
  return entries;
}

/** Each step: base fields, a unique id, a known kind, declared targets, the kind's params. */
function checkSteps(entries: Entry[], targets: Record<string, unknown>, r: Reporter): CheckedStep[] {
  const steps: CheckedStep[] = [];
  const firstLine = new Map<string, number>();
  for (const { phase, path, raw, label } of entries) {
    const base = stepBaseSchema.safeParse(raw, { error: errorMap });
    if (!base.success) r.zod(base.error, path, label, stepBaseSchema);

    if (typeof raw.id === 'string') {
      const first = firstLine.get(raw.id);
      if (first !== undefined) r.at([...path, 'id'], `duplicate step id ${raw.id} (first used on line ${first})`);
      else firstLine.set(raw.id, r.placeAt([...path, 'id']).line);
    }

    const kind = typeof raw.kind === 'string' ? kindDef(raw.kind) : undefined;
    if (typeof raw.kind === 'string' && !kind) {
      const guess = closest(raw.kind, kindNames());
      r.at([...path, 'kind'], `${label}unknown kind ${raw.kind}${guess ? ` (did you mean ${guess}?)` : `; known kinds: ${kindNames().join(', ')}`}`);
    }
    if (!kind) continue;

    const params = Object.fromEntries(Object.entries(raw).filter(([k]) => !STEP_BASE_KEYS.includes(k)));
    // Targets named by the step must be declared, and of a kind the step can act on.
    for (const field of ['target', 'source']) {
      const name = params[field];
      const allowed = field === 'source' ? (kind.sources ?? kind.targets) : kind.targets;
      if (typeof name !== 'string' || !allowed) continue;
      const target = Object.hasOwn(targets, name) ? targets[name] : undefined; // not `toString`
      const declared = Object.keys(targets);
      if (target === undefined) {
        const guess = closest(name, declared);
        const hint = guess ? ` (did you mean ${guess}?)` : declared.length ? ` (declared: ${declared.join(', ')})` : '';
        r.at([...path, field], `${label}${field} ${name} is not declared under targets${hint}`);
      } else if (isPlainMap(target) && typeof target.kind === 'string' && !allowed.includes(target.kind)) {
        r.at([...path, field], `${label}${field} ${name} is a ${target.kind} target; ${raw.kind} needs ${allowed.join(' or ')}`);
      }
    }

    const parsed = kind.params.safeParse(params, { error: errorMap });
    // A field that holds a step's output is checked once the output is known (on the worker).
    const issues = parsed.success ? [] : parsed.error.issues.filter((i) => !holdsStepRef(params, i.path as DocPath));
    if (issues.length) r.zod(new z.ZodError(issues), path, label, kind.params, STEP_BASE_KEYS);
    else if (base.success) steps.push({ phase, id: base.data.id, kind: base.data.kind, raw, params: (parsed.success ? parsed.data : params) as Record<string, unknown> });
  }
  return steps;
}

/** The commit point names a step (in the phase it names, if any); no gate may stand at or after it. */
function checkCommit(commit: string, entries: Entry[], r: Reporter): void {
  const m = COMMIT.exec(commit);
  if (!m) return; // the schema reported it
  const [, phase, id] = m;
  if (phase && !(PHASES as readonly string[]).includes(phase)) {
    const guess = closest(phase, [...PHASES]);
    return r.at(['commit'], `commit point: ${phase} is not a phase${guess ? ` (did you mean ${guess}?)` : ''}; phases are ${PHASES.join(', ')}`);
  }
  const pos = entries.findIndex((e) => e.raw.id === id);
  if (pos < 0) {
    const ids = entries.map((e) => e.raw.id).filter((v): v is string => typeof v === 'string');
    const guess = closest(id, ids);
    return r.at(['commit'], `commit point: no step ${id}${guess ? ` (did you mean ${guess}?)` : ''}`);
  }
  if (phase && entries[pos].phase !== phase) return r.at(['commit'], `commit point: step ${id} is in ${entries[pos].phase}, not ${phase}`);
  for (const e of entries.slice(pos)) {
    const kind = typeof e.raw.kind === 'string' ? kindDef(e.raw.kind) : undefined;
    if (!kind || executionOf(kind) !== 'gate') continue;
    const why =
      e === entries[pos]
        ? 'a gate cannot be the commit point: commit after the step it lets through'
        : `a gate must come before the commit point (after ${id}): past it nothing is rolled back, so rejecting could undo nothing`;
    r.at([...e.path, 'kind'], `${e.label}${why}`);
  }
}

/** True when the value at `path` (or one of its parents) is a string holding a `${steps.…}` reference. */
function holdsStepRef(params: unknown, path: DocPath): boolean {
  let v: unknown = params;
  for (const key of [undefined, ...path]) {
    if (key !== undefined) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined;
    if (typeof v === 'string') return stepRefs(v).length > 0;
  }
  return false;
}
