// `cutover plan --against` for metrics.check: each metric's query measured once now and judged by
// its conditions, as one measurement of the step would be (a read: the step itself measures on its
// schedule and decides by its limits).
import type { KindInput } from '../../kit/context';
import type { Change, Preview } from '../../kit/preview';
import { judge, openAnalysis } from './analysis';
import { parseCondition } from './condition';
import { scheduleOf, type MetricsCheckParams } from './kinds';

export async function metricsCheckPreview(input: KindInput<MetricsCheckParams>): Promise<Preview> {
  const p = input.params;
  const target = await openAnalysis(input, p);
  const changes: Change[] = [];
  const verdicts: string[] = [];
  for (const [i, m] of p.metrics.entries()) {
    const answer = await target.prom.query(target.queries[i], `metric ${m.name}`);
    const j = judge(
      { success: m.successCondition === undefined ? undefined : parseCondition(m.successCondition), failure: m.failureCondition === undefined ? undefined : parseCondition(m.failureCondition) },
      answer.samples,
    );
    verdicts.push(`${m.name} ${j.verdict}`);
    changes.push({
      action: 'read',
      what: `metric ${m.name}`,
      detail: `${j.value === null ? j.note : `${j.value}${j.note ? ` (${j.note})` : ''}`} now: ${j.verdict} if measured now; the step measures ${scheduleOf(m)}`,
    });
  }
  return { summary: `read: one measurement of each metric now on ${p.target}: ${verdicts.join(', ')}`, changes };
}
