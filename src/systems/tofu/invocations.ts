// The commands this step started on this worker host, kept in the step's folder: which process
// (pid and its start time, so a reused pid is not mistaken for it), when it started and ended. A
// later attempt on the same host reads them to decide whether a state lock was left by this step
// and whether the process that took it is gone.
import fs from 'node:fs';
import path from 'node:path';

export interface Invocation {
  pid: number;
  /** The process's start time in clock ticks since boot (/proc/<pid>/stat), when known. */
  start?: string;
  startedAt: number;
  endedAt?: number;
  command: string;
  /** How it ended: an exit code, or the signal that killed it. */
  exit?: number | string;
  /** It ended because it could not take the lock: it never held one. */
  lockRefused?: boolean;
}

const file = (home: string) => path.join(home, 'invocations.json');

export function readInvocations(home: string): Invocation[] {
  try {
    return JSON.parse(fs.readFileSync(file(home), 'utf8')) as Invocation[];
  } catch {
    return [];
  }
}

function write(home: string, all: Invocation[]): void {
  const tmp = `${file(home)}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(all.slice(-200)), { mode: 0o600 });
  fs.renameSync(tmp, file(home));
}

/** Records a command as it starts; `ended` records its end. */
export function recordInvocation(home: string, inv: Invocation): { ended(how: Pick<Invocation, 'exit' | 'lockRefused'>): void } {
  write(home, [...readInvocations(home), inv]);
  return {
    ended(how) {
      write(home, readInvocations(home).map((i) => (i.pid === inv.pid && i.startedAt === inv.startedAt ? { ...i, ...how, endedAt: Date.now() } : i)));
    },
  };
}

/** /proc/<pid>/stat's state (field 3) and start time (field 22), after the command name (which may hold spaces). */
function stat(pid: number): { state: string; start: string } | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], start: fields[19] };
  } catch {
    return undefined;
  }
}

export const processStart = (pid: number) => stat(pid)?.start;

/** Whether the recorded process is still running (the same process, not a reuse of its pid, not a zombie). */
export function stillRunning(inv: Invocation): boolean {
  try {
    process.kill(inv.pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  const now = stat(inv.pid);
  if (!now) return process.platform !== 'linux'; // no /proc to tell: assume it runs
  return now.state !== 'Z' && (inv.start === undefined || now.start === inv.start);
}
