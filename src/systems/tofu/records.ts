// What cutover keeps about a workspace, in the workspace's own backend so that it survives any
// worker and has the state's own protection (encryption, access rules): a companion workspace
// `<workspace>.cutover` whose state holds no resources, only sensitive outputs:
//   applied   — the configuration (snapshot) and variables the workspace was last applied with by
//               cutover, and the state serial that apply left: the "previous configuration" of
//               the next run, valid while the state's serial and lineage are still that apply's;
//   point_<k> — one per run and step (k = markerHash of run and step): the rollback point, written
//               before the apply starts: a copy of the state before it, the plan's summary, the
//               configuration and variables applied, and the previous configuration, if known.
// Variables are kept as the plan wrote them (references unresolved): an undo resolves them again
// on its worker, so no value from the environment or a secret store is ever written by cutover.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import { ok, problems, run, type RunOptions, type Tool } from './cli';
import { lockInfoOf, describeLock } from './locks';
import type { PlanSummary } from './kinds';
import type { Snapshot } from './snapshot';

export interface AppliedRecord {
  config: Snapshot;
  vars: Record<string, unknown>;
  serial: number;
  lineage: string;
  runId: string;
  stepId: string;
  at: string;
}

/** The configuration the state before the step corresponds to. */
export type Previous = { kind: 'empty' } | { kind: 'record'; record: AppliedRecord } | { kind: 'unknown' };

export interface RollbackPoint {
  workflowId: string;
  runId: string;
  stepId: string;
  createdAt: string;
  /** `applying` from just before the apply starts, `applied` once it has, `undoing` once the undo starts. */
  phase: 'applying' | 'applied' | 'undoing';
  pre: { serial: number; lineage: string; addresses: string[] };
  /** `state pull` before the apply. */
  preState: string;
  summary: PlanSummary;
  config: Snapshot;
  vars: Record<string, unknown>;
  previous: Previous;
  /** Where the state lives, so that a copy of the configuration elsewhere reaches the same state. */
  backend: Backend;
  /** The state after the apply (or after a later undo put it back to this step's `post`). */
  post?: { serial: number; lineage: string };
  apply?: { host: string; attempt: number; startedAt: string };
}

export interface Backend {
  type: string;
  /** For the local backend: the state file of the default workspace and the folder of the others. */
  local?: { path: string; workspaceDir: string };
}

export interface Records {
  applied?: AppliedRecord;
  points: Record<string, RollbackPoint>;
}

export const companionWorkspace = (workspace: string) => `${workspace}.cutover`;

const KEEP_DAYS = 30;

interface CompanionState {
  serial: number;
  lineage: string;
  records: Records;
}

async function pull(tool: Tool, o: RunOptions, workspace: string): Promise<CompanionState> {
  const r = await run(tool, ['state', 'pull'], { ...o, workspace: companionWorkspace(workspace) });
  if (!ok(r)) throw ApplicationFailure.retryable(`${tool.where}: reading cutover's records (workspace ${companionWorkspace(workspace)}) failed: ${problems(r)}`, 'TofuStateError');
  const raw = r.stdout.trim();
  if (!raw) return { serial: 0, lineage: '', records: { points: {} } };
  const doc = JSON.parse(raw) as { serial?: number; lineage?: string; outputs?: Record<string, { value?: unknown }> };
  const records: Records = { points: {} };
  for (const [name, out] of Object.entries(doc.outputs ?? {})) {
    if (typeof out.value !== 'string') continue;
    if (name === 'applied') records.applied = JSON.parse(out.value) as AppliedRecord;
    else if (name.startsWith('point_')) records.points[name.slice(6)] = JSON.parse(out.value) as RollbackPoint;
  }
  return { serial: doc.serial ?? 0, lineage: doc.lineage ?? '', records };
}

export async function readRecords(tool: Tool, o: RunOptions, workspace: string): Promise<Records> {
  return (await pull(tool, o, workspace)).records;
}

/** Read, change, write back; a write that lost a race with another is redone on the fresh copy. */
export async function updateRecords(tool: Tool, o: RunOptions, workspace: string, version: string, change: (r: Records) => void): Promise<Records> {
  for (let round = 0; ; round++) {
    const current = await pull(tool, o, workspace);
    const records = current.records;
    change(records);
    const old = Date.now() - KEEP_DAYS * 86_400_000;
    for (const [k, p] of Object.entries(records.points)) if (Date.parse(p.createdAt) < old) delete records.points[k];
    const outputs: Record<string, { value: string; type: string; sensitive: true }> = {};
    if (records.applied) outputs.applied = { value: JSON.stringify(records.applied), type: 'string', sensitive: true };
    for (const [k, p] of Object.entries(records.points)) outputs[`point_${k}`] = { value: JSON.stringify(p), type: 'string', sensitive: true };
    const state = {
      version: 4,
      terraform_version: version,
      serial: current.serial + 1,
      lineage: current.lineage || randomUUID(),
      outputs,
      resources: [],
      check_results: null,
    };
    const file = path.join(tool.home, `records-${process.pid}.json`);
    fs.writeFileSync(file, JSON.stringify(state), { mode: 0o600 });
    try {
      const r = await run(tool, ['state', 'push', '-lock-timeout=30s', file], { ...o, workspace: companionWorkspace(workspace) });
      if (ok(r)) return records;
      const lock = lockInfoOf(r);
      if (round >= 3 || lock) {
        const why = lock ? describeLock(lock) : problems(r);
        throw ApplicationFailure.retryable(`${tool.where}: writing cutover's records (workspace ${companionWorkspace(workspace)}) failed: ${why}`, 'TofuStateError');
      }
    } finally {
      fs.rmSync(file, { force: true });
    }
  }
}
