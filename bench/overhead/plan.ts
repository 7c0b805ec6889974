// The overhead benchmarks' plan: N trivial steps of the stub kind `bench.noop` in migrateData.
import { PHASES, type Plan } from '../../src/plan/types';

export function plan(n: number, extra: Partial<Plan> = {}): Plan {
  const phases = Object.fromEntries(PHASES.map((p) => [p, []])) as unknown as Plan['phases'];
  phases.migrateData = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    kind: 'bench.noop',
    phase: 'migrateData' as const,
    execution: 'activity' as const,
    undo: false,
    params: {},
  }));
  return {
    name: `bench-${n}`,
    environment: 'bench',
    baseDir: process.cwd(),
    targets: {},
    defaults: { retry: { maximumAttempts: 1 }, timeout: '1m', heartbeatTimeout: '30s', onFailure: 'rollback', undoRetry: { maximumAttempts: 1 } },
    phases,
    ...extra,
  };
}

