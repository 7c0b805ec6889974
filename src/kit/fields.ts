// Field types shared by the plan schema and the kinds' parameter schemas.
import ms from 'ms';
import { z } from 'zod';

/** `500ms`, `2s`, `10m`, `24h`, `1d`: the forms Temporal and `ms` both understand. */
export const duration = z
  .string()
  .refine((v) => /^\d+(\.\d+)?(ms|s|m|h|d)$/.test(v) && ms(v as ms.StringValue) > 0, 'expected a duration such as 30s, 10m or 24h');

/** A SQL identifier that cutover quotes itself; plans cannot smuggle SQL through it. */
export const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_$]{0,63}$/, 'expected a plain identifier (letters, digits, _)');

export const durationMs = (v: string) => ms(v as ms.StringValue);

/** What a copy does about rows / keys that the target already holds and this run did not write. */
export const onExisting = z.enum(['fail', 'overwrite']).default('fail');
