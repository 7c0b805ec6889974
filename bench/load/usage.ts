// CPU and memory of other processes (the worker, the Temporal server), sampled from /proc while
// a case runs: peak RSS, CPU seconds used, and the busiest second.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const TICKS = 100; // USER_HZ on Linux

function read(pid: number): { cpu: number; rss: number; waited: number } | undefined {
  try {
    // The process's threads' time spent runnable but waiting for a CPU (ns): what a busy machine costs it.
    let waited = 0;
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      waited += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[1] ?? 0) / 1e9;
    }
    // Fields after the command name (which may hold spaces), from `state` on: utime is the 12th, stime the 13th.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const rss = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    return { cpu: (Number(f[11]) + Number(f[12])) / TICKS, rss, waited };
  } catch {
    return undefined; // exited
  }
}

export interface Usage {
  /** Peak resident memory (bytes). */
  peakRss: number;
  /** CPU seconds used while sampled. */
  cpuSeconds: number;
  /** Average cores busy over the sampled wall time. */
  avgCores: number;
  /** Cores busy in the busiest second. */
  peakCores: number;
  /** Seconds its threads were ready to run but waited for a CPU (other processes had them). */
  waitedSeconds: number;
}

/** Samples `pid` every `everyMs` until `stop()`. */
export function sampleProcess(pid: number, everyMs = 100): { stop(): Usage } {
  const t0 = performance.now();
  const first = read(pid);
  const history: { t: number; cpu: number }[] = [{ t: t0, cpu: first?.cpu ?? 0 }];
  const waited0 = first?.waited ?? 0;
  let last = waited0;
  let peakRss = first?.rss ?? 0;
  const timer = setInterval(() => {
    const r = read(pid);
    if (!r) return;
    peakRss = Math.max(peakRss, r.rss);
    history.push({ t: performance.now(), cpu: r.cpu });
    last = r.waited;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const r = read(pid);
      if (r) {
        history.push({ t: performance.now(), cpu: r.cpu });
        peakRss = Math.max(peakRss, r.rss);
        last = r.waited;
      }
      const end = history[history.length - 1];
      const wall = (end.t - t0) / 1000;
      let peakCores = 0;
      for (let i = 0, j = 0; i < history.length; i++) {
        while (j < history.length && history[j].t - history[i].t < 1000) j++;
        if (j < history.length) peakCores = Math.max(peakCores, ((history[j].cpu - history[i].cpu) * 1000) / (history[j].t - history[i].t));
      }
      const cpuSeconds = end.cpu - history[0].cpu;
      const avgCores = wall > 0 ? cpuSeconds / wall : 0;
      return { peakRss, cpuSeconds, avgCores, peakCores: peakCores || avgCores, waitedSeconds: last - waited0 };
    },
  };
}

/** The process listening on a local TCP port (the Temporal dev server on 7233), if it can be found. */
export function listenerPid(port: number): number | undefined {
  try {
    const out = execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' });
    const pid = /pid=(\d+)/.exec(out)?.[1];
    return pid ? Number(pid) : undefined;
  } catch {
    return undefined;
  }
}

/** The ports a process listens on. */
export function listeningPorts(pid: number): number[] {
  try {
    const out = execFileSync('ss', ['-Hltnp'], { encoding: 'utf8' });
    return out
      .split('\n')
      .filter((l) => l.includes(`pid=${pid},`))
      .map((l) => Number(/:(\d+)\s/.exec(l)?.[1]))
      .filter((p) => p > 0);
  } catch {
    return [];
  }
}
