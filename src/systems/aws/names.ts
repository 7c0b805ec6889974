// AWS names and tags derived from the run and the step (kit/naming.ts), so that a retry, a resumed
// attempt or a compensation with no output finds what this run made, and never anything else.
import type { StepInput } from '../../kit/context';
import { runKey, slug } from '../../kit/naming';

/** Fits an RDS identifier into `max` characters: trims, then drops a trailing hyphen. */
function fitIdentifier(value: string, max: number): string {
  return value.slice(0, max).replace(/-+$/, '');
}

/** `cutover-<run key>-<step>`: a letter first, no double or trailing hyphen, at most 255 (63 for clusters). */
export function snapshotName(input: StepInput, max = 255): string {
  const step = slug(input.step.id) || 'step';
  return fitIdentifier(`cutover-${runKey(input.ctx.runId)}-${step}`, max);
}

/** `<base><suffix>`, the base trimmed so the whole fits a 63-character identifier. */
export function derivedIdentifier(base: string, suffix: string): string {
  const room = 63 - suffix.length;
  return `${fitIdentifier(base, room)}${suffix}`;
}

/** Tag keys cutover writes on what it creates or changes (AWS tag keys allow `:`). */
export const TAG = {
  /** Run key of the run that created the resource. */
  run: 'cutover:run',
  /** Step id (as written in the plan) that created it. */
  step: 'cutover:step',
  /** On a green task definition: the service (`cluster/service`) it was made for. */
  service: 'cutover:service',
  /** On a green task definition: the blue task definition ARN it replaces. */
  blue: 'cutover:blue',
  /** On a green task definition in a traffic shift: the green service's previous task definition and count. */
  greenPrevious: 'cutover:green-previous',
  /** On a restored RDS instance: the snapshot it was restored from. */
  restoredFrom: 'cutover:restored-from',
  /** On an RDS instance moved aside by a restore: the identifier it had. */
  asideOf: 'cutover:aside-of',
  /** On a snapshot: marks it as cutover's own (pruning considers only these). */
  managed: 'cutover:managed',
} as const;

/** The run and step tags, in the `{ key, value }` shape ECS uses. */
export const ecsRunTags = (input: StepInput) => [
  { key: TAG.run, value: runKey(input.ctx.runId) },
  { key: TAG.step, value: input.step.id },
];

/** The run and step tags, in the `{ Key, Value }` shape RDS uses. */
export const rdsRunTags = (input: StepInput) => [
  { Key: TAG.run, Value: runKey(input.ctx.runId) },
  { Key: TAG.step, Value: input.step.id },
];

/** Reads a tag list of either shape into a plain map. */
export function tagMap(tags: Array<{ key?: string; value?: string } | { Key?: string; Value?: string }> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) {
    const k = 'key' in t ? t.key : 'Key' in t ? t.Key : undefined;
    const v = 'value' in t ? t.value : 'Value' in t ? t.Value : undefined;
    if (k !== undefined) out[k] = v ?? '';
  }
  return out;
}

/** True when tags say this run's step made the resource. */
export function madeByStep(tags: Record<string, string>, input: StepInput): boolean {
  return tags[TAG.run] === runKey(input.ctx.runId) && tags[TAG.step] === input.step.id;
}
