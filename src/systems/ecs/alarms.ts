// CloudWatch alarms named by a step: checked to exist before anything changes, and watched while
// green bakes or traffic moves. An alarm in ALARM fails the step.
import { DescribeAlarmsCommand, type MetricAlarm, type CompositeAlarm } from '@aws-sdk/client-cloudwatch';
import { ApplicationFailure } from '@temporalio/common';
import type { AwsClients } from '../aws/clients';
import { aws } from '../aws/errors';

type Alarm = (MetricAlarm | CompositeAlarm) & { AlarmName?: string; StateValue?: string; StateReason?: string };

export async function describeAlarms(clients: AwsClients, names: string[], where: string): Promise<Alarm[]> {
  const out: Alarm[] = [];
  let NextToken: string | undefined;
  do {
    const r = await aws(`${where}: CloudWatch alarms ${names.join(', ')}`, () =>
      clients.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: names, AlarmTypes: ['MetricAlarm', 'CompositeAlarm'], NextToken })),
    );
    out.push(...(r.MetricAlarms ?? []), ...(r.CompositeAlarms ?? []));
    NextToken = r.NextToken;
  } while (NextToken);
  return out;
}

/** Fails (non-retryable) when an alarm the plan names does not exist: a plan mistake. */
export async function requireAlarms(clients: AwsClients, names: string[], where: string): Promise<void> {
  if (names.length === 0) return;
  const found = new Set((await describeAlarms(clients, names, where)).map((a) => a.AlarmName));
  const missing = names.filter((n) => !found.has(n));
  if (missing.length) {
    throw ApplicationFailure.nonRetryable(`${where}: CloudWatch alarm ${missing.join(', ')} does not exist`, 'AwsNotFound');
  }
}

/** Fails (non-retryable, type AlarmFired) when any named alarm is in ALARM now. */
export async function checkAlarms(clients: AwsClients, names: string[], where: string): Promise<void> {
  if (names.length === 0) return;
  const firing = (await describeAlarms(clients, names, where)).filter((a) => a.StateValue === 'ALARM');
  if (firing.length) {
    const list = firing.map((a) => `${a.AlarmName}${a.StateReason ? ` (${a.StateReason})` : ''}`).join('; ');
    throw ApplicationFailure.nonRetryable(`${where}: alarm in ALARM: ${list}`, 'AlarmFired');
  }
}
