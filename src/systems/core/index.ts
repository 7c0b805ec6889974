// The core family: steps that need no target system — a check of the worker's environment, a
// gate for a person and a durable timer (both run inside the workflow).
import { z } from 'zod';
import { defineFamily, defineKind } from '../../kit/define';
import { duration } from '../../kit/fields';

// Implementations load on first use, so that `cutover validate` and `plan` never load a driver.
const preflight = () => require('./preflight-env') as typeof import('./preflight-env');

export const core = defineFamily({
  name: 'core',
  kinds: {
    'preflight.env': defineKind({
      summary: 'check that required environment variables are set on the worker',
      params: z.strictObject({ require: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)).min(1).describe('Names of the environment variables that must be set (and not empty) on the worker; only the names leave it') }),
      outputs: z.object({ checked: z.array(z.string()) }),
      describe: (p) => `require ${p.require.join(', ')}`,
      run: (i) => preflight().preflightEnv(i),
    }),
    approval: defineKind({
      summary: 'wait for a person to approve or reject',
      execution: 'gate',
      params: z.strictObject({ message: z.string().optional().describe('A note about the gate for readers of the plan (it is answered by its step id: cutover approve <run> <id>)') }),
      outputs: z.object({ approvedBy: z.string().nullable() }),
    }),
    wait: defineKind({
      summary: 'wait a fixed time (durable timer)',
      execution: 'timer',
      params: z.strictObject({ duration: duration.describe('How long to wait (30s, 10m, 24h): a durable timer in the workflow') }),
      outputs: z.object({ waited: z.string() }),
      describe: (p) => `for ${p.duration}`,
    }),
  },
});
