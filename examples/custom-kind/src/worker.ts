// The team's worker: cutover's worker (its `migration` workflow and every built-in kind) with the
// flags family added. Reads the same settings as `cutover worker` (TEMPORAL_ADDRESS,
// TEMPORAL_TASK_QUEUE, CUTOVER_PLUGINS, …); stops on SIGINT/SIGTERM once drained.
import { runWorker } from 'cutover/worker';
import { flags } from './index';

runWorker({ families: [flags] }).catch((err: Error & { exitCode?: number }) => {
  console.error(`worker: ${err.message}`);
  process.exit(err.exitCode ?? 70);
});
