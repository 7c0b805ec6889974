// ECS step kinds. Region and endpoint come from the worker's environment (the AWS SDK's own
// chain), so these steps name no target.
import { z } from 'zod';
import { defineKind } from '../../kit/define';
import { httpCheckParams } from '../http';
import { duration } from '../../kit/fields';
import { analysisResult, analysisSpec, scheduleOf } from '../metrics';

/** A health check with `http.check` semantics (same fields). */
export const healthCheck = httpCheckParams;
const healthChecks = z.union([healthCheck, z.array(healthCheck).min(1)]);

const envMap = z.record(z.string(), z.string());

/**
 * Container secrets: variable name → `valueFrom`, the ARN of a Secrets Manager secret (a JSON
 * field as `arn:…:secret:name:field::`) or of an SSM parameter. ECS reads the value when a task
 * starts, so only the ARN is in the task definition and the run's history. A `${secret:…}` here
 * would put the value itself in the task definition: refused.
 */
const secretMap = z.record(
  z.string().min(1),
  z
    .string()
    .min(1)
    .refine((v) => !/\$\{secret:/.test(v), 'valueFrom is the ARN of the secret (ECS reads the value when a task starts), not its value: ${secret:…} is not allowed here'),
);

/** What changes between the blue task definition and the green one. */
const overrides = {
  image: z.string().min(1).optional().describe('Image for every container (the common one-container service)'),
  containers: z
    .record(
      z.string(),
      z.strictObject({
        image: z.string().min(1).optional().describe("This container's image"),
        environment: envMap.optional().describe("Variables merged into this container's environment"),
        secrets: secretMap.optional().describe("Secrets merged into this container's (name → valueFrom ARN)"),
      }),
    )
    .optional()
    .describe("Per container name: image, environment variables and secrets (merged over the container's own)"),
  environment: envMap.optional().describe('Environment variables merged into every container; values may hold references'),
  secrets: secretMap.optional().describe('Container secrets merged into every container: name → valueFrom, the ARN of a Secrets Manager secret or SSM parameter (never ${secret:…})'),
  cpu: z.union([z.string(), z.number().int().positive()]).transform(String).optional().describe('Task-level cpu, as ECS takes it ("256", "1024")'),
  memory: z.union([z.string(), z.number().int().positive()]).transform(String).optional().describe('Task-level memory in MiB, as ECS takes it ("512", "2048")'),
};

const serviceEntry = z.union([z.string().min(1), z.strictObject({ service: z.string().min(1).describe('The service name'), ...overrides })]);

/** Deadline and poll interval for a wait until ECS reports the deployment stable. */
export const stabilizeWait = z.strictObject({
  timeout: duration.default('10m').describe('How long to wait before the step fails (EcsStabilizationTimeout)'),
  interval: duration.default('15s').describe('Time between two looks'),
});

const pattern = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('allAtOnce').describe('Every request to green at once') }),
  z.strictObject({
    type: z.literal('canary').describe('percent to green, watch for bake, then 100 %'),
    percent: z.number().int().min(1).max(99).describe('Share of traffic sent to green first'),
    bake: duration.describe('How long the canary share is watched before 100 %'),
  }),
  z.strictObject({
    type: z.literal('linear').describe('+percent every interval until 100 %'),
    percent: z.number().int().min(1).max(99).describe('Share of traffic added at each step'),
    interval: duration.describe('Time between two steps'),
  }),
]);

const trafficShift = z.strictObject({
  listener: z.string().min(1).describe('The production listener (ARN) whose default action forwards to the blue and green target groups'),
  blueTargetGroup: z.string().min(1).describe('ARN of the target group behind service (blue)'),
  greenTargetGroup: z.string().min(1).describe('ARN of the target group behind greenService'),
  greenService: z.string().min(1).describe('The service registered with the green target group; service is the blue one'),
  testListener: z.string().min(1).optional().describe('A test listener (ARN) pointed at green first, so health checks run before production traffic moves'),
  testHealthCheck: healthChecks.optional().describe('Checks through the test listener (http.check fields, one or a list); healthCheck when absent'),
  pattern: pattern.default({ type: 'allAtOnce' }).describe('How traffic moves: allAtOnce, canary (percent, bake) or linear (percent, interval)'),
});

const blueGreenParams = z
  .strictObject({
    cluster: z.string().min(1).describe('The ECS cluster'),
    service: z.string().min(1).optional().describe('The service to deploy (or give services)'),
    services: z.array(serviceEntry).min(1).optional().describe('Several services that move together (names, or { service, image, … } with their own overrides): all reach green, or all go back to blue'),
    ...overrides,
    healthCheck: healthChecks.optional().describe('Checks after green is stable (http.check fields, one or a list); an unhealthy green is rolled back'),
    bake: duration.optional().describe('Time to watch the alarms (and the analysis) once green is stable and healthy, before the step succeeds'),
    alarms: z.array(z.string().min(1)).max(100).default([]).describe('CloudWatch alarm names; any of them in ALARM during the bake or a traffic step fails the step'),
    alarmInterval: duration.default('10s').describe('Time between two looks at the alarms'),
    analysis: analysisSpec.optional().describe("PromQL metrics judged during the bake (and a traffic shift's holds), as metrics.check judges them; a failed or inconclusive one fails the step"),
    stabilize: stabilizeWait.prefault({}).describe('Deadline and poll interval of the wait until ECS reports the service stable'),
    trafficShift: trafficShift.optional().describe('Shift traffic on an ALB listener from service (blue) to trafficShift.greenService instead of swapping task definitions'),
  })
  .refine((p) => (p.service === undefined) !== (p.services === undefined), 'give exactly one of service or services')
  .refine((p) => !p.trafficShift || p.service !== undefined, 'trafficShift moves one service: use service, not services');

export type BlueGreenParams = z.infer<typeof blueGreenParams>;

const scaleParams = z.strictObject({
  cluster: z.string().min(1).describe('The ECS cluster'),
  service: z.string().min(1).describe('The service to scale'),
  desiredCount: z.number().int().min(0).describe('The new desired count'),
  wait: z.boolean().default(true).describe('Wait until the service is stable at the new count'),
  stabilize: stabilizeWait.prefault({}).describe('Deadline and poll interval of the wait until ECS reports the service stable'),
});

export type ScaleParams = z.infer<typeof scaleParams>;

const container = z.strictObject({
  name: z.string().min(1).describe('Container name'),
  image: z.string().min(1).describe('Container image'),
  cpu: z.number().int().min(0).optional().describe('CPU units reserved for the container'),
  memory: z.number().int().positive().optional().describe('Hard memory limit in MiB'),
  essential: z.boolean().default(true).describe('The task stops when this container stops'),
  environment: envMap.optional().describe('Environment variables'),
  portMappings: z
    .array(
      z.strictObject({
        containerPort: z.number().int().min(1).max(65535).describe('Port the container listens on'),
        protocol: z.enum(['tcp', 'udp']).default('tcp').describe('tcp or udp'),
      }),
    )
    .optional()
    .describe('Ports the container exposes'),
});

const ensureServiceParams = z.strictObject({
  cluster: z.string().min(1).describe('The ECS cluster (created when missing)'),
  service: z.string().min(1).describe('The service (created when missing)'),
  taskDefinition: z.strictObject({
    family: z.string().regex(/^[A-Za-z0-9_-]{1,255}$/, 'letters, digits, - and _ only').describe('Task definition family'),
    containers: z.array(container).min(1).describe('The containers of the task'),
    cpu: z.union([z.string(), z.number().int().positive()]).transform(String).optional().describe('Task-level cpu ("256", "1024")'),
    memory: z.union([z.string(), z.number().int().positive()]).transform(String).optional().describe('Task-level memory in MiB ("512", "2048")'),
    networkMode: z.enum(['bridge', 'host', 'awsvpc', 'none']).optional().describe('Docker networking mode of the task'),
    requiresCompatibilities: z.array(z.enum(['EC2', 'FARGATE', 'EXTERNAL'])).optional().describe('Launch types the task definition must be valid for'),
  }).describe('Registered when the service has to be created and the family has no active revision'),
  desiredCount: z.number().int().min(0).default(1).describe('Desired count of a new service'),
  launchType: z.enum(['EC2', 'FARGATE', 'EXTERNAL']).optional().describe('Launch type of a new service'),
  subnets: z.array(z.string()).optional().describe('Subnet ids of a new service (awsvpc networking)'),
  securityGroups: z.array(z.string()).optional().describe('Security group ids of a new service (awsvpc networking)'),
  wait: z.boolean().default(true).describe('Wait until the service is stable'),
  stabilize: stabilizeWait.prefault({}).describe('Deadline and poll interval of the wait until ECS reports the service stable'),
});

export type EnsureServiceParams = z.infer<typeof ensureServiceParams>;

const str = z.string();
const num = z.number();
const blueGreenOutputs = z.object({
  mode: z.enum(['swap', 'traffic']),
  cluster: str,
  /** Swap: each service with its blue and green task definition ARNs. */
  services: z.array(z.object({ service: str, serviceArn: str, blueTaskDefinition: str, greenTaskDefinition: str, desiredCount: num, runningCount: num })),
  /** Traffic shift: the listener, target groups and the task definitions on each side. */
  listener: str,
  testListener: str.nullable(),
  blueTargetGroup: str,
  greenTargetGroup: str,
  pattern: str,
  weightSteps: z.array(num),
  finalWeights: z.object({ blue: num, green: num }),
  blue: z.object({ service: str, taskDefinition: str }),
  green: z.object({ service: str, taskDefinition: str }),
  bake: str.nullable(),
  alarms: z.array(str),
  /** With an analysis: its verdict and every measurement of every metric. */
  analysis: analysisResult,
});

const serviceNames = (p: BlueGreenParams) => (p.services ?? [p.service!]).map((s) => (typeof s === 'string' ? s : s.service));

// Implementations load on first use, so that `cutover validate` and `plan` never load the AWS SDK.
const blueGreen = () => require('./blue-green') as typeof import('./blue-green');
const scale = () => require('./scale') as typeof import('./scale');
const ensureService = () => require('./ensure-service') as typeof import('./ensure-service');
const preview = () => require('./preview') as typeof import('./preview');

export const ecsKinds = {
  'ecs.blueGreen': defineKind({
    summary: 'deploy a new task definition (service swap or ALB traffic shift), health-checked and baked',
    params: blueGreenParams,
    outputs: blueGreenOutputs,
    describe: (p) =>
      (p.trafficShift
        ? `${p.cluster}/${p.service} → ${p.cluster}/${p.trafficShift.greenService} (${p.trafficShift.pattern.type} traffic shift)`
        : `${p.cluster}: ${serviceNames(p).join(', ')}${p.image ? ` → ${p.image}` : ''}`) +
      (p.analysis ? `; analysis on ${p.analysis.target}: ${p.analysis.metrics.map((m) => scheduleOf(m)).join(', ')}` : ''),
    run: (i) => blueGreen().blueGreen(i),
    preview: (i) => preview().blueGreenPreview(i),
    undo: {
      summary: 'put every service back on its exact blue task definition ARN (traffic: 100 % blue, green scaled back) and wait until stable',
      run: (i) => blueGreen().blueGreenUndo(i),
    },
  }),
  'ecs.scale': defineKind({
    summary: "set an ECS service's desired count",
    params: scaleParams,
    outputs: z.object({ cluster: str, service: str, serviceArn: str, previousDesiredCount: num, desiredCount: num, runningCount: num }),
    describe: (p) => `${p.cluster}/${p.service} → ${p.desiredCount}`,
    run: (i) => scale().scale(i),
    preview: (i) => preview().scalePreview(i),
    undo: { summary: 'restore the previous desired count', run: (i) => scale().scaleUndo(i) },
  }),
  'ecs.ensureService': defineKind({
    summary: 'create the ECS cluster, task definition and service when missing',
    params: ensureServiceParams,
    outputs: z.object({
      cluster: str,
      clusterArn: str,
      service: str,
      serviceArn: str,
      taskDefinition: str,
      created: z.object({ cluster: z.boolean(), service: z.boolean(), taskDefinition: str.nullable() }),
    }),
    describe: (p) => `${p.cluster}/${p.service} (${p.taskDefinition.family})`,
    run: (i) => ensureService().ensureService(i),
    preview: (i) => preview().ensureServicePreview(i),
    undo: { summary: 'delete only what this run created (tagged with the run)', run: (i) => ensureService().ensureServiceUndo(i) },
  }),
};
