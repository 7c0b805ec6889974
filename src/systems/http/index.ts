// The http family: checks against HTTP endpoints, requests to HTTP APIs, and the `http` target kind.
import { z } from 'zod';
import { defineFamily, defineKind } from '../../kit/define';
import { duration } from '../../kit/fields';
import { describeRequest, describeUndoRequest, httpRequestParams } from './request-params';

/** An `http.check`: also the shape of health checks in other kinds (ECS). */
export const httpCheckParams = z.strictObject({
  url: z.string().min(1),
  method: z.enum(['GET', 'HEAD', 'POST']).default('GET'),
  headers: z.record(z.string(), z.string()).optional(),
  expectStatus: z.number().int().min(100).max(599).default(200),
  expectJson: z.record(z.string(), z.unknown()).optional(),
  expectHeaders: z.record(z.string(), z.string()).optional(),
  within: duration.default('1m'),
  interval: duration.default('2s'),
});

export type HttpCheck = z.infer<typeof httpCheckParams>;

// Implementations load on first use, so that `cutover validate` and `plan` never load a driver.
const check = () => require('./check') as typeof import('./check');
const request = () => require('./request') as typeof import('./request');
const preview = () => require('./preview') as typeof import('./preview');

export const http = defineFamily({
  name: 'http',
  kinds: {
    'http.check': defineKind({
      summary: 'poll an HTTP endpoint until it answers as expected',
      params: httpCheckParams,
      outputs: z.object({ url: z.string(), status: z.number(), polls: z.number(), elapsedMs: z.number() }),
      describe: (p) => `${p.method} ${p.url} expecting ${p.expectStatus}`,
      run: (i) => check().httpCheck(i),
      preview: (i) => preview().httpCheckPreview(i),
    }),
    'http.request': defineKind({
      summary: 'send an HTTP request',
      params: httpRequestParams,
      // The response fields named by the step's `outputs`.
      outputs: z.record(z.string(), z.unknown()),
      describe: describeRequest,
      run: (i) => request().httpRequest(i),
      undo: {
        summary: "send the step's undo request",
        when: (p) => p.undo !== undefined,
        describe: (p) => (p.undo ? describeUndoRequest(p.undo) : ''),
        run: (i) => request().httpRequestUndo(i),
      },
    }),
  },
  targets: {
    http: {
      url: 'http(s)://host[:port]/path',
      probe: async (url) => {
        const res = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(5000) });
        return `HTTP ${res.status}`;
      },
    },
  },
});
