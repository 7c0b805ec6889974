// Read-only checks that a target a plan names can be reached with the credentials it gives.
import mysql from 'mysql2/promise';
import Redis from 'ioredis';
import { ListClustersCommand } from '@aws-sdk/client-ecs';
import { DescribeDBInstancesCommand } from '@aws-sdk/client-rds';
import type { TargetSpec } from '../../plan/types';
import { resolveRefs } from '../../plan/refs';
import { awsClients } from '../../systems/aws/clients';
import { safeUrl } from '../../systems/mysql/connection';
import { withGraph } from '../../systems/graph/connection';

/** What the probe found (a server version, say); throws with the reason when it cannot reach. */
export type Probe = () => Promise<string>;

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function targetProbe(name: string, target: TargetSpec): { label: string; probe: Probe } {
  const where = `target ${name}`;
  const url = () => resolveRefs(target.url, where);
  const label = `${where} (${target.kind})`;
  switch (target.kind) {
    case 'mysql':
      return {
        label,
        probe: async () => {
          const u = url();
          const conn = await mysql.createConnection({ uri: u, connectTimeout: 5000 }).catch((err) => {
            throw new Error(`${safeUrl(u)}: ${messageOf(err)}`);
          });
          try {
            const [rows] = await conn.query('SELECT VERSION() AS v');
            return `${safeUrl(u)}, server ${(rows as { v: string }[])[0].v}`;
          } finally {
            await conn.end();
          }
        },
      };
    case 'redis':
      return {
        label,
        probe: async () => {
          const redis = new Redis(url(), { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 5000, retryStrategy: () => null });
          try {
            await redis.connect();
            const info = await redis.info('server');
            return `redis ${/redis_version:(\S+)/.exec(info)?.[1] ?? '?'}`;
          } finally {
            redis.disconnect();
          }
        },
      };
    case 'bolt':
      return { label, probe: () => withGraph(url(), where, async (driver, t) => `${t.url}, ${(await driver.getServerInfo()).agent ?? 'server'}`) };
    case 'http':
      return {
        label,
        probe: async () => {
          const res = await fetch(url(), { method: 'GET', signal: AbortSignal.timeout(5000) });
          return `HTTP ${res.status}`;
        },
      };
  }
}

export const awsProbe: Probe = async () => {
  const aws = awsClients();
  const clusters = await aws.ecs.send(new ListClustersCommand({ maxResults: 1 }));
  await aws.rds.send(new DescribeDBInstancesCommand({ MaxRecords: 20 }));
  const region = await aws.ecs.config.region();
  return `region ${region}${process.env.AWS_ENDPOINT_URL ? ` via ${process.env.AWS_ENDPOINT_URL}` : ''}; ECS and RDS answer (${clusters.clusterArns?.length ? 'clusters found' : 'no clusters'})`;
};

export { messageOf };
