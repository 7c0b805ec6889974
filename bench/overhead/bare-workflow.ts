// The baseline: a bare Temporal workflow calling the same trivial activity N times in a row.
import { proxyActivities } from '@temporalio/workflow';

const { noop } = proxyActivities<{ noop(i: number): Promise<Record<string, unknown>> }>({ startToCloseTimeout: '1m' });

export async function bare(n: number): Promise<number> {
  for (let i = 0; i < n; i++) await noop(i);
  return n;
}
