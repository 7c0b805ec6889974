// How runs look: the live board (with the attempt in flight and a copy's progress), the CI
// lines, and the Markdown summary.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { renderStatus, statusEvents } from '../../src/cli/render';
import { describeProgress } from '../../src/cli/pending';
import { markdownSummary } from '../../src/cli/summary';
import type { RunStatus } from '../../src/workflows/status';

const base = (): RunStatus => ({
  workflowId: 'cutover-shop-prod',
  runId: 'r1',
  plan: 'shop',
  environment: 'prod',
  state: 'running',
  phase: 'migrateData',
  startedAt: '2026-01-01T00:00:00.000Z',
  committed: false,
  steps: [
    { id: 'schema', kind: 'mysql.migrate', phase: 'migrateData', state: 'succeeded', attempts: 1, startedAt: '2026-01-01T00:00:00.000Z', endedAt: '2026-01-01T00:00:01.500Z', undo: { state: 'pending', attempts: 0 } },
    { id: 'orders', kind: 'mysql.copyTable', phase: 'migrateData', state: 'running', attempts: 0, startedAt: '2026-01-01T00:00:02.000Z', undo: { state: 'pending', attempts: 0 } },
    { id: 'go-live', kind: 'approval', phase: 'migrateData', state: 'pending', attempts: 0, undo: { state: 'none', attempts: 0 } },
  ],
});

it('the board shows phases, steps, times, and the attempt in flight with its progress', () => {
  const text = renderStatus(base(), false, Date.parse('2026-01-01T00:01:05Z'), [
    { activityType: 'mysql.copyTable', attempt: 3, lastFailure: 'connection reset', details: { done: 50, total: 200, unit: 'rows' } },
  ]);
  assert.match(text, /^cutover-shop-prod {2}plan shop · prod · running {2}1m05s/);
  assert.match(text, /✔ schema\s+mysql\.migrate\s+1\.5s/);
  assert.match(text, /▶ orders\s+mysql\.copyTable\s+1m03s {2}attempt 3/);
  assert.match(text, /last failure: connection reset/);
  assert.match(text, /\[█{6}░{18}\] 25% 50\/200 rows/);
  assert.doesNotMatch(text, /\x1b\[/, 'no colour unless asked');
});

it('a waiting gate shows the commands that answer it', () => {
  const s = base();
  s.state = 'waiting';
  s.waitingFor = { type: 'gate', step: 'go-live', since: s.startedAt, hint: 'approve or reject gate go-live' };
  const text = renderStatus(s);
  assert.match(text, /cutover approve cutover-shop-prod go-live/);
  assert.match(text, /cutover reject cutover-shop-prod go-live --reason/);
});

it('progress without a total lists the counts', () => {
  assert.equal(describeProgress({ phase: 'nodes', after: '12', nodes: 1200, relationships: 300 }), 'nodes 1200 · relationships 300');
  assert.equal(describeProgress('x'), undefined);
});

it('CI lines: one per change, the run state last', () => {
  const prev = base();
  const next = base();
  next.steps[1] = { ...next.steps[1], state: 'failed', attempts: 3, endedAt: '2026-01-01T00:00:09.000Z', error: 'checksum mismatch' };
  next.state = 'rolling_back';
  const lines = statusEvents(prev, next).map((l) => l.replace(/^\S+ /, ''));
  assert.deepEqual(lines, ['step orders (mysql.copyTable) failed in 7.0s, 3 attempts: checksum mismatch', 'run cutover-shop-prod rolling_back']);
  assert.deepEqual(statusEvents(next, next), [], 'nothing changed, nothing printed');
});

it('the Markdown summary has the outcome, a row per step and what was rolled back', () => {
  const s = base();
  s.state = 'rolled_back';
  s.endedAt = '2026-01-01T00:00:30.000Z';
  s.reason = 'step orders failed: checksum | mismatch';
  s.steps[0].undo = { state: 'succeeded', attempts: 1 };
  s.steps[1] = { ...s.steps[1], state: 'failed', attempts: 3, error: 'checksum | mismatch', endedAt: '2026-01-01T00:00:09.000Z' };
  const md = markdownSummary(s);
  assert.match(md, /^## ❌ cutover shop on prod: rolled_back/);
  assert.match(md, /\| migrateData \| orders \| mysql\.copyTable \| failed \| 3 \| 7\.0s \| pending \| checksum \\\| mismatch \|/);
  assert.match(md, /Rolled back, newest first: schema\./);
});

it('a parallel group on the board: its steps framed, each with its own attempt in flight by activity id', () => {
  const s = base();
  s.steps = [
    { id: 'orders', kind: 'mysql.copyTable', phase: 'migrateData', group: 'copies', state: 'running', attempts: 0, startedAt: '2026-01-01T00:00:00.000Z', undo: { state: 'pending', attempts: 0 } },
    { id: 'users', kind: 'mysql.copyTable', phase: 'migrateData', group: 'copies', state: 'running', attempts: 0, startedAt: '2026-01-01T00:00:00.000Z', undo: { state: 'pending', attempts: 0 } },
    { id: 'smoke', kind: 'http.check', phase: 'migrateData', state: 'pending', attempts: 0, undo: { state: 'none', attempts: 0 } },
  ];
  const text = renderStatus(s, false, Date.parse('2026-01-01T00:00:10Z'), [
    { activityType: 'mysql.copyTable', activityId: 'users#1', attempt: 1, details: { done: 30, total: 100, unit: 'rows' } },
    { activityType: 'mysql.copyTable', activityId: 'orders#2', attempt: 2, details: { done: 90, total: 100, unit: 'rows' } },
  ]);
  const lines = text.split('\n');
  const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
  assert.ok(at(/┌ parallel copies/) >= 0, text);
  assert.match(lines[at(/orders/)], /│ ▶ orders\s+mysql\.copyTable\s+10\.0s {2}attempt 2/);
  assert.match(lines[at(/orders/) + 1], /90% 90\/100 rows/, 'orders shows its own progress');
  assert.match(lines[at(/users/) + 1], /30% 30\/100 rows/, 'users shows its own progress');
  assert.equal(lines[at(/smoke/) - 1].trim(), '└');
  const summary = markdownSummary(s);
  assert.match(summary, /\| orders \(parallel copies\) \| mysql\.copyTable \|/);
  assert.match(statusEvents(undefined, s).join('\n'), /step orders \(mysql\.copyTable, parallel copies\) running/);
});
