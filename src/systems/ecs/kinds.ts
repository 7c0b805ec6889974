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
  /** Image for every container (the common one-container service). */
  image: z.string().min(1).optional(),
  /** Per container: image, environment variables and secrets (merged over the container's own). */
  containers: z
    .record(z.string(), z.strictObject({ image: z.string().min(1).optional(), environment: envMap.optional(), secrets: secretMap.optional() }))
    .optional(),
  /** Environment variables merged into every container. */
  environment: envMap.optional(),
  /** Container secrets (name → valueFrom ARN) merged into every container. */
  secrets: secretMap.optional(),
  /** Task-level cpu / memory, as ECS takes them ("256", "1024"). */
  cpu: z.union([z.string(), z.number().int().positive()]).transform(String).optional(),
  memory: z.union([z.string(), z.number().int().positive()]).transform(String).optional(),
};

const serviceEntry = z.union([z.string().min(1), z.strictObject({ service: z.string().min(1), ...overrides })]);

/** Deadline and poll interval for a wait until ECS reports the deployment stable. */
export const stabilizeWait = z.strictObject({ timeout: duration.default('10m'), interval: duration.default('15s') });

const pattern = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('allAtOnce') }),
  /** `percent` to green, watch for `bake`, then 100 %. */
  z.strictObject({ type: z.literal('canary'), percent: z.number().int().min(1).max(99), bake: duration }),
  /** +`percent` every `interval` until 100 %. */
  z.strictObject({ type: z.literal('linear'), percent: z.number().int().min(1).max(99), interval: duration }),
]);

const trafficShift = z.strictObject({
  /** The production listener (ARN) whose default action forwards to the blue and green target groups. */
  listener: z.string().min(1),
  blueTargetGroup: z.string().min(1),
  greenTargetGroup: z.string().min(1),
  /** The service registered with the green target group; `service` is the blue one. */
  greenService: z.string().min(1),
  /** A test listener pointed at green first, so health checks run before production traffic moves. */
  testListener: z.string().min(1).optional(),
  /** Checks through the test listener; `healthCheck` is used when absent. */
  testHealthCheck: healthChecks.optional(),
  pattern: pattern.default({ type: 'allAtOnce' }),
});

const blueGreenParams = z
  .strictObject({
    cluster: z.string().min(1),
    service: z.string().min(1).optional(),
    /** Several services that move together: all reach green, or all go back to blue. */
    services: z.array(serviceEntry).min(1).optional(),
    ...overrides,
    healthCheck: healthChecks.optional(),
    /** Time to watch the alarms (and the analysis) once green is stable (and healthy), before the step succeeds. */
    bake: duration.optional(),
    /** CloudWatch alarm names; any of them in ALARM during the bake or a traffic step fails the step. */
    alarms: z.array(z.string().min(1)).max(100).default([]),
    alarmInterval: duration.default('10s'),
    /** PromQL metrics judged during the bake (and a traffic shift's holds), as metrics.check judges them; a failed or inconclusive one fails the step. */
    analysis: analysisSpec.optional(),
    stabilize: stabilizeWait.prefault({}),
    trafficShift: trafficShift.optional(),
  })
  .refine((p) => (p.service === undefined) !== (p.services === undefined), 'give exactly one of service or services')
  .refine((p) => !p.trafficShift || p.service !== undefined, 'trafficShift moves one service: use service, not services');

export type BlueGreenParams = z.infer<typeof blueGreenParams>;

const scaleParams = z.strictObject({
  cluster: z.string().min(1),
  service: z.string().min(1),
  desiredCount: z.number().int().min(0),
  /** Wait until the service is stable at the new count. */
  wait: z.boolean().default(true),
  stabilize: stabilizeWait.prefault({}),
});

export type ScaleParams = z.infer<typeof scaleParams>;

const container = z.strictObject({
  name: z.string().min(1),
  image: z.string().min(1),
  cpu: z.number().int().min(0).optional(),
  memory: z.number().int().positive().optional(),
  essential: z.boolean().default(true),
  environment: envMap.optional(),
  portMappings: z.array(z.strictObject({ containerPort: z.number().int().min(1).max(65535), protocol: z.enum(['tcp', 'udp']).default('tcp') })).optional(),
});

const ensureServiceParams = z.strictObject({
  cluster: z.string().min(1),
  service: z.string().min(1),
  /** Used when the service has to be created and the family has no active revision. */
  taskDefinition: z.strictObject({
    family: z.string().regex(/^[A-Za-z0-9_-]{1,255}$/, 'letters, digits, - and _ only'),
    containers: z.array(container).min(1),
    cpu: z.union([z.string(), z.number().int().positive()]).transform(String).optional(),
    memory: z.union([z.string(), z.number().int().positive()]).transform(String).optional(),
    networkMode: z.enum(['bridge', 'host', 'awsvpc', 'none']).optional(),
    requiresCompatibilities: z.array(z.enum(['EC2', 'FARGATE', 'EXTERNAL'])).optional(),
  }),
  desiredCount: z.number().int().min(0).default(1),
  launchType: z.enum(['EC2', 'FARGATE', 'EXTERNAL']).optional(),
  subnets: z.array(z.string()).optional(),
  securityGroups: z.array(z.string()).optional(),
  wait: z.boolean().default(true),
  stabilize: stabilizeWait.prefault({}),
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
