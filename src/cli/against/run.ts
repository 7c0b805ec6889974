// `cutover plan --against`: each step's preview, run in this process with the code the activities
// use (targets and references resolved here, as a worker would), reading the targets and writing
// nothing. Steps whose fields use an earlier step's output are not guessed at; a step that cannot
// be read (unreachable target, a reference not resolvable here) says why on its own line, and the
// other steps go on.
import { randomUUID } from 'node:crypto';
import type { StepContext, StepInput } from '../../kit/context';
import { durationMs } from '../../kit/fields';
import { stepParams } from '../../kit/params';
import { CHANGE_ACTIONS, type ChangeAction, type Preview } from '../../kit/preview';
import { readSecret } from '../../kit/secrets';
import { refsIn, stepRefs } from '../../plan/refs';
import { PHASES, type PhaseName, type Plan, type StepSpec } from '../../plan/types';
import { kindDef } from '../../registry';

/**
 * `previewed`: the kind's preview ran; `no-preview`: the kind has none (or is a gate or timer);
 * `depends`: a field uses an earlier step's output, known only once the run gets there;
 * `failed`: the preview could not run (the error says why).
 */
export type PreviewStatus = 'previewed' | 'no-preview' | 'depends' | 'failed';

export interface PreviewedStep {
  /** 1-based position in the run, as `cutover plan` numbers it. */
  order: number;
  id: string;
  kind: string;
  phase: PhaseName;
  group?: string;
  status: PreviewStatus;
  preview?: Preview;
  /** `depends`: the steps whose outputs the step's fields (or its targets' URLs) use. */
  dependsOn?: string[];
  /** `no-preview`: why there is none. */
  note?: string;
  /** `failed`: what went wrong, and its failure type. */
  error?: { message: string; type: string };
  elapsedMs: number;
}

export interface AgainstResult {
  plan: string;
  environment: string;
  source?: string;
  /** Always true: nothing was written to any target. */
  readOnly: true;
  /** Every step that has a preview could be previewed (exit 0); false: exit 6. */
  complete: boolean;
  steps: PreviewedStep[];
  /** Changes over all previews, by action. */
  totals: Record<ChangeAction, number>;
  counts: Record<PreviewStatus, number>;
}

export interface AgainstOptions {
  /** How long one step's preview may take (`--timeout`). */
  timeout: string;
  /** Previews running at once. */
  concurrency?: number;
}

const STATUSES: PreviewStatus[] = ['previewed', 'no-preview', 'depends', 'failed'];

/** Strings anywhere under keys `target` / `source` of the params: the targets a step names. */
function namedTargets(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'target' || key === 'source' ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => namedTargets(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => namedTargets(v, k));
  return [];
}

function stringsIn(value: unknown): string[] {
  const out: string[] = [];
  JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' && out.push(v), v));
  return out;
}

/** What the step reads: its params and the URLs of the targets it names. */
function stepStrings(plan: Plan, step: StepSpec): string[] {
  const urls = [...new Set(namedTargets(step.params))].flatMap((n) => (plan.targets[n] ? [plan.targets[n].url] : []));
  return [...stringsIn(step.params), ...urls];
}

const failureOf = (err: unknown): { message: string; type: string } => {
  const e = err as { message?: string; type?: string | null; name?: string };
  return { message: e?.message ?? String(err), type: e?.type || (e?.name && e.name !== 'Error' ? e.name : 'Error') };
};

/** Where the CLI differs from a worker: a reference it cannot resolve is the user's shell's, not the worker's. */
function hereNotWorker(f: { message: string; type: string }): { message: string; type: string } {
  const message = f.message.replace(/ is not set on the worker\b/, ' is not set here');
  if (['MissingEnv', 'MissingSecret', 'SecretAccessDenied', 'SecretUnreadable', 'SecretsManagerError'].includes(f.type)) {
    return { type: f.type, message: `${message} (--against resolves references in this process: it needs the worker's variables and credentials)` };
  }
  return { ...f, message };
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`${what}: no answer within ${ms / 1000}s (--timeout)`), { type: 'PreviewTimeout' })), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** A kind's answer, checked: a preview from outside this repository may return anything. */
function checkedPreview(value: unknown, kind: string): Preview {
  const p = value as Preview;
  const ok =
    !!p &&
    typeof p.summary === 'string' &&
    Array.isArray(p.changes) &&
    p.changes.every((c) => c && CHANGE_ACTIONS.includes(c.action) && typeof c.what === 'string' && (c.detail === undefined || typeof c.detail === 'string')) &&
    (p.warnings === undefined || (Array.isArray(p.warnings) && p.warnings.every((w) => typeof w === 'string')));
  if (!ok) throw Object.assign(new Error(`kind ${kind}: preview returned ${JSON.stringify(value)?.slice(0, 200)}, expected { summary, changes: [{ action, what, detail? }], warnings? }`), { type: 'BadPreview' });
  return p;
}

async function previewStep(plan: Plan, ctx: StepContext, step: StepSpec, timeoutMs: number): Promise<Omit<PreviewedStep, 'order' | 'phase' | 'elapsedMs'>> {
  const base = { id: step.id, kind: step.kind, ...(step.group ? { group: step.group.id } : {}) };
  const kind = kindDef(step.kind)!;
  if (step.execution === 'gate') return { ...base, status: 'no-preview', note: 'a gate: waits for approve or reject' };
  if (step.execution === 'timer') return { ...base, status: 'no-preview', note: 'a timer: waits, touches nothing' };
  if (!kind.preview) return { ...base, status: 'no-preview', note: 'no preview for this kind' };
  const strings = stepStrings(plan, step);
  const dependsOn = [...new Set(strings.flatMap((s) => stepRefs(s).map((r) => r.step)))];
  if (dependsOn.length) return { ...base, status: 'depends', dependsOn };
  const missing = [...new Set(strings.flatMap((s) => refsIn(s).flatMap((r) => (r.type === 'env' && !process.env[r.name] ? [r.text] : []))))];
  if (missing.length) {
    return {
      ...base,
      status: 'failed',
      error: hereNotWorker({ type: 'MissingEnv', message: `step ${step.id}: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set here` }),
    };
  }
  const input: StepInput = { ctx, step };
  try {
    const params = stepParams(kind.params, input);
    const preview = await withTimeout(kind.preview({ ...input, params }), timeoutMs, `step ${step.id}`);
    return { ...base, status: 'previewed', preview: checkedPreview(preview, step.kind) };
  } catch (err) {
    return { ...base, status: 'failed', error: hereNotWorker(failureOf(err)) };
  }
}

/**
 * What of a resolved value must not be printed: a URL's password where a URL carries it
 * (`:password@`, the whole URL) and its query values; a URL's other parts name a server, which is
 * what messages are about. Anything else (a password or token given on its own) whole.
 */
function secretParts(value: string): string[] {
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/]/i.test(value)) {
    try {
      const u = new URL(value);
      const password = u.password ? [value, `:${u.password}@`, `:${decodeURIComponent(u.password)}@`] : [];
      return [...password, ...(u.search ? [value] : []), ...u.searchParams.values()];
    } catch {
      // not a URL after all: the whole value
    }
  }
  return [value];
}

/** Values that references resolved to (or their secret parts): never printed, whatever a driver's message repeats. */
async function resolvedValues(plan: Plan): Promise<string[]> {
  const refs = stringsIn({ targets: plan.targets, phases: plan.phases }).flatMap(refsIn);
  const values = new Set<string>();
  for (const r of refs) {
    if (r.type === 'env' && process.env[r.name]) secretParts(process.env[r.name]!).forEach((v) => values.add(v));
    if (r.type === 'secret') {
      // Read already by a preview (cached); one that could not be read was reported there.
      const v = await readSecret(r.name, r.key, 'cutover plan --against').catch(() => undefined);
      if (v) secretParts(v).forEach((x) => values.add(x));
    }
  }
  return [...values].filter((v) => v.length >= 4).sort((a, b) => b.length - a.length);
}

function scrubbed<T>(value: T, secrets: string[]): T {
  if (!secrets.length) return value;
  const scrub = (s: string) => secrets.reduce((t, v) => (t.includes(v) ? t.split(v).join(v.startsWith(':') && v.endsWith('@') ? ':***@' : '***') : t), s);
  return JSON.parse(JSON.stringify(value), (_k, v: unknown) => (typeof v === 'string' ? scrub(v) : v)) as T;
}

/** Every step's preview, in plan order (at most `concurrency` at once). */
export async function previewPlan(plan: Plan, opts: AgainstOptions): Promise<AgainstResult> {
  const ctx: StepContext = {
    workflowId: `cutover-${plan.name}-${plan.environment}`,
    // No run exists: a marker that matches nothing any run made.
    runId: `preview-${randomUUID()}`,
    planName: plan.name,
    environment: plan.environment,
    baseDir: plan.baseDir,
    targets: plan.targets,
  };
  const specs = PHASES.flatMap((phase) => plan.phases[phase].map((step) => ({ phase, step })));
  const steps: PreviewedStep[] = new Array(specs.length);
  const timeoutMs = durationMs(opts.timeout);
  let next = 0;
  const worker = async () => {
    while (next < specs.length) {
      const i = next++;
      const started = Date.now();
      const r = await previewStep(plan, ctx, specs[i].step, timeoutMs);
      steps[i] = { order: i + 1, phase: specs[i].phase, ...r, elapsedMs: Date.now() - started };
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 4) }, worker));
  const totals = Object.fromEntries(CHANGE_ACTIONS.map((a) => [a, 0])) as Record<ChangeAction, number>;
  for (const s of steps) for (const c of s.preview?.changes ?? []) totals[c.action]++;
  const counts = Object.fromEntries(STATUSES.map((st) => [st, steps.filter((s) => s.status === st).length])) as Record<PreviewStatus, number>;
  const result: AgainstResult = {
    plan: plan.name,
    environment: plan.environment,
    ...(plan.source ? { source: plan.source } : {}),
    readOnly: true,
    complete: counts.failed === 0,
    steps,
    totals,
    counts,
  };
  return scrubbed(result, await resolvedValues(plan));
}
