// `--set key=value` overrides, applied to the YAML document before validation, so the usual
// checks apply to the result; a problem in a value set this way is blamed on its `--set`.
import { isCollection, isMap, isNode, isScalar, isSeq, parseDocument, visit, type Document, type Node, type YAMLMap } from 'yaml';
import type { z } from 'zod';
import { kindDef } from '../registry';
import { unplaced, type PlanIssue } from './errors';
import { fieldsOf, planSchema, schemaAt, STEP_BASE_KEYS, stepBaseSchema } from './schema';
import { closest } from './suggest';
import { PHASES } from './types';

const origin = new WeakMap<object, string>();

/** The `--set` that put this node into the document, if one did. */
export const overrideOf = (node: unknown): string | undefined => (node && typeof node === 'object' ? origin.get(node) : undefined);

/** A value as YAML would read it (`3` is a number, `{a: 1}` a map), but text stays text. */
export function parseValue(raw: string): unknown {
  const text = raw.trim();
  if (text === '' || (/\s#/.test(text) && !/^['"]/.test(text))) return raw; // `#` would start a comment
  const doc = parseDocument(text);
  if (doc.errors.length) return raw;
  if (isScalar(doc.contents)) return doc.contents.value;
  if (isCollection(doc.contents) && doc.contents.flow) return hasAlias(doc) ? raw : doc.toJS();
  return raw; // `a: b` or `- x` written without brackets: meant as text
}

/** An alias in a `--set` value is left as text: it can name nothing, or expand without bound. */
function hasAlias(doc: Document): boolean {
  let found = false;
  visit(doc, { Alias: () => ((found = true), visit.BREAK) });
  return found;
}

/** The map node of the step with this id, if any. */
function stepNode(doc: Document, id: string): YAMLMap | undefined {
  for (const phase of PHASES) {
    const seq = doc.getIn(['phases', phase], true);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) {
      if (!isMap(item)) continue;
      if (item.get('id') === id) return item as YAMLMap;
      // The steps of a parallel group.
      const group = item.getIn(['parallel', 'steps'], true);
      if (isSeq(group)) for (const step of group.items) if (isMap(step) && step.get('id') === id) return step as YAMLMap;
    }
  }
  return undefined;
}

/** Why `path` cannot be set in a value of `schema` (plus `rootKeys` at the top), or undefined. */
function badKey(schema: z.ZodType | undefined, path: string[], rootKeys: string[] = []): string | undefined {
  for (let i = 0; i < path.length; i++) {
    const fields = fieldsOf(schemaAt(schema, path.slice(0, i)));
    if (fields === 'any') continue;
    const known = [...(fields ?? []), ...(i === 0 ? rootKeys : [])];
    if (known.length === 0) return `${path.slice(0, i).join('.')} has no fields`;
    if (!known.includes(path[i])) {
      const guess = closest(path[i], known);
      return `unknown field ${path.slice(0, i + 1).join('.')}${guess ? ` (did you mean ${guess}?)` : `; expected one of ${known.join(', ')}`}`;
    }
  }
  return undefined;
}

/** Marks the value set and any map created on the way to it as coming from `set`. */
function mark(root: unknown, path: string[], set: string): void {
  let node = root;
  for (const key of path) {
    node = isMap(node) ? node.get(key, true) : undefined;
    if (isNode(node) && !node.range) origin.set(node, set);
  }
}

/** Applies the overrides; returns problems with them (the document keeps the good ones). */
export function applyOverrides(doc: Document, sets: readonly string[]): PlanIssue[] {
  const issues: PlanIssue[] = [];
  for (const set of sets) {
    const fail = (message: string) => issues.push(unplaced(`--set ${set}`, message));
    const eq = set.indexOf('=');
    if (eq <= 0) {
      fail('expected key=value, e.g. environment=production or steps.<step id>.<field>=<value>');
      continue;
    }
    const key = set.slice(0, eq).trim().split('.');
    const value = doc.createNode(parseValue(set.slice(eq + 1))) as Node;
    origin.set(value, set);
    if (key.some((k) => k === '')) {
      fail('empty segment in the key');
    } else if (key[0] === 'steps') {
      const [, id, ...field] = key;
      const step = id ? stepNode(doc, id) : undefined;
      const kind = kindDef(String(step?.get('kind')));
      if (field.length === 0) fail('expected steps.<step id>.<field>');
      else if (!step) fail(`no step with id ${id}`);
      else if (field[0] === 'id') fail('a step id cannot be overridden');
      else {
        // A field of the step itself, or one of its kind's (any field when the kind is unknown: that is reported anyway).
        const own = STEP_BASE_KEYS.includes(field[0]);
        const why = own ? badKey(stepBaseSchema, field, []) : kind ? badKey(kind.params, field, STEP_BASE_KEYS) : undefined;
        if (why) fail(`step ${id}: ${why}`);
        else {
          step.setIn(field, value);
          mark(step, field, set);
        }
      }
    } else if (key[0] === 'phases') {
      fail('set step fields with steps.<step id>.<field>');
    } else {
      const why = badKey(planSchema, key);
      if (why) fail(why);
      else if (!isMap(doc.contents)) fail('the plan is not a map of fields');
      else {
        doc.setIn(key, value);
        mark(doc.contents, key, set);
      }
    }
  }
  return issues;
}
