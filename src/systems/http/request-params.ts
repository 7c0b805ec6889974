// `http.request`: the parameter schema (a request, the response fields it turns into outputs, an
// optional undo request) and what `cutover plan` says about it. The schema checks what a plan can
// get wrong before anything runs: the URL's scheme, header names, a body on GET, output paths, and
// `${outputs.<name>}` in the undo naming a declared output.
import { z } from 'zod';
import { duration } from '../../kit/fields';
import { outputRefNames } from '../../kit/output-refs';
import { JSON_PATH_FORM, parseJsonPath } from './json-path';

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const status = z.number().int().min(100).max(599);

// A URL that starts with a reference is checked on the worker, once it is resolved.
const url = z
  .string()
  .min(1)
  .refine((u) => u.startsWith('${') || /^https?:\/\/[^/?#]/i.test(u), 'expected an http:// or https:// URL');

const headers = z.record(z.string().regex(HEADER_NAME), z.string(), {
  error: (iss) => (iss.code === 'invalid_key' ? "a header name is letters, digits and !#$%&'*+.^_`|~-" : undefined),
});

const requestFields = {
  method: z.enum(METHODS).default('GET').describe('HTTP method'),
  url: url.describe('An http:// or https:// URL; references allowed (resolved on the worker)'),
  headers: headers.default({}).describe('Request headers; values may hold references'),
  body: z.unknown().optional().describe('Sent as JSON (not with GET or HEAD); its strings may hold references'),
  expectStatus: z.union([status, z.array(status).min(1)]).optional().describe('The status, or statuses, that mean success (any 2xx when absent); 4xx fails for good, 5xx, 408 and 429 are retried'),
  idempotencyKey: z.boolean().default(true).describe('Send an Idempotency-Key header, the same on every attempt of the step'),
  requestTimeout: duration.default('30s').describe("One request's limit (within the attempt's timeout)"),
};

// An undo says its method: a GET by default would silently undo nothing.
// ('missing' is the plan layer's marker for an absent field.)
export const httpUndoParams = z.strictObject({ ...requestFields, method: z.enum(METHODS, { error: (iss) => (iss.input === undefined ? 'missing' : undefined) }).describe('HTTP method (required: an undo says what it does)') });

export const httpRequestParams = z
  .strictObject({
    ...requestFields,
    outputs: z
      .record(z.string().regex(OUTPUT_NAME), z.string().refine((p) => parseJsonPath(p) !== undefined, `expected ${JSON_PATH_FORM}`), {
        error: (iss) => (iss.code === 'invalid_key' ? 'an output name is letters, digits and _, not starting with a digit' : undefined),
      })
      .optional()
      .describe("Output name → path into the JSON response ($.id, $.items[0].name): the step's outputs"),
    undo: httpUndoParams.optional().describe('The request sent on rollback; it may use ${outputs.<name>}'),
  })
  .superRefine((p, ctx) => {
    const noBody = (r: { method: string; body?: unknown }, at: string[]) => {
      if (r.body !== undefined && (r.method === 'GET' || r.method === 'HEAD')) ctx.addIssue({ code: 'custom', path: [...at, 'body'], message: `a ${r.method} request has no body` });
    };
    noBody(p, []);
    if (p.undo) noBody(p.undo, ['undo']);
    const declared = Object.keys(p.outputs ?? {});
    for (const [path, name] of outputRefNames(p.undo, ['undo'])) {
      if (declared.includes(name)) continue;
      const has = declared.length ? `outputs declares ${declared.join(', ')}` : 'the step declares no outputs';
      ctx.addIssue({ code: 'custom', path, message: `\${outputs.${name}}: no such output (${has})` });
    }
  });

export type HttpRequestParams = z.infer<typeof httpRequestParams>;
export type HttpUndoParams = z.infer<typeof httpUndoParams>;

export const expectedStatuses = (s: number | number[] | undefined): number[] | undefined => (s === undefined ? undefined : Array.isArray(s) ? s : [s]);

const statusText = (s: number | number[] | undefined) => expectedStatuses(s)?.join(' or ') ?? '2xx';

export function describeRequest(p: HttpRequestParams): string {
  const outputs = p.outputs ? `; outputs ${Object.keys(p.outputs).join(', ')}` : '';
  return `${p.method} ${p.url} expecting ${statusText(p.expectStatus)}${outputs}`;
}

export const describeUndoRequest = (u: HttpUndoParams) => `${u.method} ${u.url} expecting ${statusText(u.expectStatus)}`;
