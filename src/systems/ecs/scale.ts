// ecs.scale: set a service's desired count; the compensation restores the previous one. The
// previous count is written on the service as a tag (`cutover:scale:<step>` = `<run key>/<count>`)
// before the count changes, so a retry or a compensation with no output still knows it. One tag
// per step id, overwritten by the next run: tags do not pile up.
import { ListTagsForResourceCommand, TagResourceCommand, UntagResourceCommand } from '@aws-sdk/client-ecs';
import type { ScaleParams } from './kinds';
import { durationMs } from '../../kit/fields';
import type { KindInput, StepInput, StepOutput, UndoKindInput } from '../../kit/context';
import { progress, resumeFrom } from '../../kit/checkpoint';
import { awsStep, type AwsClients } from '../aws/clients';
import { aws } from '../aws/errors';
import { runKey, slug } from '../../kit/naming';
import { where as whereOf } from '../../kit/params';
import { describeService, requireService, serviceLabel, updateService, waitStable } from './services';

const tagKey = (input: StepInput) => `cutover:scale:${slug(input.step.id) || 'step'}`.slice(0, 128);

/** The count this run's step found before it changed anything, if it recorded one. */
async function recordedPrevious(c: AwsClients, input: StepInput, serviceArn: string): Promise<number | undefined> {
  const r = await aws(`${whereOf(input)}: tags of ${serviceArn}`, () => c.ecs.send(new ListTagsForResourceCommand({ resourceArn: serviceArn })));
  const v = r.tags?.find((t) => t.key === tagKey(input))?.value;
  const [key, count] = v?.split('/') ?? [];
  return key === runKey(input.ctx.runId) && count !== undefined ? Number(count) : undefined;
}

async function settle(c: AwsClients, input: StepInput, p: ScaleParams, deadline: number, onPoll: () => void) {
  const s = await requireService(c, p.cluster, p.service, whereOf(input));
  await waitStable(c, {
    cluster: p.cluster,
    targets: [{ service: p.service, taskDefinition: s.taskDefinition! }],
    deadline,
    intervalMs: durationMs(p.stabilize.interval),
    where: whereOf(input),
    onPoll,
  });
}

interface Checkpoint {
  previous: number;
  deadline: number;
}

export async function scale(input: KindInput<ScaleParams>): Promise<StepOutput> {
  const { p, c, where } = awsStep(input);
  const svc = await requireService(c, p.cluster, p.service, where);
  let cp = resumeFrom<Checkpoint>();
  if (!cp) {
    let previous = await recordedPrevious(c, input, svc.serviceArn!);
    if (previous === undefined) {
      previous = svc.desiredCount ?? 0;
      const value = `${runKey(input.ctx.runId)}/${previous}`;
      await aws(`${where}: tag ${serviceLabel(p.cluster, p.service)}`, () =>
        c.ecs.send(new TagResourceCommand({ resourceArn: svc.serviceArn!, tags: [{ key: tagKey(input), value }] })),
      );
    }
    cp = { previous, deadline: Date.now() + durationMs(p.stabilize.timeout) };
  }
  progress(cp);
  await updateService(c, p.cluster, p.service, where, { desiredCount: p.desiredCount });
  if (p.wait) await settle(c, input, p, cp.deadline, () => progress(cp));
  const now = await requireService(c, p.cluster, p.service, where);
  return {
    cluster: p.cluster,
    service: p.service,
    serviceArn: now.serviceArn,
    previousDesiredCount: cp.previous,
    desiredCount: now.desiredCount,
    runningCount: now.runningCount,
  };
}

export async function scaleUndo(input: UndoKindInput<ScaleParams>): Promise<StepOutput> {
  const { p, c, where } = awsStep(input);
  const svc = await describeService(c, p.cluster, p.service, where);
  if (!svc) return { restored: false, reason: `${serviceLabel(p.cluster, p.service)} no longer exists` };
  let cp = resumeFrom<Checkpoint>();
  if (!cp) {
    const fromOutput = (input.output as { previousDesiredCount?: number } | undefined)?.previousDesiredCount;
    const previous = fromOutput ?? (await recordedPrevious(c, input, svc.serviceArn!));
    // No record of this run: it never got as far as changing the count.
    if (previous === undefined) return { restored: false, reason: 'this run did not change the desired count' };
    cp = { previous, deadline: Date.now() + durationMs(p.stabilize.timeout) };
  }
  progress(cp);
  await updateService(c, p.cluster, p.service, where, { desiredCount: cp.previous });
  if (p.wait) await settle(c, input, p, cp.deadline, () => progress(cp));
  await aws(`${where}: untag ${serviceLabel(p.cluster, p.service)}`, () =>
    c.ecs.send(new UntagResourceCommand({ resourceArn: svc.serviceArn!, tagKeys: [tagKey(input)] })),
  );
  return { restored: true, cluster: p.cluster, service: p.service, desiredCount: cp.previous };
}
