// Determinism: recorded histories replay against the current workflow code, and so does a
// history recorded just now.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { startHarness, workflowBundle, type TemporalHarness } from '../helpers/temporal';
import { scenarios } from './scenarios';
import { stubActivities } from './stubs';

const dir = path.join(__dirname, 'histories');

describe('history replay', () => {
  let h: TemporalHarness;
  before(async () => {
    h = await startHarness(stubActivities);
  });
  after(async () => h?.close());

  it('every committed history replays cleanly', async () => {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
    assert.ok(files.length >= 2, `expected recorded histories in ${dir}`);
    for (const file of files) {
      const history: unknown = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      await assert.doesNotReject(Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, file), file);
    }
  });

  it('a run recorded now replays cleanly', async () => {
    for (const run of Object.values(scenarios)) {
      const handle = await run(h.client, h.taskQueue);
      await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, await handle.fetchHistory(), handle.workflowId);
    }
  });
});
