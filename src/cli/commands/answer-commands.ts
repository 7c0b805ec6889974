// `cutover approve | reject | abort | retry | skip`: a person answering a run.
import type { Command } from 'commander';
import { runStatus, sendUpdate } from '../../client';
import { CutoverError, EXIT } from '../../exit-codes';
import {
  abortUpdate,
  approveUpdate,
  rejectUpdate,
  retryCompensationUpdate,
  retryStepUpdate,
  skipCompensationUpdate,
  skipStepUpdate,
} from '../../workflows/definitions';
import { actor, getClient, printJson } from '../context';

async function answer(id: string, def: { name: string }, args: Record<string, unknown>, json?: boolean): Promise<void> {
  const client = await getClient();
  const result = await sendUpdate(client.workflow.getHandle(id), def, { ...args, by: actor() });
  if (json) printJson({ workflowId: id, result });
  else console.log(`${id}: ${result}`);
}

/** retry/skip answer whatever is waiting: a failed step (onFailure: pause) or a failed compensation. */
async function waitingKind(id: string): Promise<'failure' | 'compensation'> {
  const s = await runStatus(await getClient(), id);
  const type = s.waitingFor?.type;
  if (type === 'failure' || type === 'compensation') return type;
  throw new CutoverError(`run ${id} is not waiting on a failed step or compensation (state ${s.state})`, EXIT.badInput);
}

export function registerAnswerCommands(program: Command): void {
  program
    .command('approve')
    .description('approve a gate (the one waiting, if none is named)')
    .argument('<id>', 'workflow id')
    .argument('[gate]', 'gate step id')
    .option('--json', 'machine-readable output')
    .action((id: string, gate: string | undefined, opts: { json?: boolean }) => answer(id, approveUpdate, { gate }, opts.json));

  program
    .command('reject')
    .description('reject a gate: the run rolls back')
    .argument('<id>', 'workflow id')
    .argument('[gate]', 'gate step id')
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'machine-readable output')
    .action((id: string, gate: string | undefined, opts: { reason: string; json?: boolean }) =>
      answer(id, rejectUpdate, { gate, reason: opts.reason }, opts.json),
    );

  program
    .command('abort')
    .description('roll the run back now')
    .argument('<id>', 'workflow id')
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'machine-readable output')
    .action((id: string, opts: { reason: string; json?: boolean }) => answer(id, abortUpdate, { reason: opts.reason }, opts.json));

  program
    .command('retry')
    .description('run a failed step again (onFailure: pause), or retry a failed compensation')
    .argument('<id>', 'workflow id')
    .argument('[step]', 'step id (the one waiting, if omitted)')
    .option('--json', 'machine-readable output')
    .action(async (id: string, step: string | undefined, opts: { json?: boolean }) => {
      const kind = await waitingKind(id);
      await answer(id, kind === 'failure' ? retryStepUpdate : retryCompensationUpdate, { step }, opts.json);
    });

  program
    .command('skip')
    .description('skip a failed step and go on, or give up on a failed compensation and go on rolling back')
    .argument('<id>', 'workflow id')
    .argument('[step]', 'step id (the one waiting, if omitted)')
    .requiredOption('--reason <text>', 'why (recorded in the run)')
    .option('--json', 'machine-readable output')
    .action(async (id: string, step: string | undefined, opts: { reason: string; json?: boolean }) => {
      const kind = await waitingKind(id);
      await answer(id, kind === 'failure' ? skipStepUpdate : skipCompensationUpdate, { step, reason: opts.reason }, opts.json);
    });
}
