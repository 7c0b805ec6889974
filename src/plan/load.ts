// Reading a plan: YAML with positions, `--set` overrides, every check, then the normalized plan.
import fs from 'node:fs';
import path from 'node:path';
import { isScalar } from 'yaml';
import { checkDocument } from './check';
import { PlanError, unplaced, type PlanIssue } from './errors';
import { LIMITS, TOO_LARGE } from './limits';
import { normalize } from './normalize';
import { applyOverrides } from './overrides';
import { readPlanText } from './plan-text';
import { readYaml } from './read-yaml';
import { closest } from './suggest';
import type { Plan } from './types';

export interface ParseOptions {
  /** Names the plan in messages and becomes `plan.source`. */
  file: string;
  /** Folder that relative paths in steps resolve against (`plan.baseDir`). */
  baseDir: string;
  /** `key=value` overrides (`--set`). */
  set?: readonly string[];
}

/** Parses and checks plan text; throws a PlanError listing every problem. */
export function parsePlan(text: string, opts: ParseOptions): Plan {
  // A byte order mark is not part of the text: columns on line 1 count as an editor shows them.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (Buffer.byteLength(text) > LIMITS.bytes) {
    throw new PlanError([{ file: opts.file, line: 1, col: 1, message: TOO_LARGE }]);
  }
  const { doc, lc, issues: yamlIssues } = readYaml(text, opts.file);
  if (!doc) throw new PlanError(yamlIssues);
  if (!doc.contents || (isScalar(doc.contents) && doc.contents.value == null)) {
    throw new PlanError([{ file: opts.file, line: 1, col: 1, message: 'the plan is empty' }]);
  }
  const setIssues = applyOverrides(doc, opts.set ?? []);
  const checked = checkDocument(doc, lc, opts.file, text);
  // Problems blamed on a `--set` come in the order the overrides were given.
  const setOrder = (i: PlanIssue) => (opts.set ?? []).findIndex((s) => i.file === `--set ${s}`);
  const issues = [...setIssues, ...checked.issues].sort((a, b) => setOrder(a) - setOrder(b));
  if (issues.length || !checked.plan) throw new PlanError(issues);
  return normalize(checked.plan, checked.steps, { file: opts.file, baseDir: path.resolve(opts.baseDir) });
}

/** Reads a plan file; relative paths in it resolve against its folder. */
export function loadPlanFile(file: string, opts: { set?: readonly string[] } = {}): Plan {
  return parsePlan(readPlanText(file), { file, baseDir: path.dirname(path.resolve(file)), set: opts.set });
}

const PLAN_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** `<plansDir>/<name>.yaml` (or `.yml`), for runs started by plan name; the name cannot leave the folder. */
export function findPlanFile(plansDir: string, name: string): string {
  if (!PLAN_NAME.test(name)) {
    throw new PlanError([unplaced(plansDir, `invalid plan name ${JSON.stringify(name)}: expected lower-case letters, digits and - (a name, not a path)`)]);
  }
  for (const ext of ['.yaml', '.yml']) {
    const file = path.join(plansDir, `${name}${ext}`);
    if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return file;
  }
  if (!fs.statSync(plansDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new PlanError([unplaced(plansDir, `no plan named ${name}: the plans folder does not exist`)]);
  }
  const known = fs
    .readdirSync(plansDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ''))
    .filter((n) => PLAN_NAME.test(n))
    .sort();
  const guess = closest(name, known);
  const listed = known.length ? `plans here: ${known.join(', ')}` : 'the folder has no plans';
  throw new PlanError([unplaced(plansDir, `no plan named ${name}${guess ? ` (did you mean ${guess}?)` : ''}; ${listed}`)]);
}
