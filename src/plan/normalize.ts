// A checked plan document becomes the plain `Plan` the workflow runs: defaults filled in,
// all four phases present, each step with its phase, execution and whether it has an undo.
import { executionOf } from '../kit/define';
import { kindDef } from '../registry';
import type { CheckedStep } from './check';
import { COMMIT, type RawPlan } from './schema';
import { PHASES, type Plan, type PlanDefaults, type StepSpec } from './types';

export const DEFAULTS: PlanDefaults = {
  retry: { maximumAttempts: 3, initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1m' },
  timeout: '10m',
  heartbeatTimeout: '30s',
  onFailure: 'rollback',
  undoRetry: { maximumAttempts: 5, initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '30s' },
};

export function normalize(raw: RawPlan, steps: CheckedStep[], source: { file: string; baseDir: string }): Plan {
  const phases = Object.fromEntries(PHASES.map((p) => [p, [] as StepSpec[]])) as Plan['phases'];
  for (const s of steps) {
    const r = s.raw as Pick<StepSpec, 'timeout' | 'retry' | 'onFailure'>;
    const kind = kindDef(s.kind)!;
    const undo = !!kind.undo && (kind.undo.when?.(s.params as never) ?? true);
    const spec: StepSpec = { id: s.id, kind: s.kind, phase: s.phase, execution: executionOf(kind), undo, params: s.params };
    if (r.timeout) spec.timeout = r.timeout;
    if (r.retry) spec.retry = r.retry;
    if (r.onFailure) spec.onFailure = r.onFailure;
    if (s.group) spec.group = s.group;
    phases[s.phase].push(spec);
  }
  const d = raw.defaults;
  const plan: Plan = {
    name: raw.name,
    environment: raw.environment,
    baseDir: source.baseDir,
    source: source.file,
    targets: raw.targets,
    defaults: {
      retry: { ...DEFAULTS.retry, ...d.retry },
      timeout: d.timeout ?? DEFAULTS.timeout,
      heartbeatTimeout: d.heartbeatTimeout ?? DEFAULTS.heartbeatTimeout,
      onFailure: d.onFailure ?? DEFAULTS.onFailure,
      undoRetry: { ...DEFAULTS.undoRetry, ...d.undoRetry },
    },
    phases,
  };
  if (raw.notify) plan.notify = raw.notify;
  const commit = raw.commit ? COMMIT.exec(raw.commit) : null;
  if (commit) plan.commitAfter = commit[2];
  return plan;
}
