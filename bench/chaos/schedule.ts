// A run's fault schedule, drawn from a seed and written to JSON before the run starts, so that a
// failing run can be replayed exactly (`npm run chaos -- --replay <schedule.json>`).
import { rng, type Rng } from './prng';

/** The plan's steps, in order, and the ones that have an undo. */
export const STEPS = ['db-snapshot', 'infra', 'my-schema', 'pg-schema', 'copy-table', 'copy-pg', 'copy-cache', 'copy-graph', 'go-live', 'api', 'smoke'] as const;
export type StepId = (typeof STEPS)[number];
export const UNDOABLE: readonly StepId[] = ['db-snapshot', 'infra', 'my-schema', 'pg-schema', 'copy-table', 'copy-pg', 'copy-cache', 'copy-graph', 'api'];
export const COPIES: readonly StepId[] = ['copy-table', 'copy-pg', 'copy-cache', 'copy-graph'];

/** The toxiproxy proxies between the workers and each target. */
export const LINKS = ['mysql', 'postgres', 'redis-src', 'redis-dst', 'bolt-src', 'bolt-dst', 'aws'] as const;
export type Link = (typeof LINKS)[number];
/** The link each step talks through (the one a network fault on that step's window hits). */
export const LINK_OF: Partial<Record<StepId, Link[]>> = {
  'db-snapshot': ['aws'],
  'my-schema': ['mysql'],
  'pg-schema': ['postgres'],
  'copy-table': ['mysql'],
  'copy-pg': ['postgres'],
  'copy-cache': ['redis-src', 'redis-dst'],
  'copy-graph': ['bolt-src', 'bolt-dst'],
  api: ['aws'],
};

/** When a fault fires: a boundary of a step or of its undo (seen by polling the run), or time after a step began. */
export type Trigger =
  | { on: 'start'; at: 'step-start' | 'step-end' | 'undo-start' | 'undo-end'; step: StepId; delayMs: number }
  | { on: 'start'; at: 'gate'; step: 'go-live'; delayMs: number }
  | { on: 'run'; delayMs: number };

export type Toxic =
  | { type: 'latency'; latencyMs: number; jitterMs: number }
  | { type: 'bandwidth'; rateKBs: number }
  | { type: 'reset' }
  | { type: 'blackhole' }
  | { type: 'down' };

export type Fault =
  | { kind: 'worker-kill'; trigger: Trigger; which: 'one' | 'all'; restartAfterMs: number }
  | { kind: 'server-kill'; trigger: Trigger; restartAfterMs: number }
  | { kind: 'network'; trigger: Trigger; link: Link; toxic: Toxic; durationMs: number }
  | { kind: 'mysql-lock-wait'; trigger: Trigger }
  | { kind: 'pg-lock-timeout'; trigger: Trigger }
  | { kind: 'redis-oom'; trigger: Trigger; durationMs: number }
  | { kind: 'moto-throttle'; trigger: Trigger; operations: string[]; times: number };

export interface Schedule {
  seed: number;
  index: number;
  /** success: every step succeeds; rollback: the last step fails and everything is undone. */
  expect: 'success' | 'rollback';
  workers: 1 | 2;
  faults: Fault[];
}

export type FaultKind = Fault['kind'];
export const FAULT_KINDS: readonly FaultKind[] = ['worker-kill', 'server-kill', 'network', 'mysql-lock-wait', 'pg-lock-timeout', 'redis-oom', 'moto-throttle'];

/** The plan's heartbeat timeout: a black hole lasts longer than this. */
export const HEARTBEAT_TIMEOUT_MS = 3_000;

function boundary(r: Rng, expect: Schedule['expect']): Trigger {
  const kinds: Array<'step-start' | 'step-end' | 'undo-start' | 'undo-end' | 'gate'> = ['step-start', 'step-end', 'gate'];
  if (expect === 'rollback') kinds.push('undo-start', 'undo-end', 'undo-start');
  const at = r.pick(kinds);
  if (at === 'gate') return { on: 'start', at, step: 'go-live', delayMs: r.int(0, 1_000) };
  const step = at.startsWith('undo') ? r.pick(UNDOABLE) : r.pick(STEPS.filter((s) => s !== 'smoke' || at === 'step-start'));
  // At the boundary itself, or a random moment into the step (mid-copy, mid-rollback).
  const delayMs = r.chance(0.5) ? 0 : r.int(200, 4_000);
  return { on: 'start', at, step, delayMs };
}

function toxic(r: Rng): { toxic: Toxic; durationMs: number } {
  const type = r.pick(['latency', 'bandwidth', 'reset', 'blackhole', 'down'] as const);
  switch (type) {
    case 'latency':
      return { toxic: { type, latencyMs: r.int(50, 400), jitterMs: r.int(0, 100) }, durationMs: r.int(2_000, 8_000) };
    case 'bandwidth':
      return { toxic: { type, rateKBs: r.int(50, 400) }, durationMs: r.int(2_000, 8_000) };
    case 'reset':
      return { toxic: { type }, durationMs: r.int(300, 2_000) };
    case 'blackhole':
      return { toxic: { type }, durationMs: HEARTBEAT_TIMEOUT_MS + r.int(1_000, 4_000) };
    case 'down':
      return { toxic: { type }, durationMs: r.int(1_000, 5_000) };
  }
}

/** The schedule of run `index` of a campaign seeded with `seed`. */
export function makeSchedule(seed: number, index: number): Schedule {
  const r = rng((seed * 1_000_003 + index * 7_919) >>> 0);
  const expect = index % 2 === 0 ? 'success' : 'rollback';
  const workers = r.chance(0.35) ? 2 : 1;
  const faults: Fault[] = [];
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    // Weighted towards the process kills, which the campaign is mostly about.
    const kind = r.pick(['worker-kill', 'worker-kill', 'server-kill', 'network', 'network', 'mysql-lock-wait', 'pg-lock-timeout', 'redis-oom', 'moto-throttle'] as const);
    switch (kind) {
      case 'worker-kill':
        faults.push({ kind, trigger: r.chance(0.2) ? { on: 'run', delayMs: r.int(500, 20_000) } : boundary(r, expect), which: workers === 2 && r.chance(0.7) ? 'one' : 'all', restartAfterMs: r.int(0, 4_000) });
        break;
      case 'server-kill':
        faults.push({ kind, trigger: boundary(r, expect), restartAfterMs: r.int(0, 3_000) });
        break;
      case 'network': {
        const step = r.pick(Object.keys(LINK_OF) as StepId[]);
        const undo = expect === 'rollback' && r.chance(0.4);
        faults.push({ kind, trigger: { on: 'start', at: undo ? 'undo-start' : 'step-start', step, delayMs: r.int(0, 1_500) }, link: r.pick(LINK_OF[step]!), ...toxic(r) });
        break;
      }
      case 'mysql-lock-wait':
        faults.push({ kind, trigger: { on: 'run', delayMs: 0 } });
        break;
      case 'pg-lock-timeout':
        faults.push({ kind, trigger: { on: 'run', delayMs: 0 } });
        break;
      case 'redis-oom':
        faults.push({ kind, trigger: { on: 'start', at: 'step-start', step: 'copy-cache', delayMs: r.int(0, 1_500) }, durationMs: r.int(1_000, 4_000) });
        break;
      case 'moto-throttle':
        faults.push({ kind, trigger: { on: 'run', delayMs: 0 }, operations: [r.pick(['CreateDBSnapshot', 'DescribeDBSnapshots', 'DescribeDBInstances'] as const), r.pick(['RegisterTaskDefinition', 'UpdateService', 'DescribeServices'] as const)], times: r.int(1, 4) });
        break;
    }
  }
  // Each target-side fault once per run (a second lock holder would only wait behind the first).
  const seen = new Set<string>();
  const unique = faults.filter((f) => (['worker-kill', 'server-kill', 'network'].includes(f.kind) ? true : !seen.has(f.kind) && (seen.add(f.kind), true)));
  return { seed, index, expect, workers, faults: unique };
}
