// `cutover doctor` for plans with RDS steps: the worker's AWS settings reach RDS.
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { awsRegion } from '../aws/clients';

export async function probeRds(): Promise<string> {
  const rds = new RDSClient({});
  const r = await rds.send(new DescribeDBInstancesCommand({ MaxRecords: 20 }));
  return `${await awsRegion(rds)}; RDS answers (${r.DBInstances?.length ?? 0} instance(s))`;
}
