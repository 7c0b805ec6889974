// ecs.blueGreen, service swap mode: every service of the step moves from its blue task definition
// to a green one made from it; all reach green (stable, healthy, no alarm during the bake) or all
// go back to their exact blue ARN.
//
// Resuming: the checkpoint holds each service's blue and green ARN, the stabilization deadline
// and the end of the bake, so a retry after a worker crash picks the wait up where it was. Without
// a checkpoint the world is read instead: green task definitions are tagged with the run, step,
// service and blue ARN.
import { ApplicationFailure } from '@temporalio/common';
import type { BlueGreenParams } from './kinds';
import { durationMs } from '../../kit/fields';
import type { StepInput, StepOutput, UndoInput } from '../../kit/context';
import { progress, resumeFrom } from '../../kit/checkpoint';
import { checkAlarms, requireAlarms } from './alarms';
import { awsClients, type AwsClients } from '../aws/clients';
import { ecsRunTags, madeByStep, TAG, tagMap } from '../aws/names';
import { where as whereOf } from '../../kit/params';
import type { AnalysisState } from '../metrics/analysis';
import { bakeAnalysis, requireAnalysis, watchBake } from './bake';
import { healthList, runHealthChecks } from './health';
import { describeService, describeTaskDefinition, requireService, updateService, waitStable } from './services';
import { familyOf, findTaskDefinition, registerGreen, type Overrides } from './task-definitions';

export interface SwapTarget {
  service: string;
  blue: string;
  green: string;
}

const PHASES = ['registered', 'stabilizing', 'checking', 'baking', 'rolling-back'] as const;
type Phase = (typeof PHASES)[number];

interface SwapCheckpoint {
  mode: 'swap';
  phase: Phase;
  services: SwapTarget[];
  deadline?: number;
  bakeUntil?: number;
  /** The bake's analysis (measurements so far, schedule), when the step has one. */
  analysis?: AnalysisState;
  /** Set while rolling back inside the step: the failure to report once blue is back. */
  failure?: { message: string; type: string };
}

/** Each service with its overrides: the step's own, then the service entry's. */
export function swapEntries(p: BlueGreenParams): Array<{ service: string; overrides: Overrides }> {
  const top: Overrides = { image: p.image, containers: p.containers, environment: p.environment, secrets: p.secrets, cpu: p.cpu, memory: p.memory };
  return (p.services ?? [p.service!]).map((e) => {
    if (typeof e === 'string') return { service: e, overrides: top };
    const { service, ...own } = e;
    return {
      service,
      overrides: {
        image: own.image ?? top.image,
        containers: { ...top.containers, ...own.containers },
        environment: own.environment || top.environment ? { ...top.environment, ...own.environment } : undefined,
        secrets: own.secrets || top.secrets ? { ...top.secrets, ...own.secrets } : undefined,
        cpu: own.cpu ?? top.cpu,
        memory: own.memory ?? top.memory,
      },
    };
  });
}

/** Tag match for the green task definition this step made for `cluster/service`. */
export const ownGreen = (input: StepInput, cluster: string, service: string) => (tags: Record<string, string>) =>
  madeByStep(tags, input) && tags[TAG.service] === `${cluster}/${service}`;

/** Blue and green for one service: from the world if a previous attempt got that far, else registered now. */
async function planTarget(c: AwsClients, input: StepInput, p: BlueGreenParams, service: string, overrides: Overrides): Promise<SwapTarget> {
  const where = whereOf(input);
  const svc = await requireService(c, p.cluster, service, where);
  const current = svc.taskDefinition!;
  const mine = ownGreen(input, p.cluster, service);
  const currentTags = tagMap((await describeTaskDefinition(c, current, where)).tags);
  if (mine(currentTags)) return { service, blue: currentTags[TAG.blue], green: current };
  const found = await findTaskDefinition(c, familyOf(current), (t) => mine(t) && t[TAG.blue] === current, where);
  if (found) return { service, blue: current, green: found.arn };
  const tags = [...ecsRunTags(input), { key: TAG.service, value: `${p.cluster}/${service}` }, { key: TAG.blue, value: current }];
  return { service, blue: current, green: await registerGreen(c, current, overrides, tags, where) };
}

/** Every service back on its blue ARN, then waits until they are all stable. */
async function backToBlue(c: AwsClients, input: StepInput, p: BlueGreenParams, targets: Array<{ service: string; blue: string }>, deadline: number, onPoll: () => void) {
  const where = whereOf(input);
  for (const t of targets) await updateService(c, p.cluster, t.service, where, { taskDefinition: t.blue });
  await waitStable(c, {
    cluster: p.cluster,
    targets: targets.map((t) => ({ service: t.service, taskDefinition: t.blue })),
    deadline,
    intervalMs: durationMs(p.stabilize.interval),
    where: `${where} (rolling back to blue)`,
    onPoll,
  });
}

const failureOf = (err: unknown) => ({
  message: (err as Error).message,
  type: err instanceof ApplicationFailure ? (err.type ?? 'Error') : (err as Error).name,
});

/** A failure the step reports after putting blue back itself. */
async function rollBackThenFail(c: AwsClients, input: StepInput, p: BlueGreenParams, cp: SwapCheckpoint, failure: { message: string; type: string }, deadline?: number): Promise<never> {
  const rb: SwapCheckpoint = { ...cp, phase: 'rolling-back', failure, deadline: deadline ?? Date.now() + durationMs(p.stabilize.timeout) };
  progress(rb);
  try {
    await backToBlue(c, input, p, cp.services, rb.deadline!, () => progress(rb));
  } catch (err) {
    // Retryable trouble (throttling) or cancellation: the retry resumes this rollback, or the compensation does it.
    if (!(err instanceof ApplicationFailure && err.nonRetryable)) throw err;
    throw ApplicationFailure.nonRetryable(`${failure.message}; putting blue back in the step failed too (${err.message}); the compensation will retry it`, failure.type);
  }
  throw ApplicationFailure.nonRetryable(`${failure.message}; every service is back on its blue task definition`, failure.type);
}

export async function runSwap(input: StepInput, p: BlueGreenParams): Promise<StepOutput> {
  const c = awsClients();
  const where = whereOf(input);
  const prev = resumeFrom<SwapCheckpoint>();
  const reached = (ph: Phase) => prev !== undefined && PHASES.indexOf(prev.phase) >= PHASES.indexOf(ph);

  let cp: SwapCheckpoint;
  if (prev?.mode === 'swap') {
    cp = prev;
  } else {
    await requireAlarms(c, p.alarms, where);
    await requireAnalysis(input, p.analysis, where);
    const services: SwapTarget[] = [];
    for (const e of swapEntries(p)) services.push(await planTarget(c, input, p, e.service, e.overrides));
    cp = { mode: 'swap', phase: 'registered', services };
  }
  progress(cp);
  // The previous attempt was already putting blue back after a failure: finish that.
  if (cp.phase === 'rolling-back' && cp.failure) return rollBackThenFail(c, input, p, cp, cp.failure, cp.deadline);

  let analysis: Awaited<ReturnType<typeof bakeAnalysis>>;
  try {
    for (const t of cp.services) await updateService(c, p.cluster, t.service, where, { taskDefinition: t.green });
    if (!reached('stabilizing')) cp = { ...cp, phase: 'stabilizing', deadline: Date.now() + durationMs(p.stabilize.timeout) };
    progress(cp);
    await waitStable(c, {
      cluster: p.cluster,
      targets: cp.services.map((t) => ({ service: t.service, taskDefinition: t.green })),
      deadline: cp.deadline!,
      intervalMs: durationMs(p.stabilize.interval),
      where,
      onPoll: () => progress(cp),
    });
    if (!reached('baking')) {
      cp = { ...cp, phase: 'checking' };
      progress(cp);
      await runHealthChecks(healthList(p.healthCheck), where, () => progress(cp));
      cp = { ...cp, phase: 'baking', bakeUntil: Date.now() + (p.bake ? durationMs(p.bake) : 0) };
    }
    progress(cp);
    analysis = await bakeAnalysis(input, p.analysis, cp, `${where} (bake)`, () => progress(cp));
    await watchBake({
      until: cp.bakeUntil!,
      alarmIntervalMs: durationMs(p.alarmInterval),
      checkAlarms: () => checkAlarms(c, p.alarms, `${where} (bake)`),
      onTick: () => progress(cp),
      analysis,
      final: true,
    });
  } catch (err) {
    // A definitive failure (unhealthy, alarm, failed or stuck deployment): all go back now.
    // Retryable errors and cancellation leave the world as it is for the retry or the compensation.
    if (err instanceof ApplicationFailure && err.nonRetryable) return rollBackThenFail(c, input, p, cp, failureOf(err));
    throw err;
  }

  const services = [];
  for (const t of cp.services) {
    const s = await requireService(c, p.cluster, t.service, where);
    services.push({
      service: t.service,
      serviceArn: s.serviceArn,
      blueTaskDefinition: t.blue,
      greenTaskDefinition: t.green,
      desiredCount: s.desiredCount,
      runningCount: s.runningCount,
    });
  }
  return { mode: 'swap', cluster: p.cluster, services, bake: p.bake ?? null, alarms: p.alarms, ...(analysis ? { analysis: analysis.result() } : {}) };
}

interface UndoCheckpoint {
  targets: Array<{ service: string; blue: string }>;
  deadline: number;
}

/** Blue for a service when the step left no output: the tags of this run's green task definition. */
async function discoverBlue(c: AwsClients, input: StepInput, p: BlueGreenParams, service: string): Promise<string | undefined> {
  const where = whereOf(input);
  const svc = await describeService(c, p.cluster, service, where);
  if (!svc) return undefined;
  const mine = ownGreen(input, p.cluster, service);
  const tags = tagMap((await describeTaskDefinition(c, svc.taskDefinition!, where)).tags);
  if (mine(tags)) return tags[TAG.blue];
  // Not on green now: already back on blue, or never swapped. Blue is known if green was registered.
  return (await findTaskDefinition(c, familyOf(svc.taskDefinition!), mine, where))?.tags[TAG.blue];
}

export async function undoSwap(input: UndoInput, p: BlueGreenParams): Promise<StepOutput> {
  const c = awsClients();
  const prev = resumeFrom<UndoCheckpoint>();
  let cp = prev;
  if (!cp) {
    const out = input.output as { mode?: string; services?: Array<{ service: string; blueTaskDefinition: string }> } | undefined;
    let targets: Array<{ service: string; blue: string }>;
    if (out?.mode === 'swap' && out.services) {
      targets = out.services.map((s) => ({ service: s.service, blue: s.blueTaskDefinition }));
    } else {
      targets = [];
      for (const { service } of swapEntries(p)) {
        const blue = await discoverBlue(c, input, p, service);
        if (blue) targets.push({ service, blue });
      }
    }
    cp = { targets, deadline: Date.now() + durationMs(p.stabilize.timeout) };
  }
  progress(cp);
  const untouched = swapEntries(p).map((e) => e.service).filter((s) => !cp.targets.some((t) => t.service === s));
  if (cp.targets.length) await backToBlue(c, input, p, cp.targets, cp.deadline, () => progress(cp));
  return {
    mode: 'swap',
    cluster: p.cluster,
    restored: cp.targets.map((t) => ({ service: t.service, taskDefinition: t.blue })),
    untouched,
  };
}
