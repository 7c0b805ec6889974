// `--set key=value` overrides, applied to the YAML document before validation, so the usual
// checks (and positions) apply to the result.
import { isMap, isSeq, parse, type Document, type YAMLMap } from 'yaml';
import { PHASES } from './types';
import type { PlanIssue } from './errors';

/** The map node of the step with this id, if any. */
function stepNode(doc: Document, id: string): YAMLMap | undefined {
  for (const phase of PHASES) {
    const seq = doc.getIn(['phases', phase], true);
    if (!isSeq(seq)) continue;
    for (const item of seq.items) if (isMap(item) && item.get('id') === id) return item as YAMLMap;
  }
  return undefined;
}

/** Applies the overrides; returns problems with them (the document keeps the good ones). */
export function applyOverrides(doc: Document, sets: string[]): PlanIssue[] {
  const issues: PlanIssue[] = [];
  for (const set of sets) {
    const eq = set.indexOf('=');
    const fail = (message: string) => issues.push({ file: `--set ${set}`, message });
    if (eq <= 0) {
      fail('expected key=value');
      continue;
    }
    const key = set.slice(0, eq).trim().split('.');
    const raw = set.slice(eq + 1);
    let value: unknown;
    try {
      value = raw === '' ? '' : parse(raw);
    } catch {
      value = raw;
    }
    if (key.some((k) => k === '')) fail('empty segment in the key');
    else if (key[0] === 'steps') {
      const node = key[1] ? stepNode(doc, key[1]) : undefined;
      if (key.length < 3) fail('expected steps.<step id>.<field>');
      else if (!node) fail(`no step with id ${key[1]}`);
      else if (key[2] === 'id') fail('a step id cannot be overridden');
      else node.setIn(key.slice(2), value);
    } else if (key[0] === 'phases') fail('set step fields with steps.<step id>.<field>');
    else doc.setIn(key, value);
  }
  return issues;
}
