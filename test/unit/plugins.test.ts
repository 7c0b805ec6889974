// Plugin modules: found from the project config file (the nearest one up from the current folder)
// and CUTOVER_PLUGINS, loaded as CommonJS or ES modules, by path or package name; their families'
// kinds then validate like built-in ones. Every way a plugin can be wrong is exit 4 with what and
// where. Fixtures: test/fixtures/plugins/ (built JavaScript, importing `cutover/kit`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { CutoverError } from '../../src/exit-codes';
import { defineFamily, defineKind } from '../../src/kit/define';
import { parsePlan, PlanError } from '../../src/plan';
import { findConfigFile, loadPlugins, pluginSources, readConfigFile, registerPluginFamily, type PluginSource } from '../../src/plugins';
import { allFamilies, kindDef, targetKindDef } from '../../src/registry';
import { z } from 'zod';

const FIXTURES = path.resolve(__dirname, '../fixtures/plugins');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-plugins-'));
const env = (spec: string): PluginSource => ({ spec, baseDir: FIXTURES, where: 'CUTOVER_PLUGINS' });

/** The CutoverError `fn` rejects with: exit 4, and its message. */
async function badInput(fn: () => Promise<unknown> | unknown): Promise<string> {
  try {
    await fn();
  } catch (err) {
    assert.ok(err instanceof CutoverError, `expected a CutoverError, got ${String(err)}`);
    assert.equal(err.exitCode, 4);
    return err.message;
  }
  assert.fail('expected it to fail');
}

const plan = (body: string) => parsePlan(`name: p\nenvironment: test\n${body}`, { file: 'p.yaml', baseDir: FIXTURES });

describe('loading plugins', () => {
  it('a config file found from a folder below it names a CommonJS plugin by path; its kinds and target kind validate', async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'plans/deep'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'cutover.config.json'), JSON.stringify({ plugins: [path.relative(dir, path.join(FIXTURES, 'acme.js'))] }, null, 2));
    const sources = pluginSources({ plugins: [] }, path.join(dir, 'plans/deep'));
    assert.equal(sources.length, 1);
    assert.equal(sources[0].where, `${dir}/cutover.config.json:3:5`, 'the entry in the file');
    assert.equal(kindDef('acme.open'), undefined, 'not known before the plugin loads');
    const families = await loadPlugins(sources);
    assert.deepEqual(families.map((f) => f.name), ['acme']);
    assert.ok(kindDef('acme.open')?.undo, 'acme.open is registered with its undo');
    assert.ok(targetKindDef('ledger'), 'the family target kind is registered');

    const p = plan(`targets: { l: { kind: ledger, url: "redis://127.0.0.1:1" } }
phases:
  migrateData:
    - { id: open, kind: acme.open, target: l, title: hello }
    - { id: note, kind: acme.note, ticket: "\${steps.open.ticket}", text: hi }
`);
    assert.deepEqual(p.phases.migrateData[0].params, { target: 'l', title: 'hello', priority: 3 }, "the kind's defaults apply");
    assert.equal(p.phases.migrateData[0].undo, true);
  });

  it("a plugin's kinds are checked like built-in ones: params, target kinds and declared outputs", () => {
    assert.throws(
      () =>
        plan(`targets: { db: { kind: mysql, url: "mysql://u@h/d" } }
phases:
  migrateData:
    - { id: open, kind: acme.open, target: db, title: hello, priority: 9 }
    - { id: note, kind: acme.note, ticket: "\${steps.open.tikket}", text: hi }
`),
      (err: unknown) => {
        assert.ok(err instanceof PlanError);
        const text = err.message;
        assert.match(text, /^p\.yaml:6:\d+: step open: target db is a mysql target; acme\.open needs ledger$/m);
        assert.match(text, /^p\.yaml:6:\d+: step open: priority: expected at most 5, got 9$/m);
        assert.match(text, /^p\.yaml:7:\d+: step note: \$\{steps\.open\.tikket\}: acme\.open has no output tikket \(did you mean ticket\?\)$/m);
        return true;
      },
    );
  });

  it('an ES module plugin named in CUTOVER_PLUGINS (comma-separated, spaces allowed) loads too', async () => {
    const config = loadConfig({ CUTOVER_PLUGINS: ` ${path.join(FIXTURES, 'widgets.mjs')} , ` });
    assert.deepEqual(config.plugins, [path.join(FIXTURES, 'widgets.mjs')]);
    const families = await loadPlugins(pluginSources(config, tmp()));
    assert.deepEqual(families.map((f) => f.name), ['widgets']);
    assert.ok(kindDef('widgets.spin'));
  });

  it('a package name is found from the folder that names it; a module named twice loads once', async () => {
    const dir = tmp();
    const pkg = path.join(dir, 'node_modules/@team/cutover-kinds');
    fs.mkdirSync(pkg, { recursive: true });
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: '@team/cutover-kinds', main: 'index.js' }));
    const kit = require.resolve('../../src/kit');
    fs.writeFileSync(
      path.join(pkg, 'index.js'),
      `const { defineFamily, defineKind, z } = require(${JSON.stringify(kit)});
module.exports = { families: [defineFamily({ name: 'team', kinds: { 'team.ping': defineKind({ summary: 'ping', params: z.strictObject({}), run: async () => ({}) }) } })] };`,
    );
    fs.writeFileSync(path.join(dir, 'cutover.config.yaml'), 'plugins:\n  - "@team/cutover-kinds"\n');
    const sources = pluginSources({ plugins: ['@team/cutover-kinds'] }, dir);
    assert.deepEqual(sources.map((s) => s.where), [`${dir}/cutover.config.yaml:2:5`, 'CUTOVER_PLUGINS']);
    const families = await loadPlugins(sources);
    assert.deepEqual(families.map((f) => f.name), ['team'], 'named in the file and the variable, loaded once');
    assert.ok(kindDef('team.ping'));
    assert.equal(await badInput(() => loadPlugins([{ spec: '@team/other', baseDir: dir, where: 'CUTOVER_PLUGINS' }])), `CUTOVER_PLUGINS: plugin @team/other: package not found from ${dir} (is it installed there?)`);
  });

  it('registering the same family object again (a worker that also names it as a plugin) is a no-op', () => {
    const acme = allFamilies().find((f) => f.name === 'acme');
    assert.ok(acme, 'loaded by the first test');
    const before = allFamilies().length;
    registerPluginFamily(acme, 'runWorker({ families })');
    assert.equal(allFamilies().length, before);
  });
});

describe('a plugin that cannot be used stops the command (exit 4, what and where)', () => {
  it('a path that does not exist', async () => {
    assert.equal(await badInput(() => loadPlugins([env('./missing.js')])), `CUTOVER_PLUGINS: plugin ./missing.js: no such module: ${FIXTURES}/missing.js`);
  });

  it('a module that throws while loading', async () => {
    assert.equal(
      await badInput(() => loadPlugins([env('./throws.js')])),
      `CUTOVER_PLUGINS: plugin ./throws.js: failed to load ${FIXTURES}/throws.js: the ledger plugin needs LEDGER_REGION`,
    );
  });

  it('a module that exports no family', async () => {
    assert.equal(
      await badInput(() => loadPlugins([env('./no-family.js')])),
      `CUTOVER_PLUGINS: plugin ./no-family.js: ${FIXTURES}/no-family.js exports no family (expected an export made with defineFamily({ name, kinds }); it exports helper, version)`,
    );
  });

  it('a kind that is taken', async () => {
    const message = await badInput(() => loadPlugins([env('./taken-kind.js')]));
    assert.equal(message, 'CUTOVER_PLUGINS: plugin ./taken-kind.js: family preflight: kind preflight.env is already defined by family core');
    assert.equal(kindDef('preflight.env')?.summary, 'check that required environment variables are set on the worker', 'the built-in kind stays');
  });

  it('a family whose name or target kind is taken', async () => {
    const kind = defineKind({ summary: 'x', params: z.strictObject({}), run: async () => ({}) });
    assert.equal(await badInput(() => registerPluginFamily(defineFamily({ name: 'redis', kinds: { 'redis.flush': kind } }), 'here')), 'here: family redis: a family of that name is already registered');
    assert.equal(
      await badInput(() => registerPluginFamily(defineFamily({ name: 'dbs', kinds: { 'dbs.x': kind }, targets: { mysql: { url: 'mysql://' } } }), 'here')),
      'here: family dbs: target kind mysql is already defined by family mysql',
    );
    assert.equal(await badInput(() => registerPluginFamily(defineFamily({ name: 'cutover', kinds: { 'cutover.loadPlan': kind } }), 'here')), "here: family cutover: the name is reserved for cutover's own");
    assert.equal(kindDef('dbs.x'), undefined, 'nothing of a refused family is registered');
  });

  it('kinds that are misnamed, have no run, are not activities or name unknown target kinds: every problem listed', async () => {
    const message = await badInput(() => loadPlugins([env('./malformed.js')]));
    const where = 'CUTOVER_PLUGINS: plugin ./malformed.js: ';
    const lines = message.split('\n');
    assert.deepEqual(lines.slice(0, 2), [
      `${where}kind shaky.go: run must be a function (the step's activity)`,
      `${where}kind other.go: a kind of family shaky is named shaky or shaky.<verb>`,
    ]);
    assert.match(lines[2], /^CUTOVER_PLUGINS: plugin \.\/malformed\.js: kind shaky\.push: target kind kafka is not defined \(known: .*\bmysql\b.*\bredis\b/);
    assert.equal(lines.length, 3);
    const gate = { summary: 'a gate', execution: 'gate' as const, params: z.strictObject({}) };
    assert.match(await badInput(() => registerPluginFamily(defineFamily({ name: 'gates', kinds: { 'gates.hold': gate } }), 'here')), /kind gates\.hold: execution gate: gates and timers are built in/);
    assert.match(await badInput(() => registerPluginFamily(defineFamily({ name: 'undos', kinds: { 'undos.undo': defineKind({ summary: 'u', params: z.strictObject({}), run: async () => ({}) }) } }), 'here')), /not ending in \.undo/);
    assert.equal(await badInput(() => registerPluginFamily({ name: 'x' } as never, 'here')), 'here: expected defineFamily({ name, kinds })');
  });
});

describe('the config file', () => {
  const write = (name: string, text: string) => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, name), text);
    return { dir, file: path.join(dir, name) };
  };

  it('an unknown setting, a plugins entry that is not a list, an entry that is not text: at file:line:col', async () => {
    const a = write('cutover.config.json', '{\n  "plugin": ["./x.js"]\n}\n');
    assert.equal(await badInput(() => readConfigFile(a.file)), `${a.file}:2:3: unknown setting plugin (the settings are: plugins)`);
    const b = write('cutover.config.yaml', 'plugins: ./x.js\n');
    assert.equal(await badInput(() => readConfigFile(b.file)), `${b.file}:1:10: plugins: expected a list of package names or paths`);
    const c = write('cutover.config.yml', 'plugins:\n  - ./a.js\n  - 3\n');
    assert.equal(await badInput(() => readConfigFile(c.file)), `${c.file}:3:5: plugins: expected a package name or a path (text)`);
    const d = write('cutover.config.json', '{ "plugins": [ "./a.js", ] ');
    assert.match(await badInput(() => readConfigFile(d.file)), new RegExp(`^${d.file}:1:\\d+: `));
  });

  it('an empty file names no plugins; two config files in one folder are refused; none found is fine', async () => {
    const a = write('cutover.config.yaml', '# nothing yet\n');
    assert.deepEqual(readConfigFile(a.file), []);
    fs.writeFileSync(path.join(a.dir, 'cutover.config.json'), '{}');
    assert.equal(await badInput(() => findConfigFile(a.dir)), `${a.dir}: both cutover.config.json and cutover.config.yaml; keep one`);
    assert.equal(findConfigFile(tmp()), undefined);
  });
});
