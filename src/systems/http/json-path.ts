// A small JSONPath-like path to one value of a response: `$` (the whole body), then any number of
// `.name` (a key of letters, digits, _, $ and -), `[n]` (an array index; negative counts from the
// end) and `["any key"]` (a key in JSON string syntax). No wildcards, filters or recursion: a
// path names exactly one value or none.

export type PathSegment = string | number;

const SEGMENT = /^(?:\.([A-Za-z0-9_$-]+)|\[(-?\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** The path's segments, or undefined when it is not one (for the plan's check and the worker alike). */
export function parseJsonPath(path: string): PathSegment[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const out: PathSegment[] = [];
  for (let rest = path.slice(1); rest.length; ) {
    const m = SEGMENT.exec(rest);
    if (!m) return undefined;
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3]) as string);
    rest = rest.slice(m[0].length);
  }
  return out;
}

/** The value at the path; undefined when some part of it is not there. */
export function valueAt(value: unknown, path: PathSegment[]): unknown {
  let v = value;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!Array.isArray(v)) return undefined;
      v = v[seg < 0 ? v.length + seg : seg];
    } else {
      if (v === null || typeof v !== 'object' || Array.isArray(v) || !Object.hasOwn(v, seg)) return undefined;
      v = (v as Record<string, unknown>)[seg];
    }
  }
  return v;
}

export const JSON_PATH_FORM = 'a path such as $.id, $.items[0].name or $["odd key"]';
