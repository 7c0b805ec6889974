// A command in a process group of its own, so that stopping it stops everything it started:
// spawned detached (its own group, led by the command), and signalled as a group. Nothing of a
// step outlives it: when the command exits, what it left running in its group is killed too (a
// process meant to stay must start its own session, e.g. with setsid).
import { spawn } from 'node:child_process';

export type StopReason = 'timeout' | 'cancelled';

export interface GroupRun {
  file: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Epoch ms by which the group must be gone: SIGTERM `graceMs` before, SIGKILL at it. */
  deadline?: number;
  /** Aborted: SIGTERM now, SIGKILL `graceMs` later. */
  signal?: AbortSignal;
  graceMs: number;
  onStdout(chunk: string): void;
  onStderr(chunk: string): void;
  /** Called once the command runs, with its process (and group) id. */
  onStart?(pid: number): void;
}

export type GroupResult =
  | { spawnError: NodeJS.ErrnoException }
  | { code: number | null; signal: NodeJS.Signals | null; stopped?: StopReason; pid: number };

/** How long the pipes may stay open after the command and its group are gone (a setsid'd child holding them). */
const DRAIN_MS = 2000;

/** Signals the whole group; false when it no longer exists. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

export function runInGroup(o: GroupRun): Promise<GroupResult> {
  return new Promise((resolve) => {
    const child = spawn(o.file, o.args, { cwd: o.cwd, env: o.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const timers: NodeJS.Timeout[] = [];
    let stopped: StopReason | undefined;
    let exited = false;
    let settled = false;
    const pid = child.pid;

    const settle = (r: GroupResult) => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      o.signal?.removeEventListener('abort', onAbort);
      resolve(r);
    };
    const stop = (why: StopReason, killAt: number) => {
      if (stopped || exited || pid === undefined) return;
      stopped = why;
      signalGroup(pid, 'SIGTERM');
      timers.push(setTimeout(() => signalGroup(pid, 'SIGKILL'), Math.max(0, killAt - Date.now())));
    };
    const onAbort = () => stop('cancelled', Date.now() + o.graceMs);

    child.on('error', (err: NodeJS.ErrnoException) => {
      // Spawning failed (no such program, not executable): there is no process to wait for.
      if (pid === undefined) settle({ spawnError: err });
    });
    if (pid === undefined) return;
    o.onStart?.(pid);
    child.stdout!.setEncoding('utf8').on('data', o.onStdout);
    child.stderr!.setEncoding('utf8').on('data', o.onStderr);

    if (o.deadline !== undefined) {
      const deadline = o.deadline;
      timers.push(setTimeout(() => stop('timeout', deadline), Math.max(0, deadline - o.graceMs - Date.now())));
    }
    if (o.signal?.aborted) onAbort();
    else o.signal?.addEventListener('abort', onAbort);

    let result: GroupResult | undefined;
    child.on('exit', (code, signal) => {
      exited = true;
      result = { code, signal, stopped, pid };
      // What the command left behind in its group goes with it.
      signalGroup(pid, 'SIGKILL');
      timers.push(
        setTimeout(() => {
          child.stdout!.destroy();
          child.stderr!.destroy();
          settle(result!);
        }, DRAIN_MS),
      );
    });
    // After 'exit', once the pipes are closed: all output has been read.
    child.on('close', () => result && settle(result));
  });
}
