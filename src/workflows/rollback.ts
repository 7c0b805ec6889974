// The run's undo stack and its unwinding. A step that can be undone is pushed before it runs (so a
// step that fails part-way is undone too); on rollback the stack is unwound newest first, each
// compensation retried by its policy and then, if it still fails, held for a person's decision.
import { condition, metricMeter, proxyActivities } from '@temporalio/workflow';
import type { ActivityResult, StepContext, StepOutput, UndoInput } from '../kit/context';
import { undoActivityName } from '../kit/define';
import type { StepSpec } from '../plan/types';
import { undoOptions } from './activity-options';
import { decided } from './controls';
import { attemptsOf, describeFailure } from './failures';
import { now, type RunRecord } from './run-state';
import { stepActivityId, type RunParts } from './steps';
import { nextCommands } from './status';

interface UndoEntry {
  /** The step as it ran: references resolved, with the context (targets) it ran with. */
  spec: StepSpec;
  ctx: StepContext;
  output?: StepOutput;
}

export class UndoStack {
  private readonly entries: UndoEntry[] = [];

  get size(): number {
    return this.entries.length;
  }

  /** Before the step runs; `entry.output` is filled in when it succeeds. */
  push(spec: StepSpec, ctx: StepContext): UndoEntry {
    const entry: UndoEntry = { spec, ctx };
    this.entries.push(entry);
    return entry;
  }

  /** The step of `entry` ended: it goes on top, so that the last step to end is undone first. */
  ended(entry: UndoEntry): void {
    const at = this.entries.indexOf(entry);
    if (at >= 0 && at < this.entries.length - 1) this.entries.push(...this.entries.splice(at, 1));
  }

  /** The commit point: what is on the stack will not be undone. */
  drop(record: RunRecord, after: string): void {
    for (const e of this.entries) {
      const u = record.step(e.spec.id).undo;
      u.state = 'dropped';
      u.reason = `commit point after ${after} passed`;
    }
    this.entries.length = 0;
  }

  /** Unwinds the stack newest first. Never throws: a failing compensation waits for a person. */
  async unwind(run: RunParts): Promise<void> {
    const { plan, record, controls } = run;
    const compensations = metricMeter.createCounter('cutover_compensations', 'count', 'compensations run, by kind and outcome');
    record.setState('rolling_back');
    run.notify('rolling_back', { reason: record.status.reason });
    while (this.entries.length > 0) {
      const { spec, ctx, output } = this.entries[this.entries.length - 1];
      const u = record.step(spec.id).undo;
      for (;;) {
        u.state = 'running';
        u.startedAt ??= now();
        try {
          const activityId = stepActivityId(run, `undo:${spec.id}`);
          const undo = proxyActivities<Record<string, (input: UndoInput) => Promise<ActivityResult>>>({ ...undoOptions(plan, spec), ...(activityId ? { activityId } : {}) })[undoActivityName(spec.kind)];
          const r = await undo({ ctx, step: spec, output });
          u.attempts += r.attempt;
          u.state = 'succeeded';
          u.error = undefined;
          u.endedAt = now();
          compensations.add(1, { kind: spec.kind, outcome: 'succeeded' });
          break;
        } catch (err) {
          compensations.add(1, { kind: spec.kind, outcome: 'failed' });
          u.state = 'failed';
          u.error = describeFailure(err);
          u.attempts += attemptsOf(err, plan.defaults.undoRetry.maximumAttempts);
          u.endedAt = now();
          controls.undoDecision = undefined;
          record.setState(
            'rollback_failed',
            record.waiting('compensation', spec, `undo of ${spec.id} failed: retryCompensation, or skipCompensation with a reason`),
          );
          run.notify('rollback_failed', { step: spec.id, reason: u.error, hint: record.status.waitingFor!.hint, commands: nextCommands(record.status) });
          await condition(() => controls.undoDecision !== undefined);
          record.setState('rolling_back');
          if (controls.undoDecision!.action === 'skip') {
            u.state = 'skipped';
            u.reason = decided(controls.undoDecision!);
            break;
          }
        }
      }
      this.entries.pop();
    }
  }
}
