// AWS SDK clients for step activities. Region, credentials and endpoint come from the SDK's own
// standard chain (AWS_REGION, AWS_PROFILE, instance roles, AWS_ENDPOINT_URL[_<SERVICE>] for an
// emulator), so the worker's environment decides where steps act. Clients are cheap: each
// activity call makes its own, so a changed environment is picked up.
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ECSClient } from '@aws-sdk/client-ecs';
import type { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { RDSClient } from '@aws-sdk/client-rds';
import type { KindInput } from '../../kit/context';

export interface AwsClients {
  readonly ecs: ECSClient;
  readonly rds: RDSClient;
  readonly elb: ElasticLoadBalancingV2Client;
  readonly cloudwatch: CloudWatchClient;
  readonly elasticache: ElastiCacheClient;
}

/** Lazily built clients; the SDK's standard retry mode absorbs short throttling and 5xx bursts. */
export function awsClients(): AwsClients {
  const made: Partial<Record<keyof AwsClients, unknown>> = {};
  const once = <K extends keyof AwsClients>(k: K, make: () => AwsClients[K]): AwsClients[K] =>
    (made[k] ??= make()) as AwsClients[K];
  return {
    get ecs() {
      return once('ecs', () => new ECSClient({}));
    },
    get rds() {
      return once('rds', () => new RDSClient({}));
    },
    get elb() {
      return once('elb', () => new ElasticLoadBalancingV2Client({}));
    },
    get cloudwatch() {
      return once('cloudwatch', () => new CloudWatchClient({}));
    },
    get elasticache() {
      // Required here, not imported: only ElastiCache steps load that SDK.
      return once('elasticache', () => new (require('@aws-sdk/client-elasticache') as typeof import('@aws-sdk/client-elasticache')).ElastiCacheClient({}));
    },
  };
}

/** `region us-east-1 via http://…` for `cutover doctor`: where the worker's AWS calls go. */
export async function awsRegion(client: { config: { region: () => Promise<string> } }): Promise<string> {
  return `region ${await client.config.region()}${process.env.AWS_ENDPOINT_URL ? ` via ${process.env.AWS_ENDPOINT_URL}` : ''}`;
}

/** What an AWS step starts with: its params, its clients, and its name for messages. */
export const awsStep = <P>(input: KindInput<P>) => ({ p: input.params, c: awsClients(), where: `step ${input.step.id}` });
