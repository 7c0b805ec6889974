// A worker that dies leaves its command's process group running (detached processes outlive their
// parent). The attempt's checkpoint names that group and its host: a retry on the same host kills
// what is left of it before running the command again, so two attempts never run side by side
// there. Only processes of that group that carry this step's idempotency key are touched, so a
// reused process id is never someone else's. Linux only (it reads /proc); elsewhere nothing is done.
import fs from 'node:fs/promises';
import { stepLog } from '../../kit/checkpoint';
import { setTimeout as delay } from 'node:timers/promises';

/** Pids of the processes in group `pgid` whose environment holds `marker`. */
async function membersOf(pgid: number, marker: string): Promise<number[]> {
  const pids = await fs.readdir('/proc').catch(() => [] as string[]);
  const found: number[] = [];
  for (const name of pids) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await fs.readFile(`/proc/${name}/stat`, 'utf8');
      // `pid (comm) state ppid pgrp …`: comm may hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z' || Number(fields[2]) !== pgid) continue;
      const environ = await fs.readFile(`/proc/${name}/environ`);
      if (environ.includes(`\0${marker}\0`) || environ.subarray(0, marker.length + 1).equals(Buffer.from(`${marker}\0`))) found.push(Number(name));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

export async function stopLeftovers(previous: { pgid?: number; host?: string } | undefined, host: string, key: string): Promise<void> {
  if (!previous?.pgid || previous.host !== host) return;
  const marker = `CUTOVER_IDEMPOTENCY_KEY=${key}`;
  const pids = await membersOf(previous.pgid, marker);
  if (!pids.length) return;
  stepLog().warn('stopping what the previous attempt left running', { pgid: previous.pgid, pids });
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Exited on its own.
    }
  }
  // SIGKILL is not refused; the kernel takes a moment to tear the processes down.
  for (const end = Date.now() + 5000; Date.now() < end && (await membersOf(previous.pgid, marker)).length; ) await delay(50);
}
