// `cutover plan --against` for the ECS kinds, with Describe and List calls only: each service's
// task definition and images now against what the step would deploy, its desired and running
// counts, a traffic shift's listener weights and weight steps, the alarms' states; a scale's
// count now and after; what ensureService would create.
import { DescribeClustersCommand, type ContainerDefinition, type Service, type TaskDefinition } from '@aws-sdk/client-ecs';
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput } from '../../kit/context';
import { count, type Change, type Preview } from '../../kit/preview';
import { awsStep, type AwsClients } from '../aws/clients';
import { aws } from '../aws/errors';
import type { BlueGreenParams, EnsureServiceParams, ScaleParams } from './kinds';
import { describeAlarms } from './alarms';
import { listenerWeights, shareOf } from './listeners';
import { describeService, describeTaskDefinition, serviceLabel } from './services';
import { swapEntries } from './swap';
import { findTaskDefinition, greenInput, parseTaskDefinitionArn, type Overrides } from './task-definitions';
import { weightSteps } from './traffic';

/** `family:3` for a task definition ARN. */
const shortTd = (arn: string) => {
  const { family, revision } = parseTaskDefinitionArn(arn);
  return `${family}:${revision}`;
};

const counts = (s: Service) => `${s.desiredCount ?? 0} desired, ${s.runningCount ?? 0} running`;

/** What green changes against blue, container by container: images, environment, secrets (by ARN), cpu and memory. */
export function overrideDiff(blue: TaskDefinition, o: Overrides, where: string): string[] {
  const green = greenInput(blue, o, [], where);
  const out: string[] = [];
  const env = (c: ContainerDefinition | undefined) => new Map((c?.environment ?? []).map((kv) => [kv.name!, kv.value ?? '']));
  for (const g of green.containerDefinitions ?? []) {
    const b = blue.containerDefinitions?.find((x) => x.name === g.name);
    if (b?.image !== g.image) out.push(`container ${g.name} image ${b?.image} → ${g.image}`);
    const before = env(b);
    for (const [k, v] of env(g)) if (before.get(k) !== v) out.push(`container ${g.name} ${k}=${before.has(k) ? `${before.get(k)} → ` : ''}${v}${before.has(k) ? '' : ' (new)'}`);
    const secretsBefore = secretsOf(b);
    for (const [k, v] of secretsOf(g)) if (secretsBefore.get(k) !== v) out.push(`container ${g.name} secret ${k} from ${v}${secretsBefore.has(k) ? ` (was ${secretsBefore.get(k)})` : ' (new)'}`);
  }
  if (green.cpu !== blue.cpu) out.push(`cpu ${blue.cpu} → ${green.cpu}`);
  if (green.memory !== blue.memory) out.push(`memory ${blue.memory} → ${green.memory}`);
  return out;
}

const secretsOf = (c: ContainerDefinition | undefined) => new Map((c?.secrets ?? []).map((s) => [s.name!, s.valueFrom ?? '']));

const images = (td: TaskDefinition) => (td.containerDefinitions ?? []).map((c) => `${c.name} ${c.image}`).join(', ');

async function alarmChanges(c: AwsClients, names: string[], where: string, warnings: string[]): Promise<Change[]> {
  if (!names.length) return [];
  const found = await describeAlarms(c, names, where);
  const missing = names.filter((n) => !found.some((a) => a.AlarmName === n));
  if (missing.length) warnings.push(`CloudWatch alarm ${missing.join(', ')} does not exist: the step would fail (AwsNotFound)`);
  const firing = found.filter((a) => a.StateValue === 'ALARM');
  if (firing.length) warnings.push(`alarm ${firing.map((a) => a.AlarmName).join(', ')} is in ALARM now: the step would fail at its first alarm check (AlarmFired)`);
  return found.map((a) => ({ action: 'read' as const, what: `alarm ${a.AlarmName}`, detail: `${a.StateValue ?? 'unknown'} now` }));
}

export async function blueGreenPreview(input: KindInput<BlueGreenParams>): Promise<Preview> {
  const { p, c, where } = awsStep(input);
  const changes: Change[] = [];
  const warnings: string[] = [];
  const moved: string[] = [];
  const s = p.trafficShift;
  const entries = swapEntries(p);
  for (const e of s ? entries.slice(0, 1) : entries) {
    const svc = await describeService(c, p.cluster, e.service, where);
    if (!svc) {
      warnings.push(`${serviceLabel(p.cluster, e.service)} does not exist: the step would fail (AwsNotFound)`);
      continue;
    }
    const { td } = await describeTaskDefinition(c, svc.taskDefinition!, where);
    let diff: string[];
    try {
      diff = overrideDiff(td, e.overrides, where);
    } catch (err) {
      if (!(err instanceof ApplicationFailure)) throw err;
      warnings.push(`${err.message.replace(`${where}: `, '')}: the step would fail (${err.type})`);
      continue;
    }
    const what = diff.length ? diff.join('; ') : 'the same definition again (a redeploy)';
    changes.push({ action: 'create', what: `task definition ${td.family}:<next revision>`, detail: `from ${shortTd(svc.taskDefinition!)} (${images(td)}): ${what}` });
    if (!s) {
      changes.push({ action: 'change', what: `service ${p.cluster}/${e.service}`, detail: `${shortTd(svc.taskDefinition!)} → the new revision; ${counts(svc)}; back on ${shortTd(svc.taskDefinition!)} on rollback` });
      moved.push(`${e.service}${diff.length ? ` (${diff[0]}${diff.length > 1 ? ', …' : ''})` : ''}`);
      continue;
    }
    const green = await describeService(c, p.cluster, s.greenService, where);
    if (!green) {
      warnings.push(`${serviceLabel(p.cluster, s.greenService)} (the green service) does not exist: the step would fail (AwsNotFound)`);
      continue;
    }
    changes.push({
      action: 'change',
      what: `service ${p.cluster}/${s.greenService} (green)`,
      detail: `${shortTd(green.taskDefinition!)} → the new revision, desired ${green.desiredCount ?? 0} → ${svc.desiredCount ?? 0} (blue's count); back on rollback`,
    });
    changes.push({ action: 'none', what: `service ${p.cluster}/${e.service} (blue)`, detail: `stays on ${shortTd(svc.taskDefinition!)}, ${counts(svc)}` });
    const weights = await listenerWeights(c, s.listener, where);
    const greenNow = shareOf(weights, s.greenTargetGroup);
    if (greenNow !== 0) warnings.push(`listener ${s.listener} already sends ${greenNow}% to the green target group: the step would refuse to start (PlanError)`);
    const steps = weightSteps(s.pattern, p.bake).map((w) => `${w.percent}%`);
    if (s.testListener) changes.push({ action: 'move', what: 'test listener traffic', detail: `${s.testListener}: ${shareOf(await listenerWeights(c, s.testListener, where), s.greenTargetGroup)}% → 100% green first, for the health checks` });
    changes.push({
      action: 'move',
      what: 'production traffic',
      detail: `${s.listener}: ${shareOf(weights, s.blueTargetGroup)}% blue / ${greenNow}% green now; green ${steps.join(' → ')} (${s.pattern.type}); all back to blue on rollback`,
    });
    moved.push(`${e.service} → ${s.greenService} by ${s.pattern.type} traffic shift`);
  }
  changes.push(...(await alarmChanges(c, p.alarms, where, warnings)));
  return {
    summary: moved.length ? `would deploy on cluster ${p.cluster}: ${moved.join('; ')}` : `nothing can be deployed on cluster ${p.cluster} as the plan stands`,
    changes,
    ...(warnings.length ? { warnings } : {}),
  };
}

export async function scalePreview(input: KindInput<ScaleParams>): Promise<Preview> {
  const { p, c, where } = awsStep(input);
  const svc = await describeService(c, p.cluster, p.service, where);
  if (!svc) {
    return { summary: `${serviceLabel(p.cluster, p.service)} does not exist`, changes: [], warnings: [`${serviceLabel(p.cluster, p.service)} does not exist: the step would fail (AwsNotFound)`] };
  }
  const now = svc.desiredCount ?? 0;
  const same = now === p.desiredCount;
  return {
    summary: same ? `${p.cluster}/${p.service} already has ${count(now, 'task')} desired` : `would scale ${p.cluster}/${p.service} from ${now} to ${p.desiredCount} desired`,
    changes: [
      same
        ? { action: 'none', what: `service ${p.cluster}/${p.service}`, detail: `${counts(svc)}` }
        : { action: 'change', what: `service ${p.cluster}/${p.service}`, detail: `desired ${now} → ${p.desiredCount} (${svc.runningCount ?? 0} running now); back to ${now} on rollback` },
    ],
  };
}

export async function ensureServicePreview(input: KindInput<EnsureServiceParams>): Promise<Preview> {
  const { p, c, where } = awsStep(input);
  const r = await aws(`${where}: ECS cluster ${p.cluster}`, () => c.ecs.send(new DescribeClustersCommand({ clusters: [p.cluster] })));
  const cluster = r.clusters?.find((x) => x.status !== 'INACTIVE');
  const changes: Change[] = [];
  const svc = cluster ? await describeService(c, p.cluster, p.service, where) : undefined;
  changes.push(cluster ? { action: 'none', what: `cluster ${p.cluster}`, detail: 'exists' } : { action: 'create', what: `cluster ${p.cluster}`, detail: 'deleted again on rollback' });
  if (svc) {
    changes.push({ action: 'none', what: `service ${p.cluster}/${p.service}`, detail: `exists on ${shortTd(svc.taskDefinition!)}, ${counts(svc)}; left as it is` });
  } else {
    const newest = await findTaskDefinition(c, p.taskDefinition.family, () => true, where, 1);
    changes.push(
      newest
        ? { action: 'none', what: `task definition ${shortTd(newest.arn)}`, detail: 'the newest active revision of the family, used for the new service' }
        : { action: 'create', what: `task definition ${p.taskDefinition.family}:1`, detail: `${p.taskDefinition.containers.map((k) => `${k.name} ${k.image}`).join(', ')}; deregistered on rollback` },
    );
    changes.push({ action: 'create', what: `service ${p.cluster}/${p.service}`, detail: `${count(p.desiredCount, 'task')} desired${p.launchType ? `, ${p.launchType}` : ''}; deleted again on rollback` });
  }
  const creates = changes.filter((x) => x.action === 'create').length;
  return {
    summary: creates ? `would create ${changes.filter((x) => x.action === 'create').map((x) => x.what).join(', ')}` : `${p.cluster}/${p.service} exists: nothing to create`,
    changes,
  };
}
