// Plans broken on purpose: semantic defects put into the model before it is written (a wrong
// type, an unknown field or kind, a bad reference, an undeclared target, …) and YAML syntax errors
// made in its text. `expect` is the problem a case must report when nothing else can mask it.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { kindDef, kindNames } from '../../src/registry';
import { fieldsOf, STEP_BASE_KEYS } from '../../src/plan/schema';
import { PHASES } from '../../src/plan/types';
import { anyOf, bool, int, isMap, pick, put, serialize, validPlan, validStep, weighted, type Case, type G, type Model, type Step } from './plan-fuzz-plans';

// Semantic defects, made on the model before it is written.

const stepSlots = (m: Model): [Step[], number][] =>
  isMap(m.phases) ? PHASES.flatMap((p) => (Array.isArray((m.phases as Record<string, unknown>)[p]) ? ((m.phases as Record<string, Step[]>)[p].map((_, i) => [(m.phases as Record<string, Step[]>)[p], i]) as [Step[], number][]) : [])) : [];
const steps = (m: Model) => stepSlots(m).map(([list, i]) => list[i]).filter((s): s is Step => isMap(s));

/** A step of the plan (of `kind`, added when there is none); `fresh`: a new one, after all the others. */
function someStep(g: G, m: Model, kind?: string, fresh = false): Step {
  const own = steps(m).filter((s) => !kind || s.kind === kind);
  if (own.length && !fresh) return pick(g, ...own);
  if (!isMap(m.phases)) m.phases = {};
  const phases = m.phases as Record<string, unknown>;
  const p = fresh ? 'optimize' : pick(g, ...PHASES);
  if (!Array.isArray(phases[p])) phases[p] = [];
  let s = validStep(g, `added${steps(m).length}-${int(g, 0, 999)}`);
  while (kind && s.kind !== kind) s = validStep(g, s.id);
  (phases[p] as Step[]).push(s);
  return s;
}

const knownFields = (kind: unknown): string[] => {
  const def = typeof kind === 'string' ? kindDef(kind) : undefined;
  const own = def ? fieldsOf(def.params) : [];
  return [...STEP_BASE_KEYS, ...(Array.isArray(own) ? own : [])];
};

/** A field name none of `known` (odd ones often: what every object has, control characters, YAML indicators). */
function unknownKey(g: G, known: string[]): string {
  for (;;) {
    const key = weighted(
      g,
      [3, () => pick(g, '__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'timout', 'nmae', 'phase', 'x\ny', 'tab\there', 'bell\u0007', 'esc\u001b[31m', 'é', '😀', ' ', 'a: b', '- x', '#x', '&a', '*a', '!x', '%x', '@x', '`x', '"q"', "'q'", '{', '[', ',', '<<', '~', 'null', 'true', '1', '')],
      [2, () => g(fc.string, { minLength: 1, maxLength: 16, unit: pick(g, 'grapheme-ascii', 'binary') })],
    )();
    if (!known.includes(key)) return key;
  }
}

/** A reference body that no form allows (`env:NAME`, `secret:NAME[#key]`, `steps.<id>.<field>`). */
const refBody = (g: G) =>
  weighted<() => string>(
    g,
    [3, () => pick(g, '', ' ', 'env', 'env:', 'env:1X', 'env:A B', 'env:A-B', 'ENV:A', 'secret:', 'secret:a b', 'secret:a#', 'steps.', 'steps.a', 'steps.A.b', 'steps.a..b', 'steps.a.b c', 'x', '$', '{', '${')],
    [1, () => `!${g(fc.string, { maxLength: 12, unit: 'grapheme-ascii' }).replace(/}/g, '')}`],
  )();

/** Every string in the model, as [holder, key]. */
function stringSlots(v: unknown, out: [Record<string, unknown>, string][] = []): [Record<string, unknown>, string][] {
  if (Array.isArray(v) || isMap(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (typeof x === 'string') out.push([v as Record<string, unknown>, k]);
      else stringSlots(x, out);
    }
  }
  return out;
}

type Defect = (m: Model, g: G) => RegExp;

const DEFECTS: Record<string, Defect> = {
  wrongType(m, g) {
    const spot = pick(g, 'name', 'environment', 'phase', 'step', 'id', 'kind', 'timeout', 'retry', 'onFailure', 'defaults', 'targets', 'target', 'targetKind', 'commit');
    if (spot === 'name') return (m.name = anyOf(g, 42, true, [], ['x'], { a: 1 }, '', 'Shop Floor', null)), /name/;
    if (spot === 'environment') return (m.environment = anyOf(g, 42, false, [], { a: 1 }, '', 'prod env', null)), /environment/;
    if (spot === 'phase') {
      if (!isMap(m.phases)) m.phases = {};
      const p = pick(g, ...PHASES);
      (m.phases as Record<string, unknown>)[p] = anyOf(g, 42, 'x', true, { id: 'a' });
      return new RegExp(`phases\\.${p}: expected a list`);
    }
    if (spot === 'step') {
      someStep(g, m);
      const [list, i] = pick(g, ...stepSlots(m));
      list[i] = anyOf(g, 42, 'just-a-name', true, null, [], ['a']) as never;
      return /expected a map with id, kind/;
    }
    const s = someStep(g, m);
    if (spot === 'id') return (s.id = anyOf(g, 42, true, [], {}, '', 'Bad Id', null, '-lead') as never), /id/;
    if (spot === 'kind') return (s.kind = anyOf(g, 42, true, [], {}, null) as never), /kind/;
    if (spot === 'timeout') return (s.timeout = anyOf(g, 30, 'soon', true, [], '10', '0s', '-1m')), /timeout/;
    if (spot === 'retry') return (s.retry = anyOf(g, 'twice', 5, [], { maximumAttempts: 0 }, { maximumAttempts: 2.5 }, { initialInterval: 'x' }, { backoffCoefficient: 0.5 })), /retry/;
    if (spot === 'onFailure') return (s.onFailure = anyOf(g, 'stop', 1, true, 'Rollback')), /onFailure/;
    if (spot === 'defaults') return (m.defaults = anyOf(g, 5, 'x', [], { timeout: 'x' }, { onFailure: 'never' }, { heartbeatTimeout: 5 }, { undoRetry: { maximumAttempts: -1 } })), /defaults/;
    if (spot === 'targets') return (m.targets = anyOf(g, 5, 'db', ['db'])), /targets/;
    if (!isMap(m.targets)) m.targets = { db: { kind: 'mysql', url: 'x' } };
    const targets = m.targets as Record<string, Record<string, unknown>>;
    if (spot === 'target') return (targets.db = anyOf(g, 'mysql://x', 5, { kind: 'mysql' }, { url: 'x' }, { kind: 'mysql', url: '' }, []) as never), /targets/;
    if (spot === 'targetKind') return (targets.db = { kind: anyOf(g, 'oracle', 5, '', 'MySQL'), url: 'x' }), /targets\.db\.kind/;
    return (m.commit = anyOf(g, 5, true, 'settle', 'after', '', 'after a b')), /commit/;
  },
  unknownField(m, g) {
    const where = pick(g, 'top', 'defaults', 'retry', 'step', 'target');
    if (where === 'top') put(m as never, unknownKey(g, ['name', 'environment', 'targets', 'defaults', 'phases', 'commit']), anyOf(g, 1, 'x', [], {}));
    else if (where === 'defaults' || where === 'retry') {
      if (!isMap(m.defaults)) m.defaults = {};
      const d = m.defaults as Record<string, unknown>;
      if (where === 'defaults') put(d, unknownKey(g, ['retry', 'timeout', 'heartbeatTimeout', 'onFailure', 'undoRetry']), 1);
      else put((d.retry = isMap(d.retry) ? d.retry : {}) as never, unknownKey(g, ['maximumAttempts', 'initialInterval', 'backoffCoefficient', 'maximumInterval']), 1);
    } else if (where === 'step') {
      const s = someStep(g, m);
      put(s, unknownKey(g, knownFields(s.kind)), anyOf(g, 1, 'x', null));
    } else {
      if (!isMap(m.targets)) m.targets = {};
      put(((m.targets as Record<string, unknown>).db = { kind: 'mysql', url: 'x' }) as never, unknownKey(g, ['kind', 'url']), 'x');
    }
    return /unknown field/;
  },
  unknownKind(m, g) {
    const s = someStep(g, m);
    for (;;) {
      s.kind = weighted(
        g,
        [2, () => pick(g, 'wiat', 'mysql.migrat', 'MySQL.migrate', 'toString', '__proto__', 'constructor', ' wait', 'wait ', 'http.check.x', '.', 'x'.repeat(300))],
        [1, () => g(fc.string, { minLength: 1, maxLength: 20, unit: pick(g, 'grapheme-ascii', 'binary') })],
      )();
      if (!kindNames().includes(s.kind)) return /unknown kind/;
    }
  },
  badRef(m, g) {
    const [holder, key] = pick(g, ...stringSlots(m));
    const value = holder[key] as string;
    const at = int(g, 0, value.length);
    holder[key] = `${value.slice(0, at)}\${${refBody(g)}}${value.slice(at)}`;
    return /malformed reference/;
  },
  badStepRef(m, g) {
    const s = someStep(g, m, 'http.check', true);
    const way = pick(g, 'unknown', 'self', 'later', 'field', 'outside');
    if (way === 'unknown') return (s.url = '${steps.zz-nope.url}'), /no step zz-nope/;
    if (way === 'self') return (s.url = `\${steps.${s.id}.status}`), /runs as this step/;
    if (way === 'later') return (s.url = `\${steps.${someStep(g, m, 'wait', true).id}.waited}`), /runs after this step/;
    if (way === 'field') {
      const w = steps(m).find((x) => x.kind === 'wait' && steps(m).indexOf(x) < steps(m).indexOf(s));
      if (w) return (s.url = `\${steps.${w.id}.nope}`), /has no output nope/;
      return (s.url = '${steps.zz-nope.url}'), /no step zz-nope/;
    }
    return (m.environment = `\${steps.${s.id}.url}`), /step outputs can be used in step fields and target URLs only/;
  },
  undeclaredTarget(m, g) {
    const s = someStep(g, m, 'mysql.migrate');
    const site = isMap(m.targets) && isMap((m.targets as Record<string, unknown>).site);
    s.target = pick(g, 'nope', 'dbb', 'toString', '__proto__', 'constructor', 'valueOf', 'hasOwnProperty', ...(site ? ['site'] : []));
    return s.target === 'site' ? /site is a http target/ : /is not declared under targets/;
  },
  duplicateId(m, g) {
    const a = someStep(g, m);
    const b = someStep(g, m, undefined, true);
    if (typeof a.id !== 'string') a.id = 'twice';
    b.id = a.id;
    return /duplicate step id/;
  },
  badDuration(m, g) {
    someStep(g, m, 'wait').duration = anyOf(g, '5 minutes', '0s', '-1s', '1y', '', '10', '1e3s', ' 1s', '1.s', 'PT5M', '1h30m', 5);
    return /duration/;
  },
  gateAfterCommit(m, g) {
    if (bool(g)) {
      const gate = someStep(g, m, 'approval');
      if (typeof gate.id !== 'string' || steps(m).filter((s) => s.id === gate.id).length > 1) gate.id = 'the-gate';
      m.commit = `after ${gate.id}`;
      return /a gate cannot be the commit point/;
    }
    const w = someStep(g, m, 'wait');
    if (typeof w.id !== 'string' || steps(m).filter((s) => s.id === w.id).length > 1) w.id = 'the-wait';
    m.commit = `after ${w.id}`;
    someStep(g, m, 'approval', true);
    return /a gate must come before the commit point/;
  },
  badCommit(m, g) {
    const way = pick(g, 'unknown', 'phase', 'form', 'wrongPhase');
    if (way === 'unknown') return (m.commit = 'after zz-nope'), /commit point: no step zz-nope/;
    if (way === 'phase') return (m.commit = 'after optimise.zz'), /optimise is not a phase/;
    if (way === 'form') return (m.commit = pick(g, 'before zz', 'after', 'after a b', 'zz')), /commit: expected 'after/;
    const s = someStep(g, m);
    const phase = PHASES.find((p) => isMap(m.phases) && Array.isArray((m.phases as Record<string, unknown>)[p]) && ((m.phases as Record<string, Step[]>)[p]).includes(s))!;
    if (typeof s.id !== 'string' || steps(m).filter((x) => x.id === s.id).length > 1) s.id = 'the-step';
    m.commit = `after ${PHASES.find((p) => p !== phase)}.${s.id}`;
    return /commit point: step .* is in \w+, not \w+/;
  },
  missing(m, g) {
    const what = pick(g, 'name', 'environment', 'id', 'kind', 'duration', 'dir', 'require', 'url');
    if (what === 'name' || what === 'environment') return delete m[what], new RegExp(`missing ${what}`);
    if (what === 'id' || what === 'kind') return delete (someStep(g, m) as Record<string, unknown>)[what], new RegExp(`missing ${what}`);
    if (what === 'url') return (m.targets = { db: { kind: 'mysql' } }), /missing targets\.db\.url/;
    const kind = { duration: 'wait', dir: 'mysql.migrate', require: 'preflight.env' }[what];
    delete someStep(g, m, kind)[what];
    return new RegExp(`missing ${what}`);
  },
};

/** Defects after which nothing else can be put in: the plan's shape is gone. */
const LAST_DEFECTS: Record<string, (m: Model, g: G) => [unknown, RegExp]> = {
  noSteps: (m, g) => [{ ...m, phases: pick(g, {}, { prepare: [] }, { prepare: null, optimize: [] }, undefined) }, /the plan has no steps/],
  phasesNotAMap: (m, g) => [{ ...m, phases: anyOf(g, 42, 'all', true, [], ['prepare']) }, /phases: expected a map/],
  notAMap: (m, g) => [anyOf(g, [m], 'plan', 42, true, [1, 2]), /expected a map, got/],
};

export function semanticCase(g: G): Case {
  const m = validPlan(g);
  const count = weighted(g, [6, 1], [2, 2], [1, 3]);
  const names: string[] = [];
  let value: unknown = m;
  let expect: RegExp | undefined;
  for (let i = 0; i < count; i++) {
    if (i === count - 1 && int(g, 0, 5) === 0) {
      const name = pick(g, ...Object.keys(LAST_DEFECTS));
      names.push(name);
      [value, expect] = LAST_DEFECTS[name](m, g);
    } else {
      const name = pick(g, ...Object.keys(DEFECTS));
      names.push(name);
      expect = DEFECTS[name](m, g);
    }
  }
  const text = serialize(g, value);
  const noise = pick(g, 'none', 'crlf', 'bom', 'crlf+bom');
  const noisy = `${noise.includes('bom') ? '\uFEFF' : ''}${noise.includes('crlf') ? text.replace(/\n/g, '\r\n') : text}`;
  return { category: `semantic ${names.join('+')}`, text: noisy, expect: count === 1 ? expect : undefined, sameAs: noise === 'none' ? undefined : text };
}

// YAML syntax errors, made in the text of a plan written in block style.

export function syntaxCase(g: G): Case {
  const text = stringify(validPlan(g), { collectionStyle: 'block', lineWidth: 0, indent: pick(g, 2, 4), defaultStringType: pick(g, 'PLAIN', 'QUOTE_DOUBLE'), defaultKeyType: 'PLAIN' });
  const lines = text.split('\n');
  const top = lines.map((l, i) => (/^[A-Za-z]/.test(l) ? i : -1)).filter((i) => i >= 0);
  /** The text with `line` inserted before a top-level key (or at the end). */
  const insert = (line: string) => {
    const at = pick(g, ...top, lines.length - 1);
    return [...lines.slice(0, at), line, ...lines.slice(at)].join('\n');
  };
  const kind = pick(g, 'unclosedQuote', 'unclosedFlow', 'tab', 'dupKey', 'secondDoc', 'reserved', 'badEscape', 'unknownAlias', 'badIndent', 'controlKey', 'rawControl');
  const c = (t: string, expect?: RegExp): Case => ({ category: `syntax ${kind}`, text: t, expect });
  if (kind === 'unclosedQuote') return c(`${text}zz: ${pick(g, '"', "'")}never closed\n`, /Missing closing/);
  if (kind === 'unclosedFlow') return c(`${text}zz: ${pick(g, '[1, 2', '{a: 1', '[{a: 1}', '{a: [1}')}\n`);
  if (kind === 'tab') {
    const indented = lines.map((l, i) => (/^ +\S/.test(l) ? i : -1)).filter((i) => i >= 0);
    const i = pick(g, ...indented);
    const out = [...lines];
    out[i] = bool(g) ? out[i].replace(/^ +/, '\t') : `\t${out[i]}`;
    return c(out.join('\n'), /Tabs are not allowed as indentation/);
  }
  if (kind === 'dupKey') {
    const i = pick(g, ...top);
    return c([...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)].join('\n'), /Map keys must be unique/);
  }
  if (kind === 'secondDoc') return c(`${text}---\n${pick(g, 'name: again\n', '', '[]\n')}`, /a plan is one YAML document/);
  if (kind === 'reserved') return c(insert(pick(g, '@x: 1', '`x: 1', '@', '`')), /reserved character/);
  if (kind === 'badEscape') return c(`${text}zz: "${pick(g, '\\q', '\\x4', '\\uZZZZ', '\\U1')}"\n`, /Invalid escape sequence/);
  if (kind === 'unknownAlias') return c(insert('zz: *nope'), /unknown alias \*nope/);
  if (kind === 'badIndent') {
    const scalars = top.filter((i) => /^\w+: \S/.test(lines[i]));
    const i = pick(g, ...scalars);
    return c([...lines.slice(0, i + 1), '  sub: 1', ...lines.slice(i + 1)].join('\n'));
  }
  if (kind === 'controlKey') {
    const key = `zz${pick(g, '\n', '\r', '\u0007', '\u001b[2J', '\u0000', '\u2028', '\u0085', '\u007f', '\t')}${pick(g, '', 'fake.yaml:1:1: ok')}`;
    return c(insert(`${JSON.stringify(key)}: 1`), /unknown field zz/);
  }
  return c(insert(`zz${pick(g, '\u0000', '\u0007', '\r', '\u001b', '\u00a0', '\ufeff', '\ufffe')}: 1`));
}
