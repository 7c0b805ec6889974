// A valid plan for the fuzz test, built from random steps and written in one of YAML's styles;
// plan-fuzz-defects.ts and plan-fuzz-hostile.ts break it, or write something hostile instead.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { PHASES } from '../../src/plan/types';

export type G = fc.GeneratorValue;

export interface Case {
  category: string;
  /** The file: text (written as UTF-8) or bytes. */
  text?: string;
  bytes?: Buffer;
  /** A problem the case must report, as a pattern, or exactly as `line:col: message`. */
  expect?: RegExp;
  expectAt?: string;
  /** Text that must be refused with the same problems at the same places (this case without CRLF or BOM). */
  sameAs?: string;
}

export const contentOf = (c: Case) => c.bytes ?? Buffer.from(c.text!);

export const int = (g: G, min: number, max: number) => g(fc.integer, { min, max });
/** One of `xs`, by index: fast-check may hand back a copy of an object it picked, and a defect must change the plan itself. */
export const pick = <T>(g: G, ...xs: T[]): T => xs[int(g, 0, xs.length - 1)];
/** One of values of any types: the wrong values put into a plan. */
export const anyOf = (g: G, ...xs: unknown[]): any => pick(g, ...xs);
export const bool = (g: G) => g(fc.boolean);
/** One of `choices` by weight. */
export function weighted<T>(g: G, ...choices: [number, T][]): T {
  let r = int(g, 0, choices.reduce((n, [w]) => n + w, 0) - 1);
  for (const [w, v] of choices) if ((r -= w) < 0) return v;
  return choices[0][1];
}
export const isMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** Sets a field even when it is `__proto__`. */
export const put = (o: Record<string, unknown>, key: string, value: unknown) => Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

// A valid plan.

export type Step = Record<string, unknown> & { id: string; kind: string };
export interface Model {
  name: unknown;
  environment: unknown;
  targets: Record<string, unknown> | unknown;
  defaults?: unknown;
  phases?: unknown;
  commit?: unknown;
}

const DURATIONS = ['1s', '30s', '10m', '2h', '1d', '500ms', '1.5s'];
const STEP_NAMES = ['schema', 'health', 'go-live', 'settle', 'warm', 'pre', 'copy', 'check'];

export function validStep(g: G, id: string): Step {
  const kind = pick(g, 'wait', 'approval', 'preflight.env', 'http.check', 'mysql.migrate');
  const s: Step = { id, kind };
  if (kind === 'wait') s.duration = pick(g, ...DURATIONS);
  if (kind === 'preflight.env') s.require = pick(g, ['DB_URL'], ['DB_URL', 'SITE_URL'], ['A_1']);
  if (kind === 'http.check') {
    s.url = pick(g, 'https://shop.example/health', '${env:SITE_URL}/health');
    if (bool(g)) s.expectJson = { status: pick(g, 'healthy', 'ok') };
    if (bool(g)) s.expectStatus = pick(g, 200, 204);
  }
  if (kind === 'mysql.migrate') Object.assign(s, { target: 'db', dir: pick(g, 'migrations', 'db/migrations') });
  if (bool(g)) s.timeout = pick(g, ...DURATIONS);
  if (bool(g)) s.retry = { maximumAttempts: int(g, 1, 5) };
  if (bool(g)) s.onFailure = pick(g, 'rollback', 'pause');
  return s;
}

export function validPlan(g: G, steps = int(g, 1, 8)): Model {
  const list = Array.from({ length: steps }, (_, i) => validStep(g, `${pick(g, ...STEP_NAMES)}${i}`));
  const where = list.map(() => int(g, 0, PHASES.length - 1)).sort();
  const phases: Record<string, unknown> = {};
  PHASES.forEach((p, n) => {
    const own = list.filter((_, i) => where[i] === n);
    if (own.length) phases[p] = own;
    else if (bool(g)) phases[p] = pick(g, [], null);
  });
  const m: Model = {
    name: g(fc.stringMatching, /^[a-z0-9][a-z0-9-]{0,15}$/),
    environment: g(fc.stringMatching, /^[A-Za-z0-9_-]{1,12}$/),
    targets: { db: { kind: 'mysql', url: '${env:DB_URL}' }, ...(bool(g) ? { site: { kind: 'http', url: '${env:SITE_URL}' } } : {}) },
    phases,
  };
  if (bool(g)) m.defaults = { retry: { maximumAttempts: int(g, 1, 9) }, timeout: pick(g, ...DURATIONS), onFailure: pick(g, 'rollback', 'pause') };
  const last = PHASES.flatMap((p) => (Array.isArray(phases[p]) ? (phases[p] as Step[]).map((s) => [p, s] as const) : [])).at(-1)!;
  if (last[1].kind !== 'approval' && bool(g)) m.commit = pick(g, `after ${last[1].id}`, `after ${last[0]}.${last[1].id}`);
  return m;
}

/** YAML in one of its styles (JSON is YAML too), sometimes with comments. */
export function serialize(g: G, value: unknown): string {
  const style = weighted(g, [6, 'yaml'], [1, 'json'], [1, 'json-line']);
  let text =
    style === 'json' ? JSON.stringify(value, null, 2)
    : style === 'json-line' ? JSON.stringify(value)
    : stringify(value, {
        indent: pick(g, 2, 4),
        collectionStyle: pick(g, 'any', 'block', 'flow'),
        defaultStringType: pick(g, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
        lineWidth: pick(g, 0, 80),
      });
  if (!text.endsWith('\n')) text += '\n';
  if (bool(g)) text = `# plan, written as ${style}\n${text}`;
  if (bool(g)) text += '# end\n';
  return text;
}
