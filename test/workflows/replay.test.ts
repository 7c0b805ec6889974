// Determinism: recorded histories replay against the current workflow code, and so does a
// history recorded just now. histories/previous/ holds runs of the previous release's workflow
// code (test/workflows/previous-release/): runs in flight when a worker is redeployed; the sets of
// older releases live in folders of their own beside it (docs/upgrades.md).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DeterminismViolationError } from '@temporalio/workflow';
import { Worker, type ReplayWorkerOptions } from '@temporalio/worker';
import { startHarness, workflowBundle, type TemporalHarness } from '../helpers/temporal';
import { scenarios } from './scenarios';
import { scenarios as previousScenarios } from './previous-release/scenarios';
import { previousBundle } from './previous-release/bundle';
import { stubActivities } from './stubs';

const dir = path.join(__dirname, 'histories');
const previousDir = path.join(dir, 'previous');

type JsonHistory = { events: Record<string, unknown>[] };
const read = (file: string): JsonHistory => JSON.parse(fs.readFileSync(file, 'utf8')) as JsonHistory;
const jsonIn = (folder: string, deep = false): string[] =>
  fs.readdirSync(folder, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(folder, e.name);
    if (e.isDirectory()) return deep ? jsonIn(file, true) : [];
    return e.name.endsWith('.json') ? [file] : [];
  });

/** Replays every file with one replay worker; the failures, by file. */
async function replayAll(options: ReplayWorkerOptions, files: string[]): Promise<string[]> {
  const failures: string[] = [];
  const histories = files.map((f) => ({ workflowId: path.relative(dir, f), history: read(f) }));
  for await (const r of Worker.runReplayHistories(options, histories)) {
    if (r.error) failures.push(`${r.workflowId}: ${r.error.message}`);
  }
  return failures;
}

const decoded = <T>(payload: { data: string }): T => JSON.parse(Buffer.from(payload.data, 'base64').toString()) as T;

/** The steps of parallel groups in the plan a recorded run was started with. */
function groupMembers(history: JsonHistory): string[] {
  const attrs = history.events[0].workflowExecutionStartedEventAttributes as { input: { payloads: { data: string }[] } };
  const { plan } = decoded<{ plan: { phases?: Record<string, { id: string; group?: unknown }[]> } | string }>(attrs.input.payloads[0]);
  return typeof plan === 'string' ? [] : Object.values(plan.phases ?? {}).flat().filter((s) => s.group !== undefined).map((s) => s.id);
}

/** Each step activity scheduled, with the workflow task that scheduled it. */
const scheduled = (history: JsonHistory) =>
  history.events.flatMap((e) => {
    const a = e.activityTaskScheduledEventAttributes as { input: { payloads: { data: string }[] }; workflowTaskCompletedEventId: string } | undefined;
    return a ? [{ step: decoded<{ step: { id: string } }>(a.input.payloads[0]).step.id, task: a.workflowTaskCompletedEventId }] : [];
  });

describe('history replay', () => {
  let h: TemporalHarness;
  before(async () => {
    h = await startHarness(stubActivities);
  });
  after(async () => h?.close());

  it('every committed history replays cleanly', async () => {
    const files = jsonIn(dir, true);
    assert.ok(files.length >= 2 + Object.keys(previousScenarios).length, `expected recorded histories in ${dir}`);
    assert.deepEqual(await replayAll({ workflowBundle: await workflowBundle() }, files), []);
  });

  it("the previous release's histories cover every scenario and are that release's own", async () => {
    const files = jsonIn(previousDir);
    assert.deepEqual(files.map((f) => path.basename(f, '.json')).sort(), Object.keys(previousScenarios).sort());
    // They replay on the code that recorded them: the fixtures and the bundle belong together.
    assert.deepEqual(await replayAll({ workflowBundle: previousBundle }, files), []);
  });

  it("groups in the previous release's runs ran step by step, and replay on that path", () => {
    // That release ignored the group field a newer client sent: each step of a group was scheduled
    // by a workflow task of its own. These histories replay (above) because the current code takes
    // a group reached on replay without its patch one step at a time (groups.ts, asRun).
    const grouped = jsonIn(previousDir).filter((f) => groupMembers(read(f)).length > 0);
    assert.deepEqual(grouped.map((f) => path.basename(f, '.json')).sort(), ['group-member-failed', 'group-sequential']);
    for (const file of grouped) {
      const history = read(file);
      const members = groupMembers(history);
      const tasks = scheduled(history).filter((s) => members.includes(s.step)).map((s) => s.task);
      assert.ok(tasks.length >= 2, file);
      assert.equal(new Set(tasks).size, tasks.length, `${file}: one step per workflow task`);
      assert.ok(!JSON.stringify(history).includes('core_patch'), `${file}: no patch marker`);
    }
  });

  it("9552f72's runs sent a notification activity at every event, with no sink: the path cutover-notify-no-sinks keeps", () => {
    // Without sinks the current code asks the worker once; these runs asked at every event, and
    // replay (above) only because a run without the patch's marker keeps doing so.
    const files = jsonIn(path.join(dir, '9552f72'));
    const names = [...new Set([...Object.keys(previousScenarios), ...Object.keys(scenarios)])].sort();
    assert.deepEqual(files.map((f) => path.basename(f, '.json')).sort(), names, 'every scenario, old and current, recorded');
    const notifies = (h: JsonHistory) => h.events.filter((e) => (e.activityTaskScheduledEventAttributes as { activityType?: { name: string } } | undefined)?.activityType?.name === 'cutover.notify').length;
    const many = files.filter((f) => notifies(read(f)) >= 2);
    assert.ok(many.length >= files.length / 2, `most of them notify more than once (${many.length} of ${files.length})`);
    for (const f of files) assert.ok(!JSON.stringify(read(f)).includes('cutover-notify-no-sinks'), `${f}: no marker of the patch`);
  });

  it('a history that the code does not match fails the replay (the check can fail)', async () => {
    // The same run, but as if an older release had scheduled another activity for its first step.
    const history = read(path.join(previousDir, 'gate-approved.json'));
    const scheduled = history.events.find((e) => e.activityTaskScheduledEventAttributes) as { activityTaskScheduledEventAttributes: { activityType: { name: string } } };
    scheduled.activityTaskScheduledEventAttributes.activityType.name = 'test.renamed';
    await assert.rejects(Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, 'altered'), DeterminismViolationError);
  });

  it('a run recorded now replays cleanly', async () => {
    for (const run of Object.values(scenarios)) {
      const handle = await run(h.client, h.taskQueue);
      await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, await handle.fetchHistory(), handle.workflowId);
    }
  });
});
