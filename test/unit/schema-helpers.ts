// What the JSON Schema tests share: the committed schema, a real JSON Schema validator (ajv) over
// it, cutover's own validator, and the plan files the repository ships with their modelines.
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { parsePlan, PlanError } from '../../src/plan';

export const ROOT = path.resolve(__dirname, '../..');
export const SCHEMA_FILE = path.join(ROOT, 'schema/plan.schema.json');
export const MODELINE = /^# yaml-language-server: \$schema=(\S+)\s*$/;

/** ajv over a schema: `type: [a, b]` is standard JSON Schema (allowUnionTypes). */
export function jsonValidator(schema: object): ValidateFunction {
  return new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);
}

export interface Verdicts {
  json: { ok: boolean; errors: ErrorObject[] };
  cutover: { ok: boolean; messages: string[] };
}

/** The plan text judged by both: the JSON Schema (on the YAML's data) and `cutover validate`'s parser. */
export function judge(validate: ValidateFunction, text: string, file = 'plan.yaml', baseDir = ROOT): Verdicts {
  let ok = false;
  let errors: ErrorObject[] = [];
  try {
    ok = !!validate(parse(text.replace(/^\uFEFF/, '')));
    errors = validate.errors ?? [];
  } catch (err) {
    // Not YAML at all: no schema can accept it.
    errors = [{ instancePath: '', schemaPath: '', keyword: 'yaml', params: {}, message: (err as Error).message.split('\n')[0] }];
  }
  let messages: string[] = [];
  try {
    parsePlan(text, { file, baseDir });
  } catch (err) {
    if (!(err instanceof PlanError)) throw err;
    messages = err.issues.map((i) => `${i.line}:${i.col}: ${i.message}`);
  }
  return { json: { ok, errors }, cutover: { ok: messages.length === 0, messages } };
}

export const showErrors = (errors: ErrorObject[]) => errors.slice(0, 8).map((e) => `${e.instancePath || '/'} ${e.message} (${e.schemaPath})`).join('\n');

const SKIP = new Set(['node_modules', 'dist', '.stack', '.git']);

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : yamlFiles(full);
    return /\.ya?ml$/.test(e.name) ? [full] : [];
  });
}

/** A map with `phases`: a plan (a GitHub Actions workflow under examples/ is not). */
function isPlan(file: string): boolean {
  try {
    const data: unknown = parse(fs.readFileSync(file, 'utf8'));
    return !!data && typeof data === 'object' && 'phases' in data;
  } catch {
    return true; // a plan that does not parse is still a plan: it must carry the line and fail validation
  }
}

/** Every plan under plans/ (all YAML there is a plan) and under examples/. */
export const shippedPlans = (): string[] => [...yamlFiles(path.join(ROOT, 'plans')), ...yamlFiles(path.join(ROOT, 'examples')).filter(isPlan)].sort();

/** The schema a plan file belongs with: the nearest schema/plan.schema.json from its folder up (a package of its own may have one). */
export function schemaFor(file: string): string {
  for (let dir = path.dirname(file); dir.startsWith(ROOT); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'schema/plan.schema.json');
    if (fs.existsSync(candidate)) return candidate;
  }
  return SCHEMA_FILE;
}
