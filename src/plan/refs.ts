// References in plan strings. `${env:NAME}` and `${secret:NAME}` / `${secret:NAME#key}` name values
// that only workers resolve (kit/resolve.ts): they never travel through workflow history.
// `${steps.<id>.<field>…}` names an output field of an earlier step: the workflow resolves it,
// deterministically, from the outputs it recorded. Pure code: the workflow bundle imports it.

const REF = /\$\{([^}]*)\}/g;
/**
 * Where references can be: up to the last `}`. Cutting off the rest keeps matching linear: an
 * unclosed `${` would otherwise be scanned to the end again from every later `${`.
 */
const refEnd = (value: string) => value.lastIndexOf('}') + 1;
const matches = (value: string) => (value.includes('${') ? value.slice(0, refEnd(value)).matchAll(REF) : []);
const ENV = /^env:([A-Za-z_][A-Za-z0-9_]*)$/;
/** Secrets Manager names: letters, digits and /_+=.@-; an optional `#key` picks a field of a JSON secret. */
const SECRET = /^secret:([A-Za-z0-9/_+=.@-]{1,512})(?:#([^#]+))?$/;
const STEP = /^steps\.([a-z0-9][a-z0-9_-]*)((?:\.[A-Za-z0-9_-]+)+)$/;

export const REF_FORMS = '${env:NAME}, ${secret:NAME} (or NAME#key) or ${steps.<step id>.<field>}';

export type Ref =
  | { type: 'env'; text: string; name: string }
  | { type: 'secret'; text: string; name: string; key?: string }
  | { type: 'step'; text: string; step: string; path: string[] };

function parseRef(text: string, body: string): Ref | undefined {
  let m = ENV.exec(body);
  if (m) return { type: 'env', text, name: m[1] };
  m = SECRET.exec(body);
  if (m) return { type: 'secret', text, name: m[1], key: m[2] };
  m = STEP.exec(body);
  if (m) return { type: 'step', text, step: m[1], path: m[2].slice(1).split('.') };
  return undefined;
}

/** Every well-formed reference in a string, in order. */
export const refsIn = (value: string): Ref[] => [...matches(value)].flatMap((m) => parseRef(m[0], m[1]) ?? []);

/** Malformed references in a string (`${foo}`, `${env:}`), for plan validation. */
export const malformedRefs = (value: string): string[] => [...matches(value)].filter((m) => !parseRef(m[0], m[1])).map((m) => m[0]);

/** Names of the environment variables a string refers to. */
export const envRefs = (value: string): string[] => refsIn(value).flatMap((r) => (r.type === 'env' ? [r.name] : []));

/** The step references in a string. */
export const stepRefs = (value: string) => refsIn(value).filter((r): r is Extract<Ref, { type: 'step' }> => r.type === 'step');

/** True when the whole string is one reference (its value then keeps its JSON type: a number stays a number). */
export const isWholeRef = (value: string) => /^\$\{[^}]*\}$/.test(value);

/**
 * Replaces the references `resolve` knows in `value`; a whole-string reference may resolve to any
 * JSON value. `resolve` returns undefined for references it leaves for later (worker-side ones).
 */
export function substitute(value: string, resolve: (ref: Ref) => unknown): unknown {
  if (isWholeRef(value)) {
    const ref = refsIn(value)[0];
    const v = ref ? resolve(ref) : undefined;
    return v === undefined ? value : v;
  }
  const end = refEnd(value);
  const replaced = value.slice(0, end).replace(REF, (text, body: string) => {
    const ref = parseRef(text, body);
    const v = ref ? resolve(ref) : undefined;
    return v === undefined ? text : typeof v === 'string' ? v : JSON.stringify(v);
  });
  return replaced + value.slice(end);
}

/** Applies `fn` to every string inside a JSON value (a step's params), keeping the rest. */
export function mapStrings(value: unknown, fn: (s: string, path: (string | number)[]) => unknown, path: (string | number)[] = []): unknown {
  if (typeof value === 'string') return fn(value, path);
  if (Array.isArray(value)) return value.map((v, i) => mapStrings(v, fn, [...path, i]));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn, [...path, k])]));
  return value;
}
