// The http family: checks against HTTP endpoints, requests to HTTP APIs, and the `http` target kind.
import { z } from 'zod';
import { defineFamily, defineKind } from '../../kit/define';
import { duration } from '../../kit/fields';
import { describeRequest, describeUndoRequest, httpRequestParams } from './request-params';

/** An `http.check`: also the shape of health checks in other kinds (ECS). */
export const httpCheckParams = z.strictObject({
  url: z.string().min(1).describe('The URL polled; references allowed (resolved on the worker)'),
  method: z.enum(['GET', 'HEAD', 'POST']).default('GET').describe('HTTP method of each poll'),
  headers: z.record(z.string(), z.string()).optional().describe('Request headers; values may hold references'),
  expectStatus: z.number().int().min(100).max(599).default(200).describe('The status that counts as healthy'),
  expectJson: z.record(z.string(), z.unknown()).optional().describe('A subset the JSON response body must contain (nested maps compared field by field)'),
  expectHeaders: z.record(z.string(), z.string()).optional().describe('Response headers that must have these values'),
  within: duration.default('1m').describe('Keep polling this long before the step fails'),
  interval: duration.default('2s').describe('Time between two polls'),
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
