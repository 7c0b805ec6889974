// The worker the load benchmark measures: cutover's own (`cutover worker`), in a process of its
// own, configured only by its environment (TEMPORAL_TASK_QUEUE, CUTOVER_MAX_CONCURRENT_*, …).
import { runWorker } from '../../src/worker';

runWorker().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
