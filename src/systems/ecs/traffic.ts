// ecs.blueGreen, traffic-shift mode (as CodeDeploy does it for ECS): the blue service stays as it
// is behind the blue target group; the green service, behind the green target group, gets a
// green task definition made from blue's and blue's desired count; then the production listener's
// weights move to green in the plan's pattern, with health checks and alarms watched at every
// step. Any failure puts 100 % back on blue at once and scales green back.
//
// Resuming: the checkpoint holds the task definitions, the previous green state, the index of
// the weight step reached and when its hold ends. Without one, the world is read: the green task
// definition is tagged with the run, step, service, blue ARN and green's previous state.
import { ApplicationFailure } from '@temporalio/common';
import type { BlueGreenParams } from './kinds';
import { durationMs } from '../../kit/fields';
import type { StepInput, StepOutput, UndoInput } from '../../kit/context';
import { progress, resumeFrom } from '../../kit/checkpoint';
import { checkAlarms, requireAlarms } from './alarms';
import { awsClients, type AwsClients } from '../aws/clients';
import { ecsRunTags, TAG, tagMap } from '../aws/names';
import { where as whereOf } from '../../kit/params';
import type { AnalysisState } from '../metrics/analysis';
import { bakeAnalysis, requireAnalysis, watchBake } from './bake';
import { healthList, runHealthChecks } from './health';
import { listenerWeights, requireListenersAndGroups, setGreenPercent, shareOf } from './listeners';
import { describeService, describeTaskDefinition, requireService, updateService, waitStable } from './services';
import { ownGreen, swapEntries } from './swap';
import { familyOf, findTaskDefinition, registerGreen } from './task-definitions';

type Shift = NonNullable<BlueGreenParams['trafficShift']>;

export interface GreenState {
  service: string;
  taskDefinition: string;
  previousTaskDefinition: string;
  previousDesiredCount: number;
}

interface TrafficCheckpoint {
  mode: 'traffic';
  phase: 'registered' | 'green' | 'test' | 'shift' | 'rolling-back';
  blue: { service: string; taskDefinition: string; desiredCount: number };
  green: GreenState;
  deadline?: number;
  index?: number;
  holdUntil?: number;
  /** The analysis, from the first production weight step to the end of the bake. */
  analysis?: AnalysisState;
  failure?: { message: string; type: string };
}

/** The weight steps of a pattern: percent to green, and how long to hold it (the last one holds for `bake`). */
export function weightSteps(pattern: Shift['pattern'], bake: string | undefined): Array<{ percent: number; holdMs: number }> {
  const steps: Array<{ percent: number; holdMs: number }> = [];
  if (pattern.type === 'canary') steps.push({ percent: pattern.percent, holdMs: durationMs(pattern.bake) });
  if (pattern.type === 'linear') {
    for (let w = pattern.percent; w < 100; w += pattern.percent) steps.push({ percent: w, holdMs: durationMs(pattern.interval) });
  }
  steps.push({ percent: 100, holdMs: bake ? durationMs(bake) : 0 });
  return steps;
}

/** `<count>/<task definition ARN>`: tag values cannot hold JSON. */
const encodePrevious = (count: number, td: string) => `${count}/${td}`;
function decodePrevious(v: string | undefined): { previousDesiredCount: number; previousTaskDefinition: string } | undefined {
  const i = v?.indexOf('/') ?? -1;
  if (!v || i < 0) return undefined;
  return { previousDesiredCount: Number(v.slice(0, i)), previousTaskDefinition: v.slice(i + 1) };
}

/** Green as a previous attempt left it (tags), if this run got that far. */
async function findGreen(c: AwsClients, input: StepInput, p: BlueGreenParams, s: Shift, blueTd: string): Promise<GreenState | undefined> {
  const where = whereOf(input);
  const mine = ownGreen(input, p.cluster, s.greenService);
  const svc = await describeService(c, p.cluster, s.greenService, where);
  let found: { arn: string; tags: Record<string, string> } | undefined;
  if (svc) {
    const tags = tagMap((await describeTaskDefinition(c, svc.taskDefinition!, where)).tags);
    if (mine(tags)) found = { arn: svc.taskDefinition!, tags };
  }
  found ??= await findTaskDefinition(c, familyOf(blueTd), mine, where);
  const prev = decodePrevious(found?.tags[TAG.greenPrevious]);
  return found && prev ? { service: s.greenService, taskDefinition: found.arn, ...prev } : undefined;
}

async function prepare(c: AwsClients, input: StepInput, p: BlueGreenParams, s: Shift): Promise<TrafficCheckpoint> {
  const where = whereOf(input);
  await requireAlarms(c, p.alarms, where);
  await requireAnalysis(input, p.analysis, where);
  await requireListenersAndGroups(c, [s.listener, ...(s.testListener ? [s.testListener] : [])], [s.blueTargetGroup, s.greenTargetGroup], where);
  const blue = await requireService(c, p.cluster, p.service!, where);
  const greenSvc = await requireService(c, p.cluster, s.greenService, where);
  const blueState = { service: p.service!, taskDefinition: blue.taskDefinition!, desiredCount: blue.desiredCount ?? 0 };
  let green = await findGreen(c, input, p, s, blue.taskDefinition!);
  if (!green) {
    // A fresh start: production must be all on blue, or "back to blue" would not be where we began.
    const share = shareOf(await listenerWeights(c, s.listener, where), s.greenTargetGroup);
    if (share !== 0) {
      throw ApplicationFailure.nonRetryable(
        `${where}: listener ${s.listener} already sends ${share}% to the green target group ${s.greenTargetGroup}; the plan's blue target group must carry all traffic before a shift`,
        'PlanError',
      );
    }
    const tags = [
      ...ecsRunTags(input),
      { key: TAG.service, value: `${p.cluster}/${s.greenService}` },
      { key: TAG.blue, value: blue.taskDefinition! },
      { key: TAG.greenPrevious, value: encodePrevious(greenSvc.desiredCount ?? 0, greenSvc.taskDefinition!) },
    ];
    const arn = await registerGreen(c, blue.taskDefinition!, swapEntries(p)[0].overrides, tags, where);
    green = { service: s.greenService, taskDefinition: arn, previousTaskDefinition: greenSvc.taskDefinition!, previousDesiredCount: greenSvc.desiredCount ?? 0 };
  }
  return { mode: 'traffic', phase: 'registered', blue: blueState, green };
}

/** 100 % to blue at once (test listener too), then green back to its previous task definition and count. */
async function revert(c: AwsClients, input: StepInput, p: BlueGreenParams, s: Shift, green: GreenState, deadline: number, onPoll: () => void) {
  const where = whereOf(input);
  await setGreenPercent(c, { listener: s.listener, blue: s.blueTargetGroup, green: s.greenTargetGroup, greenPercent: 0, where });
  if (s.testListener) await setGreenPercent(c, { listener: s.testListener, blue: s.blueTargetGroup, green: s.greenTargetGroup, greenPercent: 0, where });
  await updateService(c, p.cluster, s.greenService, where, { taskDefinition: green.previousTaskDefinition, desiredCount: green.previousDesiredCount });
  await waitStable(c, {
    cluster: p.cluster,
    targets: [{ service: s.greenService, taskDefinition: green.previousTaskDefinition }],
    deadline,
    intervalMs: durationMs(p.stabilize.interval),
    where: `${where} (scaling green back)`,
    onPoll,
  });
}

async function revertThenFail(c: AwsClients, input: StepInput, p: BlueGreenParams, s: Shift, cp: TrafficCheckpoint, failure: { message: string; type: string }): Promise<never> {
  const rb: TrafficCheckpoint = { ...cp, phase: 'rolling-back', failure, deadline: cp.phase === 'rolling-back' ? cp.deadline : Date.now() + durationMs(p.stabilize.timeout) };
  progress(rb);
  try {
    await revert(c, input, p, s, rb.green, rb.deadline!, () => progress(rb));
  } catch (err) {
    if (!(err instanceof ApplicationFailure && err.nonRetryable)) throw err;
    throw ApplicationFailure.nonRetryable(`${failure.message}; reverting in the step failed too (${err.message}); the compensation will retry it`, failure.type);
  }
  throw ApplicationFailure.nonRetryable(`${failure.message}; traffic is back 100% on blue and green is scaled back`, failure.type);
}

export async function runTraffic(input: StepInput, p: BlueGreenParams): Promise<StepOutput> {
  const s = p.trafficShift!;
  const c = awsClients();
  const where = whereOf(input);
  const prev = resumeFrom<TrafficCheckpoint>();
  let cp: TrafficCheckpoint = prev?.mode === 'traffic' ? prev : await prepare(c, input, p, s);
  progress(cp);
  if (cp.phase === 'rolling-back' && cp.failure) return revertThenFail(c, input, p, s, cp, cp.failure);

  const steps = weightSteps(s.pattern, p.bake);
  const tg = { blue: s.blueTargetGroup, green: s.greenTargetGroup };
  let analysis: Awaited<ReturnType<typeof bakeAnalysis>>;
  try {
    await updateService(c, p.cluster, s.greenService, where, { taskDefinition: cp.green.taskDefinition, desiredCount: cp.blue.desiredCount });
    if (cp.phase === 'registered') cp = { ...cp, phase: 'green', deadline: Date.now() + durationMs(p.stabilize.timeout) };
    progress(cp);
    await waitStable(c, {
      cluster: p.cluster,
      targets: [{ service: s.greenService, taskDefinition: cp.green.taskDefinition }],
      deadline: cp.deadline!,
      intervalMs: durationMs(p.stabilize.interval),
      where,
      onPoll: () => progress(cp),
    });
    if (s.testListener && cp.phase === 'green') {
      cp = { ...cp, phase: 'test' };
      progress(cp);
      await setGreenPercent(c, { listener: s.testListener, ...tg, greenPercent: 100, where: `${where} (test listener)` });
      await runHealthChecks(healthList(s.testHealthCheck ?? p.healthCheck), `${where} (test listener)`, () => progress(cp));
    }
    for (let i = cp.phase === 'shift' ? cp.index! : 0; i < steps.length; i++) {
      const resumed = cp.phase === 'shift' && cp.index === i;
      await setGreenPercent(c, { listener: s.listener, ...tg, greenPercent: steps[i].percent, where });
      cp = { ...cp, phase: 'shift', index: i, holdUntil: resumed ? cp.holdUntil : Date.now() + steps[i].holdMs };
      progress(cp);
      await runHealthChecks(healthList(p.healthCheck), `${where} (${steps[i].percent}% green)`, () => progress(cp));
      // One analysis across the holds: it starts with the first production traffic on green.
      analysis ??= await bakeAnalysis(input, p.analysis, cp, `${where} (traffic shift)`, () => progress(cp));
      await watchBake({
        until: cp.holdUntil!,
        alarmIntervalMs: durationMs(p.alarmInterval),
        checkAlarms: () => checkAlarms(c, p.alarms, `${where} (${steps[i].percent}% green)`),
        onTick: () => progress(cp),
        analysis,
        final: i === steps.length - 1,
      });
    }
  } catch (err) {
    if (err instanceof ApplicationFailure && err.nonRetryable) {
      return revertThenFail(c, input, p, s, cp, { message: err.message, type: err.type ?? 'Error' });
    }
    throw err;
  }

  const weights = await listenerWeights(c, s.listener, where);
  return {
    mode: 'traffic',
    cluster: p.cluster,
    listener: s.listener,
    testListener: s.testListener ?? null,
    blueTargetGroup: s.blueTargetGroup,
    greenTargetGroup: s.greenTargetGroup,
    pattern: s.pattern.type,
    weightSteps: steps.map((x) => x.percent),
    finalWeights: { blue: weights[s.blueTargetGroup] ?? 0, green: weights[s.greenTargetGroup] ?? 0 },
    blue: cp.blue,
    green: cp.green,
    ...(analysis ? { analysis: analysis.result() } : {}),
  };
}

interface UndoCheckpoint {
  green: GreenState | null;
  deadline: number;
}

export async function undoTraffic(input: UndoInput, p: BlueGreenParams): Promise<StepOutput> {
  const s = p.trafficShift!;
  const c = awsClients();
  const where = whereOf(input);
  let cp = resumeFrom<UndoCheckpoint>();
  if (!cp) {
    const out = input.output as { mode?: string; green?: GreenState } | undefined;
    let green: GreenState | undefined = out?.mode === 'traffic' ? out.green : undefined;
    if (!green) {
      const blue = await describeService(c, p.cluster, p.service!, where);
      green = blue ? await findGreen(c, input, p, s, blue.taskDefinition!) : undefined;
    }
    cp = { green: green ?? null, deadline: Date.now() + durationMs(p.stabilize.timeout) };
  }
  progress(cp);
  // No green task definition of this run: the step changed nothing (weights move only after it exists).
  if (!cp.green) return { mode: 'traffic', reverted: false, reason: 'this run made no green task definition, so it moved no traffic' };
  await revert(c, input, p, s, cp.green, cp.deadline, () => progress(cp));
  return { mode: 'traffic', reverted: true, listener: s.listener, weights: { blue: 100, green: 0 }, green: cp.green };
}
