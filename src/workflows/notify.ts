// Notifications from the workflow: each event is handed to the `cutover.notify` activity, one after
// another (a sink sees them in order) and never awaited by the run itself — a slow or dead sink adds
// no step latency. At the end the run waits a bounded time for the last ones; whatever a sink did
// not get is listed in the status. A run whose first notification found no sink at all (none in the
// plan, none on the worker) sends no more. Runs recorded before notifications existed send none.
import { condition, patched, proxyActivities } from '@temporalio/workflow';
import type { Notification, NotifyEvent, NotifyInput, NotifyResult } from '../notifications/events';
import type { Plan } from '../plan/types';
import { now, type RunRecord } from './run-state';

/** The patch behind which runs send notifications (docs/upgrades.md lists every patch). */
export const NOTIFICATIONS_PATCH = 'cutover-notifications';
/** The patch behind which a run stops notifying once the worker said it has no sinks. */
export const NO_SINKS_PATCH = 'cutover-notify-no-sinks';

/** How long a finished run waits for its last notifications before it ends anyway. */
const FLUSH = '30s';

export type Notify = (event: NotifyEvent, about?: Partial<Pick<Notification, 'step' | 'reason' | 'hint' | 'commands'>>) => void;

export function notifier(plan: Plan, record: RunRecord): { notify: Notify; flush: () => Promise<void> } {
  // `notify: []` in the plan: none at all (not even the worker's defaults), and no activity.
  const enabled = !(plan.notify && plan.notify.length === 0) && patched(NOTIFICATIONS_PATCH);
  const { 'cutover.notify': send } = proxyActivities<{ 'cutover.notify': (i: NotifyInput) => Promise<NotifyResult> }>({
    // The activity retries each sink itself for a bounded time; these only cover a dead worker.
    startToCloseTimeout: '2m',
    retry: { maximumAttempts: 3, initialInterval: '1s' },
  });
  // Checked once, at the start: every run has it at the same place in its history.
  const stopWhenNoSinks = enabled && patched(NO_SINKS_PATCH);
  let noSinks = false;
  let pending = 0;
  let chain: Promise<void> = Promise.resolve();
  const notify: Notify = (event, about = {}) => {
    if (!enabled) return;
    const s = record.status;
    const notification: Notification = { event, plan: s.plan, environment: s.environment, workflowId: s.workflowId, runId: s.runId, state: s.state, at: now(), ...about };
    pending++;
    chain = chain.then(async () => {
      try {
        if (noSinks) return;
        const r = await send({ notification, sinks: plan.notify ?? [] });
        if (r.undelivered.length) (s.undeliveredNotifications ??= []).push(...r.undelivered);
        if (stopWhenNoSinks && r.sinks === 0) noSinks = true;
      } catch (err) {
        (s.undeliveredNotifications ??= []).push({ event, sink: 'every sink', error: err instanceof Error ? err.message : String(err) });
      } finally {
        pending--;
      }
    });
  };
  const flush = async () => {
    // Once the run knows it has no sinks, what is left in the chain sends nothing: no wait.
    if (pending && !noSinks) await condition(() => pending === 0, FLUSH);
  };
  return { notify, flush };
}
