// `cutover validate` and `cutover plan`: everything about a plan that needs no server.
import type { Command } from 'commander';
import { explainPlan, explainPlanJson, loadPlanFile, PlanError } from '../../plan';
import { CutoverError, EXIT } from '../../exit-codes';
import { duration } from '../../kit/fields';
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
    .description('print what would run, in order, and what would undo it, without running; --against: what each step would do to its targets now')
    .argument('<plan>', 'plan file (YAML)')
    .option('--set <key=value>', 'override a plan field (repeatable)', collect, [])
    .option('--against', "read each step's targets (read-only, from this process, with the worker's variables and credentials) and show what a run would change")
    .option('--timeout <duration>', "with --against: how long one step's preview may take", '2m')
    .option('--json', 'machine-readable output')
    .action(async (file: string, opts: { set: string[]; json?: boolean; against?: boolean; timeout: string }) => {
      const plan = loadPlanFile(file, { set: opts.set });
      if (!opts.against) {
        if (opts.json) printJson(explainPlanJson(plan));
        else console.log(explainPlan(plan));
        return;
      }
      if (!duration.safeParse(opts.timeout).success) throw new CutoverError(`--timeout ${opts.timeout}: expected a duration such as 30s or 2m`, EXIT.badInput);
      // Loaded only here: the previews load the drivers of the kinds the plan uses.
      const { previewPlan } = require('../against/run') as typeof import('../against/run');
      const { renderAgainst } = require('../against/render') as typeof import('../against/render');
      const result = await previewPlan(plan, { timeout: opts.timeout });
      if (opts.json) printJson(result);
      else console.log(renderAgainst(result));
      if (!result.complete) process.exitCode = EXIT.previewIncomplete;
    });
}

export { collect };
