// Hostile files for the fuzz test: huge, deeply nested, alias bombs, many problems, long values,
// bytes that are not UTF-8, whole files that are not a plan, random text; and random edits of a
// valid plan (which may or may not stay valid).
import fc from 'fast-check';
import { semanticCase, syntaxCase } from './plan-fuzz-defects';
import { bool, int, pick, serialize, validPlan, weighted, type Case, type G } from './plan-fuzz-plans';

// Size and structure: many steps, deep nesting, aliases, many problems, long values.

const HEAD = 'name: x\nenvironment: y\nphases: { prepare: [{ id: a, kind: wait, duration: 1s }] }\n';

export function structureCase(g: G): Case {
  const big = int(g, 0, 9) === 0;
  const kind = pick(g, 'manySteps', 'deep', 'deepFine', 'bomb', 'fanIn', 'cycle', 'aliasChain', 'unknownKeys', 'dupKeys', 'syntaxErrors', 'longValue', 'unclosedRefs', 'stepRefs', 'tooLarge', 'manyDocs');
  const c = (text: string, expect?: RegExp, expectAt?: string): Case => ({ category: `structure ${kind}${big ? ' (big)' : ''}`, text, expect, expectAt });
  if (kind === 'manySteps') {
    const n = int(g, 100, big ? 4000 : 1500);
    const defect = pick(g, 'kind', 'id', 'duration');
    const bad = int(g, defect === 'id' ? 1 : 0, n - 1); // a second s0, not the first
    const lines = Array.from({ length: n }, (_, i) => {
      if (i !== bad) return `    - { id: s${i}, kind: wait, duration: 1s }`;
      return defect === 'kind' ? `    - { id: s${i}, kind: wiat, duration: 1s }` : defect === 'id' ? `    - { id: s0, kind: wait, duration: 1s }` : `    - { id: s${i}, kind: wait, duration: 1 s }`;
    });
    const expect = defect === 'kind' ? /unknown kind wiat/ : defect === 'id' ? /duplicate step id s0/ : /duration/;
    return c(`name: many\nenvironment: load\nphases:\n  prepare:\n${lines.join('\n')}\n`, expect);
  }
  if (kind === 'deep' || kind === 'deepFine') {
    const form = kind === 'deepFine' ? pick(g, '[', '{a: ') : pick(g, '[', '{a: ', '- ', '? ', 'indent', 'mixed');
    const depth = kind === 'deepFine' ? int(g, 1, 98) : form === 'indent' ? int(g, 101, 600) : big ? int(g, 3000, 60_000) : int(g, 101, 3000);
    if (form === 'indent') {
      const text = `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}a:`).join('\n')}\n${' '.repeat(depth)}1\n`;
      return c(text, undefined, '101:101: nested more than 100 levels deep');
    }
    if (form === '- ' || form === '? ') return c(`${form.repeat(depth)}x\n`, undefined, '1:201: nested more than 100 levels deep');
    const bits = int(g, 0, 2 ** 30); // which opener where, for the mixed form
    const openers = Array.from({ length: depth }, (_, i) => (form !== 'mixed' ? form : (bits >> i % 30) & 1 ? '[' : '{a: '));
    const body = `${openers.join('')}1${openers.map((o) => (o === '[' ? ']' : '}')).reverse().join('')}`;
    if (kind === 'deepFine') return c(`${HEAD}x: ${body}\n`, undefined, '4:1: unknown field x');
    const col = 1 + openers.slice(0, 100).reduce((n, o) => n + o.length, 0);
    return c(`${body}\n`, undefined, `1:${col}: nested more than 100 levels deep`);
  }
  if (kind === 'bomb') {
    const width = int(g, 2, 12);
    const levels = int(g, 2, 12);
    const anchors = [`a0: &a0 [${Array(width).fill('"lol"').join(', ')}]`];
    for (let i = 1; i < levels; i++) anchors.push(`a${i}: &a${i} [${Array(width).fill(`*a${i - 1}`).join(', ')}]`);
    // What the walk meets first: too many aliases, or too many values added.
    let expect = /unknown field zz/;
    let aliases = 0;
    let added = 0;
    walk: for (let i = 1, size = 1 + width; i < levels; i++, size = 1 + width * size) {
      for (let k = 0; k < width; k++) {
        aliases++;
        added += size;
        if (aliases > 1000) expect = /more than 1000 aliases/;
        else if (added > 20_000) expect = /aliases expand the plan by more than 20000 values/;
        else continue;
        break walk;
      }
    }
    // At the top, or inside a step's free-form field, where every check walks what the aliases expand to.
    if (bool(g)) return c(`${HEAD}zz: 1\n${anchors.join('\n')}\n`, expect);
    return c(`name: x\nenvironment: y\nzz: 1\nphases:\n  prepare:\n    - { id: a, kind: http.check, url: "https://x.example", expectJson: { ${anchors.join(', ')} } }\n`, expect);
  }
  if (kind === 'fanIn') {
    const n = int(g, 500, 3000);
    // The anchored value and how many values each alias adds (a map's keys count).
    const [value, size] = pick<[string, number]>(g, ['1', 1], ['{ a: 1, b: [1, 2] }', 7], ['[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]', 25]);
    // The count of aliases is checked before what they add.
    const overValues = Math.floor(20_000 / size) + 1;
    const expect = n >= overValues && overValues <= 1000 ? /aliases expand the plan/ : n > 1000 ? /more than 1000 aliases/ : /unknown field shared/;
    return c(`${HEAD}shared: &s ${value}\nuses: [${Array(n).fill('*s').join(', ')}]\n`, expect);
  }
  if (kind === 'cycle') return c(`${HEAD}${pick(g, 'x: &a [1, *a]', 'x: &a {b: *a}', 'x: &a [[[*a]]]', 'x: &a\n  b:\n    c: *a', 'x: &a { b: [1, { c: *a }] }')}\n`, /is inside the value it names/);
  if (kind === 'aliasChain') {
    const n = int(g, 60, 160);
    const lines = Array.from({ length: n }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]`);
    return c(`${HEAD}a0: &a0 [1]\n${lines.join('\n')}\n`, n >= 99 ? /nests the plan more than 100 levels deep/ : /unknown field a0/);
  }
  if (kind === 'unknownKeys') {
    const n = int(g, 50, big ? 15_000 : 3000);
    const keys = Array.from({ length: n }, (_, i) => `k${i}: ${i}`);
    const text = bool(g) ? `${HEAD}${keys.join('\n')}\n` : `name: x\nenvironment: y\nphases:\n  prepare:\n    - { id: a, kind: wait, duration: 1s, ${keys.join(', ')} }\n`;
    return c(text, n > 100 ? /more problems not listed/ : /unknown field k0/);
  }
  if (kind === 'dupKeys') {
    const n = int(g, 100, big ? 15_000 : 3000);
    return c(`${HEAD}x:\n${Array.from({ length: n }, (_, i) => `  k${i % int(g, 1, 50)}: ${i}`).join('\n')}\n`, /Map keys must be unique/);
  }
  if (kind === 'syntaxErrors') {
    const n = int(g, 100, big ? 30_000 : 5000);
    const unit = pick(g, ',', ']', '}', ' :', '\n- ? ', '\n"', '\n  x', '\n@');
    return c(`x: [${unit.repeat(n)}\n`, undefined);
  }
  if (kind === 'longValue') {
    const long = 'w'.repeat(int(g, 1000, big ? 300_000 : 20_000));
    const where = pick(g, 'kind', 'name', 'key', 'flowKey', 'ref');
    if (where === 'kind') return c(`name: x\nenvironment: y\nphases:\n  prepare:\n    - { id: a, kind: ${long} }\n`, /unknown kind w/);
    if (where === 'name') return c(`name: ${long}W\nenvironment: y\nphases:\n  prepare:\n    - { id: a, kind: wait, duration: 1s }\n`, /name: a plan name is/);
    if (where === 'key') return c(`${HEAD}${long}: 1\n`, long.length > 1024 ? /must be at most 1024 chars/ : /unknown field/);
    if (where === 'flowKey') return c(`${HEAD}x: { ${long}: 1 }\n`);
    return c(`${HEAD}x: "${long}\${oops}${long}"\n`, /malformed reference \$\{oops\}/);
  }
  if (kind === 'unclosedRefs') {
    const n = int(g, 1000, big ? 100_000 : 10_000);
    return c(`${HEAD}x: "\${oops} ${pick(g, '${', '${x', '$${').repeat(n)}"\n`, /malformed reference \$\{oops\}/);
  }
  if (kind === 'stepRefs') {
    const n = int(g, 100, big ? 20_000 : 2000);
    return c(`${HEAD}x:\n${Array.from({ length: n }, (_, i) => `  - "\${steps.a.waited} ${i}"`).join('\n')}\n`, /step outputs can be used in step fields and target URLs only/);
  }
  if (kind === 'tooLarge') {
    const pad = int(g, 1024 * 1024 + 1, 1024 * 1024 + 300_000);
    return c(`${HEAD}${'#'.repeat(pad)}\n`, undefined, '1:1: the plan is larger than 1 MiB');
  }
  return c(`${HEAD}${'---\n'.repeat(int(g, 1, big ? 30_000 : 3000))}`, /a plan is one YAML document/);
}

// Bytes: not UTF-8, UTF-16, random.

const INVALID_UTF8 = [[0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf0, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xfe], [0xff], [0xe2, 0x82], [0xe9], [0xc3]];

export function bytesCase(g: G): Case {
  const kind = pick(g, 'invalidUtf8', 'invalidUtf8', 'utf16', 'random');
  const c = (bytes: Buffer, expectAt?: string, expect?: RegExp): Case => ({ category: `bytes ${kind}`, bytes, expectAt, expect });
  if (kind === 'random') return c(Buffer.from(g(fc.uint8Array, { maxLength: 3000 })));
  // Non-ASCII text before the bad byte sometimes: columns count characters, not bytes.
  const withAccent = `${bool(g) ? '# déjà vu — 😀\n' : ''}${serialize(g, validPlan(g))}`;
  if (kind === 'utf16') {
    const le = Buffer.from(`\uFEFF${withAccent}`, 'utf16le');
    return c(bool(g) ? le : le.swap16(), '1:1: the plan is UTF-16 text: save it as UTF-8');
  }
  const at = int(g, 0, withAccent.length);
  const before = withAccent.slice(0, at);
  // Not inside a surrogate pair: the cut must be a character boundary.
  const cut = /[\uD800-\uDBFF]$/.test(before) ? before.slice(0, -1) : before;
  const bad = pick(g, ...INVALID_UTF8);
  const bytes = Buffer.concat([Buffer.from(cut), Buffer.from(bad), Buffer.from(withAccent.slice(cut.length))]);
  const line = cut.split('\n').length;
  const col = cut.length - (cut.lastIndexOf('\n') + 1) + 1;
  return c(bytes, `${line}:${col}: not UTF-8 text (byte 0x${bad[0].toString(16).toUpperCase()}): save the plan as UTF-8`);
}

// Whole files that are not a plan at all.

const SHAPES = ['', ' ', '\n\n\n', '#', '# only a comment\n', '---', '---\n...\n', '...', '--- |\n  text\n', '[]', '{}', '- a\n- b\n', '42', '-1.5e3', 'true', 'null', '~', '"str"', 'a', '!!binary aGk=', '&a x', '*a', '? x', ': x', '- - -', '[[[]]]', '{a: {b: {c: {}}}}', '!!set {a, b}', '!!omap [a: 1]', '%YAML 1.1\n---\nyes', '%TAG ! tag:x,2000:\n---\n!y 1', '\uFEFF', '\uFEFF\uFEFF', '\t', '\r\n', '\r', '\0'];

export const shapeCase = (g: G): Case => ({ category: 'shape', text: pick(g, ...SHAPES) });

/** Text from YAML's punctuation, whitespace and a few words. */
export function garbageCase(g: G): Case {
  const unit = pick(g, 'yaml', 'grapheme-ascii', 'binary');
  const yamlUnit = fc.constantFrom(...'{}[]:,-?&*!|>\'"%@`# \n\t\r\\'.split(''), 'a', 'Z', '9', 'name', 'phases', 'kind', ': ', '- ', '\u00e9', '\uFEFF', '${', '}', '<<', '---', '...');
  const text = g(fc.string, { maxLength: 400, unit: unit === 'yaml' ? yamlUnit : unit });
  return { category: `garbage ${unit}`, text };
}

/** Any case: the categories by weight. */
export function hostileCase(g: G): Case {
  return weighted<(g: G) => Case>(g, [40, semanticCase], [15, syntaxCase], [15, structureCase], [10, bytesCase], [5, shapeCase], [15, garbageCase])(g);
}

/** A valid plan, edited at random: anything may come out, a plan or its problems. */
export function mutatedCase(g: G): Case {
  const lines = serialize(g, validPlan(g)).split('\n');
  const edits = int(g, 1, 8);
  let text = lines.join('\n');
  for (let i = 0; i < edits; i++) {
    const at = int(g, 0, text.length);
    const what = pick(g, 'insert', 'delete', 'replace', 'dupLine', 'dropLine', 'swapLines');
    const ch = pick(g, ...'{}[]:,-?&*!|>\'"%@`# \n\t\r\\$\u0000\uFEFF\u00e9'.split(''), '${', '- ', ': ', '  ');
    if (what === 'insert') text = text.slice(0, at) + ch + text.slice(at);
    else if (what === 'delete') text = text.slice(0, at) + text.slice(at + int(g, 1, 5));
    else if (what === 'replace') text = text.slice(0, at) + ch + text.slice(at + 1);
    else {
      const ls = text.split('\n');
      const a = int(g, 0, ls.length - 1);
      const b = int(g, 0, ls.length - 1);
      if (what === 'dupLine') ls.splice(a, 0, ls[a]);
      else if (what === 'dropLine') ls.splice(a, 1);
      else [ls[a], ls[b]] = [ls[b], ls[a]];
      text = ls.join('\n');
    }
  }
  return { category: 'mutated', text };
}
