// Where in the YAML file a problem lies: paths of the parsed document (and zod issues about
// them) become `file:line:col` issues; values that came from `--set` are blamed on the `--set`.
import { isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { z } from 'zod';
import { moreProblems, unplaced, type PlanIssue } from './errors';
import { LIMITS } from './limits';
import { overrideOf } from './overrides';
import { fieldsOf, MISSING, schemaAt } from './schema';
import { closest } from './suggest';

export type DocPath = (string | number)[];

/** The document path of a node met by `visit`, from its ancestors. */
export function pathOf(ancestors: readonly unknown[], node: unknown): DocPath {
  const chain = [...ancestors, node];
  const path: DocPath = [];
  chain.forEach((n, i) => {
    if (isPair(n)) path.push(isScalar(n.key) ? String(n.key.value) : String(n.key));
    else if (isSeq(n) && i + 1 < chain.length) path.push(n.items.indexOf(chain[i + 1] as never));
  });
  return path;
}

/** A path inside a step (`phases.<phase>.<n>`, or `….parallel.steps.<m>` in a group): the step's path and the rest. */
export function splitStepPath(path: DocPath): { step: DocPath; rest: DocPath } | undefined {
  if (path[0] !== 'phases' || typeof path[2] !== 'number') return undefined;
  const cut = path[3] === 'parallel' && path[4] === 'steps' && typeof path[5] === 'number' ? 6 : path[3] === 'parallel' ? -1 : 3;
  return cut < 0 ? undefined : { step: path.slice(0, cut), rest: path.slice(cut) };
}

type Place = Omit<PlanIssue, 'message'>;

export class Reporter {
  private readonly listed: PlanIssue[] = [];
  /** Problems beyond LIMITS.issues: counted, and the first of them placed. */
  private unlisted = 0;
  private firstUnlisted?: Place;
  /** Each map's pairs by key, built on first use: looking a key up is then not a scan of the map. */
  private readonly keys = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly doc: Document,
    private readonly lc: LineCounter,
    private readonly file: string,
    /** The YAML text, to point inside a scalar (at a reference, say). */
    private readonly text = '',
  ) {}

  /** The problems found, at most LIMITS.issues of them and then one that counts the rest. */
  get issues(): PlanIssue[] {
    if (!this.unlisted) return this.listed;
    return [...this.listed, { ...this.firstUnlisted!, message: moreProblems(this.unlisted, this.listed.length) }];
  }

  /** Records a problem; its place (the costly part) is only worked out while it will be listed. */
  private add(place: () => Place, message: string): void {
    if (this.listed.length < LIMITS.issues) this.listed.push({ ...place(), message });
    else if (this.unlisted++ === 0) this.firstUnlisted = place();
  }

  /** The place of the first node in `nodes` that has one (nearest first); else the file's start. */
  private placeOf(nodes: unknown[]): Place {
    for (const n of nodes) {
      const set = overrideOf(n);
      if (set) return unplaced(`--set ${set}`, '');
      if (isNode(n) && n.range) return { file: this.file, ...this.lc.linePos(n.range[0]) };
    }
    return { file: this.file, line: 1, col: 1 };
  }

  private pairOf(map: YAMLMap, key: string | number): Pair | undefined {
    let index = this.keys.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        const k = String(isScalar(p.key) ? p.key.value : p.key);
        if (!index.has(k)) index.set(k, p);
      }
      this.keys.set(map, index);
    }
    return index.get(String(key));
  }

  /** The node at `path` and its ancestors, nearest first, ending with the document's root. */
  private nodesOf(path: DocPath): unknown[] {
    const nodes: unknown[] = [this.doc.contents];
    let node: unknown = this.doc.contents;
    for (const key of path) {
      if (isMap(node)) node = this.pairOf(node, key)?.value;
      else if (isSeq(node) && typeof key === 'number') node = node.items[key];
      else node = undefined;
      nodes.push(node);
    }
    return nodes.reverse();
  }

  /** Where the value at `path` (or its nearest existing ancestor) is written. */
  placeAt(path: DocPath): Place {
    return this.placeOf(this.nodesOf(path));
  }

  at(path: DocPath, message: string): void {
    this.add(() => this.placeAt(path), message);
  }

  /** At a key of the map at `path` (an unknown field is pointed at where it is written). */
  atKey(path: DocPath, key: string, message: string): void {
    this.add(() => {
      const nodes = this.nodesOf(path);
      const pair = isMap(nodes[0]) ? this.pairOf(nodes[0], key) : undefined;
      const own = pair ? [overrideOf(pair.value) ? pair.value : undefined, pair.key] : [];
      return this.placeOf([...own, ...nodes]);
    }, message);
  }

  /**
   * At a node met while walking the document, with its ancestors (nearest last) as fallback;
   * at `needle` inside it when the node's source text holds it literally.
   */
  atNode(node: Node, ancestors: readonly unknown[], message: string, needle?: string): void {
    this.add(() => {
      const inside = needle && node.range && !overrideOf(node) ? this.text.slice(node.range[0], node.range[1]).indexOf(needle) : -1;
      return inside >= 0 ? { file: this.file, ...this.lc.linePos(node.range![0] + inside) } : this.placeOf([node, ...[...ancestors].reverse()]);
    }, message);
  }

  /** At `needle` inside the string at `path` (a reference), else at the value. */
  atText(path: DocPath, needle: string, message: string): void {
    const nodes = this.nodesOf(path);
    if (isScalar(nodes[0])) this.atNode(nodes[0], nodes.slice(1).reverse(), message, needle);
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
