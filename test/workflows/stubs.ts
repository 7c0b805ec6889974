// Stub step activities for workflow tests: the point there is the workflow logic, so the
// activities only record what was called and fail on command.
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import type { StepInput, UndoInput } from '../../src/kit/context';
import { PHASES, type PhaseName, type Plan, type StepSpec } from '../../src/plan/types';
import { statusQuery } from '../../src/workflows/definitions';
import type { RunStatus } from '../../src/workflows/status';
import { pollFor } from '../helpers/poll';

/** Everything the stubs did, in order: `<workflowId> <stepId>` and `<workflowId> undo <stepId>`. */
export const journal: string[] = [];
const calls = new Map<string, number>();
/** The params each call saw (`<workflowId> <stepId>` and `<workflowId> undo <stepId>`), references resolved. */
export const seen = new Map<string, Record<string, unknown>>();
/** Calls that saw their activity's cancellation (`<workflowId> <stepId>`). */
export const cancelled = new Set<string>();
/** When each call ran, by the activity's own clock (`<workflowId> <stepId>`). */
export const spans = new Map<string, { start: number; end: number }[]>();
/** Undo keys (`<workflowId> <stepId>`) whose compensation fails until removed. */
export const brokenUndo = new Set<string>();

/** Every attempt of a `hold: true` step (`<workflowId> <stepId>`): which attempt, and how it ended. */
export const holds = new Map<string, { attempt: number; end?: 'released' | 'cancelled' }[]>();
const releases = new Map<string, { released: Promise<void>; open: () => void }>();
const releaseOf = (key: string) => {
  let r = releases.get(key);
  if (!r) {
    let open!: () => void;
    const released = new Promise<void>((resolve) => (open = resolve));
    r = { released, open };
    releases.set(key, r);
  }
  return r;
};
/** Lets the `hold: true` step `<workflowId> <stepId>` finish: the attempt waiting now, or the next one. */
export const release = (key: string) => releaseOf(key).open();

const count = (key: string) => {
  const n = (calls.get(key) ?? 0) + 1;
  calls.set(key, n);
  return n;
};

export const stubActivities = {
  async 'test.op'({ ctx, step }: StepInput) {
    const key = `${ctx.workflowId} ${step.id}`;
    const n = count(key);
    seen.set(key, step.params);
    const p = step.params as { failAttempts?: number; failAlways?: boolean; sleepMs?: number; hold?: boolean };
    const span = { start: Date.now(), end: Date.now() };
    spans.set(key, [...(spans.get(key) ?? []), span]);
    try {
      if (p.hold) {
        // A long step: runs until the test releases it, or until its attempt is cancelled.
        const attempt = { attempt: Context.current().info.attempt } as { attempt: number; end?: 'released' | 'cancelled' };
        holds.set(key, [...(holds.get(key) ?? []), attempt]);
        await Promise.race([releaseOf(key).released, Context.current().cancelled]).catch((err: unknown) => {
          attempt.end = 'cancelled';
          throw err;
        });
        attempt.end = 'released';
      }
      if (p.sleepMs) await Context.current().sleep(p.sleepMs);
      if (p.failAlways || n <= (p.failAttempts ?? 0)) throw new Error(`${step.id} broke on call ${n}`);
    } catch (err) {
      if (Context.current().cancellationSignal.aborted) cancelled.add(key);
      throw err;
    } finally {
      span.end = Date.now();
    }
    journal.push(key);
    return { did: step.id, call: n };
  },
  async 'test.op.undo'({ ctx, step, output }: UndoInput) {
    const key = `${ctx.workflowId} ${step.id}`;
    const n = count(`${key} undo`);
    seen.set(`${ctx.workflowId} undo ${step.id}`, step.params);
    const p = step.params as { undoFailAttempts?: number };
    if (brokenUndo.has(key) || n <= (p.undoFailAttempts ?? 0)) throw new Error(`undo of ${step.id} broke on call ${n}`);
    journal.push(`${ctx.workflowId} undo ${step.id}${output ? '' : ' (no output)'}`);
    return { undid: step.id };
  },
  async 'test.check'({ ctx, step }: StepInput) {
    seen.set(`${ctx.workflowId} ${step.id} targets`, ctx.targets);
    if ((step.params as { fatal?: boolean }).fatal) throw ApplicationFailure.nonRetryable(`${step.id} is fatally broken`, 'Fatal');
    return { checked: step.id };
  },
};

export const entriesFor = (workflowId: string) =>
  journal.filter((e) => e.startsWith(`${workflowId} `)).map((e) => e.slice(workflowId.length + 1));

type StepDraft = Partial<StepSpec> & { id: string; params?: Record<string, unknown> };

/** An inline plan of stub steps; `kind` defaults to `test.op`. */
export function testPlan(phases: Partial<Record<PhaseName, StepDraft[]>>, extra: Partial<Plan> = {}): Plan {
  const name = `t${randomUUID().slice(0, 8)}`;
  const full = Object.fromEntries(
    PHASES.map((phase) => [
      phase,
      (phases[phase] ?? []).map((d): StepSpec => {
        const kind = d.kind ?? 'test.op';
        return {
          phase,
          params: {},
          ...d,
          kind,
          execution: kind === 'approval' ? 'gate' : kind === 'wait' ? 'timer' : 'activity',
          undo: kind === 'test.op',
        };
      }),
    ]),
  ) as Plan['phases'];
  return {
    name,
    environment: 'test',
    baseDir: '/tmp',
    targets: {},
    defaults: {
      retry: { maximumAttempts: 2, initialInterval: '50ms', backoffCoefficient: 1 },
      timeout: '30s',
      heartbeatTimeout: '10s',
      onFailure: 'rollback',
      undoRetry: { maximumAttempts: 3, initialInterval: '50ms', backoffCoefficient: 1 },
    },
    phases: full,
    ...extra,
  };
}

/** Polls the status query until `until` holds (or fails after `ms`). */
export const waitForStatus = (handle: WorkflowHandle, until: (s: RunStatus) => boolean, ms = 90_000): Promise<RunStatus> =>
  pollFor(`the status of ${handle.workflowId}`, () => handle.query(statusQuery), until, { ms });
