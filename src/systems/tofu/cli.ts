// Running one tofu/terraform command for a step. Output goes to files in the step's folder, not
// to pipes: a command outlives a worker that dies (it is not killed by a broken pipe) and, on
// Linux, is told to stop gracefully when the worker goes away (setpriv --pdeathsig), so that it
// writes its state and releases its lock itself. Cancellation of the activity interrupts the
// command the same way (SIGINT: finish what is in flight, save the state, unlock). Every command
// is recorded (pid, start) so that a later attempt can tell a lock it left behind from anyone
// else's (locks.ts).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { processStart, recordInvocation } from './invocations';

export interface Tool {
  bin: string;
  /** The step's own folder on the worker (0700): data dirs, plan files, variable files, command output. */
  home: string;
  where: string;
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail?: string;
  range?: { filename: string; start: { line: number; column: number } };
}

/** One line of `-json` output (tofu's machine-readable UI). */
export interface UiLine {
  type?: string;
  '@level'?: string;
  '@message'?: string;
  diagnostic?: Diagnostic;
  hook?: { resource?: { addr?: string }; action?: string; elapsed_seconds?: number };
  [key: string]: unknown;
}

export interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  lines: UiLine[];
  diagnostics: Diagnostic[];
}

export interface RunOptions {
  cwd: string;
  /** TF_DATA_DIR: the step's own, so that neither the configuration's folder nor other runs are touched. */
  dataDir: string;
  /** TF_WORKSPACE for this command; otherwise the data dir's selected workspace. */
  workspace?: string;
  /** Called with each `-json` line as it is written (progress of a long apply). */
  onLine?: (line: UiLine) => void;
}

/** What every command gets: no prompts, no upgrade checks, no flags from the worker's TF_CLI_ARGS. */
function commandEnv(o: RunOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0', CHECKPOINT_DISABLE: '1', TF_DATA_DIR: o.dataDir };
  for (const k of Object.keys(env)) if (k === 'TF_WORKSPACE' || k.startsWith('TF_CLI_ARGS')) delete env[k];
  if (o.workspace) env.TF_WORKSPACE = o.workspace;
  return env;
}

const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => process.platform === 'linux' && fs.existsSync(p));
/** How long a cancelled command gets to stop on its own before the activity gives up waiting. */
const STOP_GRACE_MS = 60_000;

const currentContext = (): Context | undefined => {
  try {
    return Context.current();
  } catch {
    return undefined; // outside an activity (cutover doctor)
  }
};

const parseLines = (text: string): UiLine[] =>
  text.split('\n').flatMap((l) => {
    if (!l.startsWith('{')) return [];
    try {
      return [JSON.parse(l) as UiLine];
    } catch {
      return [];
    }
  });

/** The summary of the error a command reports when someone else holds the state lock. */
export const LOCK_SUMMARY = 'Error acquiring the state lock';

export const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

let sequence = 0;

/** Runs `bin args…` to completion; never throws for a non-zero exit (see `check`). */
export async function run(tool: Tool, args: string[], o: RunOptions): Promise<Result> {
  const logs = path.join(tool.home, 'logs');
  fs.mkdirSync(logs, { recursive: true, mode: 0o700 });
  const base = path.join(logs, `${process.pid}-${++sequence}-${args[0]}`);
  const out = fs.openSync(`${base}.out`, 'w', 0o600);
  const err = fs.openSync(`${base}.err`, 'w', 0o600);
  const [cmd, argv] = SETPRIV ? [SETPRIV, ['--pdeathsig', 'TERM', '--', tool.bin, ...args]] : [tool.bin, args];
  const startedAt = Date.now(); // before the process exists: any lock it takes is newer
  const child = spawn(cmd, argv, { cwd: o.cwd, env: commandEnv(o), stdio: ['ignore', out, err] });
  fs.closeSync(out);
  fs.closeSync(err);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const invocation = child.pid ? recordInvocation(tool.home, { pid: child.pid, start: processStart(child.pid), startedAt, command: args[0] }) : undefined;

  let seen = 0;
  let partial = '';
  const follow = () => {
    if (!o.onLine) return;
    const fd = fs.openSync(`${base}.out`, 'r');
    try {
      const buf = Buffer.alloc(64 * 1024);
      for (;;) {
        const n = fs.readSync(fd, buf, 0, buf.length, seen);
        if (n <= 0) break;
        seen += n;
        partial += buf.subarray(0, n).toString('utf8');
      }
    } finally {
      fs.closeSync(fd);
    }
    const complete = partial.lastIndexOf('\n') + 1;
    if (!complete) return;
    for (const line of parseLines(partial.slice(0, complete))) o.onLine(line);
    partial = partial.slice(complete);
  };
  const timer = o.onLine ? setInterval(follow, 1000) : undefined;

  const ctx = currentContext();
  const signal = ctx?.cancellationSignal;
  let stop: (() => void) | undefined;
  let end: Awaited<typeof exited> | undefined;
  let result: Result | undefined;
  try {
    end = await new Promise<Awaited<typeof exited> | undefined>((resolve) => {
      void exited.then(resolve);
      stop = () => {
        child.kill('SIGINT');
        setTimeout(() => resolve(undefined), STOP_GRACE_MS).unref();
      };
      if (signal?.aborted) stop();
      else signal?.addEventListener('abort', stop, { once: true });
    });
    if (ctx?.cancellationSignal.aborted) await ctx.cancelled; // throws the activity's CancelledFailure
    if (!end) throw new Error(`${tool.where}: ${args[0]} did not stop`);
    if (end.error) {
      throw ApplicationFailure.nonRetryable(`${tool.where}: cannot run ${tool.bin}: ${end.error.message}`, 'TofuBinaryMissing');
    }
    follow();
    const stdout = fs.readFileSync(`${base}.out`, 'utf8');
    const stderr = stripAnsi(fs.readFileSync(`${base}.err`, 'utf8'));
    const lines = parseLines(stdout);
    const diagnostics = lines.flatMap((l) => (l.type === 'diagnostic' && l.diagnostic ? [l.diagnostic] : []));
    result = { code: end.code, signal: end.signal, stdout, stderr, lines, diagnostics };
    return result;
  } finally {
    if (timer) clearInterval(timer);
    if (stop) signal?.removeEventListener('abort', stop);
    // Command output may quote values of the configuration: it does not outlive the command.
    const ended = (how: Awaited<typeof exited>) => {
      const lockRefused = !!result && (result.diagnostics.some((d) => d.summary === LOCK_SUMMARY) || result.stderr.includes(LOCK_SUMMARY));
      invocation?.ended({ exit: how.signal ?? how.code ?? undefined, lockRefused });
      fs.rmSync(`${base}.out`, { force: true });
      fs.rmSync(`${base}.err`, { force: true });
    };
    if (end) ended(end);
    else void exited.then(ended); // still stopping after a cancellation: recorded when it has

  }
}

/** The error diagnostics of a command, or how it ended and the tail of what it wrote to stderr. */
/** Human output (commands without -json) without its colours and the box drawn around each diagnostic. */
export const plainText = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '').replace(/^[│╷╵] ?/gm, '');

export function problems(r: Result): string {
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) return errors.map(formatDiagnostic).join('; ');
  const said = plainText(r.stderr)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-6)
    .join(' ')
    .slice(0, 800);
  const how = r.signal ? `killed by ${r.signal}` : `exit code ${r.code}`;
  return said ? `${said} (${how})` : how;
}

export function formatDiagnostic(d: Diagnostic): string {
  const at = d.range ? `${d.range.filename}:${d.range.start.line}:${d.range.start.column}: ` : '';
  const detail = d.detail?.split('\n\n')[0].replace(/\s+/g, ' ').trim();
  return `${at}${d.summary}${detail ? `: ${detail.slice(0, 400)}` : ''}`;
}

export const ok = (r: Result) => r.code === 0;
