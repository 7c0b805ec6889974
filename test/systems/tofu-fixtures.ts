// Shared by the tofu tests: a private copy of a configuration under test/fixtures/tofu (the local
// backend writes its state next to it), the step's input, and the world read back independently
// of cutover: the files the resources' local-exec wrote and the state through `tofu show -json`.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { MockActivityEnvironment } from '@temporalio/testing';
import type { StepInput, StepOutput } from '../../src/kit/context';
import { markerHash } from '../../src/kit/naming';
import { kindActivity, kindParams } from '../helpers/kinds';
import { stackEnv } from '../helpers/stack';

export const FIXTURES = path.resolve(__dirname, '../fixtures/tofu');

/** The stack's OpenTofu, for the activities (as a worker finds it) and for the tests' own reads. */
export function tofuBin(): string {
  const bin = stackEnv().CUTOVER_TOFU_BIN;
  if (!bin || !fs.existsSync(bin)) throw new Error(`no OpenTofu at ${bin} (CUTOVER_TOFU_BIN in .stack/stack.env); run: scripts/stack.sh up`);
  process.env.CUTOVER_TOFU_BIN = bin;
  return bin;
}

const made: string[] = [];
export function cleanup(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

export interface Workdir {
  /** The plan's folder (ctx.baseDir). */
  base: string;
  /** The configuration's folder, `<base>/config`. */
  dir: string;
  /** Where the resources write their files. */
  out: string;
  /** Extra `init` arguments for the tests' own reads (a backend's settings). */
  initArgs: string[];
}

/** A private copy of a fixture configuration at `<base>/config`, with an empty `<base>/out`. */
export function workdir(fixture = 'basic'): Workdir {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-tofu-test-'));
  made.push(base);
  const dir = path.join(base, 'config');
  fs.cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
  const out = path.join(base, 'out');
  fs.mkdirSync(out);
  return { base, dir, out, initArgs: [] };
}

export function input(w: Workdir, params: Record<string, unknown>, o: { runId?: string; environment?: string; stepId?: string } = {}): StepInput {
  return {
    ctx: { workflowId: 'wf-tofu', runId: o.runId ?? randomUUID(), planName: 'p', environment: o.environment ?? 'test', baseDir: w.base, targets: {} },
    step: {
      id: o.stepId ?? 'infra',
      kind: 'tofu.apply',
      phase: 'provisionBase',
      execution: 'activity',
      undo: true,
      params: kindParams('tofu.apply').parse({ dir: 'config', ...params }) as Record<string, unknown>,
    },
  };
}

export interface Logged {
  level: string;
  message: string;
  meta?: unknown;
}

/** A mock activity environment whose log lines are kept (to look for values that must not be there). */
export function env(info: { attempt?: number } = {}, logs: Logged[] = []) {
  const log = (level: string) => (message: string, meta?: unknown) => void logs.push({ level, message, meta });
  const logger = { log: (level: string, message: string, meta?: unknown) => void logs.push({ level, message, meta }), trace: log('trace'), debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
  return new MockActivityEnvironment({ attempt: info.attempt ?? 1 }, { logger });
}

export const apply = (i: StepInput, e = env()) => e.run(kindActivity('tofu.apply'), i) as Promise<StepOutput>;
export const undo = (i: StepInput, output?: StepOutput, e = env()) => e.run(kindActivity('tofu.apply.undo'), { ...i, output }) as Promise<StepOutput>;

/** The step's folder on the worker (where it records the commands it started). */
export const stepHome = (i: StepInput) => path.join(os.tmpdir(), 'cutover-tofu', markerHash(i.ctx, i.step.id));

const exec = promisify(execFile);

/** Runs tofu in the configuration's folder with a data dir of the test's own (never the step's). */
export async function tofu(w: Workdir, args: string[], workspace = 'test', extraEnv: Record<string, string> = {}, dir = 'config'): Promise<string> {
  const cwd = path.join(w.base, dir);
  const dataDir = path.join(w.base, `test-data-${dir.replace(/\W/g, '-')}`);
  const e = { ...process.env, TF_IN_AUTOMATION: '1', TF_DATA_DIR: dataDir, TF_WORKSPACE: workspace, ...extraEnv };
  if (!fs.existsSync(dataDir)) await exec(tofuBin(), ['init', '-input=false', '-no-color', ...w.initArgs], { cwd, env: { ...e, TF_WORKSPACE: undefined } });
  const { stdout } = await exec(tofuBin(), args, { cwd, env: e, maxBuffer: 64 << 20 });
  return stdout;
}

export interface StateResource {
  address: string;
  values: Record<string, unknown>;
}

/** The managed resources in a workspace's state, by address, from `tofu show -json`. */
export async function stateOf(w: Workdir, workspace = 'test', extraEnv: Record<string, string> = {}, dir = 'config'): Promise<Record<string, Record<string, unknown>>> {
  interface Module {
    resources?: StateResource[];
    child_modules?: Module[];
  }
  const doc = JSON.parse(await tofu(w, ['show', '-json'], workspace, extraEnv, dir)) as { values?: { root_module?: Module } };
  const all = (m?: Module): StateResource[] => (m ? [...(m.resources ?? []), ...(m.child_modules ?? []).flatMap(all)] : []);
  return Object.fromEntries(all(doc.values?.root_module).map((r) => [r.address, r.values]));
}

/** The state's serial (from `tofu state pull`). */
export async function serialOf(w: Workdir, workspace = 'test', extraEnv: Record<string, string> = {}): Promise<number> {
  const raw = (await tofu(w, ['state', 'pull'], workspace, extraEnv)).trim();
  return raw ? (JSON.parse(raw) as { serial: number }).serial : 0;
}

/** The files the resources wrote, by name, with their contents (log.txt as lines). */
export function filesOf(w: Workdir): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(w.out).filter((f) => f.endsWith('.txt') && f !== 'log.txt').sort().map((f) => [f, fs.readFileSync(path.join(w.out, f), 'utf8')]));
}

export const logOf = (w: Workdir): string[] => {
  const f = path.join(w.out, 'log.txt');
  return fs.existsSync(f) ? fs.readFileSync(f, 'utf8').trim().split('\n') : [];
};

/** `input.<field>` of a terraform_data resource in a state read by stateOf. */
export const inputOf = (state: Record<string, Record<string, unknown>>, address: string) => (state[address]?.input ?? undefined) as Record<string, unknown> | undefined;
