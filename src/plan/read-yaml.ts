// Plan text to a YAML document, such that no text can crash validation or make it slow:
// - nesting is measured on yaml's token tree (built without recursion) before its composer, which
//   recurses once per level, sees it: a file of 100,000 `[` would otherwise exhaust the stack;
// - duplicate keys are found with one lookup per key (yaml's own check compares each key with
//   every key before it: a map of 50,000 keys took minutes);
// - aliases are checked in one pass: unknown, inside the value they name (a cycle), too many, or
//   expanding to too many values (a "billion laughs" bomb), so that turning the document into
//   data is safe with yaml's own alias limit off (it visits the whole document once per anchor).
import { Composer, isAlias, isCollection, isMap, isNode, isPair, isScalar, LineCounter, Parser, type CST, type Document, type Node } from 'yaml';
import { byPosition, moreProblems, type PlanIssue } from './errors';
import { LIMITS } from './limits';

export interface ReadYaml {
  /** Absent when the text is not a document validation can go on with. */
  doc?: Document;
  lc: LineCounter;
  issues: PlanIssue[];
}

export function readYaml(text: string, file: string): ReadYaml {
  // Lines from the text itself: yaml's parser does not report the line breaks inside a token it
  // could not parse, and every place after one was a line too high.
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  const at = (offset: number, message: string): PlanIssue => ({ file, ...lc.linePos(offset), message });
  const issues: PlanIssue[] = [];
  const tokens = withoutStacks(() => [...new Parser().parse(text)]);
  const deep = tooDeep(tokens);
  if (deep !== undefined) return { lc, issues: [at(deep, `nested more than ${LIMITS.depth} levels deep`)] };

  const doc = withoutStacks(() => firstDocument(tokens, text.length, (offset) => issues.push(at(offset, 'a plan is one YAML document; another one starts here'))));
  for (const e of doc.errors) issues.push(at(e.pos[0], e.message.split('\n')[0]));
  if (!issues.length) for (const p of structureProblems(doc)) issues.push(at(p.node.range?.[0] ?? 0, p.message));
  return issues.length ? { lc, issues: listed(issues) } : { doc, lc, issues };
}

/**
 * yaml makes an Error, stack trace included, for every problem it finds: a file of 100,000 stray
 * commas spent most of its time capturing stacks that nobody reads.
 */
function withoutStacks<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The first document (as yaml's parseDocument), warnings off: they would go to stderr. */
function firstDocument(tokens: CST.Token[], length: number, another: (offset: number) => void): Document {
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  let doc: Document | undefined;
  for (const d of composer.compose(tokens, true, length)) {
    if (!doc) doc = d;
    else {
      another(d.range[0]);
      break;
    }
  }
  return doc!;
}

/** The offset of the first collection nested deeper than the limit, if any. */
function tooDeep(tokens: CST.Token[]): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((t): [CST.Token, number] => [t, 0]).reverse();
  while (stack.length) {
    const [t, depth] = stack.pop()!;
    if (t.type === 'document') {
      if (t.value) stack.push([t.value, depth]);
    } else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      if (depth >= LIMITS.depth) return t.offset;
      const children: CST.Token[] = [];
      for (const item of t.items) {
        if ('key' in item && item.key) children.push(item.key);
        if (item.value) children.push(item.value);
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
    }
  }
  return undefined;
}

/** The first LIMITS.issues problems in the file, then one that counts the rest. */
function listed(issues: PlanIssue[]): PlanIssue[] {
  if (issues.length <= LIMITS.issues) return issues;
  issues.sort(byPosition);
  const rest = issues.slice(LIMITS.issues);
  return [...issues.slice(0, LIMITS.issues), { ...rest[0], message: moreProblems(rest.length, LIMITS.issues) }];
}

class Problem {
  constructor(
    readonly node: Node,
    readonly message: string,
  ) {}
}

/**
 * In one walk: keys used twice in a map (compared as yaml does: scalars by value), and the first
 * alias that names no anchor, sits inside what it names, or breaks a limit (the walk stops there).
 */
function structureProblems(doc: Document): Problem[] {
  const problems: Problem[] = [];
  const anchors = new Map<string, Node>();
  const anchored: Node[] = [];
  const used = new Set<Node>();
  /** Anchored nodes' values when expanded, and how many levels of maps and lists they hold. */
  const size = new Map<Node, number>();
  const height = new Map<Node, number>();
  const open = new Set<Node>();
  let aliases = 0;
  let added = 0;
  const walk = (node: unknown, level: number): [number, number] => {
    if (isAlias(node)) {
      const name = node.source;
      const target = anchors.get(name);
      if (!target) throw new Problem(node, `unknown alias *${name}: there is no anchor &${name} before it`);
      used.add(target);
      if (open.has(target)) throw new Problem(node, `alias *${name} is inside the value it names (&${name}): it would never end`);
      if (++aliases > LIMITS.aliases) throw new Problem(node, `more than ${LIMITS.aliases} aliases`);
      added += size.get(target)!;
      if (added > LIMITS.aliasValues) throw new Problem(node, `aliases expand the plan by more than ${LIMITS.aliasValues} values (here, *${name})`);
      if (level + height.get(target)! > LIMITS.depth) throw new Problem(node, `alias *${name} nests the plan more than ${LIMITS.depth} levels deep`);
      return [size.get(target)!, height.get(target)!];
    }
    if (!isNode(node)) return [1, 0];
    const anchor = node.anchor;
    if (anchor) {
      anchors.set(anchor, node);
      anchored.push(node);
    }
    let s = 1;
    let h = 0;
    if (isMap(node)) {
      const keys = new Set<unknown>();
      for (const { key } of node.items) {
        if (!isScalar(key)) continue; // a map or list as a key equals only itself
        if (keys.has(key.value)) problems.push(new Problem(key, 'Map keys must be unique'));
        else keys.add(key.value);
      }
    }
    if (isCollection(node)) {
      open.add(node);
      for (const item of node.items) {
        for (const child of isPair(item) ? [item.key, item.value] : [item]) {
          const [cs, ch] = walk(child, level + 1);
          s += cs;
          h = Math.max(h, ch);
        }
      }
      open.delete(node);
      h += 1;
    }
    if (anchor) {
      size.set(node, s);
      height.set(node, h);
    }
    return [s, h];
  };
  try {
    walk(doc.contents, 0);
  } catch (err) {
    if (!(err instanceof Problem)) throw err;
    problems.push(err);
  }
  // yaml resolves each alias by scanning every anchor before it; the unused ones can go.
  for (const node of anchored) if (!used.has(node)) node.anchor = undefined;
  return problems;
}
