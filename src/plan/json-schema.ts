// `cutover schema`: a JSON Schema of the plan file for editors (yaml-language-server) and other
// tools, generated with zod's own converter from the schemas the validator uses: the plan's fields
// (schema.ts) and every registered kind's params, plugins' kinds included. Steps are a union by
// `kind`, one definition per kind, so an editor offers each kind's own fields.
//
// What the converter cannot say is added here: the duration form (a refinement), the target kinds
// known now (checked by a refinement against the registry), and that a kind's field may hold a
// `${steps.<id>.<field>}` reference whatever its type, because the validator checks such a field
// only once the output is known (check.ts). Cross-field rules (exactly one of two fields, say)
// stay with `cutover validate`: the JSON Schema accepts a little more than the validator, never less.
import { z } from 'zod';
import { duration } from '../kit/fields';
import { executionOf, type KindDef } from '../kit/define';
import { allKinds, targetKindDef, targetKindNames } from '../registry';
import { parallelSchema, planSchema, stepBaseSchema, STEP_BASE_KEYS, targetSchema } from './schema';
import { PHASES } from './types';

type Json = Record<string, unknown>;

const DRAFT = 'http://json-schema.org/draft-07/schema#';
const DEFS = 'definitions';
export const STEP_REF_DEF = 'stepOutputRef';
const kindDefId = (kind: string) => `kind:${kind}`;

/** The form `${steps.<id>.<field>…}` (refs.ts), anywhere in the string: what check.ts lets through. */
const STEP_REF_PATTERN = '\\$\\{steps\\.[a-z0-9][a-z0-9_-]*(\\.[A-Za-z0-9_-]+)+\\}';
const DURATION_PATTERN = '^\\d+(\\.\\d+)?(ms|s|m|h|d)$';

/** The refinement every duration field carries (clones made by `.describe()` keep it). */
const DURATION_CHECK = (duration._zod.def.checks ?? [])[0];

const metaOf = (s: z.ZodType) => z.globalRegistry.get(s) ?? {};
/** `replacement`, with the description (and other metadata) of the schema it stands for. */
const like = <T extends z.ZodType>(original: z.ZodType, replacement: T): T => replacement.meta(metaOf(original)) as T;

const isObject = (s: z.ZodType): s is z.ZodObject => (s._zod.def as { type: string }).type === 'object';

/** One kind's step: the fields every step has, with `kind` fixed, and the kind's own. */
function stepOf(name: string, kind: KindDef): z.ZodType {
  const base = { ...stepBaseSchema.shape, kind: z.literal(name).describe(kind.summary) };
  const meta = { id: kindDefId(name), title: name, description: kind.summary };
  const params = kind.params;
  if (!isObject(params)) return z.intersection(z.object(base), params).meta(meta); // a plugin's params that are not a map of fields
  const own = Object.fromEntries(Object.entries(params.shape).filter(([k]) => !STEP_BASE_KEYS.includes(k)));
  const step = z.object({ ...base, ...own });
  const rest = params._zod.def.catchall;
  return (rest ? step.catchall(rest) : step).meta(meta);
}

/** Exclusive by `kind` (oneOf) when every kind's params are a map of fields, as the built-in ones are. */
function unionOf(variants: z.ZodType[]): z.ZodType {
  if (variants.length === 1) return variants[0];
  const list = variants as [z.ZodType, z.ZodType, ...z.ZodType[]];
  return variants.every(isObject) ? z.discriminatedUnion('kind', list as unknown as [z.ZodObject, z.ZodObject]) : z.union(list);
}

/** The plan document with its steps spelled out: the top-level schema's own fields, phases holding steps. */
function documentSchema(): z.ZodType {
  const kinds = allKinds().sort(([a], [b]) => a.localeCompare(b));
  const variants = kinds.map(([name, kind]) => ({ step: stepOf(name, kind), gate: executionOf(kind) === 'gate' }));
  const step = unionOf(variants.map((v) => v.step)).meta({
    id: 'step',
    description: 'A step: id, kind, the fields every step may have (timeout, retry, onFailure) and those of its kind',
  });
  // A group is for machines: the validator refuses a gate in one (check.ts).
  const groupStep = unionOf(variants.filter((v) => !v.gate).map((v) => v.step)).meta({ id: 'groupStep', description: 'A step of a parallel group: any kind but a gate' });
  const groupSpec = parallelSchema.shape.parallel;
  const group = z
    .strictObject({ parallel: like(groupSpec, groupSpec.extend({ steps: like(groupSpec.shape.steps, z.array(groupStep).min(1)) })) })
    .meta({ id: 'parallel', description: 'A parallel group: { parallel: { id, maxConcurrency, steps } }' });
  const item = z.union([step, group]);
  const phases = planSchema.shape.phases.unwrap().unwrap();
  const phaseFields = Object.fromEntries(PHASES.map((p) => [p, like(phases.shape[p], z.array(item).nullish())]));
  return planSchema.extend({ phases: like(planSchema.shape.phases, like(phases, z.strictObject(phaseFields)).nullish()) });
}

/** What zod cannot derive: the duration form, the target kinds registered now. */
function override(ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: z.core.JSONSchema.BaseSchema }): void {
  const checks = (ctx.zodSchema._zod.def as { checks?: unknown[] }).checks;
  if (DURATION_CHECK && checks?.includes(DURATION_CHECK)) ctx.jsonSchema.pattern = DURATION_PATTERN;
  if (ctx.zodSchema === targetSchema.shape.kind) {
    ctx.jsonSchema.enum = targetKindNames();
    const forms = targetKindNames().map((k) => `${k}: ${targetKindDef(k)!.url}`);
    ctx.jsonSchema.description = `${ctx.jsonSchema.description ?? 'The target kind'}. URL forms — ${forms.join('; ')}`;
  }
}

/** A schema that any string satisfies (then a reference needs no alternative). */
function takesAnyString(s: Json): boolean {
  if (Array.isArray(s.anyOf)) return (s.anyOf as Json[]).some(takesAnyString);
  const constrained = ['pattern', 'format', 'enum', 'const', 'maxLength', '$ref', 'not', 'allOf', 'oneOf'].some((k) => k in s);
  if (constrained) return false;
  return s.type === undefined || s.type === 'string' || (Array.isArray(s.type) && s.type.includes('string'));
}

const LIFTED = ['description', 'default', 'title'];

/** The fields inside `s` (of a kind's params) may hold a step's output, however they are typed. */
function withinFields(s: Json): Json {
  const out: Json = { ...s };
  if (s.properties) out.properties = Object.fromEntries(Object.entries(s.properties as Record<string, Json>).map(([k, v]) => [k, takingRefs(v)]));
  if (s.additionalProperties && typeof s.additionalProperties === 'object') out.additionalProperties = takingRefs(s.additionalProperties as Json);
  if (s.items && typeof s.items === 'object') out.items = Array.isArray(s.items) ? (s.items as Json[]).map(takingRefs) : takingRefs(s.items as Json);
  for (const k of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(s[k])) out[k] = (s[k] as Json[]).map(withinFields);
  return out;
}

/** A field of a kind's params, or a `${steps.…}` reference standing for its value. */
function takingRefs(s: Json): Json {
  const inner = withinFields(s);
  if (takesAnyString(inner)) return inner;
  const outer: Json = {};
  for (const k of LIFTED) if (k in inner) (outer[k] = inner[k]), delete inner[k];
  return { ...outer, anyOf: [inner, { $ref: `#/${DEFS}/${STEP_REF_DEF}` }] };
}

/** A kind's definition with its own fields taking references (in each part of a plugin's intersection too). */
function kindTakingRefs(def: Json): Json {
  const base = new Set(STEP_BASE_KEYS);
  const out: Json = { ...def };
  if (def.properties) out.properties = Object.fromEntries(Object.entries(def.properties as Record<string, Json>).map(([k, v]) => [k, base.has(k) ? v : takingRefs(v)]));
  if (Array.isArray(def.allOf)) out.allOf = (def.allOf as Json[]).map(kindTakingRefs);
  return out;
}

/** The JSON Schema (draft-07, what editors read best) of a plan file, for the kinds registered now. */
export function planJsonSchema(): Json {
  // `input`: a plan is what is written, before defaults and transforms (`cpu: 256` or `"256"`).
  // What JSON Schema cannot state at all (a plugin's z.custom, say) becomes "anything": the
  // validator still checks it, and the schema must never refuse a plan the validator accepts.
  const generated = z.toJSONSchema(documentSchema(), { target: 'draft-7', io: 'input', unrepresentable: 'any', override }) as Json;
  const defs = { ...(generated[DEFS] as Record<string, Json>) };
  for (const [id, def] of Object.entries(defs)) if (id.startsWith('kind:')) defs[id] = kindTakingRefs(def);
  defs[STEP_REF_DEF] = {
    type: 'string',
    pattern: STEP_REF_PATTERN,
    description: "An earlier step's output, ${steps.<step id>.<field>}: a kind's field may hold one whatever its type; it is checked once the run resolves it",
  };
  const { $schema: _draft, [DEFS]: _defs, ...body } = generated;
  return {
    $schema: DRAFT,
    title: 'cutover plan',
    description: "A cutover plan: a rollout run as a durable, reversible saga. Generated by `cutover schema` from the validator's schemas; `cutover validate` checks the rest (references, targets, gates, the commit point).",
    ...body,
    [DEFS]: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** The schema as the committed file holds it: two-space JSON and a final newline. */
export const planJsonSchemaText = (): string => `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
