// Loading plugin modules: each exports a family (or several) made with `defineFamily`, whose
// kinds are registered beside the built-in ones before any plan is read. A plugin that cannot be
// found, fails to load, exports no family or names a kind already taken stops the command with
// exit 4, saying which plugin and where it is named.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FamilyDef } from '../kit/define';
import { pluginModules, type Config } from '../config';
import { CutoverError, EXIT } from '../exit-codes';
import { isFamily, registerPluginFamily } from './register';
import { pluginSources, type PluginSource } from './sources';

const fail = (src: PluginSource, message: string) => new CutoverError(`${src.where}: plugin ${src.spec}: ${message}`, EXIT.badInput);

/** The file a plugin names: a path relative to its folder, or a package found from there. */
function resolvePlugin(src: PluginSource): string {
  const isPath = src.spec.startsWith('.') || path.isAbsolute(src.spec);
  const request = isPath ? path.resolve(src.baseDir, src.spec) : src.spec;
  try {
    return createRequire(path.join(src.baseDir, 'cutover.config.json')).resolve(request);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'MODULE_NOT_FOUND') {
      throw fail(src, isPath ? `no such module: ${request}` : `package not found from ${src.baseDir} (is it installed there?)`);
    }
    throw fail(src, (err as Error).message.split('\n')[0]);
  }
}

/** The families a module exports: itself, its named exports, or the values of a default object, lists included. */
function familiesIn(exports: Record<string, unknown>): FamilyDef[] {
  const found = new Set<FamilyDef>();
  const visit = (v: unknown, depth: number) => {
    if (isFamily(v)) found.add(v);
    else if (Array.isArray(v)) v.forEach((x) => visit(x, depth));
    else if (depth > 0 && v && typeof v === 'object') Object.values(v).forEach((x) => visit(x, depth - 1));
  };
  visit(exports, 2);
  return [...found];
}

/** Loads and registers the plugins, in order; returns the families they registered. */
export async function loadPlugins(sources: readonly PluginSource[]): Promise<FamilyDef[]> {
  const seen = new Set<string>();
  const out: FamilyDef[] = [];
  for (const src of sources) {
    const file = resolvePlugin(src);
    if (seen.has(file)) continue;
    seen.add(file);
    let exports: Record<string, unknown>;
    try {
      // import() rather than require: a plugin may be an ES module.
      exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    } catch (err) {
      throw fail(src, `failed to load ${file}: ${(err as Error)?.message?.split('\n')[0] ?? String(err)}`);
    }
    const families = familiesIn(exports);
    if (!families.length) {
      const names = Object.keys(exports).filter((k) => k !== 'default' && k !== '__esModule');
      throw fail(src, `${file} exports no family (expected an export made with defineFamily({ name, kinds }); it exports ${names.length ? names.join(', ') : 'nothing'})`);
    }
    for (const family of families) registerPluginFamily(family, `${src.where}: plugin ${src.spec}`);
    out.push(...families);
  }
  return out;
}

let configured: Promise<FamilyDef[]> | undefined;

/** The plugins of the config file found from `cwd` and of CUTOVER_PLUGINS, loaded once per process. */
export function loadConfiguredPlugins(config: Pick<Config, 'plugins'> = { plugins: pluginModules() }, cwd = process.cwd()): Promise<FamilyDef[]> {
  configured ??= (async () => loadPlugins(pluginSources(config, cwd)))();
  return configured;
}
