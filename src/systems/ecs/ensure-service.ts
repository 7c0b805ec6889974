// ecs.ensureService: the cluster, task definition and service exist afterwards. What this run
// creates is tagged with the run and step, so that the compensation deletes exactly that even
// when the step was interrupted and left no output, and nothing that was there before.
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DeleteClusterCommand,
  DeleteServiceCommand,
  DeregisterTaskDefinitionCommand,
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ListServicesCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  type Cluster,
} from '@aws-sdk/client-ecs';
import type { EnsureServiceParams } from './kinds';
import { durationMs } from '../../kit/fields';
import type { KindInput, StepInput, StepOutput, UndoKindInput } from '../../kit/context';
import { progress } from '../../kit/checkpoint';
import { awsStep, type AwsClients } from '../aws/clients';
import { aws, awsOrMissing } from '../aws/errors';
import { ecsRunTags, madeByStep, tagMap } from '../aws/names';
import { runKey, slug } from '../../kit/naming';
import { done, pending, pollUntil, resumableDeadline } from '../../kit/wait';
import { serviceLabel, waitStable } from './services';
import { findTaskDefinition } from './task-definitions';

interface Created {
  cluster: boolean;
  taskDefinition: string | null;
  service: boolean;
}

async function describeCluster(c: AwsClients, name: string, where: string): Promise<Cluster | undefined> {
  const r = await aws(`${where}: ECS cluster ${name}`, () => c.ecs.send(new DescribeClustersCommand({ clusters: [name], include: ['TAGS'] })));
  const cl = r.clusters?.[0];
  return cl && cl.status !== 'INACTIVE' ? cl : undefined;
}

async function describeServiceWithTags(c: AwsClients, p: EnsureServiceParams, where: string) {
  const r = await aws(`${where}: ${serviceLabel(p.cluster, p.service)}`, () =>
    c.ecs.send(new DescribeServicesCommand({ cluster: p.cluster, services: [p.service], include: ['TAGS'] })),
  );
  const s = r.services?.[0];
  return s && s.status !== 'INACTIVE' ? s : undefined;
}

async function ensureTaskDefinition(c: AwsClients, input: StepInput, p: EnsureServiceParams, where: string): Promise<{ arn: string; created: boolean }> {
  const newest = await findTaskDefinition(c, p.taskDefinition.family, () => true, where, 1);
  if (newest) return { arn: newest.arn, created: madeByStep(newest.tags, input) };
  const t = p.taskDefinition;
  const r = await aws(`${where}: register task definition ${t.family}`, () =>
    c.ecs.send(
      new RegisterTaskDefinitionCommand({
        family: t.family,
        cpu: t.cpu,
        memory: t.memory,
        networkMode: t.networkMode,
        requiresCompatibilities: t.requiresCompatibilities,
        containerDefinitions: t.containers.map((k) => ({
          name: k.name,
          image: k.image,
          cpu: k.cpu,
          memory: k.memory,
          essential: k.essential,
          environment: k.environment ? Object.entries(k.environment).map(([name, value]) => ({ name, value })) : undefined,
          portMappings: k.portMappings,
        })),
        tags: ecsRunTags(input),
      }),
    ),
  );
  return { arn: r.taskDefinition!.taskDefinitionArn!, created: true };
}

export async function ensureService(input: KindInput<EnsureServiceParams>): Promise<StepOutput> {
  const { p, c, where } = awsStep(input);
  const created: Created = { cluster: false, taskDefinition: null, service: false };

  let cluster = await describeCluster(c, p.cluster, where);
  if (cluster) {
    created.cluster = madeByStep(tagMap(cluster.tags), input);
  } else {
    const r = await aws(`${where}: create ECS cluster ${p.cluster}`, () =>
      c.ecs.send(new CreateClusterCommand({ clusterName: p.cluster, tags: ecsRunTags(input) })),
    );
    cluster = r.cluster!;
    created.cluster = true;
  }

  let svc = await describeServiceWithTags(c, p, where);
  let taskDefinition: string;
  if (svc) {
    created.service = madeByStep(tagMap(svc.tags), input);
    taskDefinition = svc.taskDefinition!;
    const { tags } = await aws(`${where}: task definition ${taskDefinition}`, () =>
      c.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition, include: ['TAGS'] })),
    );
    if (madeByStep(tagMap(tags), input)) created.taskDefinition = taskDefinition;
  } else {
    const td = await ensureTaskDefinition(c, input, p, where);
    taskDefinition = td.arn;
    if (td.created) created.taskDefinition = td.arn;
    const network = p.subnets ? { awsvpcConfiguration: { subnets: p.subnets, securityGroups: p.securityGroups } } : undefined;
    const r = await aws(`${where}: create ${serviceLabel(p.cluster, p.service)}`, () =>
      c.ecs.send(
        new CreateServiceCommand({
          cluster: p.cluster,
          serviceName: p.service,
          taskDefinition,
          desiredCount: p.desiredCount,
          launchType: p.launchType,
          networkConfiguration: network,
          tags: ecsRunTags(input),
          // Same token on a retry: ECS answers with the service it already created.
          clientToken: `${runKey(input.ctx.runId)}-${slug(input.step.id)}`.slice(0, 36),
        }),
      ),
    );
    svc = r.service!;
    created.service = true;
  }

  const cp = resumableDeadline(p.stabilize.timeout);
  if (p.wait) {
    await waitStable(c, {
      cluster: p.cluster,
      targets: [{ service: p.service, taskDefinition }],
      deadline: cp.deadline,
      intervalMs: durationMs(p.stabilize.interval),
      where,
      onPoll: () => progress(cp),
    });
  }
  return { cluster: p.cluster, clusterArn: cluster.clusterArn, service: p.service, serviceArn: svc.serviceArn, taskDefinition, created };
}

/** What this run created, from the world (tags), for a compensation without output. */
async function discoverCreated(c: AwsClients, input: StepInput, p: EnsureServiceParams, where: string): Promise<Created> {
  const cluster = await describeCluster(c, p.cluster, where);
  const svc = cluster ? await describeServiceWithTags(c, p, where) : undefined;
  const td = await findTaskDefinition(c, p.taskDefinition.family, (t) => madeByStep(t, input), where);
  return {
    cluster: !!cluster && madeByStep(tagMap(cluster.tags), input),
    service: !!svc && madeByStep(tagMap(svc.tags), input),
    taskDefinition: td?.arn ?? null,
  };
}

/** Services still in the cluster besides this step's own (deleted ones may still be listed). */
async function otherServices(c: AwsClients, p: EnsureServiceParams, where: string): Promise<number> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  do {
    const r = await aws(`${where}: services of ECS cluster ${p.cluster}`, () => c.ecs.send(new ListServicesCommand({ cluster: p.cluster, nextToken })));
    arns.push(...(r.serviceArns ?? []).filter((a) => !a.endsWith(`/${p.service}`)));
    nextToken = r.nextToken;
  } while (nextToken);
  let live = 0;
  for (let i = 0; i < arns.length; i += 10) {
    const r = await aws(`${where}: services of ECS cluster ${p.cluster}`, () =>
      c.ecs.send(new DescribeServicesCommand({ cluster: p.cluster, services: arns.slice(i, i + 10) })),
    );
    live += (r.services ?? []).filter((s) => s.status !== 'INACTIVE').length;
  }
  return live;
}

export async function ensureServiceUndo(input: UndoKindInput<EnsureServiceParams>): Promise<StepOutput> {
  const { p, c, where } = awsStep(input);
  const out = input.output as { created?: Created } | undefined;
  const created = out?.created ?? (await discoverCreated(c, input, p, where));
  const deleted: string[] = [];
  const kept: string[] = [];
  const cp = resumableDeadline(p.stabilize.timeout);

  const cluster = await describeCluster(c, p.cluster, where);
  if (created.service && cluster) {
    const svc = await describeServiceWithTags(c, p, where);
    if (svc) {
      if (svc.desiredCount) {
        await aws(`${where}: scale ${serviceLabel(p.cluster, p.service)} to 0`, () =>
          c.ecs.send(new UpdateServiceCommand({ cluster: p.cluster, service: p.service, desiredCount: 0 })),
        );
      }
      await aws(`${where}: delete ${serviceLabel(p.cluster, p.service)}`, () =>
        c.ecs.send(new DeleteServiceCommand({ cluster: p.cluster, service: p.service, force: true })),
      );
      await pollUntil({
        what: `${where}: waiting for ${serviceLabel(p.cluster, p.service)} to be deleted`,
        deadline: cp.deadline,
        intervalMs: durationMs(p.stabilize.interval),
        poll: async () => {
          progress(cp);
          return (await describeServiceWithTags(c, p, where)) ? pending('still there') : done(undefined);
        },
      });
    }
    deleted.push(`service ${p.cluster}/${p.service}`);
  }
  if (created.taskDefinition) {
    const arn = created.taskDefinition;
    const r = await awsOrMissing(`${where}: task definition ${arn}`, () => c.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn })));
    if (r?.taskDefinition?.status === 'ACTIVE') {
      await aws(`${where}: deregister task definition ${arn}`, () => c.ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn })));
    }
    deleted.push(`task definition ${arn}`);
  }
  if (created.cluster && cluster) {
    const remaining = await otherServices(c, p, where);
    if (remaining > 0) {
      // Someone else put services into the cluster this run made: not ours to delete.
      kept.push(`cluster ${p.cluster} (it has ${remaining} other service${remaining === 1 ? '' : 's'})`);
    } else {
      await aws(`${where}: delete ECS cluster ${p.cluster}`, () => c.ecs.send(new DeleteClusterCommand({ cluster: p.cluster })));
      deleted.push(`cluster ${p.cluster}`);
    }
  }
  return { deleted, kept, created };
}
