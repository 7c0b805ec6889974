// What a bake (or a traffic step's hold) watches: the CloudWatch alarms every alarmInterval and,
// with an `analysis`, its metrics whenever they are due (the engine of metrics.check, so the two
// judge measurements alike). An alarm in ALARM or a failed or inconclusive metric fails the step
// non-retryably, which puts blue back as any other definitive failure does.
import { sleep } from '@temporalio/activity';
import type { StepInput } from '../../kit/context';
import { watchUntil } from '../../kit/wait';
import { AnalysisRun, openAnalysis, startAnalysis, stateFits, type AnalysisState } from '../metrics/analysis';
import type { AnalysisSpec } from '../metrics';

/** Checks, before the step changes anything, that the analysis's target and references resolve. */
export async function requireAnalysis(input: StepInput, spec: AnalysisSpec | undefined, where: string): Promise<void> {
  if (spec) await openAnalysis(input, spec, `${where} (analysis)`);
}

/**
 * The analysis of this step, resumed from `holder.analysis` when the checkpoint has it, else
 * started now and put there (the checkpoint then carries it: it is mutated in place).
 */
export async function bakeAnalysis(
  input: StepInput,
  spec: AnalysisSpec | undefined,
  holder: { analysis?: AnalysisState },
  where: string,
  onMeasured: () => void,
): Promise<AnalysisRun | undefined> {
  if (!spec) return undefined;
  const target = await openAnalysis(input, spec, where);
  if (!stateFits(holder.analysis, spec)) holder.analysis = startAnalysis(spec);
  const run = new AnalysisRun(spec, holder.analysis, target, onMeasured);
  run.throwIfDecided(); // resumed after a metric had already failed
  return run;
}

export interface BakeWatch {
  /** Epoch ms when the hold ends. */
  until: number;
  alarmIntervalMs: number;
  checkAlarms: () => Promise<void>;
  /** Called before every check (the caller's checkpoint). */
  onTick: () => void;
  analysis?: AnalysisRun;
  /** The step's last hold: it also lasts until every metric has its verdict. */
  final: boolean;
}

/** Watches until `until` (and, for the final hold, until the analysis is done); throws what fails the step. */
export async function watchBake(o: BakeWatch): Promise<void> {
  const a = o.analysis;
  if (!a) {
    return watchUntil(o.until, o.alarmIntervalMs, async () => {
      o.onTick();
      await o.checkAlarms();
    });
  }
  let nextAlarm = Date.now();
  let checkedAtEnd = false;
  for (;;) {
    const now = Date.now();
    const over = now >= o.until;
    o.onTick();
    // Alarms every alarmInterval, and once more when the hold's time is up (as watchUntil does).
    if (now >= nextAlarm || (over && !checkedAtEnd)) {
      await o.checkAlarms();
      nextAlarm = now + o.alarmIntervalMs;
      checkedAtEnd = over;
    }
    await a.measureDue(now);
    if (over && (!o.final || a.finished(true))) return;
    const wake = Math.min(nextAlarm, a.nextDueAt(), over ? Infinity : o.until);
    const left = wake - Date.now();
    // Activity sleep: rejects at once when the activity is cancelled.
    if (left > 0) await sleep(left);
  }
}
