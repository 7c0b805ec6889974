// Records the scenarios' histories: `npx tsx test/workflows/record-histories.ts` with the stack up.
// Run it when the workflow changes on purpose (and keep the old histories that still must replay).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startHarness } from '../helpers/temporal';
import { stackEnv } from '../helpers/stack';
import { scenarios } from './scenarios';
import { stubActivities } from './stubs';

async function main() {
  const h = await startHarness(stubActivities);
  try {
    for (const [name, run] of Object.entries(scenarios)) {
      const handle = await run(h.client, h.taskQueue);
      const file = path.join(__dirname, 'histories', `${name}.json`);
      const { CUTOVER_TEMPORAL_BIN: bin, TEMPORAL_ADDRESS: address } = stackEnv();
      // The same JSON that `temporal workflow show -o json` gives anyone exporting a history.
      const json = execFileSync(bin, ['workflow', 'show', '--address', address, '-w', handle.workflowId, '-o', 'json']);
      fs.writeFileSync(file, json);
      console.log(`recorded ${file}`);
    }
  } finally {
    await h.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
