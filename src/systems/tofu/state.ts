// Reading a workspace's state through the tool's own JSON: `state pull` for the raw document (its
// serial and lineage, and the copy kept before an apply), `show -json` for the resources' addresses,
// `output -json` for the root outputs.
import { ApplicationFailure } from '@temporalio/common';
import { ok, problems, run, type RunOptions, type Tool } from './cli';

export interface StateDoc {
  raw: string;
  serial: number;
  lineage: string;
}

export async function pullState(tool: Tool, o: RunOptions, what = 'state pull'): Promise<StateDoc> {
  const r = await run(tool, ['state', 'pull'], o);
  if (!ok(r)) throw ApplicationFailure.retryable(`${tool.where}: ${what} failed: ${problems(r)}`, 'TofuStateError');
  const raw = r.stdout.trim();
  if (!raw) return { raw: '', serial: 0, lineage: '' };
  let doc: { serial?: number; lineage?: string };
  try {
    doc = JSON.parse(raw) as typeof doc;
  } catch {
    throw ApplicationFailure.retryable(`${tool.where}: ${what} did not return a JSON state`, 'TofuStateError');
  }
  return { raw, serial: doc.serial ?? 0, lineage: doc.lineage ?? '' };
}

interface ShowModule {
  resources?: { address: string; mode: string }[];
  child_modules?: ShowModule[];
}

const managed = (m: ShowModule | undefined): string[] =>
  m ? [...(m.resources ?? []).filter((r) => r.mode === 'managed').map((r) => r.address), ...(m.child_modules ?? []).flatMap(managed)] : [];

/** Addresses of the managed resource instances in the workspace's state. */
export async function stateAddresses(tool: Tool, o: RunOptions): Promise<string[]> {
  const r = await run(tool, ['show', '-json', '-no-color'], o);
  if (!ok(r)) throw ApplicationFailure.retryable(`${tool.where}: show -json failed: ${problems(r)}`, 'TofuStateError');
  const doc = JSON.parse(r.stdout) as { values?: { root_module?: ShowModule } };
  return managed(doc.values?.root_module).sort();
}

export interface RootOutput {
  sensitive: boolean;
  value: unknown;
}

export async function rootOutputs(tool: Tool, o: RunOptions): Promise<Record<string, RootOutput>> {
  const r = await run(tool, ['output', '-json', '-no-color'], o);
  if (!ok(r)) throw ApplicationFailure.retryable(`${tool.where}: output -json failed: ${problems(r)}`, 'TofuStateError');
  return JSON.parse(r.stdout.trim() || '{}') as Record<string, RootOutput>;
}
