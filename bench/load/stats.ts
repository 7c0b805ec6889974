// Percentiles of measured samples, and quantiles of Prometheus histograms (the worker's SDK
// metrics and the Temporal server's, both in their text format).

/** The p-th percentile (0-100) by nearest rank; NaN for no samples. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Every sample of a Prometheus text exposition. */
export function parseMetrics(text: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2];
    out.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return out;
}

type Match = Record<string, string | ((v: string) => boolean)>;
const matches = (labels: Record<string, string>, match: Match) =>
  Object.entries(match).every(([k, want]) => (typeof want === 'function' ? want(labels[k] ?? '') : labels[k] === want));

/** Sum of the samples of a counter or gauge whose labels match. */
export function total(samples: readonly Sample[], name: string, match: Match = {}): number {
  return samples.filter((s) => s.name === name && matches(s.labels, match)).reduce((a, s) => a + s.value, 0);
}

/**
 * The q-quantile (0-1) of a histogram summed over the series whose labels match, interpolated
 * within its bucket as Prometheus' histogram_quantile does; NaN when it has no observations.
 */
export function histogramQuantile(samples: readonly Sample[], name: string, q: number, match: Match = {}): number {
  const buckets = new Map<number, number>();
  for (const s of samples) {
    if (s.name !== `${name}_bucket` || !matches(s.labels, match)) continue;
    const le = s.labels.le === '+Inf' ? Infinity : Number(s.labels.le);
    buckets.set(le, (buckets.get(le) ?? 0) + s.value);
  }
  const sorted = [...buckets].sort((a, b) => a[0] - b[0]);
  const count = sorted.length ? sorted[sorted.length - 1][1] : 0;
  if (count === 0) return NaN;
  const rank = q * count;
  let prevLe = 0;
  let prevCount = 0;
  for (const [le, c] of sorted) {
    if (c >= rank) {
      if (le === Infinity) return prevLe;
      return prevLe + ((le - prevLe) * (rank - prevCount)) / Math.max(c - prevCount, 1);
    }
    prevLe = le;
    prevCount = c;
  }
  return prevLe;
}

/** Number of observations of a histogram whose labels match. */
export const histogramCount = (samples: readonly Sample[], name: string, match: Match = {}) => total(samples, `${name}_count`, match);
