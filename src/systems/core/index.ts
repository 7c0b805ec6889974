import { z } from 'zod';
import { defineKind } from '../../kit/define';
import { duration } from '../../plan/fields';

export const coreKinds = {
  'preflight.env': defineKind({
    summary: 'check that required environment variables are set on the worker',
    execution: 'activity',
    params: z.strictObject({ require: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)).min(1) }),
    describe: (p) => `require ${p.require.join(', ')}`,
  }),
  'http.check': defineKind({
    summary: 'poll an HTTP endpoint until it answers as expected',
    execution: 'activity',
    params: z.strictObject({
      url: z.string().min(1),
      method: z.enum(['GET', 'HEAD', 'POST']).default('GET'),
      headers: z.record(z.string(), z.string()).optional(),
      expectStatus: z.number().int().min(100).max(599).default(200),
      expectJson: z.record(z.string(), z.unknown()).optional(),
      expectHeaders: z.record(z.string(), z.string()).optional(),
      within: duration.default('1m'),
      interval: duration.default('2s'),
    }),
    describe: (p) => `${p.method} ${p.url} expecting ${p.expectStatus}`,
  }),
  approval: defineKind({
    summary: 'wait for a person to approve or reject',
    execution: 'gate',
    params: z.strictObject({ message: z.string().optional() }),
  }),
  wait: defineKind({
    summary: 'wait a fixed time (durable timer)',
    execution: 'timer',
    params: z.strictObject({ duration }),
    describe: (p) => `for ${p.duration}`,
  }),
};
