// What a run tells the people who watch it, and where. Plain data: the workflow builds events, the
// `cutover.notify` activity delivers them (src/notifications/send.ts). The workflow imports this file.

export const NOTIFY_EVENTS = ['started', 'waiting', 'step_failed', 'rolling_back', 'rolled_back', 'rollback_failed', 'succeeded', 'aborted', 'failed'] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

export interface NotifySink {
  /** `webhook`: a JSON body (the event below); `slack`: Slack's incoming-webhook format. */
  kind: 'webhook' | 'slack';
  /** May hold `${env:…}` / `${secret:…}` references (webhook URLs are secrets): resolved on the worker. */
  url: string;
  /** The events this sink wants; every event when absent. */
  events?: NotifyEvent[];
  /** A name for the status and messages (the URL is never shown). */
  name?: string;
}

/** One notification: the run, what happened, and what a person can do now. Never a secret. */
export interface Notification {
  event: NotifyEvent;
  plan: string;
  environment: string;
  workflowId: string;
  runId: string;
  state: string;
  /** The step the event is about (the failed step, the waiting gate). */
  step?: string;
  /** Why (the failure, the abort reason). */
  reason?: string;
  /** What to do now, in words, and the commands that do it. */
  hint?: string;
  commands?: string[];
  at: string;
}

/** A notification a sink did not get, for the run's status. */
export interface Undelivered {
  event: NotifyEvent;
  sink: string;
  error: string;
}

export interface NotifyInput {
  notification: Notification;
  /** The plan's sinks; the worker's own defaults (CUTOVER_NOTIFY_*) when the plan names none. */
  sinks: NotifySink[];
}

export interface NotifyResult {
  undelivered: Undelivered[];
  /** How many sinks the run has (the plan's, else the worker's defaults); absent from workers before it was added. */
  sinks?: number;
}
