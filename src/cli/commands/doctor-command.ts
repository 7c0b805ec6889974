// `cutover doctor [plan]`: read-only checks, one line each — Temporal (namespace, search
// attributes, workers), and for a plan: its validity, the variables and secrets it refers to, each target,
// and the services of families that name no target (AWS) when the plan uses them.
import pc from 'picocolors';
import type { Command } from 'commander';
import { loadConfig } from '../../config';
import { EXIT } from '../../exit-codes';
import { loadPlanFile, PlanError } from '../../plan';
import { envRefs, refsIn, stepRefs } from '../../plan/refs';
import { readSecret } from '../../kit/secrets';
import { PHASES, type Plan } from '../../plan/types';
import { searchAttributes } from '../../workflows/definitions';
import { getClient, printJson } from '../context';
import { familyOfKind } from '../../registry';
import { messageOf, targetProbe, type Probe } from '../doctor/probes';

interface Check {
  check: string;
  ok: boolean;
  detail: string;
}

async function run(check: string, probe: Probe): Promise<Check> {
  try {
    return { check, ok: true, detail: await probe() };
  } catch (err) {
    return { check, ok: false, detail: messageOf(err) };
  }
}

async function temporalChecks(): Promise<Check[]> {
  const config = loadConfig();
  const { namespace, taskQueue } = config.temporal;
  const client = await getClient(); // exits 5 when Temporal cannot be reached
  return [
    await run('temporal', async () => {
      await client.workflowService.describeNamespace({ namespace });
      return `${config.temporal.address}, namespace ${namespace}`;
    }),
    await run('search attributes', async () => {
      const { customAttributes } = await client.connection.operatorService.listSearchAttributes({ namespace });
      const missing = Object.values(searchAttributes).map((k) => k.name).filter((n) => !customAttributes?.[n]);
      if (missing.length) throw new Error(`not registered: ${missing.join(', ')} (temporal operator search-attribute create --name … --type Keyword)`);
      return 'all registered';
    }),
    await run('workers', async () => {
      const { pollers } = await client.workflowService.describeTaskQueue({ namespace, taskQueue: { name: taskQueue }, taskQueueType: 1 });
      if (!pollers?.length) throw new Error(`no worker polls task queue ${taskQueue}; start one with 'cutover worker'`);
      return `${pollers.length} polling task queue ${taskQueue}`;
    }),
  ];
}

/** Every reference anywhere in the plan (targets, steps' fields). */
function refsInPlan(plan: Plan) {
  const strings: string[] = [];
  JSON.stringify(plan, (_k, v: unknown) => (typeof v === 'string' && strings.push(v), v));
  return strings.flatMap(refsIn);
}

async function planChecks(file: string): Promise<Check[]> {
  let plan: Plan;
  try {
    plan = loadPlanFile(file);
  } catch (err) {
    if (err instanceof PlanError) return [{ check: 'plan', ok: false, detail: err.message }];
    throw err;
  }
  const checks: Check[] = [{ check: 'plan', ok: true, detail: `${plan.name} on ${plan.environment}` }];
  const all = refsInPlan(plan);
  const refs = [...new Set(all.flatMap((r) => (r.type === 'env' ? [r.name] : [])))].sort();
  const missing = refs.filter((n) => !process.env[n]);
  checks.push({
    check: 'variables',
    ok: missing.length === 0,
    detail: missing.length ? `not set here: ${missing.join(', ')} (workers need them too)` : refs.length ? `${refs.join(', ')} set here (workers need them too)` : 'none referenced',
  });
  // Each secret the plan names, read as a worker would (its value is never shown).
  const secrets = new Map(all.flatMap((r) => (r.type === 'secret' ? [[r.text, r] as const] : [])));
  for (const ref of secrets.values()) {
    checks.push(await run(`secret ${ref.name}${ref.key ? `#${ref.key}` : ''}`, async () => {
      const value = await readSecret(ref.name, ref.key, 'cutover doctor');
      return `readable here (${value.length} characters; workers need access too)`;
    }));
  }
  for (const [name, target] of Object.entries(plan.targets)) {
    if (envRefs(target.url).some((n) => !process.env[n])) continue; // reported above
    if (stepRefs(target.url).length) {
      checks.push({ check: `target ${name} (${target.kind})`, ok: true, detail: 'its URL uses the output of a step: checked when the run gets there' });
      continue;
    }
    const { label, probe } = targetProbe(name, target);
    checks.push(await run(label, probe));
  }
  // Families whose steps name no target (AWS) check their own access.
  const families = new Set(PHASES.flatMap((p) => plan.phases[p].map((s) => familyOfKind(s.kind))));
  for (const f of families) if (f?.doctor) checks.push(await run(f.doctor.label, f.doctor.probe));
  return checks;
}

export function registerDoctorCommand(program: Command): void {
  program
    .command('doctor')
    .description('check Temporal, and each target and credential of a plan (read-only)')
    .argument('[plan]', 'plan file to check the targets of')
    .option('--json', 'machine-readable output')
    .action(async (file: string | undefined, opts: { json?: boolean }) => {
      const checks = [...(await temporalChecks()), ...(file ? await planChecks(file) : [])];
      const c = pc.createColors(!!process.stdout.isTTY);
      if (opts.json) printJson(checks);
      else for (const x of checks) console.log(`${x.ok ? c.green('✔') : c.red('✖')} ${x.check.padEnd(26)} ${x.detail}`);
      if (checks.some((x) => !x.ok)) process.exitCode = EXIT.badInput;
    });
}
