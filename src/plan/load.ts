// Reading a plan: YAML with positions, overrides, every check, then the normalized plan.
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { PlanError, type PlanIssue } from './errors';
import { normalize } from './normalize';
import { applyOverrides } from './overrides';
import type { Plan } from './types';
import { validateDocument } from './validate';

export interface ParseOptions {
  file: string;
  baseDir: string;
  set?: string[];
}

export function parsePlan(text: string, opts: ParseOptions): Plan {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const yamlIssues: PlanIssue[] = doc.errors.map((e) => {
    const pos = e.linePos?.[0] ?? lc.linePos(e.pos[0]);
    return { file: opts.file, line: pos.line, col: pos.col, message: e.message.split('\n')[0] };
  });
  if (yamlIssues.length) throw new PlanError(yamlIssues);
  if (!doc.contents) throw new PlanError([{ file: opts.file, line: 1, col: 1, message: 'the plan is empty' }]);
  const setIssues = applyOverrides(doc, opts.set ?? []);
  if (setIssues.length) throw new PlanError(setIssues);
  const checked = validateDocument(doc, lc, opts.file);
  if (checked.issues.length || !checked.plan) {
    const sorted = [...checked.issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
    throw new PlanError(sorted);
  }
  return normalize(checked.plan, checked.steps, opts);
}

export function loadPlanFile(file: string, opts: { set?: string[] } = {}): Plan {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new PlanError([{ file, message: `cannot read the plan: ${reason}` }]);
  }
  return parsePlan(text, { file, baseDir: path.dirname(path.resolve(file)), set: opts.set });
}

/** `<plansDir>/<name>.yaml` (or `.yml`), for runs started by plan name. */
export function findPlanFile(plansDir: string, name: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new PlanError([{ file: plansDir, message: `invalid plan name ${JSON.stringify(name)}: expected lower-case letters, digits and -` }]);
  }
  for (const ext of ['.yaml', '.yml']) {
    const file = path.join(plansDir, `${name}${ext}`);
    if (fs.existsSync(file)) return file;
  }
  const known = fs.existsSync(plansDir) ? fs.readdirSync(plansDir).filter((f) => /\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, '')) : [];
  throw new PlanError([{ file: plansDir, message: `no plan named ${name}${known.length ? ` (plans here: ${known.join(', ')})` : ''}` }]);
}
