// `cutover validate` and `cutover plan`: everything about a plan that needs no server.
import type { Command } from 'commander';
import { explainPlan, explainPlanJson, loadPlanFile, PlanError } from '../../plan';
import { EXIT } from '../../exit-codes';
import { printJson } from '../context';

const collect = (v: string, acc: string[]) => [...acc, v];

export function registerPlanCommands(program: Command): void {
  program
    .command('validate')
    .description('check a plan; prints file:line:col: message for each problem')
    .argument('<plan>', 'plan file (YAML)')
    .option('--set <key=value>', 'override a plan field (repeatable)', collect, [])
    .option('--json', 'machine-readable output')
    .action((file: string, opts: { set: string[]; json?: boolean }) => {
      try {
        const plan = loadPlanFile(file, { set: opts.set });
        if (opts.json) printJson({ ok: true, plan: plan.name, environment: plan.environment, issues: [] });
        else console.log(`${file}: ok (plan ${plan.name}, environment ${plan.environment})`);
      } catch (err: unknown) {
        if (!(err instanceof PlanError) || !opts.json) throw err;
        printJson({ ok: false, issues: err.issues });
        process.exitCode = EXIT.badInput;
      }
    });

  program
    .command('plan')
    .description('print what would run, in order, and what would undo it, without running')
    .argument('<plan>', 'plan file (YAML)')
    .option('--set <key=value>', 'override a plan field (repeatable)', collect, [])
    .option('--json', 'machine-readable output')
    .action((file: string, opts: { set: string[]; json?: boolean }) => {
      const plan = loadPlanFile(file, { set: opts.set });
      if (opts.json) printJson(explainPlanJson(plan));
      else console.log(explainPlan(plan));
    });
}

export { collect };
