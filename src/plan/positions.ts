// Where in the YAML file a problem lies: paths of the parsed document (and zod issues about
// them) become `file:line:col` issues; values that came from `--set` are blamed on the `--set`.
import { isMap, isNode, isScalar, type Document, type LineCounter, type Node } from 'yaml';
import type { z } from 'zod';
import { unplaced, type PlanIssue } from './errors';
import { overrideOf } from './overrides';
import { fieldsOf, MISSING, schemaAt } from './schema';
import { closest } from './suggest';

export type DocPath = (string | number)[];

type Place = Omit<PlanIssue, 'message'>;

export class Reporter {
  readonly issues: PlanIssue[] = [];

  constructor(
    private readonly doc: Document,
    private readonly lc: LineCounter,
    private readonly file: string,
    /** The YAML text, to point inside a scalar (at a reference, say). */
    private readonly text = '',
  ) {}

  /** The place of the first node in `nodes` that has one (nearest first); else the file's start. */
  private placeOf(nodes: unknown[]): Place {
    for (const n of nodes) {
      const set = overrideOf(n);
      if (set) return unplaced(`--set ${set}`, '');
      if (isNode(n) && n.range) return { file: this.file, ...this.lc.linePos(n.range[0]) };
    }
    return { file: this.file, line: 1, col: 1 };
  }

  /** The node at `path` and its ancestors, nearest first. */
  private nodesOf(path: DocPath): unknown[] {
    const nodes: unknown[] = [];
    for (let len = path.length; len > 0; len--) nodes.push(this.doc.getIn(path.slice(0, len), true));
    return [...nodes, this.doc.contents];
  }

  /** Where the value at `path` (or its nearest existing ancestor) is written. */
  placeAt(path: DocPath): Place {
    return this.placeOf(this.nodesOf(path));
  }

  at(path: DocPath, message: string): void {
    this.issues.push({ ...this.placeAt(path), message });
  }

  /** At a key of the map at `path` (an unknown field is pointed at where it is written). */
  atKey(path: DocPath, key: string, message: string): void {
    const map = path.length ? this.doc.getIn(path, true) : this.doc.contents;
    const pair = isMap(map) ? map.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key) : undefined;
    const own = pair ? [overrideOf(pair.value) ? pair.value : undefined, pair.key] : [];
    this.issues.push({ ...this.placeOf([...own, ...this.nodesOf(path)]), message });
  }

  /**
   * At a node met while walking the document, with its ancestors (nearest last) as fallback;
   * at `needle` inside it when the node's source text holds it literally.
   */
  atNode(node: Node, ancestors: readonly unknown[], message: string, needle?: string): void {
    const inside = needle && node.range && !overrideOf(node) ? this.text.slice(node.range[0], node.range[1]).indexOf(needle) : -1;
    const place = inside >= 0 ? { file: this.file, ...this.lc.linePos(node.range![0] + inside) } : this.placeOf([node, ...[...ancestors].reverse()]);
    this.issues.push({ ...place, message });
  }

  /** At `needle` inside the string at `path` (a reference), else at the value. */
  atText(path: DocPath, needle: string, message: string): void {
    const node = this.doc.getIn(path, true);
    if (isScalar(node)) this.atNode(node, this.nodesOf(path).slice(1).reverse(), message, needle);
    else this.at(path, message);
  }

  /**
   * A zod error about the value at `base`; `label` names the step; `schema` (and `rootKeys`,
   * for fields that live in another schema) let an unknown field suggest the one meant.
   */
  zod(error: z.ZodError, base: DocPath, label: string, schema: z.ZodType, rootKeys: string[] = []): void {
    for (const i of error.issues) {
      const rel = i.path as DocPath;
      const where = rel.join('.');
      const path = [...base, ...rel];
      if (i.code === 'unrecognized_keys') {
        const fields = fieldsOf(schemaAt(schema, rel));
        const known = [...(Array.isArray(fields) ? fields : []), ...(rel.length ? [] : rootKeys)];
        for (const key of i.keys) {
          const guess = closest(key, known);
          this.atKey(path, key, `${label}${where ? `${where}: ` : ''}unknown field ${key}${guess ? ` (did you mean ${guess}?)` : ''}`);
        }
      } else if (i.message === MISSING) {
        this.at(path, `${label}missing ${where || 'value'}`);
      } else {
        this.at(path, `${label}${where ? `${where}: ` : ''}${i.message}`);
      }
    }
  }
}
