// A smoke-sized reliability campaign (bench/chaos, `npm run chaos` for the long one): three runs
// of the full plan — MySQL, PostgreSQL, Redis, both graph servers, RDS and ECS on moto, a tofu
// step — on the campaign's own Temporal server, workers, Toxiproxy and Redis servers: a success
// with every worker killed mid-copy, a rollback with the Temporal server killed mid-rollback, and
// a success with two workers, one killed, and a black hole longer than the heartbeat timeout
// between the workers and the Redis target. Each run is judged from the systems' own digests
// (bench/chaos/checks.ts, whose failing cases test/unit/chaos-checks.test.ts shows).
import { after, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { randomInt } from 'node:crypto';
import { campaign } from '../../bench/chaos/main';
import { HEARTBEAT_TIMEOUT_MS, type Schedule } from '../../bench/chaos/schedule';
import { ROOT } from '../helpers/stack';

const seed = randomInt(1_000_000, 2_000_000);
const out = path.join(ROOT, '.stack/chaos', `smoke-${seed}`);
after(() => fs.rmSync(out, { recursive: true, force: true }));

const schedules: Schedule[] = [
  { seed, index: 0, expect: 'success', workers: 1, faults: [{ kind: 'worker-kill', trigger: { on: 'start', at: 'step-start', step: 'copy-table', delayMs: 300 }, which: 'all', restartAfterMs: 500 }] },
  { seed, index: 1, expect: 'rollback', workers: 1, faults: [{ kind: 'server-kill', trigger: { on: 'start', at: 'undo-start', step: 'copy-pg', delayMs: 0 }, restartAfterMs: 1_000 }] },
  {
    seed,
    index: 2,
    expect: 'success',
    workers: 2,
    faults: [
      { kind: 'network', trigger: { on: 'start', at: 'step-start', step: 'copy-cache', delayMs: 200 }, link: 'redis-dst', toxic: { type: 'blackhole' }, durationMs: HEARTBEAT_TIMEOUT_MS + 2_000 },
      { kind: 'worker-kill', trigger: { on: 'start', at: 'step-start', step: 'copy-graph', delayMs: 0 }, which: 'one', restartAfterMs: 0 },
    ],
  },
];

it('three runs with a worker killed, the Temporal server killed mid-rollback and a network black hole: no violation', async () => {
  const lines: string[] = [];
  const report = await campaign({ runs: schedules.length, seed, out, schedules, portBase: 28_233, log: (l) => lines.push(l) });
  const why = () => `${lines.join('\n')}\n${JSON.stringify(report.runs.map((r) => ({ index: r.index, state: r.state, error: r.error, violations: r.violations, faults: r.faults })), null, 2)}`;
  assert.equal(report.runs.length, 3, why());
  assert.deepEqual(report.runs.map((r) => r.state), ['succeeded', 'rolled_back', 'succeeded'], why());
  for (const r of report.runs) {
    assert.deepEqual(r.violations, [], why());
    for (const f of r.faults) assert.ok(f.firedAtMs !== undefined && !f.error, `run ${r.index}: ${f.kind} injected at ${f.trigger}: ${why()}`);
  }
  assert.ok(report.runs[1].rollbackMs !== undefined && report.runs[1].rollbackMs > 0, why());
  // The schedules, digests and the summary are on disk for a replay.
  for (const r of report.runs) assert.ok(fs.existsSync(path.join(out, 'runs', String(r.index), 'schedule.json')));
  assert.match(fs.readFileSync(path.join(out, 'summary.md'), 'utf8'), /Violations: 0 in 0 run\(s\)/);
});
