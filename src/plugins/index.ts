// Step kinds from outside this repository: plugin modules named in the project config file or in
// CUTOVER_PLUGINS, and families registered by a worker package. See docs/custom-kinds.md.
export { CONFIG_FILES, findConfigFile, readConfigFile } from './config-file';
export { loadConfiguredPlugins, loadPlugins } from './load';
export { familyProblems, isFamily, registerPluginFamily } from './register';
export { pluginSources, type PluginSource } from './sources';
