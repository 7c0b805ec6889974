// What the copy benchmarks measure: wall time and peak RSS while something runs.
import fs from 'node:fs';

/** A full collection first, when node runs with --expose-gc, so each measurement starts clean. */
const gc = () => (globalThis as { gc?: () => void }).gc?.();

export const mb = (b: number) => (b / 1024 / 1024).toFixed(0);

/** RSS of a process from /proc (0 once it has exited). */
export const rssOf = (pid: number | undefined) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
};

/** Wall time and peak RSS (of this process, or of what `rss` measures, sampled every 20 ms) while `fn` runs. */
export async function timed<T>(fn: () => Promise<T>, rss: () => number = () => process.memoryUsage().rss): Promise<{ ms: number; peak: number; value: T }> {
  gc();
  let peak = 0;
  const sample = () => (peak = Math.max(peak, rss()));
  const timer = setInterval(sample, 20);
  const t0 = performance.now();
  try {
    const value = await fn();
    sample();
    return { ms: performance.now() - t0, peak, value };
  } finally {
    clearInterval(timer);
  }
}
