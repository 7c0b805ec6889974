// Green task definitions: registered from the blue one with the plan's overrides, tagged with
// the run, step, service and blue ARN, so a retry reuses it and a compensation with no output
// finds the blue ARN from the world.
import {
  ListTaskDefinitionsCommand,
  RegisterTaskDefinitionCommand,
  type ContainerDefinition,
  type KeyValuePair,
  type RegisterTaskDefinitionCommandInput,
  type Secret,
  type Tag,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';
import { ApplicationFailure } from '@temporalio/common';
import type { AwsClients } from '../aws/clients';
import { aws } from '../aws/errors';
import { tagMap } from '../aws/names';
import { describeTaskDefinition } from './services';

export interface Overrides {
  image?: string;
  containers?: Record<string, { image?: string; environment?: Record<string, string>; secrets?: Record<string, string> }>;
  environment?: Record<string, string>;
  /** name → valueFrom (an ARN): ECS reads the value when a task starts. */
  secrets?: Record<string, string>;
  cpu?: string;
  memory?: string;
}

/** `arn:…:task-definition/<family>:<revision>` → family and revision. */
export function parseTaskDefinitionArn(arn: string): { family: string; revision: number } {
  const m = /task-definition\/([^:]+):(\d+)$/.exec(arn);
  if (!m) throw ApplicationFailure.nonRetryable(`not a task definition ARN: ${arn}`, 'AwsValidation');
  return { family: m[1], revision: Number(m[2]) };
}

function mergeEnv(current: KeyValuePair[] | undefined, add: Record<string, string> | undefined): KeyValuePair[] | undefined {
  if (!add) return current;
  const map = new Map((current ?? []).map((kv) => [kv.name!, kv.value ?? '']));
  for (const [k, v] of Object.entries(add)) map.set(k, v);
  return [...map].map(([name, value]) => ({ name, value }));
}

function mergeSecrets(current: Secret[] | undefined, add: Record<string, string> | undefined): Secret[] | undefined {
  if (!add) return current;
  const map = new Map((current ?? []).map((s) => [s.name!, s.valueFrom!]));
  for (const [k, v] of Object.entries(add)) map.set(k, v);
  return [...map].map(([name, valueFrom]) => ({ name, valueFrom }));
}

/**
 * A container's environment and secrets after the overrides. ECS refuses a name that is both a
 * variable and a secret, so a name the plan sets as one is taken out of blue's other list; the plan
 * naming it as both is a plan error.
 */
function envAndSecrets(c: ContainerDefinition, o: Overrides, where: string): Pick<ContainerDefinition, 'environment' | 'secrets'> {
  const own = o.containers?.[c.name!];
  const planEnv = { ...o.environment, ...own?.environment };
  const planSecrets = { ...o.secrets, ...own?.secrets };
  const both = Object.keys(planEnv).filter((k) => k in planSecrets);
  if (both.length) {
    throw ApplicationFailure.nonRetryable(`${where}: container ${c.name}: ${both.join(', ')} given both as an environment variable and as a secret`, 'PlanError');
  }
  let environment = mergeEnv(mergeEnv(c.environment, o.environment), own?.environment);
  let secrets = mergeSecrets(mergeSecrets(c.secrets, o.secrets), own?.secrets);
  if (environment && Object.keys(planSecrets).length) environment = environment.filter((kv) => !(kv.name! in planSecrets));
  if (secrets && Object.keys(planEnv).length) secrets = secrets.filter((s) => !(s.name! in planEnv));
  return { environment, secrets };
}

/** The registration input for green: blue's definition with the overrides applied. */
export function greenInput(blue: TaskDefinition, o: Overrides, tags: Tag[], where: string): RegisterTaskDefinitionCommandInput {
  const containers = blue.containerDefinitions ?? [];
  const unknown = Object.keys(o.containers ?? {}).filter((n) => !containers.some((c) => c.name === n));
  if (unknown.length) {
    throw ApplicationFailure.nonRetryable(
      `${where}: task definition ${blue.taskDefinitionArn} has no container ${unknown.join(', ')} (it has ${containers.map((c) => c.name).join(', ')})`,
      'PlanError',
    );
  }
  const containerDefinitions: ContainerDefinition[] = containers.map((c) => {
    const own = o.containers?.[c.name!];
    return {
      ...c,
      image: own?.image ?? o.image ?? c.image,
      ...envAndSecrets(c, o, where),
    };
  });
  return {
    family: blue.family,
    taskRoleArn: blue.taskRoleArn,
    executionRoleArn: blue.executionRoleArn,
    networkMode: blue.networkMode,
    containerDefinitions,
    volumes: blue.volumes,
    placementConstraints: blue.placementConstraints,
    requiresCompatibilities: blue.requiresCompatibilities,
    cpu: o.cpu ?? blue.cpu,
    memory: o.memory ?? blue.memory,
    pidMode: blue.pidMode,
    ipcMode: blue.ipcMode,
    proxyConfiguration: blue.proxyConfiguration,
    inferenceAccelerators: blue.inferenceAccelerators,
    ephemeralStorage: blue.ephemeralStorage,
    runtimePlatform: blue.runtimePlatform,
    tags,
  };
}

/** Active revisions of a family, newest first. */
async function revisions(c: AwsClients, family: string, where: string): Promise<string[]> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  do {
    const r = await aws(`${where}: task definitions of family ${family}`, () =>
      c.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE', sort: 'DESC', nextToken })),
    );
    arns.push(...(r.taskDefinitionArns ?? []));
    nextToken = r.nextToken;
  } while (nextToken);
  return arns
    .filter((a) => parseTaskDefinitionArn(a).family === family)
    .sort((a, b) => parseTaskDefinitionArn(b).revision - parseTaskDefinitionArn(a).revision);
}

/** The newest active revision of `family` (among the newest `depth`) whose tags match, if any. */
export async function findTaskDefinition(
  c: AwsClients,
  family: string,
  matches: (tags: Record<string, string>) => boolean,
  where: string,
  depth = 10,
): Promise<{ arn: string; tags: Record<string, string> } | undefined> {
  for (const arn of (await revisions(c, family, where)).slice(0, depth)) {
    const { tags } = await describeTaskDefinition(c, arn, where);
    const map = tagMap(tags);
    if (matches(map)) return { arn, tags: map };
  }
  return undefined;
}

/** Registers green from blue; returns its ARN. */
export async function registerGreen(c: AwsClients, blueArn: string, o: Overrides, tags: Tag[], where: string): Promise<string> {
  const { td } = await describeTaskDefinition(c, blueArn, where);
  const input = greenInput(td, o, tags, where);
  const r = await aws(`${where}: register task definition ${td.family}`, () => c.ecs.send(new RegisterTaskDefinitionCommand(input)));
  return r.taskDefinition!.taskDefinitionArn!;
}

export const familyOf = (arn: string) => parseTaskDefinitionArn(arn).family;
