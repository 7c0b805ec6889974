// `cutover schema [--out FILE]`: the JSON Schema of the plan file, for editors
// (`# yaml-language-server: $schema=…`) and other tools. The kinds of the configured plugins join
// the built-in ones unless `--no-plugins` (the repository's schema/plan.schema.json is built-ins only).
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CutoverError, EXIT } from '../../exit-codes';
import { planJsonSchemaText } from '../../plan/json-schema';
import { loadConfiguredPlugins } from '../../plugins';
import { kindNames } from '../../registry';

/** Written beside the file and renamed over it, so a reader never sees half a schema. */
function writeAtomically(file: string, text: string): void {
  const dir = path.dirname(path.resolve(file));
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new CutoverError(`--out ${file}: no folder ${dir}`, EXIT.badInput);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw new CutoverError(`--out ${file}: ${(err as Error).message}`, EXIT.badInput);
  }
}

export function registerSchemaCommand(program: Command): void {
  program
    .command('schema')
    .description("print the plan file's JSON Schema (every step kind's fields, with descriptions and defaults) for editors and tools")
    .option('--out <file>', 'write it to this file instead of printing it')
    .option('--no-plugins', 'only the built-in kinds, without those of cutover.config.json and CUTOVER_PLUGINS')
    .action(async (opts: { out?: string; plugins: boolean }) => {
      const families = opts.plugins ? await loadConfiguredPlugins() : [];
      const text = planJsonSchemaText();
      if (!opts.out) return void process.stdout.write(text);
      writeAtomically(opts.out, text);
      const fromPlugins = families.reduce((n, f) => n + Object.keys(f.kinds).length, 0);
      console.error(`${opts.out}: ${kindNames().length} step kinds${fromPlugins ? ` (${fromPlugins} from plugins)` : ''}`);
    });
}
