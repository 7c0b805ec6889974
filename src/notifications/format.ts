// The bodies a sink receives: the notification itself as JSON for a generic webhook, Slack's
// incoming-webhook format (a text fallback and blocks) for Slack.
import type { Notification } from './events';

const TITLE: Record<Notification['event'], string> = {
  started: 'started',
  waiting: 'is waiting for a person',
  step_failed: 'had a step fail',
  rolling_back: 'is rolling back',
  rolled_back: 'rolled back',
  rollback_failed: 'could not finish its rollback: a person is needed',
  succeeded: 'succeeded',
  aborted: 'was aborted and rolled back',
  failed: 'failed after its commit point',
};

const ICON: Record<Notification['event'], string> = {
  started: ':rocket:',
  waiting: ':raised_hand:',
  step_failed: ':warning:',
  rolling_back: ':rewind:',
  rolled_back: ':leftwards_arrow_with_hook:',
  rollback_failed: ':rotating_light:',
  succeeded: ':white_check_mark:',
  aborted: ':octagonal_sign:',
  failed: ':x:',
};

export const headline = (n: Notification) => `cutover ${n.plan} on ${n.environment} ${TITLE[n.event]}${n.step ? ` (step ${n.step})` : ''}`;

export function webhookBody(n: Notification, link: string | undefined): Record<string, unknown> {
  return { ...n, text: headline(n), ...(link ? { link } : {}) };
}

export function slackBody(n: Notification, link: string | undefined): Record<string, unknown> {
  const lines = [`${ICON[n.event]} *${headline(n)}*`, `run \`${n.workflowId}\` · ${n.state}`];
  if (n.reason) lines.push(`> ${n.reason.replace(/\n/g, ' ')}`);
  if (n.hint) lines.push(n.hint);
  if (n.commands?.length) lines.push(n.commands.map((c) => `\`${c}\``).join('\n'));
  if (link) lines.push(`<${link}|Open the run in the Temporal Web UI>`);
  return { text: headline(n), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } }] };
}
