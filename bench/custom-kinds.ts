// Validating and explaining a plan of many steps of a plugin's kinds, against the same plan shape
// with built-in kinds: in-process (parse, every check, explain) and as `cutover validate` /
// `cutover plan` processes, with `cutover --version` as the floor every command pays to start.
// Also says which drivers the validate process loaded (none is the goal: kinds load their
// implementations lazily). No server needed.
//
//   node --import tsx bench/custom-kinds.ts [steps=200] [rounds=7]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { explainPlan, explainPlanJson, parsePlan } from '../src/plan';
import { loadPlugins } from '../src/plugins';
import { manyStepsPlan, type PlanShape } from '../test/fixtures/plugins/plan-200';

const ROOT = path.resolve(__dirname, '..');
const FIXTURES = path.join(ROOT, 'test/fixtures/plugins');
const BIN = path.join(ROOT, 'bin/cutover.js');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => x.toFixed(1);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

function inProcess(text: string): number {
  const t0 = performance.now();
  const plan = parsePlan(text, { file: 'many.yaml', baseDir: FIXTURES });
  explainPlanJson(plan);
  explainPlan(plan);
  return performance.now() - t0;
}

/** Wall time of one CLI process, its CPU time, and the drivers it loaded. */
function cli(args: string[], env: Record<string, string>): { ms: number; cpuMs: number; drivers: string[] } {
  const report = path.join(os.tmpdir(), `cutover-bench-drivers-${process.pid}.json`);
  const t0 = performance.now();
  execFileSync(process.execPath, [BIN, ...args], {
    cwd: FIXTURES,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CUTOVER_PLUGINS: '', NODE_OPTIONS: `--require ${path.join(FIXTURES, 'report-drivers.js')}`, REPORT_DRIVERS_FILE: report, ...env },
  });
  const took = performance.now() - t0;
  const { drivers, cpuMs } = JSON.parse(fs.readFileSync(report, 'utf8')) as { drivers: string[]; cpuMs: number };
  fs.rmSync(report);
  return { ms: took, cpuMs, drivers };
}

async function main() {
  const steps = Number(process.argv[2] ?? 200);
  const rounds = Number(process.argv[3] ?? 7);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-bench-kinds-'));
  const files: Record<PlanShape, string> = { builtin: path.join(dir, 'builtin.yaml'), plugin: path.join(dir, 'plugin.yaml') };
  const texts: Record<PlanShape, string> = { builtin: manyStepsPlan('builtin', steps), plugin: manyStepsPlan('plugin', steps) };
  for (const shape of ['builtin', 'plugin'] as const) fs.writeFileSync(files[shape], texts[shape]);
  const envOf = (shape: PlanShape): Record<string, string> => (shape === 'plugin' ? { CUTOVER_PLUGINS: './acme.js' } : {});

  await loadPlugins([{ spec: './acme.js', baseDir: FIXTURES, where: 'bench' }]);
  // The first call of each pays for compiling the plan code and the schemas: shown apart.
  const first = { builtin: inProcess(texts.builtin), plugin: inProcess(texts.plugin) };
  // Warm: many alternating calls, so that a busy machine's noise evens out between the two.
  const warm: Record<PlanShape, number[]> = { builtin: [], plugin: [] };
  for (let i = 0; i < 50; i++) for (const shape of ['builtin', 'plugin'] as const) warm[shape].push(inProcess(texts[shape]));
  const validate: Record<PlanShape, number[]> = { builtin: [], plugin: [] };
  const explain: Record<PlanShape, number[]> = { builtin: [], plugin: [] };
  const validateCpu: Record<PlanShape, number[]> = { builtin: [], plugin: [] };
  const explainCpu: Record<PlanShape, number[]> = { builtin: [], plugin: [] };
  const floor: number[] = [];
  const floorCpu: number[] = [];
  const drivers = new Set<string>();
  for (let r = 0; r < rounds; r++) {
    process.stderr.write(`round ${r + 1}/${rounds}\n`);
    for (const shape of ['builtin', 'plugin'] as const) {
      const v = cli(['validate', files[shape]], envOf(shape));
      v.drivers.forEach((d) => drivers.add(d));
      validate[shape].push(v.ms);
      validateCpu[shape].push(v.cpuMs);
      const p = cli(['plan', files[shape]], envOf(shape));
      p.drivers.forEach((d) => drivers.add(d));
      explain[shape].push(p.ms);
      explainCpu[shape].push(p.cpuMs);
    }
    const f = cli(['--version'], {});
    floor.push(f.ms);
    floorCpu.push(f.cpuMs);
  }
  fs.rmSync(dir, { recursive: true });

  const row = (what: string, b: number, p: number) => `| ${what} | ${ms(b)} | ${ms(p)} | ${ratio(p, b)} |`;
  console.log(`${steps} steps, ${rounds} rounds of processes (medians), node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}\n`);
  console.log('| measurement | built-in kinds (ms) | plugin kinds (ms) | ratio |');
  console.log('|---|---|---|---|');
  console.log(row('in-process parse, checks and explain, first call', first.builtin, first.plugin));
  console.log(row('in-process parse, checks and explain, warm (median of 50)', median(warm.builtin), median(warm.plugin)));
  console.log(row('`cutover validate` process, wall', median(validate.builtin), median(validate.plugin)));
  console.log(row('`cutover validate` process, CPU', median(validateCpu.builtin), median(validateCpu.plugin)));
  console.log(row('`cutover plan` process, wall', median(explain.builtin), median(explain.plugin)));
  console.log(row('`cutover plan` process, CPU', median(explainCpu.builtin), median(explainCpu.plugin)));
  console.log(`| \`cutover --version\` process (start-up floor), wall / CPU | ${ms(median(floor))} / ${ms(median(floorCpu))} | | |`);
  console.log(`\ndrivers loaded by validate and plan: ${drivers.size ? [...drivers].join(', ') : 'none'}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
