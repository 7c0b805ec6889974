// metrics.check: the analysis as a step of its own. It ends when every metric has its verdict;
// a failed or inconclusive metric fails the step for good (AnalysisFailed, AnalysisInconclusive),
// Prometheus not answering fails the attempt retryably, and the retry resumes the same analysis
// from the checkpoint (measurements taken, the schedule) instead of starting over.
import { sleep } from '@temporalio/activity';
import type { KindInput } from '../../kit/context';
import { progress, resumeFrom, throwIfCancelled } from '../../kit/checkpoint';
import { AnalysisRun, openAnalysis, plannedMeasurements, startAnalysis, stateFits, type AnalysisState } from './analysis';
import type { MetricsCheckParams } from './kinds';

/** The checkpoint: a bar for `cutover status` (done / total), the latest values, and the analysis itself. */
interface CheckCheckpoint {
  done: number;
  total: number;
  unit: 'measurements';
  latest: string;
  analysis: AnalysisState;
}

export async function metricsCheck(input: KindInput<MetricsCheckParams>) {
  const p = input.params;
  const target = await openAnalysis(input, p);
  const saved = resumeFrom<CheckCheckpoint>()?.analysis;
  const state = stateFits(saved, p) ? saved : startAnalysis(p);
  const total = plannedMeasurements(p);
  const checkpoint = (): CheckCheckpoint => ({ done: run.measured(), total, unit: 'measurements', latest: run.latest(), analysis: state });
  const run: AnalysisRun = new AnalysisRun(p, state, target, () => progress(checkpoint()));
  progress(checkpoint());
  run.throwIfDecided(); // a resumed analysis that had already failed
  for (;;) {
    await throwIfCancelled();
    await run.measureDue();
    if (run.finished()) return run.result();
    const wait = run.nextDueAt() - Date.now();
    // Activity sleep: rejects at once when the activity is cancelled.
    if (wait > 0) await sleep(wait);
  }
}
