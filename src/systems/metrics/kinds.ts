// metrics.check and the analysis it shares with the bake of ecs.blueGreen: PromQL queries measured
// every `interval`, judged by `successCondition` / `failureCondition`, with Argo Rollouts'
// failureLimit / inconclusiveLimit semantics. See docs/metrics.md.
import { z } from 'zod';
import { defineKind } from '../../kit/define';
import { duration, durationMs } from '../../kit/fields';
import { conditionProblem } from './condition';

/** A condition in the language of condition.ts (`result < 0.01`, or the threshold `< 0.01`). */
const condition = z.string().superRefine((text, ctx) => {
  const problem = conditionProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const metricSpec = z
  .strictObject({
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/, 'a metric name is letters, digits, _ . and -, starting with a letter or digit').describe('Names the metric in measurements, messages and the output'),
    query: z.string().min(1).max(20_000).describe('PromQL, evaluated as an instant query; it must answer with one series (or a scalar); references resolved on the worker'),
    interval: duration.optional().describe('Time between two measurements of this metric; needed by count > 1 and duration'),
    count: z.number().int().min(1).max(10_000).optional().describe('How many measurements; without count and duration: one (or, in a bake, every interval until the bake ends)'),
    duration: duration.optional().describe('Measure every interval for this long after the first measurement (the last one at the end); not with count'),
    initialDelay: duration.optional().describe('Wait this long before the first measurement'),
    successCondition: condition.optional().describe('A measurement succeeds when this holds: result < 0.01, or the threshold alone (< 0.01)'),
    failureCondition: condition.optional().describe('A measurement fails when this holds (same language as successCondition)'),
    failureLimit: z.number().int().min(0).default(0).describe('The metric fails when more measurements than this fail (0: the first failure fails it)'),
    inconclusiveLimit: z.number().int().min(0).default(0).describe('The metric is inconclusive when more measurements than this are inconclusive'),
  })
  .superRefine((m, ctx) => {
    if (m.successCondition === undefined && m.failureCondition === undefined) {
      ctx.addIssue({ code: 'custom', message: 'give successCondition, failureCondition or both: a metric without a condition judges nothing', path: [] });
    }
    if (m.count !== undefined && m.duration !== undefined) ctx.addIssue({ code: 'custom', message: 'give count or duration, not both', path: ['duration'] });
    if (m.interval === undefined && ((m.count ?? 1) > 1 || m.duration !== undefined)) {
      const by = m.count !== undefined ? 'count' : 'duration';
      ctx.addIssue({ code: 'custom', message: `missing interval: ${by} ${m[by]} needs the time between measurements`, path: [by] });
    }
    if (m.count !== undefined && m.failureLimit >= m.count) {
      ctx.addIssue({ code: 'custom', message: `failureLimit ${m.failureLimit} with count ${m.count}: the metric could never fail`, path: ['failureLimit'] });
    }
    if (m.interval !== undefined && m.duration !== undefined && durationMs(m.duration) < durationMs(m.interval)) {
      ctx.addIssue({ code: 'custom', message: `duration ${m.duration} is shorter than interval ${m.interval}: one measurement (use count: 1)`, path: ['duration'] });
    }
  });

export type MetricSpec = z.infer<typeof metricSpec>;

/** Header names whose values are credentials: they must come from a reference, never the plan's text. */
const CREDENTIAL_HEADER = /^(proxy-)?authorization$|cookie|token|api[-_]?key|secret|password/i;
const HAS_REF = /\$\{(env|secret):[^}]+\}/;

export const analysisSpec = z
  .strictObject({
    target: z.string().min(1).describe('A prometheus target'),
    metrics: z.array(metricSpec).min(1).max(20).describe('1 to 20 metrics, names unique; a failed or inconclusive one fails the step'),
    headers: z.record(z.string().min(1), z.string()).optional().describe('Request headers (a tenant id such as X-Scope-OrgID, a bearer token through a reference; credentials only as references)'),
    queryTimeout: duration.default('30s').describe('How long one query may take before the attempt fails (retryably)'),
  })
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    a.metrics.forEach((m, i) => {
      if (seen.has(m.name)) ctx.addIssue({ code: 'custom', message: `duplicate metric name ${m.name}`, path: ['metrics', i, 'name'] });
      seen.add(m.name);
    });
    for (const [name, value] of Object.entries(a.headers ?? {})) {
      if (CREDENTIAL_HEADER.test(name) && !HAS_REF.test(value)) {
        ctx.addIssue({ code: 'custom', message: `header ${name} carries a credential: give it as a reference (\${env:NAME} or \${secret:NAME}), not as text in the plan`, path: ['headers', name] });
      }
    }
  });

export type AnalysisSpec = z.infer<typeof analysisSpec>;

/** A step must end: every metric needs a count or a duration when it has an interval. */
const checkParams = analysisSpec.superRefine((a, ctx) => {
  a.metrics.forEach((m, i) => {
    if (m.interval !== undefined && m.count === undefined && m.duration === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `metric ${m.name} has an interval but no count or duration: a metrics.check step must end (measuring until the end of a bake is for ecs.blueGreen's analysis)`,
        path: ['metrics', i, 'interval'],
      });
    }
  });
});

export type MetricsCheckParams = z.infer<typeof checkParams>;

export const VERDICTS = ['successful', 'failed', 'inconclusive'] as const;

const measurement = z.object({
  /** When the query was sent (the worker's clock), ISO 8601. */
  at: z.string(),
  /** The value; "NaN", "+Inf", "-Inf" as text; null when there was no single value. */
  value: z.union([z.number(), z.string(), z.null()]),
  verdict: z.enum(VERDICTS),
  /** Why a measurement is inconclusive (no data, NaN, 3 series, neither condition held). */
  note: z.string().optional(),
});

export const metricResult = z.object({
  name: z.string(),
  query: z.string(),
  verdict: z.enum([...VERDICTS, 'running']),
  measured: z.number(),
  successful: z.number(),
  failed: z.number(),
  inconclusive: z.number(),
  measurements: z.array(measurement),
  /** Oldest measurements left out of `measurements` to bound the record's size. */
  dropped: z.number(),
});

export const analysisResult = z.object({
  target: z.string(),
  verdict: z.enum(VERDICTS),
  metrics: z.array(metricResult),
});

/** How a metric is measured, in words, for `cutover plan`. */
export function scheduleOf(m: MetricSpec, openEnded = 'until the bake ends'): string {
  const when = m.count !== undefined ? `${m.count} × every ${m.interval ?? '—'}` : m.duration ? `every ${m.interval} for ${m.duration}` : m.interval ? `every ${m.interval} ${openEnded}` : 'once';
  const delay = m.initialDelay ? ` after ${m.initialDelay}` : '';
  const conds = [m.successCondition && `success: ${m.successCondition}`, m.failureCondition && `failure: ${m.failureCondition}`].filter(Boolean).join('; ');
  return `${m.name} (${conds}; ${when}${delay})`;
}

// Implementations load on first use, so that `cutover validate` and `plan` never load them.
const check = () => require('./check') as typeof import('./check');
const preview = () => require('./preview') as typeof import('./preview');

export const metricsKinds = {
  'metrics.check': defineKind({
    summary: 'measure PromQL queries every interval and judge them (success / failure conditions, failure and inconclusive limits)',
    targets: ['prometheus'],
    params: checkParams,
    outputs: analysisResult,
    describe: (p) => `${p.target}: ${p.metrics.map((m) => scheduleOf(m)).join(', ')}`,
    run: (i) => check().metricsCheck(i),
    preview: (i) => preview().metricsCheckPreview(i),
  }),
};
