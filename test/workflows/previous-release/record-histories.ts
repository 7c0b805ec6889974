// Records the histories of the previous release's workflow code: a worker runs the committed
// bundle of that release (workflow-bundle.js here) with the stub activities, and each scenario's
// history is written as `temporal workflow show -o json` prints it, to
// test/workflows/histories/previous/<scenario>.json. With the stack up:
//   node --import tsx test/workflows/previous-release/record-histories.ts
// Run it when the previous release changes (after build-bundle.ts), never to make a replay pass.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { finalStatus } from '../../../src/client';
import { startHarness } from '../../helpers/temporal';
import { stackEnv } from '../../helpers/stack';
import { stubActivities } from '../stubs';
import { previousBundle } from './bundle';
import { plansDir, scenarios } from './scenarios';

const out = path.join(__dirname, '..', 'histories', 'previous');

async function main() {
  const only = process.argv.slice(2);
  const h = await startHarness(stubActivities, { plansDir, workflowBundle: previousBundle });
  const { CUTOVER_TEMPORAL_BIN: bin, TEMPORAL_ADDRESS: address } = stackEnv();
  fs.mkdirSync(out, { recursive: true });
  try {
    for (const [name, run] of Object.entries(scenarios)) {
      if (only.length && !only.includes(name)) continue;
      const handle = await run(h.client, h.taskQueue);
      const closed = (await handle.describe()).status.name;
      const state = await finalStatus(handle).then((s) => s.state, (err: Error) => err.message);
      const json = execFileSync(bin, ['workflow', 'show', '--address', address, '-w', handle.workflowId, '-o', 'json']);
      fs.writeFileSync(path.join(out, `${name}.json`), json);
      console.log(`${name}: ${closed} ${state}`);
    }
  } finally {
    await h.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
