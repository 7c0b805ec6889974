// The baseline: a bare Temporal workflow calling the same trivial activity N times in a row.
// `bareWithOneMore` also starts one more at the start and awaits it only at the end, as a run
// hands its `started` notification to an activity: what one such activity costs on bare Temporal.
import { proxyActivities } from '@temporalio/workflow';

const { noop } = proxyActivities<{ noop(i: number): Promise<Record<string, unknown>> }>({ startToCloseTimeout: '1m' });

export async function bare(n: number): Promise<number> {
  for (let i = 0; i < n; i++) await noop(i);
  return n;
}

export async function bareWithOneMore(n: number): Promise<number> {
  const more = noop(-1);
  for (let i = 0; i < n; i++) await noop(i);
  await more;
  return n;
}
