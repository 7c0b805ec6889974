// How a run looks to a person: a live board on a terminal, timestamped lines everywhere else.
import pc from 'picocolors';
import { PHASES } from '../plan/types';
import { nextCommands, type RunStatus, type StepStatus } from '../workflows/status';

export { nextCommands };
import { describeProgress, type PendingStep } from './pending';

type Paint = (s: string) => string;

export function elapsed(from?: string, to?: string, now = Date.now()): string {
  if (!from) return '';
  const ms = (to ? Date.parse(to) : now) - Date.parse(from);
  if (ms < 1000) return `${ms}ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)}s`;
  return `${Math.floor(s / 60)}m${String(Math.floor(s % 60)).padStart(2, '0')}s`;
}

const ICON: Record<StepStatus['state'], [string, 'dim' | 'cyan' | 'yellow' | 'green' | 'red']> = {
  pending: ['·', 'dim'],
  running: ['▶', 'cyan'],
  waiting: ['⏸', 'yellow'],
  succeeded: ['✔', 'green'],
  failed: ['✖', 'red'],
  skipped: ['↷', 'yellow'],
  rejected: ['✖', 'red'],
  cancelled: ['■', 'yellow'],
};


/** Whether a pending activity is the step's (by its activity id; by kind for runs without step ids in them). */
const isFor = (p: PendingStep, key: string, type: string) => (p.activityId && /#\d+$/.test(p.activityId) ? p.activityId.startsWith(`${key}#`) : p.activityType === type);

export function renderStatus(s: RunStatus, color = false, now = Date.now(), pending: PendingStep[] = []): string {
  const c = color ? pc : pc.createColors(false);
  const stateColor: Paint =
    s.state === 'succeeded' ? c.green : ['running', 'waiting'].includes(s.state) ? c.cyan : s.state === 'rolling_back' ? c.yellow : c.red;
  const lines = [
    `${c.bold(s.workflowId)}  plan ${s.plan} · ${s.environment} · ${stateColor(s.state)}  ${c.dim(elapsed(s.startedAt, s.endedAt, now))}`,
  ];
  for (const phase of PHASES) {
    const steps = s.steps.filter((x) => x.phase === phase);
    if (steps.length === 0) continue;
    lines.push(`  ${s.phase === phase && !s.endedAt ? c.bold(phase) : phase}`);
    steps.forEach((st, i) => {
      const [icon, paint] = ICON[st.state];
      const attempts = st.attempts > 1 ? ` ${st.attempts} attempts` : '';
      const time = elapsed(st.startedAt, st.endedAt, now);
      if (st.group && steps[i - 1]?.group !== st.group) lines.push(`    ${c.dim(`┌ parallel ${st.group}`)}`);
      const rail = st.group ? c.dim('│ ') : '';
      let line = `    ${rail}${c[paint](icon)} ${st.id.padEnd(18)} ${c.dim(st.kind.padEnd(16))} ${time.padStart(7)}${attempts}`;
      if (st.undo.state !== 'none' && st.undo.state !== 'pending') {
        const u = st.undo;
        line += `  ${c.dim('undo:')} ${u.state === 'succeeded' ? c.green(u.state) : u.state === 'failed' ? c.red(u.state) : u.state}`;
        if (u.attempts > 1) line += ` (${u.attempts} attempts)`;
      }
      // The attempt in flight, its last failure and its checkpoint, straight from the server.
      const live = pending.find((p) => (st.state === 'running' && isFor(p, st.id, st.kind)) || (st.undo.state === 'running' && isFor(p, `undo:${st.id}`, `${st.kind}.undo`)));
      if (live && live.attempt > 1) line += `  ${c.yellow(`attempt ${live.attempt}`)}`;
      lines.push(line);
      if (live?.lastFailure && live.attempt > 1) lines.push(`        ${c.dim(`last failure: ${live.lastFailure}`)}`);
      const bar = live && describeProgress(live.details);
      if (bar) lines.push(`        ${bar}`);
      const note = st.error ?? st.reason ?? st.undo.error;
      if (note && st.state !== 'succeeded') lines.push(`        ${c.dim(note)}`);
      else if (st.undo.error && st.undo.state === 'failed') lines.push(`        ${c.red(st.undo.error)}`);
      if (st.group && steps[i + 1]?.group !== st.group) lines.push(`    ${c.dim('└')}`);
    });
  }
  if (s.waitingFor) {
    lines.push('', `${c.yellow('waiting:')} ${s.waitingFor.hint}`);
    for (const cmd of nextCommands(s)) lines.push(`  ${cmd}`);
  }
  if (s.endedAt && s.reason) lines.push('', `${s.state}: ${s.reason}`);
  return lines.join('\n');
}

/** Timestamped lines for what changed between two looks at a run (CI logs, pipes). */
export function statusEvents(prev: RunStatus | undefined, next: RunStatus): string[] {
  const at = new Date().toISOString();
  const out: string[] = [];
  for (const st of next.steps) {
    const before = prev?.steps.find((x) => x.id === st.id);
    if (before?.state !== st.state && st.state !== 'pending') {
      let line = `${at} step ${st.id} (${st.kind}${st.group ? `, parallel ${st.group}` : ''}) ${st.state}`;
      if (st.endedAt) line += ` in ${elapsed(st.startedAt, st.endedAt)}`;
      if (st.attempts > 1) line += `, ${st.attempts} attempts`;
      if (st.error) line += `: ${st.error}`;
      else if (st.reason) line += `: ${st.reason}`;
      out.push(line);
    }
    if (before?.undo.state !== st.undo.state && !['none', 'pending'].includes(st.undo.state)) {
      let line = `${at} undo ${st.id} ${st.undo.state}`;
      if (st.undo.error && st.undo.state === 'failed') line += `: ${st.undo.error}`;
      if (st.undo.reason) line += `: ${st.undo.reason}`;
      out.push(line);
    }
  }
  // The run's own state last, so a waiting gate's commands end the batch.
  if (!prev || prev.state !== next.state || prev.waitingFor?.step !== next.waitingFor?.step) {
    out.push(`${at} run ${next.workflowId} ${next.state}${next.waitingFor ? ` — ${next.waitingFor.hint}` : ''}`);
    if (next.waitingFor) for (const cmd of nextCommands(next)) out.push(`${at}   ${cmd}`);
  }
  if (next.endedAt && !prev?.endedAt && next.reason) out.push(`${at} ${next.state}: ${next.reason}`);
  return out;
}
