// Runs one postgres.migrate activity in a process of its own (the step input as JSON in argv[2]),
// so a test can SIGKILL it while it holds the advisory lock, as a worker dies.
import { MockActivityEnvironment } from '@temporalio/testing';
import { kindActivity } from '../../helpers/kinds';

const input = JSON.parse(process.argv[2]);
new MockActivityEnvironment()
  .run(kindActivity('postgres.migrate'), input)
  .then((out) => {
    process.stdout.write(`${JSON.stringify(out)}\n`);
    process.exit(0);
  })
  .catch((err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  });
