// `exec` on the worker: the step's command (and, on rollback, its undo command) in a process group
// of its own, bounded by the attempt's timeout and stopped with the activity. Its output goes to
// the worker's log line by line, scrubbed of every value that came from a reference; the exit code
// decides success, and the last lines explain a failure. Retries are Temporal's: the command gets
// CUTOVER_IDEMPOTENCY_KEY, the same on every attempt, to make a repeated run safe.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ms from 'ms';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput, StepContext, StepOutput, UndoKindInput } from '../../kit/context';
import { progress, resumeFrom, stepLog, throwIfCancelled } from '../../kit/checkpoint';
import { idempotencyKey } from '../../kit/naming';
import { Redactor, type UndoScope } from '../../kit/redactor';
import { RESERVED_ENV, showCommand, type ExecParams } from './kinds';
import { OutputLines } from './output-lines';
import { runInGroup, signalGroup } from './process-group';
import { stopLeftovers } from './leftovers';

interface CommandSpec {
  command: string | string[];
  shell: boolean;
  env: Record<string, string>;
  cwd?: string;
  successExitCodes: number[];
}

interface Prepared {
  file: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

/** The command with its references resolved (and remembered by `r`), and its folder checked. */
async function prepare(spec: CommandSpec, baseDir: string, where: string, r: Redactor, undo?: UndoScope): Promise<Prepared> {
  const cwd = path.resolve(baseDir, spec.cwd ? await r.resolve(spec.cwd, `${where} cwd`, undo) : '.');
  const stat = await fs.stat(cwd).catch(() => undefined);
  if (!stat?.isDirectory()) {
    const what = stat ? 'is not a directory' : 'does not exist';
    throw r.failure(`${where}: working directory ${spec.cwd ?? '(the plan folder)'} (${cwd}) ${what} on the worker`, 'WorkingDirMissing', true);
  }
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(spec.env)) env[name] = await r.resolve(value, `${where} env ${name}`, undo);
  if (typeof spec.command === 'string') return { file: '/bin/sh', args: ['-c', await r.resolve(spec.command, `${where} command`, undo)], cwd, env };
  const argv: string[] = [];
  for (const [i, arg] of spec.command.entries()) argv.push(await r.resolve(arg, `${where} command[${i}]`, undo));
  return { file: argv[0], args: argv.slice(1), cwd, env };
}

/** The worker's environment without what cutover sets, plus the step's and cutover's own. */
function environment(own: Record<string, string>, cutover: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !RESERVED_ENV.test(k)));
  return { ...inherited, ...own, ...cutover };
}

/** The step's outputs for its undo: all of them as JSON, and each as CUTOVER_OUTPUT_<NAME>. */
export function outputEnv(output: StepOutput | undefined): Record<string, string> {
  if (!output) return {};
  const env: Record<string, string> = { CUTOVER_OUTPUTS: JSON.stringify(output) };
  for (const [k, v] of Object.entries(output)) {
    env[`CUTOVER_OUTPUT_${k.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}`] = typeof v === 'string' ? v : JSON.stringify(v);
  }
  return env;
}

/**
 * Signal timing within the attempt: the group gets SIGTERM `margin` before the attempt's timeout
 * and SIGKILL halfway to it, so the failure (with the last lines) is reported before Temporal
 * gives up on the attempt.
 */
function timing(started: number): { deadline?: number; graceMs: number; limit?: string } {
  const limitMs = Context.current().info.startToCloseTimeoutMs;
  if (!limitMs) return { graceMs: 2000 };
  const margin = Math.min(5000, Math.max(200, limitMs * 0.1));
  return { deadline: started + limitMs - margin / 2, graceMs: margin / 2, limit: ms(limitMs) };
}

interface Checkpoint {
  /** The previous attempt's process group, and where it ran. */
  pgid?: number;
  host?: string;
}

async function runCommand(o: {
  spec: CommandSpec;
  ctx: StepContext;
  stepId: string;
  where: string;
  r: Redactor;
  undo?: UndoScope;
  extraEnv?: Record<string, string>;
  parseJson: boolean;
  label: string;
}): Promise<OutputLines> {
  const started = Date.now();
  const { info } = Context.current();
  const key = idempotencyKey(o.ctx, o.stepId);
  // A worker that died left its attempt's processes running: on that host, they are stopped first.
  await stopLeftovers(resumeFrom<Checkpoint>(), os.hostname(), key);
  const p = await prepare(o.spec, o.ctx.baseDir, o.where, o.r, o.undo);
  const shown = showCommand(o.spec);
  const log = stepLog();
  const stdout = new OutputLines(o.r, (line) => log.info(`${o.label} output`, { stepId: o.stepId, stream: 'stdout', line }), o.parseJson);
  const stderr = new OutputLines(o.r, (line) => log.info(`${o.label} output`, { stepId: o.stepId, stream: 'stderr', line }));
  const { deadline, graceMs, limit } = timing(started);
  const env = environment(p.env, { ...o.extraEnv, CUTOVER_IDEMPOTENCY_KEY: key, CUTOVER_ATTEMPT: String(info.attempt) });
  const result = await runInGroup({
    ...p,
    env,
    deadline,
    graceMs,
    signal: Context.current().cancellationSignal,
    onStdout: (c) => stdout.write(c),
    onStderr: (c) => stderr.write(c),
    onStart: (pgid) => progress({ pgid, host: os.hostname() } satisfies Checkpoint),
  });
  stdout.end();
  stderr.end();

  if ('spawnError' in result) {
    const e = result.spawnError;
    const notFound = e.code === 'ENOENT';
    const why = notFound ? 'not found on the worker (on PATH, or relative to the working directory)' : `cannot be run (${e.code ?? e.message})`;
    throw o.r.failure(`${o.where}: ${shown}: ${p.file === '/bin/sh' ? 'the shell' : 'the program'} ${why}`, notFound ? 'CommandNotFound' : 'CommandNotRunnable', true);
  }
  if (result.stopped === 'cancelled') {
    // The group is gone already (or going: SIGKILL is on its way); the activity ends as cancelled.
    signalGroup(result.pid, 'SIGKILL');
    await throwIfCancelled();
  }
  const lines = lastLines(stdout, stderr);
  if (result.stopped === 'timeout') {
    throw o.r.failure(`${o.where}: ${shown} was still running near the end of the attempt's ${limit} timeout: its process group was killed${lines}`, 'CommandTimeout', false);
  }
  if (result.signal) throw o.r.failure(`${o.where}: ${shown} was killed by ${result.signal}${lines}`, 'CommandFailed', false);
  if (!o.spec.successExitCodes.includes(result.code ?? -1)) {
    const expected = o.spec.successExitCodes.length === 1 && o.spec.successExitCodes[0] === 0 ? '' : ` (success: ${o.spec.successExitCodes.join(', ')})`;
    throw o.r.failure(`${o.where}: ${shown} exited with code ${result.code}${expected}${lines}`, 'CommandFailed', false);
  }
  return stdout;
}

/** The last lines of stderr (else stdout) for an error message; both are scrubbed already. */
function lastLines(stdout: OutputLines, stderr: OutputLines): string {
  const [name, from] = stderr.lines ? ['stderr', stderr] : stdout.lines ? ['stdout', stdout] : [undefined, undefined];
  if (!from) return '; it printed nothing';
  const lines = from.lastLines();
  const more = from.lines > lines.length ? `last ${lines.length} lines` : lines.length === 1 ? 'its only line' : 'its lines';
  return `; ${more} of ${name}:\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

export async function execRun({ ctx, step, params }: KindInput<ExecParams>): Promise<StepOutput> {
  const where = `step ${step.id}`;
  const r = new Redactor();
  const stdout = await runCommand({ spec: params, ctx, stepId: step.id, where, r, parseJson: params.outputs === 'json-last-line', label: 'command' });
  if (!params.outputs) return {};
  if (!stdout.lastJsonObject) {
    throw ApplicationFailure.nonRetryable(
      `${where}: ${showCommand(params)} succeeded but printed no line that is a JSON object on stdout (outputs: json-last-line)`,
      'CommandOutputMissing',
    );
  }
  return stdout.lastJsonObject;
}

export async function execUndo({ ctx, step, params, output }: UndoKindInput<ExecParams>): Promise<StepOutput> {
  const u = params.undo;
  if (!u) return {};
  const spec: CommandSpec = { ...u, env: { ...params.env, ...u.env }, cwd: u.cwd ?? params.cwd };
  const where = `step ${step.id} undo`;
  await runCommand({ spec, ctx, stepId: step.id, where, r: new Redactor(), undo: { outputs: output }, extraEnv: outputEnv(output), parseJson: false, label: 'undo command' });
  return {};
}
