// Every check a plan goes through before anything runs: the document's shape, each step's
// kind and parameters, and the rules across steps (ids, targets, gates, commit point, refs).
// All problems are collected, each at its place, so one run of `validate` shows them all.
import { isMap, visit, type Document, type LineCounter } from 'yaml';
import { z } from 'zod';
import { executionOf } from '../kit/define';
import { OUTPUT_REF } from '../kit/output-refs';
import { kindDef, kindNames } from '../registry';
import type { PlanIssue } from './errors';
import { pathOf, Reporter, splitStepPath, type DocPath } from './positions';
import { checkStepRefs } from './check-refs';
import { checkHistoryBudget } from './check-history';
import { malformedRefs, REF_FORMS, stepRefs } from './refs';
import { COMMIT, errorMap, parallelSchema, planSchema, STEP_BASE_KEYS, STEP_ID, stepBaseSchema, type RawPlan } from './schema';
import { closest } from './suggest';
import { PHASES, type ParallelGroup, type PhaseName } from './types';

/** A step as written: its place in the plan and its raw fields. */
interface Entry {
  phase: PhaseName;
  index: number;
  path: DocPath;
  raw: Record<string, unknown>;
  /** `step <id>: `, or `step <n> of <phase>: ` while the id is missing. */
  label: string;
  /** The parallel group it runs in, if any. */
  group?: ParallelGroup;
}

/** A step that passed every check of its own. */
export interface CheckedStep {
  phase: PhaseName;
  id: string;
  kind: string;
  raw: Record<string, unknown>;
  /** The kind's fields, with the kind's defaults applied. */
  params: Record<string, unknown>;
  group?: ParallelGroup;
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
  checkHistoryBudget(entries, targets, r);
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
        if (!OUTPUT_REF.test(ref.slice(2, -1))) {
          r.atNode(node, ancestors, `malformed reference ${ref}: expected ${REF_FORMS}`, ref);
          continue;
        }
        const step = splitStepPath(pathOf(ancestors, node));
        if (step?.rest[0] !== 'undo') r.atNode(node, ancestors, `${stepLabel(doc, step?.step)}${ref}: a step's own outputs can be used in its undo only`, ref);
      }
    },
  });
}

/** `step <id>: ` for the step at `path`, when it has an id. */
function stepLabel(doc: Document, path: DocPath | undefined): string {
  const step = path ? doc.getIn(path, true) : undefined;
  const id = isMap(step) ? step.get('id') : undefined;
  return typeof id === 'string' ? `step ${id}: ` : '';
}

/**
 * The steps of every phase, in run order, the steps of a parallel group in place of it; items that
 * are not maps, and groups that are not well formed, are reported here.
 */
function stepEntries(phases: unknown, r: Reporter): Entry[] {
  const entries: Entry[] = [];
  if (!isPlainMap(phases)) return entries;
  let groups = 0;
  for (const phase of PHASES) {
    const list = phases[phase];
    if (!Array.isArray(list)) continue; // absent, or reported by the schema
    list.forEach((raw: unknown, index) => {
      const path: DocPath = ['phases', phase, index];
      const where = `step ${index + 1} of ${phase}`;
      if (!isPlainMap(raw)) return r.at(path, `${where}: expected a map with id, kind and the kind's fields`);
      if (!('parallel' in raw)) {
        const label = typeof raw.id === 'string' ? `step ${raw.id}: ` : `${where}: `;
        return entries.push({ phase, index, path, raw, label });
      }
      groups++;
      const g = parallelSchema.safeParse(raw, { error: errorMap });
      const spec = isPlainMap(raw.parallel) ? raw.parallel : {};
      const group: ParallelGroup = { id: typeof spec.id === 'string' && STEP_ID.test(spec.id) ? spec.id : `parallel-${groups}` };
      if (g.success && g.data.parallel.maxConcurrency) group.maxConcurrency = g.data.parallel.maxConcurrency;
      const label = `parallel group ${group.id}: `;
      if (!g.success) r.zod(g.error, path, label, parallelSchema);
      const steps = Array.isArray(spec.steps) ? spec.steps : [];
      steps.forEach((step: unknown, j) => {
        const at: DocPath = [...path, 'parallel', 'steps', j];
        const inGroup = `step ${j + 1} of parallel group ${group.id}`;
        if (!isPlainMap(step)) return r.at(at, `${inGroup}: expected a map with id, kind and the kind's fields`);
        if ('parallel' in step) return r.atKey(at, 'parallel', `${inGroup}: a parallel group cannot hold another one; list its steps in this group`);
        entries.push({ phase, index, path: at, raw: step, label: typeof step.id === 'string' ? `step ${step.id}: ` : `${inGroup}: `, group });
      });
    });
  }
  return entries;
}

/** Each step: base fields, a unique id, a known kind, declared targets, the kind's params. */
function checkSteps(entries: Entry[], targets: Record<string, unknown>, r: Reporter): CheckedStep[] {
  const steps: CheckedStep[] = [];
  const firstLine = new Map<string, number>();
  const groupIds = new Set(entries.flatMap((e) => (e.group ? [e.group.id] : [])));
  for (const { phase, path, raw, label, group } of entries) {
    const base = stepBaseSchema.safeParse(raw, { error: errorMap });
    if (!base.success) r.zod(base.error, path, label, stepBaseSchema);

    if (typeof raw.id === 'string') {
      const first = firstLine.get(raw.id);
      if (first !== undefined) r.at([...path, 'id'], `duplicate step id ${raw.id} (first used on line ${first})`);
      else firstLine.set(raw.id, r.placeAt([...path, 'id']).line);
      if (groupIds.has(raw.id)) r.at([...path, 'id'], `${label}${raw.id} is also the id of a parallel group`);
    }

    const kind = typeof raw.kind === 'string' ? kindDef(raw.kind) : undefined;
    if (typeof raw.kind === 'string' && !kind) {
      const guess = closest(raw.kind, kindNames());
      r.at([...path, 'kind'], `${label}unknown kind ${raw.kind}${guess ? ` (did you mean ${guess}?)` : `; known kinds: ${kindNames().join(', ')}`}`);
    }
    if (!kind) continue;
    if (group && executionOf(kind) === 'gate') {
      r.at([...path, 'kind'], `${label}a gate cannot be in parallel group ${group.id}: a group is for machines; put the gate before or after it`);
    }

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
    else if (base.success) steps.push({ phase, id: base.data.id, kind: base.data.kind, raw, params: (parsed.success ? parsed.data : params) as Record<string, unknown>, ...(group ? { group } : {}) });
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
  // `after <group id>`: once every step of the group has succeeded.
  const inGroup = entries.filter((e) => e.group?.id === id);
  const pos = inGroup.length ? entries.indexOf(inGroup[inGroup.length - 1]) : entries.findIndex((e) => e.raw.id === id);
  if (pos >= 0 && !inGroup.length && entries[pos].group) {
    return r.at(['commit'], `commit point: step ${id} is in parallel group ${entries[pos].group!.id}: commit after the whole group (after ${entries[pos].group!.id})`);
  }
  if (pos < 0) {
    const ids = entries.map((e) => e.raw.id).filter((v): v is string => typeof v === 'string');
    const guess = closest(id, ids);
    return r.at(['commit'], `commit point: no step ${id}${guess ? ` (did you mean ${guess}?)` : ''}`);
  }
  if (phase && entries[pos].phase !== phase) return r.at(['commit'], `commit point: step ${id} is in ${entries[pos].phase}, not ${phase}`);
  for (const e of entries.slice(pos)) {
    const kind = typeof e.raw.kind === 'string' ? kindDef(e.raw.kind) : undefined;
    if (!kind || executionOf(kind) !== 'gate') continue;
    if (e.group) continue; // reported as a gate in a group
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
