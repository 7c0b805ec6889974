// ALB listener weights for traffic shifting: the forward action of a listener's default actions
// splits traffic between the blue and the green target group.
import { DescribeListenersCommand, DescribeTargetGroupsCommand, ModifyListenerCommand, type Action } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { AwsClients } from '../aws/clients';
import { aws } from '../aws/errors';

async function defaultActions(c: AwsClients, listener: string, where: string): Promise<Action[]> {
  const r = await aws(`${where}: listener ${listener}`, () => c.elb.send(new DescribeListenersCommand({ ListenerArns: [listener] })));
  return r.Listeners?.[0]?.DefaultActions ?? [];
}

/** Weight per target group ARN of the listener's forward action (a plain forward is weight 1). */
export async function listenerWeights(c: AwsClients, listener: string, where: string): Promise<Record<string, number>> {
  const forward = (await defaultActions(c, listener, where)).find((a) => a.Type === 'forward');
  if (!forward) return {};
  if (forward.ForwardConfig?.TargetGroups?.length) {
    return Object.fromEntries(forward.ForwardConfig.TargetGroups.map((t) => [t.TargetGroupArn!, t.Weight ?? 1]));
  }
  return forward.TargetGroupArn ? { [forward.TargetGroupArn]: 1 } : {};
}

/** Percent of the listener's traffic that goes to `targetGroup` (0–100). */
export function shareOf(weights: Record<string, number>, targetGroup: string): number {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  return total === 0 ? 0 : Math.round((100 * (weights[targetGroup] ?? 0)) / total);
}

/**
 * Sends `greenPercent` of the listener's traffic to green and the rest to blue, unless it does
 * already (checked first, so a resumed attempt does not repeat the change). Other default
 * actions (authentication, say) are kept. Returns whether it changed anything.
 */
export async function setGreenPercent(
  c: AwsClients,
  opts: { listener: string; blue: string; green: string; greenPercent: number; where: string },
): Promise<boolean> {
  const actions = await defaultActions(c, opts.listener, opts.where);
  const fwd = actions.find((a) => a.Type === 'forward');
  const weights = await listenerWeights(c, opts.listener, opts.where);
  const onlyOurs = Object.keys(weights).every((tg) => tg === opts.blue || tg === opts.green);
  if (onlyOurs && shareOf(weights, opts.green) === opts.greenPercent && shareOf(weights, opts.blue) === 100 - opts.greenPercent) return false;
  const forward: Action = {
    Type: 'forward',
    Order: fwd?.Order,
    ForwardConfig: {
      TargetGroups: [
        { TargetGroupArn: opts.blue, Weight: 100 - opts.greenPercent },
        { TargetGroupArn: opts.green, Weight: opts.greenPercent },
      ],
      TargetGroupStickinessConfig: fwd?.ForwardConfig?.TargetGroupStickinessConfig,
    },
  };
  const DefaultActions = fwd ? actions.map((a) => (a === fwd ? forward : a)) : [...actions, forward];
  await aws(`${opts.where}: set listener ${opts.listener} to ${opts.greenPercent}% green`, () =>
    c.elb.send(new ModifyListenerCommand({ ListenerArn: opts.listener, DefaultActions })),
  );
  return true;
}

/** Fails (non-retryable, naming it) when a listener or target group the plan names does not exist. */
export async function requireListenersAndGroups(c: AwsClients, listeners: string[], groups: string[], where: string): Promise<void> {
  for (const l of listeners) await defaultActions(c, l, where);
  await aws(`${where}: target groups ${groups.join(', ')}`, () => c.elb.send(new DescribeTargetGroupsCommand({ TargetGroupArns: groups })));
}
