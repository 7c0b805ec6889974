// `cutover doctor` for plans with ElastiCache steps: the worker's AWS settings reach ElastiCache.
import { DescribeReplicationGroupsCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { awsRegion } from '../aws/clients';

export async function probeElastiCache(): Promise<string> {
  const ec = new ElastiCacheClient({});
  const r = await ec.send(new DescribeReplicationGroupsCommand({ MaxRecords: 20 }));
  return `${await awsRegion(ec)}; ElastiCache answers (${r.ReplicationGroups?.length ?? 0} replication group(s)${r.Marker ? ' or more' : ''})`;
}
