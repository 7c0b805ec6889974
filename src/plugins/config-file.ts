// The project config file, `cutover.config.json` (or `.yaml` / `.yml`): the nearest one from the
// current folder up. It names the plugin modules whose step kinds the CLI and the worker know:
//   { "plugins": ["@acme/cutover-kinds", "./kinds/dist/index.js"] }
// Paths are relative to the file's folder, and packages are found from there too.
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { CutoverError, EXIT } from '../exit-codes';
import type { PluginSource } from './sources';

export const CONFIG_FILES = ['cutover.config.json', 'cutover.config.yaml', 'cutover.config.yml'];

/** The nearest config file from `dir` up, if any; two in one folder are refused (which one counts would be a guess). */
export function findConfigFile(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const here = CONFIG_FILES.map((f) => path.join(d, f)).filter((f) => fs.statSync(f, { throwIfNoEntry: false })?.isFile());
    if (here.length > 1) throw new CutoverError(`${d}: both ${here.map((f) => path.basename(f)).join(' and ')}; keep one`, EXIT.badInput);
    if (here.length) return here[0];
    if (d === path.dirname(d)) return undefined;
  }
}

/** The plugins a config file names, each with the place it is named at (`file:line:col`). */
export function readConfigFile(file: string): PluginSource[] {
  const bad = (where: string, message: string) => new CutoverError(`${where}: ${message}`, EXIT.badInput);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw bad(file, `cannot read the config file: ${(err as Error).message}`);
  }
  const lc = new LineCounter();
  // YAML's parser reads JSON too, and gives both the positions that messages point at.
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const at = (node: Node | null | undefined) => {
    const pos = node?.range ? lc.linePos(node.range[0]) : { line: 1, col: 1 };
    return `${file}:${pos.line}:${pos.col}`;
  };
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = lc.linePos(e.pos[0]);
    throw bad(`${file}:${pos.line}:${pos.col}`, e.message.split('\n')[0]);
  }
  const root = doc.contents;
  if (root == null || (isScalar(root) && root.value == null)) return [];
  if (!isMap(root)) throw bad(at(root), 'expected a map of settings, such as { "plugins": ["./kinds/index.js"] }');
  const sources: PluginSource[] = [];
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (key !== 'plugins') throw bad(at(pair.key as Node), `unknown setting ${key} (the settings are: plugins)`);
    const list = pair.value as Node | null;
    if (list == null || (isScalar(list) && list.value == null)) continue;
    if (!isSeq(list)) throw bad(at(list), 'plugins: expected a list of package names or paths');
    for (const item of list.items as Node[]) {
      if (!isScalar(item) || typeof item.value !== 'string' || !item.value.trim()) {
        throw bad(at(item), 'plugins: expected a package name or a path (text)');
      }
      sources.push({ spec: item.value.trim(), baseDir: path.dirname(file), where: at(item) });
    }
  }
  return sources;
}
