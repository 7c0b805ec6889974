// Finding where in the YAML file a path of the parsed document came from.
import { isMap, isScalar, type Document, type LineCounter, type Node } from 'yaml';

export type DocPath = (string | number)[];

export interface Located {
  line: number;
  col: number;
}

function nodeAt(doc: Document, path: DocPath): Node | undefined {
  const n = path.length === 0 ? doc.contents : doc.getIn(path, true);
  return n && typeof n === 'object' && 'range' in (n as object) ? (n as Node) : undefined;
}

/** The closest place for a path: the node itself, or the nearest ancestor that exists. */
export function positionOf(doc: Document, lc: LineCounter, path: DocPath): Located {
  for (let len = path.length; len >= 0; len--) {
    const node = nodeAt(doc, path.slice(0, len));
    if (node?.range) return lc.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

/** Where a key of the map at `path` is written (for unknown keys). */
export function keyPositionOf(doc: Document, lc: LineCounter, path: DocPath, key: string): Located {
  const map = nodeAt(doc, path);
  if (isMap(map)) {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    const k = pair?.key as Node | undefined;
    if (k?.range) return lc.linePos(k.range[0]);
  }
  return positionOf(doc, lc, path);
}
