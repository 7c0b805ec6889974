// `cutover doctor` for plans with ECS steps: the worker's AWS settings reach ECS.
import { ECSClient, ListClustersCommand } from '@aws-sdk/client-ecs';
import { awsRegion } from '../aws/clients';

export async function probeEcs(): Promise<string> {
  const ecs = new ECSClient({});
  const r = await ecs.send(new ListClustersCommand({ maxResults: 1 }));
  return `${await awsRegion(ecs)}; ECS answers (${r.clusterArns?.length ? 'clusters found' : 'no clusters'})`;
}
