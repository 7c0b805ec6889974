// The analysis engine that metrics.check and the bake of ecs.blueGreen share: each metric's query
// is measured when due (never more than once per interval), every measurement is judged and
// recorded, and a metric is assessed as Argo Rollouts does: failed once more measurements failed
// than failureLimit, inconclusive once more were inconclusive than inconclusiveLimit, successful
// once its count or duration is reached. The state is plain JSON, kept in the step's checkpoint,
// so a retry resumes the same analysis with the same schedule.
import { ApplicationFailure } from '@temporalio/common';
import type { StepInput } from '../../kit/context';
import { durationMs } from '../../kit/fields';
import { resolveRefs, targetUrl } from '../../kit';
import { evaluate, parseCondition, type BoolNode } from './condition';
import type { AnalysisSpec, MetricSpec } from './kinds';
import { prometheus, safeUrl, type Prometheus, type Sample } from './prometheus';

export type Verdict = 'successful' | 'failed' | 'inconclusive';

export interface Measurement {
  at: string;
  value: number | string | null;
  verdict: Verdict;
  note?: string;
}

export interface MetricState {
  name: string;
  measured: number;
  successful: number;
  failed: number;
  inconclusive: number;
  measurements: Measurement[];
  dropped: number;
  /** Epoch ms of the next measurement; null when none is planned. */
  nextAt: number | null;
  /** With `duration`: no measurement starts after this (set by the first one). */
  endAt: number | null;
  verdict: Verdict | 'running';
  /** Why the verdict, in Argo Rollouts' words: `failed (2) > failureLimit (1)`, `count (5) reached`. */
  reason?: string;
}

export interface AnalysisState {
  startedAt: number;
  metrics: MetricState[];
}

/** Measurements kept per metric in the checkpoint and the output; older ones are counted in `dropped`. */
export const MAX_RECORDED = 300;

/** A fresh analysis: each metric's first measurement after its initialDelay. */
export function startAnalysis(spec: AnalysisSpec, now = Date.now()): AnalysisState {
  return {
    startedAt: now,
    metrics: spec.metrics.map((m) => ({
      name: m.name,
      measured: 0,
      successful: 0,
      failed: 0,
      inconclusive: 0,
      measurements: [],
      dropped: 0,
      nextAt: now + (m.initialDelay ? durationMs(m.initialDelay) : 0),
      endAt: null,
      verdict: 'running',
    })),
  };
}

/** A checkpointed state that belongs to this spec (same metrics, in order); else a fresh one is due. */
export const stateFits = (state: AnalysisState | undefined, spec: AnalysisSpec): state is AnalysisState =>
  !!state && Array.isArray(state.metrics) && state.metrics.length === spec.metrics.length && state.metrics.every((m, i) => m.name === spec.metrics[i].name);

/** How many measurements the analysis plans (open-ended metrics count one). */
export const plannedMeasurements = (spec: AnalysisSpec) =>
  spec.metrics.reduce((n, m) => n + (m.count ?? (m.duration && m.interval ? Math.floor(durationMs(m.duration) / durationMs(m.interval)) + 1 : 1)), 0);

interface Judge {
  success?: BoolNode;
  failure?: BoolNode;
}

const judgeOf = (m: MetricSpec): Judge => ({
  success: m.successCondition === undefined ? undefined : parseCondition(m.successCondition),
  failure: m.failureCondition === undefined ? undefined : parseCondition(m.failureCondition),
});

/** Prometheus's text for a value ("0.5", "NaN", "+Inf") as a number. */
function numberOf(text: string): number {
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  return Number(text);
}

/**
 * One measurement's verdict. No data, NaN and several series are inconclusive (the query did not
 * give one value to judge); otherwise Argo Rollouts' rules: with only a successCondition, not
 * meeting it fails; with only a failureCondition, not meeting it succeeds; with both, the failure
 * condition wins and meeting neither is inconclusive.
 */
export function judge(j: Judge, samples: Sample[]): Omit<Measurement, 'at'> {
  if (samples.length === 0) return { value: null, verdict: 'inconclusive', note: 'no data' };
  if (samples.length > 1) return { value: null, verdict: 'inconclusive', note: `${samples.length} series (aggregate them in the query)` };
  const v = numberOf(samples[0].value);
  if (Number.isNaN(v)) return { value: 'NaN', verdict: 'inconclusive', note: 'NaN' };
  const value = Number.isFinite(v) ? v : samples[0].value;
  const success = j.success ? evaluate(j.success, v) : undefined;
  const failure = j.failure ? evaluate(j.failure, v) : undefined;
  if (failure === undefined) return { value, verdict: success ? 'successful' : 'failed' };
  if (success === undefined) return { value, verdict: failure ? 'failed' : 'successful' };
  if (failure) return { value, verdict: 'failed' };
  return success ? { value, verdict: 'successful' } : { value, verdict: 'inconclusive', note: 'neither condition holds' };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A duration is over once the measurements due in it were taken (one at the start, then one per
 * interval: floor(duration / interval) + 1), or once the next one would start past its end by
 * more than half an interval (after a long gap, such as a retry). Timers firing a little late
 * therefore never cost the last measurement.
 */
function durationDone(m: MetricSpec, st: MetricState): boolean {
  const every = durationMs(m.interval!);
  if (st.measured >= Math.floor(durationMs(m.duration!) / every) + 1) return true;
  return st.nextAt !== null && st.endAt !== null && st.nextAt > st.endAt + every / 2;
}

/** Limits first, then the schedule: a metric ends failed, inconclusive or successful, or runs on. */
function assess(m: MetricSpec, st: MetricState): void {
  if (st.failed > m.failureLimit) {
    st.verdict = 'failed';
    st.reason = `${plural(st.failed, 'measurement')} failed, more than failureLimit ${m.failureLimit}`;
  } else if (st.inconclusive > m.inconclusiveLimit) {
    st.verdict = 'inconclusive';
    st.reason = `${plural(st.inconclusive, 'measurement')} inconclusive, more than inconclusiveLimit ${m.inconclusiveLimit}`;
  } else if (m.count !== undefined && st.measured >= m.count) {
    st.verdict = 'successful';
    st.reason = `count ${m.count} reached`;
  } else if (m.duration !== undefined && durationDone(m, st)) {
    st.verdict = 'successful';
    st.reason = `duration ${m.duration} reached`;
  } else if (m.interval === undefined) {
    st.verdict = 'successful';
    st.reason = 'measured once';
  }
  if (st.verdict !== 'running') st.nextAt = null;
}

const shown = (x: Measurement) => `${x.value === null ? x.note : x.value} ${x.verdict}`;

/** The conditions of a metric, for messages. */
const conditionsOf = (m: MetricSpec) =>
  [m.successCondition !== undefined && `successCondition ${m.successCondition}`, m.failureCondition !== undefined && `failureCondition ${m.failureCondition}`]
    .filter(Boolean)
    .join(', ');

/** The Prometheus target and what the analysis sends it, with references resolved on the worker. */
export interface AnalysisTarget {
  prom: Prometheus;
  queries: string[];
}

/** A password written into the target's URL rather than given as a reference. */
function literalPassword(rawUrl: string): boolean {
  let u: URL;
  try {
    u = new URL(rawUrl.replace(/\$\{[^}]*\}/g, 'cutoverref'));
  } catch {
    return false; // the resolved URL is checked when it is used
  }
  return u.password !== '' && !u.password.includes('cutoverref');
}

/**
 * Resolves the analysis's target, headers and queries. Everything wrong here is a plan or worker
 * mistake (non-retryable); call it before a step changes anything.
 */
export async function openAnalysis(input: StepInput, spec: AnalysisSpec, label = `step ${input.step.id}`): Promise<AnalysisTarget> {
  const declared = input.ctx.targets[spec.target];
  if (declared && literalPassword(declared.url)) {
    throw ApplicationFailure.nonRetryable(
      `${label}: target ${spec.target}: the URL holds a password as text; give it as a reference (http://user:\${env:NAME}@host:9090 or \${secret:NAME})`,
      'PlanError',
    );
  }
  // The kit's lookup checks that the target is declared and a prometheus one, and resolves it.
  const url = await targetUrl({ ctx: input.ctx, step: { ...input.step, params: { target: spec.target } } }, 'prometheus');
  const where = `${label}: target ${spec.target} (${safeUrl(url)})`;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(spec.headers ?? {})) headers[k] = await resolveRefs(v, `${label} header ${k}`);
  const queries: string[] = [];
  for (const m of spec.metrics) queries.push(await resolveRefs(m.query, `${label} metric ${m.name} query`));
  return { prom: prometheus(url, where, { headers, timeoutMs: durationMs(spec.queryTimeout) }), queries };
}

/** One analysis in progress: its spec, its state (mutated in place, so a checkpoint holding it stays current). */
export class AnalysisRun {
  private readonly judges: Judge[];

  constructor(
    private readonly spec: AnalysisSpec,
    readonly state: AnalysisState,
    private readonly target: AnalysisTarget,
    /** Called after every round of measurements, to checkpoint the state. */
    private readonly onMeasured: () => void = () => {},
  ) {
    this.judges = spec.metrics.map(judgeOf);
  }

  private async measure(i: number): Promise<void> {
    const m = this.spec.metrics[i];
    const st = this.state.metrics[i];
    const started = Date.now();
    const answer = await this.target.prom.query(this.target.queries[i], `metric ${m.name}`);
    // Only an answered query moves the schedule (a retry after no answer measures at once), and
    // from when it was answered, as Argo Rollouts does: Prometheus never sees two queries of a
    // metric less than an interval apart, however long one takes to arrive.
    st.nextAt = m.interval === undefined ? null : Date.now() + durationMs(m.interval);
    if (m.duration !== undefined && st.endAt === null) st.endAt = started + durationMs(m.duration);
    const x: Measurement = { at: new Date(started).toISOString(), ...judge(this.judges[i], answer.samples) };
    st.measured++;
    st[x.verdict]++;
    st.measurements.push(x);
    if (st.measurements.length > MAX_RECORDED) {
      st.measurements.shift();
      st.dropped++;
    }
    assess(m, st);
  }

  /**
   * Takes every measurement due by `now`, at most one query per metric, then fails (non-retryably)
   * when a metric failed or is inconclusive. A query that could not be answered fails afterwards,
   * with its own classification (retryable when Prometheus did not answer).
   */
  async measureDue(now = Date.now()): Promise<void> {
    const due = this.state.metrics.flatMap((st, i) => (st.verdict === 'running' && st.nextAt !== null && st.nextAt <= now ? [i] : []));
    if (due.length === 0) return;
    const settled = await Promise.allSettled(due.map((i) => this.measure(i)));
    this.onMeasured();
    this.throwIfDecided();
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  /** Fails when a metric has been assessed failed or inconclusive. */
  throwIfDecided(): void {
    const i = this.state.metrics.findIndex((st) => st.verdict === 'failed' || st.verdict === 'inconclusive');
    if (i < 0) return;
    const m = this.spec.metrics[i];
    const st = this.state.metrics[i];
    const last = st.measurements.slice(-5).map(shown).join(', ');
    throw ApplicationFailure.nonRetryable(
      `${this.target.prom.where}: metric ${m.name} ${st.verdict}: ${st.reason} (${conditionsOf(m)}); last values: ${last}`,
      st.verdict === 'failed' ? 'AnalysisFailed' : 'AnalysisInconclusive',
    );
  }

  /**
   * True when every metric has its verdict. With `ending` (a bake is over), a metric that measures
   * until the end is successful once it has measured at least once.
   */
  finished(ending = false): boolean {
    if (ending) {
      this.spec.metrics.forEach((m, i) => {
        const st = this.state.metrics[i];
        if (st.verdict === 'running' && m.count === undefined && m.duration === undefined && st.measured > 0) {
          st.verdict = 'successful';
          st.reason = 'measured until the bake ended';
          st.nextAt = null;
        }
      });
    }
    return this.state.metrics.every((st) => st.verdict !== 'running');
  }

  /** Epoch ms of the next measurement due (Infinity when none is planned). */
  nextDueAt(): number {
    return Math.min(...this.state.metrics.map((st) => (st.verdict === 'running' && st.nextAt !== null ? st.nextAt : Infinity)));
  }

  /** Measurements taken so far, over all metrics. */
  measured(): number {
    return this.state.metrics.reduce((n, st) => n + st.measured, 0);
  }

  /** The latest measurement of each metric, in one line (for `cutover status`). */
  latest(): string {
    return this.state.metrics
      .flatMap((st) => {
        const x = st.measurements[st.measurements.length - 1];
        return x ? [`${st.name} ${shown(x)}`] : [];
      })
      .join(' · ');
  }

  /** The step's record of the analysis: every measurement of every metric, and the verdict. */
  result(): { target: string; verdict: Verdict; metrics: Array<Omit<MetricState, 'nextAt' | 'endAt' | 'reason'> & { query: string }> } {
    const verdicts = this.state.metrics.map((st) => st.verdict);
    const verdict: Verdict = verdicts.includes('failed') ? 'failed' : verdicts.includes('inconclusive') ? 'inconclusive' : 'successful';
    return {
      target: this.spec.target,
      verdict,
      metrics: this.state.metrics.map((st, i) => ({
        name: st.name,
        // As the plan wrote it: references stay unresolved.
        query: this.spec.metrics[i].query,
        verdict: st.verdict,
        measured: st.measured,
        successful: st.successful,
        failed: st.failed,
        inconclusive: st.inconclusive,
        measurements: st.measurements,
        dropped: st.dropped,
      })),
    };
  }
}
