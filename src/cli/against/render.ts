// The text of `cutover plan --against`, in the manner of `terraform plan`: per step, what its
// targets would go through, one symbol per change (+ create, ~ change, - delete, = already so,
// <= read, → move), warnings marked !, and a closing count.
import pc from 'picocolors';
import type { ChangeAction } from '../../kit/preview';
import { PHASES } from '../../plan/types';
import type { AgainstResult, PreviewedStep } from './run';

export const SYMBOL: Record<ChangeAction, string> = { create: '+', change: '~', delete: '-', none: '=', read: '<=', move: '→' };

type Colors = ReturnType<typeof pc.createColors>;

function paint(c: Colors, action: ChangeAction, text: string): string {
  switch (action) {
    case 'create':
      return c.green(text);
    case 'change':
    case 'move':
      return c.yellow(text);
    case 'delete':
      return c.red(text);
    case 'read':
      return c.cyan(text);
    default:
      return c.dim(text);
  }
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');

function stepLines(s: PreviewedStep, bar: string, c: Colors): string[] {
  const head = `  ${bar}${String(s.order).padStart(2)}. ${s.id.padEnd(18)} ${s.kind.padEnd(18)} `;
  const indent = `  ${bar}      `;
  switch (s.status) {
    case 'no-preview':
      return [head + c.dim(s.note ?? 'no preview for this kind')];
    case 'depends':
      return [head + c.dim(`depends on the output of step ${s.dependsOn!.join(', step ')}: known once the run gets there`)];
    case 'failed':
      return [head + c.red(`could not be previewed: ${oneLine(s.error!.message)}`) + c.dim(` [${s.error!.type}]`)];
    default: {
      const p = s.preview!;
      const out = [head + oneLine(p.summary)];
      for (const ch of p.changes) {
        const sym = SYMBOL[ch.action].padStart(2);
        out.push(`${indent}${paint(c, ch.action, `${sym} ${oneLine(ch.what)}`)}${ch.detail ? `: ${oneLine(ch.detail)}` : ''}`);
      }
      for (const w of p.warnings ?? []) out.push(`${indent}${c.yellow(` ! ${oneLine(w)}`)}`);
      return out;
    }
  }
}

const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;

export function renderAgainst(r: AgainstResult, colors = !!process.stdout.isTTY): string {
  const c = pc.createColors(colors);
  const out = [`plan ${r.plan} on ${r.environment}${r.source ? ` (${r.source})` : ''}, read against its targets: nothing was written`, ''];
  const legend = (Object.keys(SYMBOL) as ChangeAction[]).map((a) => `${SYMBOL[a]} ${a === 'none' ? 'already so' : a}`).join('  ');
  out.push(c.dim(`  ${legend}  ! warning`), '');
  for (const phase of PHASES) {
    const steps = r.steps.filter((s) => s.phase === phase);
    out.push(phase);
    if (!steps.length) out.push('  (no steps)');
    steps.forEach((s, i) => {
      const first = s.group && steps[i - 1]?.group !== s.group;
      const last = s.group && steps[i + 1]?.group !== s.group;
      if (first) out.push(`  ┌ parallel group ${s.group}`);
      out.push(...stepLines(s, s.group ? '│ ' : '', c));
      if (last) out.push(`  └ end of parallel group ${s.group}`);
    });
  }
  const t = r.totals;
  const k = r.counts;
  out.push('');
  out.push(
    `Against the targets: ${t.create} to create, ${t.change} to change, ${t.delete} to delete, ${t.move} to move, ${t.none} already so, ${t.read} read.`,
  );
  const parts = [`${k.previewed} of ${n(r.steps.length, 'step')} previewed`];
  if (k.depends) parts.push(`${n(k.depends, 'step')} ${k.depends === 1 ? 'depends' : 'depend'} on earlier outputs`);
  if (k['no-preview']) parts.push(`${k['no-preview']} without a preview`);
  if (k.failed) parts.push(c.red(`${k.failed} could not be previewed`));
  out.push(`${parts.join(', ')}.`);
  return out.join('\n');
}
