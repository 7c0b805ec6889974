// Fixtures for AWS activity tests against moto (started by scripts/stack.sh): the proxy in front
// of it, clients that talk to moto directly in the test's account (to seed the world and read it
// back without going through the proxy's faults), seeding helpers, a health endpoint, and a
// runner for activities that captures their checkpoints.
import http from 'node:http';
import { after, before, beforeEach } from 'node:test';
import type { AddressInfo } from 'node:net';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import type { Info } from '@temporalio/activity';
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { CreateClusterCommand, CreateServiceCommand, DescribeServicesCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { CreateDBInstanceCommand, RDSClient } from '@aws-sdk/client-rds';
import type { StepInput, UndoInput, StepOutput } from '../../src/kit/context';
import type { PhaseName } from '../../src/plan/types';
import { AwsProxy } from './aws-proxy';
import { stackEnv } from './stack';

/** moto's URL from the stack; fails (never skips) when the stack has no moto or it does not answer. */
export async function motoUrl(): Promise<string> {
  const env = stackEnv();
  const url = env.AWS_ENDPOINT_URL;
  if (!url) throw new Error('stack.env has no AWS_ENDPOINT_URL (moto); run: scripts/stack.sh up');
  const res = await fetch(`${url}/moto-api/`).catch((err: Error) => {
    throw new Error(`moto does not answer at ${url} (${err.message}); run: scripts/stack.sh up`);
  });
  if (!res.ok) throw new Error(`moto at ${url} answered ${res.status}; run: scripts/stack.sh up`);
  return url;
}

/**
 * Starts a proxy in front of moto and points this process's AWS SDK at it (the activities read
 * AWS_ENDPOINT_URL through the SDK's own chain, exactly as on a worker).
 */
export async function startAwsProxy(): Promise<AwsProxy> {
  const proxy = await AwsProxy.start(await motoUrl());
  const env = stackEnv();
  process.env.AWS_ENDPOINT_URL = proxy.url;
  process.env.AWS_REGION = env.AWS_REGION ?? 'us-east-1';
  process.env.AWS_ACCESS_KEY_ID = env.AWS_ACCESS_KEY_ID ?? 'testing';
  process.env.AWS_SECRET_ACCESS_KEY = env.AWS_SECRET_ACCESS_KEY ?? 'testing';
  return proxy;
}

export interface MotoClients {
  account: string;
  ecs: ECSClient;
  rds: RDSClient;
  elb: ElasticLoadBalancingV2Client;
  cloudwatch: CloudWatchClient;
}

/** Clients that talk to moto directly, in `account`: the test's own view of the world. */
export async function motoClients(account: string): Promise<MotoClients> {
  const config = { endpoint: await motoUrl(), region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  // Every request carries the test's moto account.
  const header = (next: (args: { request: unknown }) => Promise<unknown>) => async (args: { request: unknown }) => {
    (args.request as { headers: Record<string, string> }).headers['x-moto-account-id'] = account;
    return next(args);
  };
  const inAccount = <C extends { middlewareStack: { add(mw: never, o: { step: 'build'; name: string }): void } }>(client: C): C => {
    client.middlewareStack.add(header as never, { step: 'build', name: 'motoAccount' });
    return client;
  };
  return {
    account,
    ecs: inAccount(new ECSClient(config)),
    rds: inAccount(new RDSClient(config)),
    elb: inAccount(new ElasticLoadBalancingV2Client(config)),
    cloudwatch: inAccount(new CloudWatchClient(config)),
  };
}

/** The default VPC's subnets in the account (EC2 query API; the project has no EC2 client). */
export async function defaultSubnets(account: string): Promise<string[]> {
  const res = await fetch(`${await motoUrl()}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-moto-account-id': account,
      authorization: 'AWS4-HMAC-SHA256 Credential=testing/20240101/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: 'Action=DescribeSubnets&Version=2016-11-15',
  });
  const xml = await res.text();
  return [...xml.matchAll(/<subnetId>([^<]+)<\/subnetId>/g)].map((m) => m[1]);
}

/** A cluster with a one-container service on `family:1`; returns the blue task definition ARN. */
export async function seedService(
  m: MotoClients,
  o: { cluster: string; service: string; family?: string; image?: string; desiredCount?: number; environment?: Record<string, string> },
): Promise<string> {
  await m.ecs.send(new CreateClusterCommand({ clusterName: o.cluster }));
  const td = await m.ecs.send(
    new RegisterTaskDefinitionCommand({
      family: o.family ?? o.service,
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        {
          name: 'app',
          image: o.image ?? 'registry.example/app:1.0.0',
          memory: 256,
          essential: true,
          environment: Object.entries(o.environment ?? { MODE: 'blue' }).map(([name, value]) => ({ name, value })),
        },
      ],
    }),
  );
  const arn = td.taskDefinition!.taskDefinitionArn!;
  await m.ecs.send(new CreateServiceCommand({ cluster: o.cluster, serviceName: o.service, taskDefinition: arn, desiredCount: o.desiredCount ?? 2 }));
  return arn;
}

export async function serviceNow(m: MotoClients, cluster: string, service: string) {
  const r = await m.ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
  return r.services![0];
}

export async function seedAlarm(m: MotoClients, name: string): Promise<void> {
  await m.cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: name,
      MetricName: 'HTTPCode_Target_5XX_Count',
      Namespace: 'AWS/ApplicationELB',
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 5,
      ComparisonOperator: 'GreaterThanThreshold',
    }),
  );
}

/** An ALB with blue and green target groups, a production listener (all blue) and a test listener. */
export async function seedLoadBalancer(m: MotoClients, name: string) {
  const subnets = (await defaultSubnets(m.account)).slice(0, 2);
  const lb = (await m.elb.send(new CreateLoadBalancerCommand({ Name: name, Subnets: subnets }))).LoadBalancers![0];
  const group = async (n: string) =>
    (await m.elb.send(new CreateTargetGroupCommand({ Name: n, Protocol: 'HTTP', Port: 80, VpcId: lb.VpcId, TargetType: 'ip' }))).TargetGroups![0].TargetGroupArn!;
  const blueTargetGroup = await group(`${name}-blue`);
  const greenTargetGroup = await group(`${name}-green`);
  const listener = async (port: number) =>
    (
      await m.elb.send(
        new CreateListenerCommand({ LoadBalancerArn: lb.LoadBalancerArn, Protocol: 'HTTP', Port: port, DefaultActions: [{ Type: 'forward', TargetGroupArn: blueTargetGroup }] }),
      )
    ).Listeners![0].ListenerArn!;
  return { loadBalancer: lb.LoadBalancerArn!, blueTargetGroup, greenTargetGroup, listener: await listener(80), testListener: await listener(8080) };
}

export async function seedInstance(m: MotoClients, id: string, o: { storage?: number; tags?: Record<string, string> } = {}) {
  const r = await m.rds.send(
    new CreateDBInstanceCommand({
      DBInstanceIdentifier: id,
      DBInstanceClass: 'db.t3.micro',
      Engine: 'mysql',
      AllocatedStorage: o.storage ?? 20,
      MasterUsername: 'admin',
      MasterUserPassword: 'password123',
      Tags: Object.entries(o.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
    }),
  );
  return r.DBInstance!;
}

/** A local HTTP endpoint standing in for the application's health URL. */
export async function healthEndpoint(): Promise<{ url: string; healthy: boolean; hits: number; close: () => Promise<void> }> {
  const state = { healthy: true, hits: 0 };
  const server = http.createServer((_req, res) => {
    state.hits++;
    res.writeHead(state.healthy ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: state.healthy ? 'healthy' : 'degraded' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
  return Object.assign(state, { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
}

export interface MotoWorld {
  proxy: AwsProxy;
  /** moto clients in this test's own account. */
  m: MotoClients;
  health: Awaited<ReturnType<typeof healthEndpoint>>;
}

/**
 * The hooks every AWS activity test file needs: a proxy in front of moto and a health endpoint for
 * the file, and a fresh moto account (and a healthy endpoint) for each test, so tests share nothing.
 */
export function useMoto(): MotoWorld {
  const w = {} as MotoWorld;
  before(async () => {
    w.proxy = await startAwsProxy();
    w.health = await healthEndpoint();
  });
  after(async () => {
    await w.proxy.close();
    await w.health.close();
  });
  beforeEach(async () => {
    w.m = await motoClients(w.proxy.newAccount());
    w.health.healthy = true;
  });
  return w;
}

/** A step input as the workflow would send it. */
export function stepInput(kind: string, id: string, params: Record<string, unknown>, runId: string, phase: PhaseName = 'migrateData'): StepInput {
  return {
    ctx: { workflowId: `cutover-test-${runId}`, runId, planName: 'test', environment: 'test', baseDir: process.cwd(), targets: {} },
    step: { id, kind, phase, execution: 'activity', undo: true, params },
  };
}

export const undoInput = (input: StepInput, output?: StepOutput): UndoInput => ({ ...input, output });

export interface ActivityRun<T> {
  result?: T;
  error?: Error & { type?: string; nonRetryable?: boolean };
  /** The last checkpoint the activity reported (what a retry would get as heartbeatDetails). */
  checkpoint: unknown;
  env: MockActivityEnvironment;
}

/**
 * Runs an activity function in a mock activity context. `heartbeatDetails` plays a retry after a
 * crash; `during` gets the environment while the activity runs (to cancel it, say).
 */
export async function runActivity<I, T>(
  fn: (input: I) => Promise<T>,
  input: I,
  o: { heartbeatDetails?: unknown; attempt?: number; during?: (env: MockActivityEnvironment) => void } = {},
): Promise<ActivityRun<T>> {
  const info: Partial<Info> = { heartbeatDetails: o.heartbeatDetails, attempt: o.attempt ?? (o.heartbeatDetails === undefined ? 1 : 2), heartbeatTimeoutMs: 30_000, startToCloseTimeoutMs: 600_000 };
  // Quiet: expected failures would otherwise be logged as warnings.
  const env = new MockActivityEnvironment(info, { logger: new DefaultLogger('ERROR') });
  const run: ActivityRun<T> = { checkpoint: o.heartbeatDetails, env };
  env.on('heartbeat', (d: unknown) => {
    if (d !== undefined) run.checkpoint = d;
  });
  o.during?.(env);
  try {
    run.result = await env.run(fn as (input: I) => Promise<T>, input);
  } catch (err) {
    run.error = err as ActivityRun<T>['error'];
  }
  return run;
}

export const uniqueRunId = () => `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
