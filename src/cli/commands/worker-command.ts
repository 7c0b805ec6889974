// `cutover worker`: runs a worker against TEMPORAL_ADDRESS until SIGINT/SIGTERM.
import type { Command } from 'commander';

// Loaded when the command runs: the worker SDK is most of what the CLI would load otherwise, and
// `cutover validate` / `plan` (and plugins' kinds with them) must start fast.
const worker = () => require('../../worker') as typeof import('../../worker');

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('run a worker (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_TASK_QUEUE, CUTOVER_PLANS_DIR, CUTOVER_PLUGINS)')
    .action(() => worker().runWorker());
}
