// What the apply and its undo share: the step's folder on the worker, the binary, the workspace,
// resolving variables and backend settings, and `init` + workspace selection in a folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput } from '../../kit/context';
import { markerHash } from '../../kit/naming';
import { resolveRefs } from '../../kit';
import { findBinary } from './binary';
import { awaitEarlierCommands } from './locks';
import { ok, problems, run, type RunOptions, type Tool } from './cli';
import type { TofuApplyParams } from './kinds';
import type { Backend } from './records';
import { workspaceName } from './kinds';

export interface Session {
  tool: Tool;
  p: TofuApplyParams;
  where: string;
  workspace: string;
  /** The configuration's folder on this worker. */
  dir: string;
  version: string;
  /** A `-backend-config` file with the resolved settings, when the step gives any. */
  backendFile?: string;
}

/** Files that make a folder an OpenTofu/Terraform configuration. */
const CONFIG_FILE = /\.(tf|tofu)(\.json)?$/;

export function hasConfiguration(dir: string): boolean {
  return fs.existsSync(dir) && fs.statSync(dir).isDirectory() && fs.readdirSync(dir).some((f) => CONFIG_FILE.test(f));
}

/** HCL string literal: JSON's escapes, and no template sequences. */
const hclString = (v: string) => JSON.stringify(v).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');

/** `version -json` of each binary this worker has run (a binary replaced in place keeps its old entry until a restart). */
const versions = new Map<string, string>();

export async function openSession(input: KindInput<TofuApplyParams>, label: string): Promise<Session> {
  const { ctx, step, params: p } = input;
  const where = `step ${step.id}${label}`;
  const workspace = p.workspace ?? ctx.environment;
  if (!workspaceName.safeParse(workspace).success) {
    throw ApplicationFailure.nonRetryable(`${where}: workspace ${JSON.stringify(workspace)} (the plan's environment) is not a valid workspace name; set workspace`, 'PlanError');
  }
  const bin = findBinary(p.binary, where);
  const home = path.join(os.tmpdir(), 'cutover-tofu', markerHash(ctx, step.id));
  fs.mkdirSync(home, { recursive: true, mode: 0o700 });
  const tool: Tool = { bin, home, where };
  await awaitEarlierCommands(tool);
  let version = versions.get(bin);
  if (!version) {
    const v = await run(tool, ['version', '-json'], { cwd: home, dataDir: path.join(home, 'data-version') });
    try {
      version = (JSON.parse(v.stdout) as { terraform_version: string }).terraform_version;
    } catch {
      throw ApplicationFailure.nonRetryable(`${where}: ${bin} version -json did not answer as ${p.binary} does: ${problems(v)}`, 'TofuBinaryMissing');
    }
    versions.set(bin, version);
  }
  let backendFile: string | undefined;
  if (Object.keys(p.backendConfig).length) {
    const lines: string[] = [];
    for (const [k, value] of Object.entries(p.backendConfig)) {
      lines.push(`${k} = ${typeof value === 'string' ? hclString(await resolveRefs(value, `${where} backendConfig.${k}`)) : String(value)}`);
    }
    backendFile = path.join(home, 'backend.hcl');
    fs.writeFileSync(backendFile, lines.join('\n') + '\n', { mode: 0o600 });
  }
  return { tool, p, where, workspace, dir: path.resolve(ctx.baseDir, p.dir), version, backendFile };
}

/** Variables with their references resolved, written as a `-var-file` (never on the command line). */
export async function writeVars(s: Session, vars: Record<string, unknown>, name: string): Promise<string> {
  const resolve = async (v: unknown, at: string): Promise<unknown> => {
    if (typeof v === 'string') return resolveRefs(v, `${s.where} ${at}`);
    if (Array.isArray(v)) return Promise.all(v.map((x, i) => resolve(x, `${at}[${i}]`)));
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = await resolve(x, `${at}.${k}`);
      return out;
    }
    return v;
  };
  const file = path.join(s.tool.home, `${name}.tfvars.json`);
  fs.writeFileSync(file, JSON.stringify(await resolve(vars, 'vars')), { mode: 0o600 });
  return file;
}

export const options = (s: Session, cwd: string, data: string): RunOptions => ({ cwd, dataDir: path.join(s.tool.home, data) });

/** `init` (no prompts, the step's backend settings) and the workspace selected, created if new. */
export async function initIn(s: Session, o: RunOptions): Promise<void> {
  fs.mkdirSync(o.dataDir, { recursive: true, mode: 0o700 });
  const args = ['init', '-input=false', '-json', '-reconfigure', `-lock-timeout=${s.p.lockTimeout}`];
  if (s.backendFile) args.push(`-backend-config=${s.backendFile}`);
  const r = await run(s.tool, args, o);
  if (!ok(r)) {
    // Problems placed in a file of the configuration are the configuration's: no retry fixes them.
    if (r.diagnostics.some((d) => d.severity === 'error' && d.range)) {
      throw ApplicationFailure.nonRetryable(`${s.where}: the configuration in ${o.cwd} is invalid: ${problems(r)}`, 'TofuConfigInvalid');
    }
    throw ApplicationFailure.retryable(`${s.where}: init in ${o.cwd} failed: ${problems(r)}`, 'TofuInitFailed');
  }
  const ws = await run(s.tool, ['workspace', 'select', '-or-create=true', s.workspace], o);
  if (!ok(ws)) throw ApplicationFailure.retryable(`${s.where}: selecting workspace ${s.workspace} failed: ${problems(ws)}`, 'TofuInitFailed');
}

/** The backend `init` configured, from the data dir's own record of it (absent: the implicit local backend). */
export function backendOf(o: RunOptions): Backend {
  let doc: { backend?: { type?: string; config?: { path?: string | null; workspace_dir?: string | null } } } = {};
  try {
    doc = JSON.parse(fs.readFileSync(path.join(o.dataDir, 'terraform.tfstate'), 'utf8')) as typeof doc;
  } catch {
    // no backend block: local
  }
  const type = doc.backend?.type ?? 'local';
  if (type !== 'local') return { type };
  const c = doc.backend?.config ?? {};
  return { type, local: { path: path.resolve(o.cwd, c.path ?? 'terraform.tfstate'), workspaceDir: path.resolve(o.cwd, c.workspace_dir ?? 'terraform.tfstate.d') } };
}

/**
 * Makes a copy of a configuration use the step's state: a local backend's relative paths would
 * point into the copy, so an override file pins them to where the step's state is.
 */
export function pinBackend(copyDir: string, backend: Backend): void {
  if (!backend.local) return;
  const pin = { terraform: { backend: { local: { path: backend.local.path, workspace_dir: backend.local.workspaceDir } } } };
  fs.writeFileSync(path.join(copyDir, 'cutover_backend_override.tf.json'), JSON.stringify(pin, null, 2));
}

/** Removes the step's folder on the worker once the step is done. */
export function closeSession(s: Session): void {
  fs.rmSync(s.tool.home, { recursive: true, force: true });
}

/**
 * After any attempt: removes what holds values (saved plans, variable and backend files, record
 * copies), keeping the record of commands (for a retry's lock decisions) and the data dirs.
 */
export function scrubSession(s: Session): void {
  let names: string[] = [];
  try {
    names = fs.readdirSync(s.tool.home);
  } catch {
    return;
  }
  for (const n of names) {
    if (n.endsWith('.tfplan') || n.endsWith('.tfvars.json') || n === 'backend.hcl' || n.startsWith('records-')) fs.rmSync(path.join(s.tool.home, n), { force: true });
  }
}
