// A Markdown summary of a run for CI job summaries ($GITHUB_STEP_SUMMARY and the like).
import type { RunStatus } from '../workflows/status';
import { elapsed } from './render';

const cell = (v: string | undefined) => (v ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdownSummary(s: RunStatus): string {
  const icon = s.state === 'succeeded' ? '✅' : s.state === 'rollback_failed' ? '🛑' : ['running', 'waiting', 'rolling_back'].includes(s.state) ? '⏳' : '❌';
  const lines = [
    `## ${icon} cutover ${s.plan} on ${s.environment}: ${s.state}`,
    '',
    `Run \`${s.workflowId}\` started ${s.startedAt}${s.startedBy ? ` by ${s.startedBy}` : ''}, took ${elapsed(s.startedAt, s.endedAt)}.`,
  ];
  if (s.reason) lines.push('', `**${s.state === 'succeeded' ? 'Note' : 'Why'}:** ${cell(s.reason)}`);
  lines.push('', '| phase | step | kind | state | attempts | time | undo | detail |', '|---|---|---|---|---|---|---|---|');
  for (const st of s.steps) {
    const undo = st.undo.state === 'none' ? '' : `${st.undo.state}${st.undo.attempts > 1 ? ` (${st.undo.attempts} attempts)` : ''}`;
    const detail = st.error ?? st.reason ?? st.undo.error ?? st.undo.reason ?? '';
    lines.push(`| ${st.phase} | ${st.id}${st.group ? ` (parallel ${st.group})` : ''} | ${st.kind} | ${st.state} | ${st.attempts} | ${elapsed(st.startedAt, st.endedAt)} | ${undo} | ${cell(detail)} |`);
  }
  // In the order the undos ran (newest step first; a parallel group by the order its steps ended).
  const undone = s.steps.filter((x) => x.undo.state === 'succeeded').sort((a, b) => (a.undo.startedAt ?? '').localeCompare(b.undo.startedAt ?? '')).map((x) => x.id);
  if (undone.length) lines.push('', `Rolled back, newest first: ${undone.join(' → ')}.`);
  if (s.waitingFor) lines.push('', `**Waiting:** ${s.waitingFor.hint}`);
  return `${lines.join('\n')}\n`;
}
