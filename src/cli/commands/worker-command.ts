// `cutover worker`: runs a worker against TEMPORAL_ADDRESS until SIGINT/SIGTERM.
import type { Command } from 'commander';
import { loadConfig } from '../../config';
import { CutoverError, EXIT } from '../../exit-codes';
import { installRuntime, log } from '../../logger';
import { connectWorker, createWorker } from '../../worker';

export async function runWorker(): Promise<void> {
  const config = loadConfig();
  installRuntime({ metricsAddress: config.metricsAddress });
  const connection = await connectWorker(config).catch((err: Error) => {
    throw new CutoverError(`cannot reach Temporal at ${config.temporal.address}: ${err.message}`, EXIT.unreachable);
  });
  const worker = await createWorker({ connection, config });
  log.info(
    { address: config.temporal.address, namespace: config.temporal.namespace, taskQueue: config.temporal.taskQueue, plansDir: config.plansDir },
    'worker polling',
  );
  await worker.run(); // returns once SIGINT/SIGTERM has drained it
  await connection.close();
}

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('run a worker (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_TASK_QUEUE, CUTOVER_PLANS_DIR)')
    .action(runWorker);
}
