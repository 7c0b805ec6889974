// Registering a family from outside this repository. What the built-in families get right by
// review is checked here, so that a mistake is named when the plugin loads instead of surfacing
// as a confusing plan error or an activity the workflow cannot find.
import type { FamilyDef, KindDef } from '../kit/define';
import { allFamilies, registerFamily, targetKindNames } from '../registry';
import { CutoverError, EXIT } from '../exit-codes';

const FAMILY_NAME = /^[a-z][a-z0-9-]*$/;
const VERB = /^[A-Za-z][A-Za-z0-9-]*(\.[A-Za-z][A-Za-z0-9-]*)*$/;
/** `cutover.*` activities are the engine's own (cutover.loadPlan). */
const RESERVED = new Set(['cutover', 'core']);

const isFn = (v: unknown) => typeof v === 'function';
const isSchema = (v: unknown) => !!v && typeof v === 'object' && isFn((v as { safeParse?: unknown }).safeParse);

/** Looks like a `defineFamily(…)`: what a plugin module's exports are searched for. */
export function isFamily(v: unknown): v is FamilyDef {
  return !!v && typeof v === 'object' && typeof (v as FamilyDef).name === 'string' && !!(v as FamilyDef).kinds && typeof (v as FamilyDef).kinds === 'object';
}

function kindProblems(name: string, kind: KindDef, knownTargets: Set<string>): string[] {
  const out: string[] = [];
  if (!kind || typeof kind !== 'object') return [`kind ${name}: expected defineKind({ … })`];
  if (typeof kind.summary !== 'string' || !kind.summary) out.push(`kind ${name}: summary must be text (one line for cutover plan)`);
  if (!isSchema(kind.params)) out.push(`kind ${name}: params must be a zod schema (z.strictObject({ … }))`);
  if ((kind.execution ?? 'activity') !== 'activity') out.push(`kind ${name}: execution ${kind.execution}: gates and timers are built in; a plugin's kinds are activities`);
  else if (!isFn(kind.run)) out.push(`kind ${name}: run must be a function (the step's activity)`);
  if (kind.outputs !== undefined && !isSchema(kind.outputs)) out.push(`kind ${name}: outputs must be a zod object of the output's fields`);
  if (kind.describe !== undefined && !isFn(kind.describe)) out.push(`kind ${name}: describe must be a function of the params`);
  if (kind.preview !== undefined && !isFn(kind.preview)) out.push(`kind ${name}: preview must be a function (what cutover plan --against shows)`);
  const undo = kind.undo;
  if (undo !== undefined) {
    if (typeof undo?.summary !== 'string' || !isFn(undo?.run)) out.push(`kind ${name}: undo must be { summary, run } (when and describe optional)`);
    else if ((undo.when !== undefined && !isFn(undo.when)) || (undo.describe !== undefined && !isFn(undo.describe))) out.push(`kind ${name}: undo.when and undo.describe must be functions of the params`);
  }
  if (kind.targets !== undefined) {
    if (!Array.isArray(kind.targets) || kind.targets.some((t) => typeof t !== 'string')) out.push(`kind ${name}: targets must be a list of target kinds`);
    else {
      const unknown = kind.targets.filter((t) => !knownTargets.has(t));
      if (unknown.length) out.push(`kind ${name}: target kind ${unknown.join(', ')} is not defined (known: ${[...knownTargets].sort().join(', ')})`);
    }
  }
  return out;
}

/** Everything wrong with a family from outside, before anything of it is registered. */
export function familyProblems(family: FamilyDef): string[] {
  const { name } = family;
  if (!FAMILY_NAME.test(name)) return [`family ${JSON.stringify(name)}: a family name is lower-case letters, digits and -`];
  if (RESERVED.has(name)) return [`family ${name}: the name is reserved for cutover's own`];
  if (allFamilies().some((f) => f.name === name)) return [`family ${name}: a family of that name is already registered`];
  const out: string[] = [];
  const targets = family.targets ?? {};
  for (const [t, def] of Object.entries(targets)) {
    if (!def || typeof def.url !== 'string') out.push(`family ${name}: target kind ${t}: url must be text (the URL's form, for messages)`);
    else if (def.probe !== undefined && !isFn(def.probe)) out.push(`family ${name}: target kind ${t}: probe must be a function`);
  }
  const knownTargets = new Set([...targetKindNames(), ...Object.keys(targets)]);
  const kinds = Object.entries(family.kinds);
  if (!kinds.length) out.push(`family ${name}: it has no kinds`);
  for (const [kind, def] of kinds) {
    const verb = kind.startsWith(`${name}.`) ? kind.slice(name.length + 1) : undefined;
    if (kind !== name && verb === undefined) out.push(`kind ${kind}: a kind of family ${name} is named ${name} or ${name}.<verb>`);
    else if (verb !== undefined && (!VERB.test(verb) || verb === 'undo' || verb.endsWith('.undo'))) {
      out.push(`kind ${kind}: expected ${name}.<verb> with letters, digits and - (not ending in .undo, the name of its compensation)`);
    }
    out.push(...kindProblems(kind, def, knownTargets));
  }
  if (family.doctor !== undefined && (typeof family.doctor?.label !== 'string' || !isFn(family.doctor?.probe))) out.push(`family ${name}: doctor must be { label, probe }`);
  return out;
}

/**
 * Registers a family defined outside this repository (checked first; `where` names its origin in
 * messages). The same family object registered again is a no-op, so a worker that passes its
 * families and also names them as plugins gets them once.
 */
export function registerPluginFamily(family: FamilyDef, where = 'registerFamily'): void {
  if (allFamilies().includes(family)) return;
  const problems = isFamily(family) ? familyProblems(family) : ['expected defineFamily({ name, kinds })'];
  if (!problems.length) {
    try {
      registerFamily(family);
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  if (problems.length) throw new CutoverError(problems.map((p) => `${where}: ${p}`).join('\n'), EXIT.badInput);
}
