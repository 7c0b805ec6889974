// Read-only checks that a target a plan names can be reached with the credentials it gives; each
// target kind's family says how (src/systems/<family>/).
import type { TargetSpec } from '../../plan/types';
import { resolveRefs } from '../../kit/resolve';
import { targetKindDef } from '../../registry';

/** What the probe found (a server version, say); throws with the reason when it cannot reach. */
export type Probe = () => Promise<string>;

export const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function targetProbe(name: string, target: TargetSpec): { label: string; probe: Probe } {
  const where = `target ${name}`;
  const label = `${where} (${target.kind})`;
  const probe = targetKindDef(target.kind)?.probe;
  return {
    label,
    probe: async () => (probe ? probe(await resolveRefs(target.url, where), where) : 'no check for this kind of target'),
  };
}
