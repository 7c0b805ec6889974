// The validated, normalized plan: what the workflow receives. Plain data, no zod, so the
// deterministic workflow bundle can import these types without pulling in the parser.
import type { NotifySink } from '../notifications/events';

export const PHASES = ['prepare', 'provisionBase', 'migrateData', 'optimize'] as const;
export type PhaseName = (typeof PHASES)[number];

export type OnFailure = 'rollback' | 'pause';

export interface RetrySpec {
  maximumAttempts?: number;
  initialInterval?: string;
  backoffCoefficient?: number;
  maximumInterval?: string;
}

export interface TargetSpec {
  /** A target kind registered by a family (`mysql`, `redis`, `bolt`, `http`, …). */
  kind: string;
  /** May hold `${env:NAME}` references; resolved on the worker only. */
  url: string;
}

export interface StepSpec {
  id: string;
  kind: string;
  phase: PhaseName;
  timeout?: string;
  retry?: RetrySpec;
  onFailure?: OnFailure;
  /** How the step runs: a worker activity, a gate for a person, or a durable timer. */
  execution: 'activity' | 'gate' | 'timer';
  /** Whether the kind has a compensation (an activity named `<kind>.undo`). */
  undo: boolean;
  /** Kind-specific fields, exactly as written in the plan (after schema defaults). */
  params: Record<string, unknown>;
  /** Set for the steps of a parallel group: they run at once (consecutive in their phase). */
  group?: ParallelGroup;
}

export interface ParallelGroup {
  id: string;
  /** At most this many of the group's steps at once; all at once when absent. */
  maxConcurrency?: number;
}

export interface PlanDefaults {
  retry: RetrySpec;
  timeout: string;
  heartbeatTimeout: string;
  onFailure: OnFailure;
  /** Retry policy for compensations, before the run waits for a person. */
  undoRetry: RetrySpec;
}

export interface Plan {
  name: string;
  environment: string;
  /** Absolute folder that relative paths in steps (e.g. migration dirs) are resolved against. */
  baseDir: string;
  /** File the plan was read from, for messages. */
  source?: string;
  targets: Record<string, TargetSpec>;
  defaults: PlanDefaults;
  phases: Record<PhaseName, StepSpec[]>;
  /** Id of the step after which the run can no longer be rolled back. */
  commitAfter?: string;
  /** Where notifications go; the worker's defaults when absent, none when empty. */
  notify?: NotifySink[];
}
