// `${steps.<id>.<field>}` references: allowed in a step's fields and in target URLs, and only to
// an output field that the kind of an earlier step declares (so a typo, a later step or a field the
// kind never produces is caught before anything runs).
import { visit, type Document } from 'yaml';
import { kindDef } from '../registry';
import { pathOf, splitStepPath, type Reporter, type DocPath } from './positions';
import { mapStrings, stepRefs, type Ref } from './refs';
import { fieldsOf, schemaAt } from './schema';
import { closest } from './suggest';

/** A step as written, in run order. */
export interface RefEntry {
  path: DocPath;
  raw: Record<string, unknown>;
  label: string;
  group?: { id: string };
}

const STEP_FIELDS = new Set(['id', 'kind', 'timeout', 'retry', 'onFailure']);

export function checkStepRefs(doc: Document, entries: RefEntry[], targets: Record<string, unknown>, r: Reporter): void {
  const order = new Map<string, number>();
  entries.forEach((e, i) => typeof e.raw.id === 'string' && !order.has(e.raw.id) && order.set(e.raw.id, i));
  const kindOf = (id: string) => {
    const e = entries[order.get(id)!];
    return typeof e.raw.kind === 'string' ? kindDef(e.raw.kind) : undefined;
  };

  /** What is wrong with `ref` used by the step at `position` (undefined: fine). */
  const problem = (ref: Extract<Ref, { type: 'step' }>, position: number): string | undefined => {
    const at = order.get(ref.step);
    if (at === undefined) {
      const guess = closest(ref.step, [...order.keys()]);
      return `${ref.text}: no step ${ref.step}${guess ? ` (did you mean ${guess}?)` : ''}`;
    }
    if (at >= position) return `${ref.text}: step ${ref.step} runs ${at === position ? 'as this step' : 'after this step'}; a step can only use the outputs of steps before it`;
    const group = entries[position].group;
    if (group && entries[at].group?.id === group.id) {
      return `${ref.text}: step ${ref.step} runs at the same time, in parallel group ${group.id}; a step can only use the outputs of steps before its group`;
    }
    const kind = kindOf(ref.step);
    if (!kind) return undefined; // its unknown kind is reported already
    if (!kind.outputs) return `${ref.text}: step ${ref.step} (${String(entries[at].raw.kind)}) declares no outputs`;
    if (!schemaAt(kind.outputs, ref.path)) {
      const known = ref.path.findIndex((_, i) => !schemaAt(kind.outputs, ref.path.slice(0, i + 1)));
      const fields = fieldsOf(schemaAt(kind.outputs, ref.path.slice(0, known)));
      const names = Array.isArray(fields) ? fields : [];
      const guess = closest(ref.path[known], names);
      const what = known === 0 ? `no output ${ref.path[0]}` : `no output ${ref.path.slice(0, known + 1).join('.')} (${ref.path.slice(0, known).join('.')} has ${names.length ? names.join(', ') : 'no fields'})`;
      return `${ref.text}: ${String(entries[at].raw.kind)} has ${what}${known === 0 && guess ? ` (did you mean ${guess}?)` : known === 0 && names.length ? `; it has ${names.join(', ')}` : ''}`;
    }
    return undefined;
  };

  entries.forEach((e, position) => {
    const params = Object.fromEntries(Object.entries(e.raw).filter(([k]) => !STEP_FIELDS.has(k)));
    mapStrings(params, (value, rel) => {
      for (const ref of stepRefs(value)) {
        const why = problem(ref, position);
        if (why) r.atText([...e.path, ...rel], ref.text, `${e.label}${why}`);
      }
      return value;
    });
    // A target's URL may use outputs too: of steps before every step that names the target.
    for (const field of ['target', 'source']) {
      const name = e.raw[field];
      const target = typeof name === 'string' ? targets[name] : undefined;
      const url = target && typeof target === 'object' ? (target as { url?: unknown }).url : undefined;
      if (typeof url !== 'string') continue;
      for (const ref of stepRefs(url)) {
        const why = problem(ref, position);
        if (why) r.atText(['targets', name as string, 'url'], ref.text, `target ${String(name)} (used by step ${String(e.raw.id)}): ${why}`);
      }
    }
  });

  // Anywhere else (the plan's name, defaults, a step's timeout), a step reference means nothing.
  visit(doc, {
    Scalar(_key, node, ancestors) {
      if (typeof node.value !== 'string' || !stepRefs(node.value).length) return;
      const path = pathOf(ancestors, node);
      const step = splitStepPath(path);
      const inStep = !!step && step.rest.length > 0 && !STEP_FIELDS.has(String(step.rest[0]));
      const inTargetUrl = path[0] === 'targets' && path[2] === 'url';
      if (!inStep && !inTargetUrl) r.atNode(node, ancestors, `${stepRefs(node.value)[0].text}: step outputs can be used in step fields and target URLs only`, stepRefs(node.value)[0].text);
    },
  });
}
