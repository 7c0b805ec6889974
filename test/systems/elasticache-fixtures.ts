// Shared pieces of the ElastiCache activity tests: clients that talk to moto directly in the test's
// account (ElastiCache, and Secrets Manager for the AUTH token), seeding helpers, and a runner that
// runs a kind's activity the way the worker does (through the activity wrapper) while keeping
// every line the step logs.
import { randomUUID } from 'node:crypto';
import {
  CreateCacheClusterCommand,
  CreateReplicationGroupCommand,
  DescribeCacheClustersCommand,
  DescribeReplicationGroupsCommand,
  DescribeSnapshotsCommand,
  ElastiCacheClient,
  ListTagsForResourceCommand,
  type ReplicationGroup,
} from '@aws-sdk/client-elasticache';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { Info } from '@temporalio/activity';
import type { LogLevel, LogMetadata } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { wrapActivity } from '../../src/kit/wrap';
import type { StepInput, StepOutput, UndoInput } from '../../src/kit/context';
import { motoUrl } from '../helpers/moto';

export interface EcWorld {
  account: string;
  ec: ElastiCacheClient;
  sm: SecretsManagerClient;
}

/** Clients that talk to moto directly, in `account`: the test's own view of the world. */
export async function ecWorld(account: string): Promise<EcWorld> {
  const config = { endpoint: await motoUrl(), region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const inAccount = <C extends { middlewareStack: { add(mw: never, o: { step: 'build'; name: string }): void } }>(client: C): C => {
    const header = (next: (args: { request: unknown }) => Promise<unknown>) => async (args: { request: unknown }) => {
      (args.request as { headers: Record<string, string> }).headers['x-moto-account-id'] = account;
      return next(args);
    };
    client.middlewareStack.add(header as never, { step: 'build', name: 'motoAccount' });
    return client;
  };
  return { account, ec: inAccount(new ElastiCacheClient(config)), sm: inAccount(new SecretsManagerClient(config)) };
}

/** A JSON secret `{ "token": <value> }` under a name no other test uses; returns its name. */
export async function makeSecret(w: EcWorld, value: string): Promise<string> {
  const name = `cache/auth-${randomUUID()}`;
  await w.sm.send(new CreateSecretCommand({ Name: name, SecretString: JSON.stringify({ token: value }) }));
  return name;
}

/** A token ElastiCache accepts, different in every test. */
export const newToken = () => `Tok-${randomUUID().replace(/-/g, '')}`;

export async function seedGroup(
  w: EcWorld,
  id: string,
  o: { nodeType?: string; numCacheClusters?: number; transit?: boolean; authToken?: string; engineVersion?: string; subnetGroup?: string; tags?: Record<string, string> } = {},
): Promise<ReplicationGroup> {
  const r = await w.ec.send(
    new CreateReplicationGroupCommand({
      ReplicationGroupId: id,
      ReplicationGroupDescription: `seeded ${id}`,
      Engine: 'redis',
      EngineVersion: o.engineVersion ?? '7.1',
      CacheNodeType: o.nodeType ?? 'cache.t4g.micro',
      NumCacheClusters: o.numCacheClusters,
      CacheSubnetGroupName: o.subnetGroup,
      TransitEncryptionEnabled: o.transit,
      AuthToken: o.authToken,
      Tags: Object.entries(o.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
    }),
  );
  return r.ReplicationGroup!;
}

/**
 * The primary node of a seeded group, as ElastiCache reports it for a real group. moto keeps only
 * the member's id in the group and has no such cluster, so tests that need the node's answers
 * (engine version, subnet group) create it.
 */
export async function seedPrimaryNode(w: EcWorld, group: string, o: { engineVersion: string; subnetGroup?: string }): Promise<void> {
  await w.ec.send(
    new CreateCacheClusterCommand({
      CacheClusterId: `${group}-001`,
      ReplicationGroupId: group,
      Engine: 'redis',
      EngineVersion: o.engineVersion,
      CacheNodeType: 'cache.t4g.micro',
      CacheSubnetGroupName: o.subnetGroup,
    }),
  );
}

export async function seedCluster(w: EcWorld, id: string, o: { tags?: Record<string, string> } = {}) {
  const r = await w.ec.send(
    new CreateCacheClusterCommand({
      CacheClusterId: id,
      Engine: 'redis',
      EngineVersion: '7.0',
      CacheNodeType: 'cache.t4g.small',
      NumCacheNodes: 1,
      CacheSubnetGroupName: 'cache-private',
      Tags: Object.entries(o.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
    }),
  );
  return r.CacheCluster!;
}

/** Every replication group of the test's account, by id. */
export async function groups(w: EcWorld): Promise<Record<string, ReplicationGroup>> {
  const r = await w.ec.send(new DescribeReplicationGroupsCommand({}));
  return Object.fromEntries((r.ReplicationGroups ?? []).map((g) => [g.ReplicationGroupId!, g]));
}

export async function clusters(w: EcWorld) {
  const r = await w.ec.send(new DescribeCacheClustersCommand({}));
  return Object.fromEntries((r.CacheClusters ?? []).map((c) => [c.CacheClusterId!, c]));
}

export async function tags(w: EcWorld, arn: string): Promise<Record<string, string>> {
  const r = await w.ec.send(new ListTagsForResourceCommand({ ResourceName: arn }));
  return Object.fromEntries((r.TagList ?? []).map((t) => [t.Key!, t.Value ?? '']));
}

/** Manual snapshots of the account, by name. */
export async function snapshots(w: EcWorld) {
  const r = await w.ec.send(new DescribeSnapshotsCommand({}));
  return Object.fromEntries((r.Snapshots ?? []).map((s) => [s.SnapshotName!, s]));
}

export interface CapturedRun<T> {
  result?: T;
  error?: Error & { type?: string; nonRetryable?: boolean };
  checkpoint: unknown;
  /** Every checkpoint the step heartbeated (what reaches the Temporal server). */
  heartbeats: unknown[];
  /** Every line the step logged (the wrapper's own included), with its fields. */
  logs: string[];
}

/** Runs `fn` wrapped as the worker wraps step activities, in a mock activity context that keeps the logs. */
export async function runWrapped<T extends StepOutput>(
  fn: (input: StepInput | UndoInput) => Promise<T>,
  input: StepInput | UndoInput,
  o: { heartbeatDetails?: unknown; attempt?: number; during?: (env: MockActivityEnvironment) => void } = {},
): Promise<CapturedRun<T>> {
  const logs: string[] = [];
  const line = (level: LogLevel) => (message: string, meta?: LogMetadata) => void logs.push(`${level} ${message} ${JSON.stringify(meta ?? {})}`);
  const logger = { log: (level: LogLevel, m: string, meta?: LogMetadata) => line(level)(m, meta), trace: line('TRACE'), debug: line('DEBUG'), info: line('INFO'), warn: line('WARN'), error: line('ERROR') };
  const info: Partial<Info> = { heartbeatDetails: o.heartbeatDetails, attempt: o.attempt ?? 1, heartbeatTimeoutMs: 30_000, startToCloseTimeoutMs: 600_000, activityType: input.step.kind };
  const env = new MockActivityEnvironment(info, { logger });
  const run: CapturedRun<T> = { checkpoint: o.heartbeatDetails, heartbeats: [], logs };
  env.on('heartbeat', (d: unknown) => {
    if (d === undefined) return;
    run.checkpoint = d;
    run.heartbeats.push(d);
  });
  o.during?.(env);
  try {
    const wrapped = wrapActivity(fn as never) as unknown as (i: StepInput | UndoInput) => Promise<{ output: unknown }>;
    const r: { output: unknown } = await env.run(wrapped, input);
    run.result = r.output as T;
  } catch (err) {
    run.error = err as CapturedRun<T>['error'];
  }
  return run;
}
