// ECS service helpers shared by the ECS kinds: describe, update, and tell whether a deployment
// has settled, the way ECS itself reports it.
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  UpdateServiceCommand,
  type Service,
  type Tag,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';
import { ApplicationFailure } from '@temporalio/common';
import type { AwsClients } from '../aws/clients';
import { aws } from '../aws/errors';
import { done, pending, pollUntil, type PollResult } from '../../kit/wait';

export const serviceLabel = (cluster: string, service: string) => `ECS service ${cluster}/${service}`;

/** The service, or undefined when it does not exist (or was deleted). A missing cluster throws, non-retryable. */
export async function describeService(c: AwsClients, cluster: string, service: string, where: string): Promise<Service | undefined> {
  const r = await aws(`${where}: ${serviceLabel(cluster, service)}`, () =>
    c.ecs.send(new DescribeServicesCommand({ cluster, services: [service] })),
  );
  const s = r.services?.[0];
  return s && s.status !== 'INACTIVE' ? s : undefined;
}

export async function requireService(c: AwsClients, cluster: string, service: string, where: string): Promise<Service> {
  const s = await describeService(c, cluster, service, where);
  if (!s) throw ApplicationFailure.nonRetryable(`${where}: ${serviceLabel(cluster, service)} does not exist`, 'AwsNotFound');
  return s;
}

export async function describeTaskDefinition(c: AwsClients, arn: string, where: string): Promise<{ td: TaskDefinition; tags: Tag[] }> {
  const r = await aws(`${where}: task definition ${arn}`, () =>
    c.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] })),
  );
  return { td: r.taskDefinition!, tags: r.tags ?? [] };
}

/** Points the service at a task definition (and count), unless it already is. */
export async function updateService(
  c: AwsClients,
  cluster: string,
  service: string,
  where: string,
  change: { taskDefinition?: string; desiredCount?: number },
): Promise<void> {
  const now = await requireService(c, cluster, service, where);
  const tdSame = change.taskDefinition === undefined || now.taskDefinition === change.taskDefinition;
  const countSame = change.desiredCount === undefined || now.desiredCount === change.desiredCount;
  if (tdSame && countSame) return;
  await aws(`${where}: update ${serviceLabel(cluster, service)}`, () =>
    c.ecs.send(new UpdateServiceCommand({ cluster, service, ...change })),
  );
}

export type Rollout = { state: 'stable' } | { state: 'progress'; detail: string } | { state: 'failed'; detail: string };

/**
 * Whether the service runs `taskDefinition` steadily: its primary deployment is that task
 * definition, COMPLETED (or, without rollout states, the only deployment), all tasks running.
 */
export function rolloutOf(s: Service, taskDefinition: string): Rollout {
  if (s.taskDefinition !== taskDefinition) {
    return { state: 'failed', detail: `the service now runs ${s.taskDefinition}, not ${taskDefinition} (changed outside this step?)` };
  }
  const deployments = (s.deployments ?? []).filter((d) => d.status !== 'INACTIVE');
  const primary = deployments.find((d) => d.status === 'PRIMARY');
  if (!primary || primary.taskDefinition !== taskDefinition) return { state: 'progress', detail: 'no primary deployment of it yet' };
  const counts = `${primary.runningCount ?? 0}/${primary.desiredCount ?? 0} tasks running`;
  if (primary.rolloutState === 'FAILED') return { state: 'failed', detail: `deployment ${primary.id} FAILED: ${primary.rolloutStateReason ?? counts}` };
  const settled = primary.rolloutState === undefined || primary.rolloutState === 'COMPLETED';
  if (settled && deployments.length === 1 && primary.runningCount === primary.desiredCount) return { state: 'stable' };
  return { state: 'progress', detail: `deployment ${primary.id} ${primary.rolloutState ?? ''} ${counts}, ${deployments.length} deployments`.replace(/\s+/g, ' ') };
}

/**
 * Waits until every service runs its task definition steadily. A FAILED deployment or a service
 * changed by someone else fails at once (EcsDeploymentFailed); the deadline passing fails with
 * EcsStabilizationTimeout. Both are non-retryable: a retry would only wait for the same thing.
 */
export async function waitStable(
  c: AwsClients,
  opts: { cluster: string; targets: Array<{ service: string; taskDefinition: string }>; deadline: number; intervalMs: number; where: string; onPoll: () => void },
): Promise<void> {
  const labels = opts.targets.map((t) => t.service).join(', ');
  await pollUntil({
    what: `${opts.where}: waiting for ECS services ${opts.cluster}/{${labels}} to be stable`,
    deadline: opts.deadline,
    intervalMs: opts.intervalMs,
    timeoutType: 'EcsStabilizationTimeout',
    poll: async (): Promise<PollResult<void>> => {
      opts.onPoll();
      const waiting: string[] = [];
      for (const t of opts.targets) {
        const s = await requireService(c, opts.cluster, t.service, opts.where);
        const r = rolloutOf(s, t.taskDefinition);
        if (r.state === 'failed') {
          throw ApplicationFailure.nonRetryable(`${opts.where}: ${serviceLabel(opts.cluster, t.service)}: ${r.detail}`, 'EcsDeploymentFailed');
        }
        if (r.state === 'progress') waiting.push(`${t.service}: ${r.detail}`);
      }
      return waiting.length === 0 ? done(undefined) : pending(waiting.join('; '));
    },
  });
}
