// Running the built `cutover` CLI as a person or CI would: child processes, real exit codes.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { RunStatus } from '../../src/workflows/status';
import { pollFor, type PollOptions } from './poll';
import { ROOT, stackEnv } from './stack';

const BIN = path.join(ROOT, 'bin/cutover.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], env: Record<string, string> = {}, timeoutMs = 120_000): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, TEMPORAL_ADDRESS: stackEnv().TEMPORAL_ADDRESS, CI: 'true', ...env }, timeout: timeoutMs, cwd: ROOT },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A `cutover worker` process; resolves once it polls. */
export async function startWorkerProcess(env: Record<string, string>): Promise<ChildProcess & { logs: () => string }> {
  const child = spawn(process.execPath, [BIN, 'worker'], {
    env: { ...process.env, TEMPORAL_ADDRESS: stackEnv().TEMPORAL_ADDRESS, ...env },
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${out}`)), 60_000);
    const check = () => {
      if (out.includes('worker polling')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => reject(new Error(`worker exited with ${code}:\n${out}`)));
  });
  return Object.assign(child, { logs: () => out });
}

export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await exited;
}

/** Polls `cutover status <id> --json` until `ok` holds for the run's status; returns it. */
export async function untilStatus(id: string, env: Record<string, string>, what: string, ok: (status: RunStatus) => boolean, o: PollOptions = {}): Promise<RunStatus> {
  const status = async () => {
    const r = await cli(['status', id, '--json'], env);
    if (r.code !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as RunStatus;
  };
  return pollFor(`${what} (run ${id})`, status, ok, { everyMs: 200, ...o });
}
