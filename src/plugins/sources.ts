// Where plugin modules are named: the project config file found from the current folder, then
// CUTOVER_PLUGINS (comma-separated). Both may name the same module; it is loaded once.
import type { Config } from '../config';
import { findConfigFile, readConfigFile } from './config-file';

export interface PluginSource {
  /** A package name (`@acme/cutover-kinds`, `pkg/sub`) or a path (`./kinds.js`, `/opt/kinds.js`). */
  spec: string;
  /** The folder a relative path resolves against and a package is looked up from. */
  baseDir: string;
  /** Where it is named, for messages: `cutover.config.json:3:5` or `CUTOVER_PLUGINS`. */
  where: string;
}

export function pluginSources(config: Pick<Config, 'plugins'>, cwd: string = process.cwd()): PluginSource[] {
  const file = findConfigFile(cwd);
  return [
    ...(file ? readConfigFile(file) : []),
    ...config.plugins.map((spec) => ({ spec, baseDir: cwd, where: 'CUTOVER_PLUGINS' })),
  ];
}
