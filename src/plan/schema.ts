// The shape of a plan document, before the kinds' own parameters are checked, and the
// helpers that read zod schemas back (which fields a map may have) for messages and `--set`.
import { z } from 'zod';
import { targetKindNames } from '../registry';
import { duration } from '../kit/fields';
import { NOTIFY_EVENTS } from '../notifications/events';

export const retrySchema = z.strictObject({
  maximumAttempts: z.number().int().min(1).optional().describe('Attempts in all, the first included'),
  initialInterval: duration.optional().describe('Wait before the first retry'),
  backoffCoefficient: z.number().min(1).optional().describe('Each wait is this many times the one before'),
  maximumInterval: duration.optional().describe('The longest wait between two attempts'),
});

const onFailure = z.enum(['rollback', 'pause']).describe('When a step fails for good: rollback undoes what was done; pause waits for a person to retry, skip or abort');

/** Target kinds are registered by the families (src/registry.ts). */
const targetKind = z
  .string()
  .superRefine((kind, ctx) => {
    const known = targetKindNames();
    if (!known.includes(kind)) ctx.addIssue({ code: 'custom', message: `expected one of ${known.join(', ')}, got ${JSON.stringify(kind)}` });
  })
  .describe('The target kind, registered by a family');

export const targetSchema = z.strictObject({
  kind: targetKind,
  url: z.string().min(1).describe('Where the target is; ${env:…} and ${secret:…} references are resolved on the worker, ${steps.…} from an earlier step'),
});

export const STEP_ID = /^[a-z0-9][a-z0-9_-]*$/;

/** Fields every step has; everything else in a step belongs to its kind. */
export const stepBaseSchema = z.object({
  id: z.string().regex(STEP_ID, 'a step id is lower-case letters, digits, - and _, starting with a letter or digit').describe('Unique in the plan: names the step in the status, --set, ${steps.<id>.…} and the commit point'),
  kind: z.string().min(1).describe('What the step does'),
  timeout: duration.optional().describe('Limit of one attempt (defaults.timeout when absent)'),
  retry: retrySchema.optional().describe("This step's retry policy, over defaults.retry"),
  onFailure: onFailure.optional().describe('When the step fails for good: rollback or pause (defaults.onFailure when absent)'),
});
export const STEP_BASE_KEYS = Object.keys(stepBaseSchema.shape);

/** A parallel group in a phase: `{ parallel: { id?, maxConcurrency?, steps: [...] } }`. */
export const parallelSchema = z.strictObject({
  parallel: z.strictObject({
    id: z.string().regex(STEP_ID, 'a group id is lower-case letters, digits, - and _, starting with a letter or digit').optional().describe('For the status and the commit point (parallel-<n> when absent)'),
    maxConcurrency: z.number().int().min(1).max(100).optional().describe("At most this many of the group's steps at once (all at once when absent)"),
    steps: z.array(z.unknown()).min(1).describe("Steps that run at the same time: no gates, no groups, none using another's outputs"),
  }).describe('Steps run at once, started in order; when one fails for good the others are cancelled and every one that started is undone'),
});

/** Where a run's notifications go (src/notifications/). */
export const notifySinkSchema = z.strictObject({
  kind: z.enum(['webhook', 'slack']).describe("webhook: the event as JSON; slack: Slack's incoming-webhook format"),
  url: z.string().min(1).describe('Where to post; references are resolved on the worker and never echoed'),
  events: z.array(z.enum(NOTIFY_EVENTS)).min(1).optional().describe('The events this sink gets (every event when absent)'),
  name: z.string().min(1).max(100).optional().describe('Names the sink in the status and messages (the URL never is)'),
});

/** `after <step id>` or `after <phase>.<step id>`. */
export const COMMIT = /^after (?:([A-Za-z]+)\.)?(\S+)$/;

// Steps are checked one by one (base fields, then the kind's params), so that each problem
// names its step; here a phase is only a list.
const phase = z.array(z.unknown()).nullish().describe('Steps and parallel groups, run in order');

export const planSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a plan name is lower-case letters, digits and -').describe("The plan's name: the run's default workflow id is cutover-<name>-<environment>"),
  environment: z.string().regex(/^[A-Za-z0-9_-]+$/, 'an environment is letters, digits, - and _').describe('Where it runs (staging, production, …); --set environment=… overrides it'),
  targets: z
    .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'a target name is letters, digits, - and _'), targetSchema)
    .default({})
    .describe("Systems the steps act on, by name: a step's target and source fields name them"),
  defaults: z
    .strictObject({
      retry: retrySchema.optional().describe("Every step's retry policy (maximumAttempts 3, initialInterval 1s, backoffCoefficient 2, maximumInterval 1m)"),
      timeout: duration.optional().describe('Limit of one attempt of a step (10m)'),
      heartbeatTimeout: duration.optional().describe('A dead worker is noticed within this (30s)'),
      onFailure: onFailure.optional().describe('When a step fails for good: rollback (the default) or pause'),
      undoRetry: retrySchema.optional().describe('Retry policy of compensations before the run waits for a person (maximumAttempts 5, initialInterval 1s, backoffCoefficient 2, maximumInterval 30s)'),
    })
    .default({})
    .describe("What every step gets unless it says otherwise; each field is optional (cutover's defaults in brackets)"),
  phases: z
    .strictObject({
      prepare: phase.describe('Checks before anything changes'),
      provisionBase: phase.describe('Infrastructure the rest needs'),
      migrateData: phase.describe('Schema and data moves, deployments, gates'),
      optimize: phase.describe('After the cut-over: settle, scale, clean up'),
    })
    .nullish()
    .describe('The four phases, run in this order: prepare, provisionBase, migrateData, optimize'),
  commit: z.string().regex(COMMIT, "expected 'after <step id>' or 'after <phase>.<step id>'").optional().describe("after <step id> (or <phase>.<step id>, or a parallel group's id): past this point a failure is no longer rolled back"),
  notify: z.array(notifySinkSchema).optional().describe("Sinks for this run's notifications; the worker's defaults when absent, none when empty"),
});

export type RawPlan = z.infer<typeof planSchema>;

/** Marks a missing required field, so the message can say so plainly. */
export const MISSING = 'missing';

const show = (v: unknown) =>
  v === null ? 'null'
  : Array.isArray(v) ? 'a list'
  : typeof v === 'object' ? 'a map'
  : typeof v === 'number' && !Number.isFinite(v) ? String(v) // `1e400` or `.inf` (JSON would say null)
  : JSON.stringify(v);
const NOUNS: Record<string, string> = { object: 'a map', record: 'a map', array: 'a list', string: 'text', number: 'a number', int: 'an integer', boolean: 'true or false' };

/** Plainer messages than zod's defaults; a schema's own messages still win. */
export const errorMap: z.core.$ZodErrorMap = (iss) => {
  if (iss.code === 'invalid_type') return iss.input === undefined ? MISSING : `expected ${NOUNS[iss.expected] ?? iss.expected}, got ${show(iss.input)}`;
  if (iss.code === 'invalid_value' && iss.values.length > 1) return `expected one of ${iss.values.join(', ')}, got ${show(iss.input)}`;
  if (iss.code === 'too_small' || iss.code === 'too_big') {
    const bound = iss.code === 'too_small' ? `at least ${iss.minimum}` : `at most ${iss.maximum}`;
    const strict = iss.inclusive === false ? (iss.code === 'too_small' ? `more than ${iss.minimum}` : `less than ${iss.maximum}`) : bound;
    if (iss.origin === 'string') return iss.code === 'too_small' && iss.minimum === 1 ? 'must not be empty' : `expected ${strict} characters`;
    if (iss.origin === 'array' || iss.origin === 'set') return iss.code === 'too_small' && iss.minimum === 1 ? 'must not be empty' : `expected ${strict} items`;
    return `expected ${strict}, got ${show(iss.input)}`;
  }
  return undefined;
};

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
}
const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;

/** The schema itself, without optional/default/nullable wrappers. */
function unwrap(s: z.ZodType): z.ZodType {
  for (let d = defOf(s); ; d = defOf(s)) {
    if (d.innerType && ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(d.type)) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else return s;
  }
}

/** The fields a value of this schema may have: a list, `'any'` for a free-form map, or none. */
export function fieldsOf(s: z.ZodType | undefined): string[] | 'any' | undefined {
  if (!s) return undefined;
  const d = defOf(unwrap(s));
  if (d.type === 'object' && d.shape) return Object.keys(d.shape);
  if (d.type === 'record') return 'any';
  return undefined;
}

/** The schema of the value at `path` inside a value of `s`, if the path can exist. */
export function schemaAt(s: z.ZodType | undefined, path: readonly (string | number)[]): z.ZodType | undefined {
  for (const key of path) {
    if (!s) return undefined;
    const d = defOf(unwrap(s));
    if (d.type === 'object') s = d.shape?.[String(key)];
    else if (d.type === 'record') s = d.valueType;
    else if (d.type === 'array' && typeof key === 'number') s = d.element;
    else return undefined;
  }
  return s;
}
