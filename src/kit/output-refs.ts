// `${outputs.<name>}`: a step's own outputs, usable in its undo (an id the step created, say).
// Kinds whose undo is written in the plan (exec, http.request) fill them in on the worker.

/** The body of an output reference (what is between `${` and `}`). */
export const OUTPUT_REF = /^outputs\.([A-Za-z_][A-Za-z0-9_]*)$/;

const REF = /\$\{([^}]*)\}/g;

/** Every `${outputs.<name>}` in the strings of a JSON value, with the path of the string holding it. */
export function outputRefNames(value: unknown, path: (string | number)[]): [(string | number)[], string][] {
  if (typeof value === 'string') {
    return [...value.matchAll(REF)].flatMap((m) => {
      const name = OUTPUT_REF.exec(m[1])?.[1];
      return name ? [[path, name] as [(string | number)[], string]] : [];
    });
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => outputRefNames(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => outputRefNames(v, [...path, k]));
  return [];
}
