// CPU time while something runs, from /proc: this process (the worker), the stack's servers (a
// process and its descendants; exited children count through their parent's cutime/cstime), and
// the whole machine, so a benchmark can say which of them was busy rather than guess.
import fs from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function stat(pid: number): { ppid: number; ticks: number } | undefined {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces) start at field 3 (state).
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    const [utime, stime, cutime, cstime] = [f[11], f[12], f[13], f[14]].map(Number);
    return { ppid: Number(f[1]), ticks: utime + stime + cutime + cstime };
  } catch {
    return undefined;
  }
}

/** CPU ms of `root` and every live descendant. */
export function treeCpuMs(root: number): number {
  const children = new Map<number, number[]>();
  for (const e of fs.readdirSync('/proc')) {
    const pid = Number(e);
    if (!pid) continue;
    const s = stat(pid);
    if (s) children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  }
  let ticks = 0;
  const todo = [root];
  for (let pid = todo.pop(); pid !== undefined; pid = todo.pop()) {
    ticks += stat(pid)?.ticks ?? 0;
    todo.push(...(children.get(pid) ?? []));
  }
  return ticks * TICK_MS;
}

/** Busy and total CPU ms of the whole machine (all cores), since boot. */
export function machineCpuMs(): { busy: number; total: number } {
  const [, ...f] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = f.map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy: busy * TICK_MS, total: (busy + idle + iowait) * TICK_MS };
}

export const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

export interface CpuSample {
  /** This process (the worker and its Temporal core threads). */
  worker: number;
  /** Each named server's process tree. */
  servers: Record<string, number>;
  machineBusy: number;
  machineTotal: number;
}

export function sampleCpu(servers: Record<string, number>): CpuSample {
  const u = process.cpuUsage();
  const m = machineCpuMs();
  return {
    worker: (u.user + u.system) / 1000,
    servers: Object.fromEntries(Object.entries(servers).map(([name, pid]) => [name, treeCpuMs(pid)])),
    machineBusy: m.busy,
    machineTotal: m.total,
  };
}

export function cpuDelta(a: CpuSample, b: CpuSample): CpuSample {
  return {
    worker: b.worker - a.worker,
    servers: Object.fromEntries(Object.keys(a.servers).map((k) => [k, b.servers[k] - a.servers[k]])),
    machineBusy: b.machineBusy - a.machineBusy,
    machineTotal: b.machineTotal - a.machineTotal,
  };
}

/** The pid in a pid file, if that process is alive. */
export function pidFrom(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return pid && stat(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The pid listening on a TCP port on loopback (from /proc/net/tcp and each process's fds). */
export function pidListening(port: number): number | undefined {
  const inodes = new Set<string>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length > 9 && f[3] === '0A' && parseInt(f[1].split(':')[1], 16) === port) inodes.add(f[9]);
    }
  }
  for (const e of fs.readdirSync('/proc')) {
    const pid = Number(e);
    if (!pid) continue;
    let fds: string[] = [];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1])) return pid;
      } catch {
        /* gone */
      }
    }
  }
  return undefined;
}
