// Names derived from the run and the step, so that a retry, a resumed attempt or a compensation
// with no output finds what this run's step made, and never anything else.
import { createHash } from 'node:crypto';
import type { StepContext } from './context';

/** `<run id>:<step id>`: marks what one step of one run wrote (graph properties, Redis journal keys). */
export const runMarker = (ctx: StepContext, stepId: string) => `${ctx.runId}:${stepId}`;

/** `digits` hex digits of a hash of the run marker, for names that must be short (tables, identifiers). */
export const markerHash = (ctx: StepContext, stepId: string, digits = 16) =>
  createHash('sha256').update(runMarker(ctx, stepId)).digest('hex').slice(0, digits);

/**
 * The same on every attempt of one step of one run, and on its undo: the key an API (or a command)
 * needs to tell a retry from a new request. 128 bits of the run marker's hash.
 */
export const idempotencyKey = (ctx: StepContext, stepId: string) => `cutover-${markerHash(ctx, stepId, 32)}`;

/** A short, stable key for the run: 10 hex digits of a hash of the Temporal run id. */
export const runKey = (runId: string) => createHash('sha256').update(runId).digest('hex').slice(0, 10);

/** Lower-case letters, digits and single hyphens: safe in RDS identifiers and AWS tag keys. */
export function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
