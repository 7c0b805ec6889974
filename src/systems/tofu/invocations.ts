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
export function recordInvocation(home: string, inv: Invocation): { ended(at: number): void } {
  write(home, [...readInvocations(home), inv]);
  return {
    ended(at) {
      write(home, readInvocations(home).map((i) => (i.pid === inv.pid && i.startedAt === inv.startedAt ? { ...i, endedAt: at } : i)));
    },
  };
}

/** Field 22 of /proc/<pid>/stat (after the command name, which may hold spaces and parentheses). */
export function processStart(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Whether the recorded process is still running (the same process, not a reuse of its pid). */
export function stillRunning(inv: Invocation): boolean {
  try {
    process.kill(inv.pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (inv.start === undefined) return true;
  const now = processStart(inv.pid);
  return now === undefined ? true : now === inv.start;
}
