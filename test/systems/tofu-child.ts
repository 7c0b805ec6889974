// A worker stand-in for the tofu tests: runs one tofu.apply activity in this process, so that a
// test can kill the process (as a worker dies) in the middle of the apply.
//   node --import tsx test/systems/tofu-child.ts <input.json>
import fs from 'node:fs';
import { MockActivityEnvironment } from '@temporalio/testing';
import { kindActivity } from '../helpers/kinds';

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
new MockActivityEnvironment({ attempt: 1 })
  .run(kindActivity('tofu.apply'), input)
  .then((out) => console.log(JSON.stringify(out)))
  .catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
