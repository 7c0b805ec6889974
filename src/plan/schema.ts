// The shape of a plan document, before the kinds' own parameters are checked.
import { z } from 'zod';
import { duration } from './fields';

export const retrySchema = z.strictObject({
  maximumAttempts: z.number().int().min(1).optional(),
  initialInterval: duration.optional(),
  backoffCoefficient: z.number().min(1).optional(),
  maximumInterval: duration.optional(),
});

const onFailure = z.enum(['rollback', 'pause']);

export const targetSchema = z.strictObject({
  kind: z.enum(['mysql', 'redis', 'bolt', 'http']),
  url: z.string().min(1),
});

/** Fields every step has; everything else in a step belongs to its kind. */
export const stepBaseSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'a step id is lower-case letters, digits, - and _'),
  kind: z.string().min(1),
  timeout: duration.optional(),
  retry: retrySchema.optional(),
  onFailure: onFailure.optional(),
});
export const STEP_BASE_KEYS = ['id', 'kind', 'timeout', 'retry', 'onFailure'];

export const planSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a plan name is lower-case letters, digits and -'),
  environment: z.string().regex(/^[A-Za-z0-9_-]+$/, 'an environment is letters, digits, - and _'),
  targets: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'a target name is letters, digits, - and _'), targetSchema).default({}),
  defaults: z
    .strictObject({
      retry: retrySchema.optional(),
      timeout: duration.optional(),
      heartbeatTimeout: duration.optional(),
      onFailure: onFailure.optional(),
      undoRetry: retrySchema.optional(),
    })
    .default({}),
  phases: z.strictObject({
    prepare: z.array(z.record(z.string(), z.unknown())).nullish(),
    provisionBase: z.array(z.record(z.string(), z.unknown())).nullish(),
    migrateData: z.array(z.record(z.string(), z.unknown())).nullish(),
    optimize: z.array(z.record(z.string(), z.unknown())).nullish(),
  }),
  commit: z.string().regex(/^after \S+$/, "expected 'after <step id>' or 'after <phase>.<step id>'").optional(),
});

export type RawPlan = z.infer<typeof planSchema>;
