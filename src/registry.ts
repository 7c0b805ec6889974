// Every step kind and target kind a plan may name: the built-in families and any registered
// beside them. The plan layer validates against this registry; the worker registers the kinds'
// activities from it.
import type { FamilyDef, KindDef, TargetKindDef } from './kit/define';
import { BUILT_IN_FAMILIES } from './systems';

const families: FamilyDef[] = [];
const kinds = new Map<string, { kind: KindDef; family: FamilyDef }>();
const targets = new Map<string, { target: TargetKindDef; family: FamilyDef }>();

/** Adds a family's kinds and target kinds; a name that is already taken is refused. */
export function registerFamily(family: FamilyDef): void {
  for (const name of Object.keys(family.kinds)) {
    const taken = kinds.get(name);
    if (taken) throw new Error(`family ${family.name}: kind ${name} is already defined by family ${taken.family.name}`);
  }
  for (const name of Object.keys(family.targets ?? {})) {
    const taken = targets.get(name);
    if (taken) throw new Error(`family ${family.name}: target kind ${name} is already defined by family ${taken.family.name}`);
  }
  families.push(family);
  for (const [name, kind] of Object.entries(family.kinds)) kinds.set(name, { kind, family });
  for (const [name, target] of Object.entries(family.targets ?? {})) targets.set(name, { target, family });
}

for (const f of BUILT_IN_FAMILIES) registerFamily(f);

export const allFamilies = (): readonly FamilyDef[] => families;
export const kindDef = (name: string): KindDef | undefined => kinds.get(name)?.kind;
export const familyOfKind = (name: string): FamilyDef | undefined => kinds.get(name)?.family;
export const kindNames = (): string[] => [...kinds.keys()].sort();
export const allKinds = (): [string, KindDef][] => [...kinds.entries()].map(([name, { kind }]) => [name, kind]);
export const targetKindDef = (name: string): TargetKindDef | undefined => targets.get(name)?.target;
export const targetKindNames = (): string[] => [...targets.keys()].sort();
