// The campaign's report: every run's record in JSON, and the summary RELIABILITY.md is made from.
import os from 'node:os';
import type { RunRecord } from './run';
import { FAULT_KINDS } from './schedule';

export interface Campaign {
  seed: number;
  startedAt: string;
  commit: string;
  machine: { cpus: number; loadAverages: number[][] };
  runs: RunRecord[];
}

const pct = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const sec = (msv: number) => (Number.isFinite(msv) ? `${(msv / 1000).toFixed(1)} s` : '–');

export function summary(c: Campaign): string {
  const runs = c.runs;
  const fired = runs.flatMap((r) => r.faults.filter((f) => f.firedAtMs !== undefined));
  const scheduled = runs.flatMap((r) => r.faults);
  const lines: string[] = [];
  const outcome = (expect: string) => {
    const rs = runs.filter((r) => r.expect === expect);
    const by = new Map<string, number>();
    for (const r of rs) by.set(r.state, (by.get(r.state) ?? 0) + 1);
    return `${rs.length} expected to ${expect === 'success' ? 'succeed' : 'roll back'}: ${[...by].map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}`;
  };
  const loads = c.machine.loadAverages.map((l) => l[0]);
  const seeds = [...new Set(runs.map((r) => r.seed))];
  lines.push(`Campaign seed${seeds.length > 1 ? 's' : ''} ${seeds.join(', ')}, started ${c.startedAt}, code at ${c.commit}; ${runs.length} runs.`);
  lines.push(`Machine: ${c.machine.cpus} cores, shared; 1-minute load average during the runs ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (median ${pct(loads, 50).toFixed(1)}).`);
  lines.push('');
  lines.push('| outcomes | |');
  lines.push('|---|---|');
  lines.push(`| success runs | ${outcome('success')} |`);
  lines.push(`| rollback runs | ${outcome('rollback')} |`);
  lines.push(`| runs with two workers | ${runs.filter((r) => r.workers === 2).length} |`);
  lines.push(`| run duration (median, p95, max) | ${sec(pct(runs.map((r) => r.durationMs), 50))}, ${sec(pct(runs.map((r) => r.durationMs), 95))}, ${sec(Math.max(...runs.map((r) => r.durationMs)))} |`);
  lines.push(`| run bound (min–max) | ${sec(Math.min(...runs.map((r) => r.boundMs)))}–${sec(Math.max(...runs.map((r) => r.boundMs)))} |`);
  lines.push('');
  lines.push('| fault | scheduled | injected (trigger reached) |');
  lines.push('|---|---|---|');
  for (const k of FAULT_KINDS) lines.push(`| ${k} | ${scheduled.filter((f) => f.kind === k).length} | ${fired.filter((f) => f.kind === k).length} |`);
  const net = new Map<string, number>();
  for (const f of fired.filter((f) => f.kind === 'network')) {
    const t = f.detail.split(' ')[0];
    net.set(t, (net.get(t) ?? 0) + 1);
  }
  lines.push(`| network, by toxic | | ${[...net].map(([k, v]) => `${k} ${v}`).join(', ')} |`);
  // Where the process kills landed: per kind of point, and which steps' boundaries they covered.
  const kills = fired.filter((f) => f.kind === 'worker-kill' || f.kind === 'server-kill');
  const points = ['step-start', 'step-end', 'undo-start', 'undo-end', 'gate', 'random moment'];
  const pointOf = (t: string) => (/ms into the run$/.test(t) ? 'random moment' : t.split(' ')[0]);
  lines.push('');
  lines.push(`| kill -9 landed at | ${points.join(' | ')} |`);
  lines.push(`|---|${points.map(() => '---').join('|')}|`);
  for (const k of ['worker-kill', 'server-kill']) {
    lines.push(`| ${k} | ${points.map((pt) => kills.filter((f) => f.kind === k && pointOf(f.trigger) === pt).length).join(' | ')} |`);
  }
  const covered = [...new Set(kills.filter((f) => pointOf(f.trigger) !== 'random moment').map((f) => f.trigger.replace(/ \+\d+ ms$/, '')))].sort();
  lines.push('');
  lines.push(`Boundaries hit by a kill (at the boundary or a random delay after it): ${covered.length} — ${covered.join(', ')}.`);
  lines.push('');
  const resume = runs.flatMap((r) => r.resumeMs);
  const rollback = runs.flatMap((r) => (r.rollbackMs === undefined ? [] : [r.rollbackMs]));
  lines.push('| timing | n | median | p95 | max |');
  lines.push('|---|---|---|---|---|');
  lines.push(`| killed worker → its step's next attempt started | ${resume.length} | ${sec(pct(resume, 50))} | ${sec(pct(resume, 95))} | ${sec(Math.max(...resume))} |`);
  lines.push(`| failing step ended → run rolled back | ${rollback.length} | ${sec(pct(rollback, 50))} | ${sec(pct(rollback, 95))} | ${sec(Math.max(...rollback))} |`);
  lines.push('');
  const bad = runs.filter((r) => r.violations.length || r.error);
  lines.push(`Violations: ${bad.reduce((n, r) => n + r.violations.length, 0)} in ${bad.length} run(s).`);
  for (const r of bad) {
    lines.push(`- run ${r.index} (seed ${r.seed}, ${r.expect}, ${r.state}${r.error ? `, ${r.error}` : ''}): ${r.violations.map((v) => `${v.check} — ${v.detail}`).join('; ')}`);
    lines.push(`  faults: ${r.faults.map((f) => `${f.kind} ${f.detail} at ${f.trigger}${f.firedAtMs === undefined ? ' (not reached)' : ''}${f.error ? ` (error: ${f.error})` : ''}`).join('; ')}`);
  }
  return lines.join('\n');
}

export const loadNow = () => os.loadavg();
