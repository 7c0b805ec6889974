// What a saved plan does, read from `show -json <planfile>`: resource addresses by action. Only
// addresses and actions are kept; the plan's values (sensitive ones among them) stay in the file.
import type { PlanSummary } from './kinds';

interface ResourceChange {
  address: string;
  mode: string;
  deposed?: string;
  change: { actions: string[]; importing?: unknown };
}

export interface PlanJson {
  errored?: boolean;
  resource_changes?: ResourceChange[];
  output_changes?: Record<string, { actions: string[] }>;
}

export const emptySummary = (): PlanSummary => ({ add: [], change: [], replace: [], destroy: [], forget: [], import: [], outputs: [] });

export function summarize(plan: PlanJson): PlanSummary {
  const s = emptySummary();
  for (const rc of plan.resource_changes ?? []) {
    if (rc.mode !== 'managed') continue;
    const a = rc.change.actions.join(',');
    const address = rc.deposed ? `${rc.address} (deposed ${rc.deposed})` : rc.address;
    if (rc.change.importing) s.import.push(address);
    if (a === 'create') s.add.push(address);
    else if (a === 'update') s.change.push(address);
    else if (a === 'delete') s.destroy.push(address);
    else if (a === 'delete,create' || a === 'create,delete') s.replace.push(address);
    else if (a === 'forget') s.forget.push(address);
  }
  for (const [name, oc] of Object.entries(plan.output_changes ?? {})) {
    if (oc.actions.some((x) => x !== 'no-op')) s.outputs.push(name);
  }
  for (const list of Object.values(s)) list.sort();
  return s;
}

/** Resource changes of any kind (outputs alone do not count). */
export const changesResources = (s: PlanSummary) => s.add.length + s.change.length + s.replace.length + s.destroy.length + s.forget.length + s.import.length > 0;

export const hasChanges = (s: PlanSummary) => changesResources(s) || s.outputs.length > 0;

/** `2 to add (a, b), 1 to replace (c)`: for messages and logs. */
export function describeSummary(s: PlanSummary, max = 10): string {
  const part = (n: string, list: string[]) => (list.length ? `${list.length} to ${n} (${list.slice(0, max).join(', ')}${list.length > max ? ', …' : ''})` : '');
  const parts = [part('add', s.add), part('change', s.change), part('replace', s.replace), part('destroy', s.destroy), part('forget', s.forget), part('import', s.import)].filter(Boolean);
  return parts.length ? parts.join(', ') : s.outputs.length ? `outputs only (${s.outputs.join(', ')})` : 'no changes';
}
