// Reading the plan fixtures and collecting the problems a plan text has, one line each.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parsePlan, PlanError, type Plan } from '../../src/plan';

export const FIXTURES = path.resolve(__dirname, '../fixtures/plans');

/** A fixture's text, by its path under test/fixtures/plans. */
export const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

export const parse = (text: string, file = 'p.yaml', set?: string[]): Plan => parsePlan(text, { file, baseDir: FIXTURES, set });

/** The `file:line:col: message` lines of the PlanError that the text must raise. */
export function problems(text: string, file = 'p.yaml', set?: string[]): string[] {
  try {
    parse(text, file, set);
  } catch (err) {
    assert.ok(err instanceof PlanError, String(err));
    return err.message.split('\n');
  }
  assert.fail('expected a PlanError');
}

/** The problems of a fixture under errors/, named by its file name. */
export const problemsOf = (name: string, set?: string[]) => problems(fixture(`errors/${name}`), name, set);
