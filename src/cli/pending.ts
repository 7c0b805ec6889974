// What a running step's activity is doing right now, from the server's view of it: the attempt
// it is on, its last failure, and the checkpoint it last heartbeated (a copy's counts, say).
import type { WorkflowHandle } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';

export interface PendingStep {
  /** The activity type: a step kind, or `<kind>.undo`. */
  activityType: string;
  /** `<step id>#<n>` or `undo:<step id>#<n>` (runs recorded before step ids went into activity ids: a number). */
  activityId?: string;
  attempt: number;
  lastFailure?: string;
  details?: unknown;
}

export async function pendingSteps(handle: WorkflowHandle): Promise<PendingStep[]> {
  const { raw } = await handle.describe();
  return (raw.pendingActivities ?? []).map((p) => {
    const payload = p.heartbeatDetails?.payloads?.[0];
    let details: unknown;
    try {
      details = payload ? defaultPayloadConverter.fromPayload(payload as never) : undefined;
    } catch {
      details = undefined;
    }
    return {
      activityType: p.activityType?.name ?? '',
      activityId: p.activityId ?? undefined,
      attempt: p.attempt ?? 1,
      lastFailure: p.lastFailure?.message ?? undefined,
      details,
    };
  });
}

/**
 * One line about a checkpoint: a bar when it has `done` and `total`, otherwise its numeric
 * fields (`nodes 1200 · relationships 300`); a `latest` text (what a step last measured) follows
 * the bar.
 */
export function describeProgress(details: unknown, width = 24): string | undefined {
  if (!details || typeof details !== 'object') return undefined;
  const d = details as Record<string, unknown>;
  if (typeof d.done === 'number' && typeof d.total === 'number' && d.total > 0) {
    const ratio = Math.min(1, d.done / d.total);
    const filled = Math.round(ratio * width);
    const latest = typeof d.latest === 'string' && d.latest ? ` · ${d.latest}` : '';
    return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${(ratio * 100).toFixed(0)}% ${d.done}/${d.total}${typeof d.unit === 'string' ? ` ${d.unit}` : ''}${latest}`;
  }
  const numbers = Object.entries(d).filter(([, v]) => typeof v === 'number');
  return numbers.length ? numbers.map(([k, v]) => `${k} ${v}`).join(' · ') : undefined;
}
