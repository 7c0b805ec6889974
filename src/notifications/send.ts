// The `cutover.notify` activity: delivers one notification to every sink that wants it, each
// retried with backoff for a bounded time; a sink that stays down is reported back (the run's status
// says so), never a failure of the run. Sinks already served are checkpointed, so a retry after a
// dead worker does not send twice.
import { ApplicationFailure } from '@temporalio/common';
import { sleep, cancellationSignal } from '@temporalio/activity';
import { progress, resumeFrom } from '../kit/checkpoint';
import { resolveRefs, scrub } from '../kit/resolve';
import type { NotifyInput, NotifyResult, NotifySink, Undelivered } from './events';
import { slackBody, webhookBody } from './format';

export interface NotifyOptions {
  /** Sinks used when the plan names none. */
  defaults: NotifySink[];
  /** The Temporal Web UI's base URL, for links to the run. */
  uiUrl?: string;
  namespace: string;
  /** How long one sink is retried before it counts as not delivered. */
  patienceMs: number;
}

const sinkName = (s: NotifySink, i: number) => s.name ?? `${s.kind} sink ${i + 1}`;

async function post(url: string, body: unknown, timeoutMs: number): Promise<void> {
  const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), cancellationSignal()]);
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
}

export function makeNotifyActivities(o: NotifyOptions) {
  return {
    async 'cutover.notify'({ notification: n, sinks }: NotifyInput): Promise<NotifyResult> {
      const all = sinks.length ? sinks : o.defaults;
      const link = o.uiUrl ? `${o.uiUrl.replace(/\/$/, '')}/namespaces/${encodeURIComponent(o.namespace)}/workflows/${encodeURIComponent(n.workflowId)}/${n.runId}/history` : undefined;
      const done = new Set(resumeFrom<number[]>() ?? []);
      const undelivered: Undelivered[] = [];
      for (const [i, sink] of all.entries()) {
        if (done.has(i) || (sink.events && !sink.events.includes(n.event))) continue;
        const name = sinkName(sink, i);
        let url: string;
        try {
          url = await resolveRefs(sink.url, `notification sink ${name}`);
        } catch (err) {
          undelivered.push({ event: n.event, sink: name, error: (err as Error).message });
          continue;
        }
        const body = sink.kind === 'slack' ? slackBody(n, link) : webhookBody(n, link);
        const deadline = Date.now() + o.patienceMs;
        for (let wait = 250; ; wait = Math.min(wait * 2, 4_000)) {
          try {
            await post(url, body, Math.max(1_000, Math.min(10_000, deadline - Date.now())));
            done.add(i);
            progress([...done]);
            break;
          } catch (err) {
            if (cancellationSignal().aborted) throw ApplicationFailure.create({ message: 'cancelled', nonRetryable: true });
            // The URL (a webhook's token) is never in the message.
            const cause = (err as { cause?: { code?: string; message?: string } }).cause;
            const error = scrub(cause?.code ?? cause?.message ?? (err as Error).message, [url]);
            if (Date.now() + wait >= deadline) {
              undelivered.push({ event: n.event, sink: name, error: `not delivered after ${Math.round(o.patienceMs / 1000)}s: ${error}` });
              break;
            }
            await sleep(wait);
          }
        }
      }
      return { undelivered, sinks: all.length };
    },
  };
}
