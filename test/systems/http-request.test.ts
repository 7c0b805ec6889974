// http.request against a real HTTP server on a loopback port: the request as sent, outputs from
// the response, the undo request with the outputs, the Idempotency-Key across attempts, classified
// failures (Retry-After included), timeouts and cancellation, secrets never echoed, and the
// plan-level checks of the kind's fields.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger, type LogEntry } from '@temporalio/worker';
import { CancelledFailure } from '@temporalio/common';
import type { Info } from '@temporalio/activity';
import type { StepInput, StepOutput, UndoInput } from '../../src/kit/context';
import { idempotencyKey } from '../../src/kit/naming';
import { explainPlan } from '../../src/plan/explain';
import { kindActivity, kindParams } from '../helpers/kinds';
import { failure } from '../helpers/failures';
import { until } from '../helpers/poll';
import { parse, problems } from '../unit/plan-fixtures';

const httpRequest = kindActivity('http.request');
const httpUndo = kindActivity('http.request.undo');

const SECRET = `sk-${randomUUID()}`;

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let server: http.Server;
let base: string;
const seen: Seen[] = [];
const counters = new Map<string, number>();

before(async () => {
  process.env.HTTP_TEST_SECRET = SECRET;
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const url = new URL(req.url!, 'http://x');
      const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(value));
      };
      const parts = url.pathname.split('/').filter(Boolean);
      if (parts[0] === 'echo') {
        return json(200, { method: req.method, url: req.url, headers: req.headers, body: body ? JSON.parse(body) : null, list: [{ name: 'a' }, { name: 'b' }], 'odd key': 5 });
      }
      if (parts[0] === 'items' && req.method === 'POST') return json(201, { id: `item-${seen.length}`, size: 3 });
      if (parts[0] === 'items' && req.method === 'DELETE') return res.writeHead(204).end();
      if (parts[0] === 'status') {
        const retryAfter = url.searchParams.get('retryAfter');
        return json(Number(parts[1]), { error: 'nope', auth: req.headers.authorization ?? null }, retryAfter ? { 'retry-after': retryAfter } : {});
      }
      if (parts[0] === 'flaky') {
        // Fails the first time for each token, then answers.
        const n = (counters.get(parts[1]) ?? 0) + 1;
        counters.set(parts[1], n);
        return n === 1 ? json(503, { error: 'warming up' }) : json(200, { ok: true, n });
      }
      if (parts[0] === 'text') return res.writeHead(200, { 'content-type': 'text/plain' }).end('just text');
      if (parts[0] === 'slow') return; // never answers
      json(404, { error: 'no route' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

function activity(info: Partial<Info> = {}) {
  const lines: LogEntry[] = [];
  return { env: new MockActivityEnvironment({ startToCloseTimeoutMs: 30_000, ...info }, { logger: new DefaultLogger('INFO', (e) => lines.push(e)) }), lines };
}

const input = (params: Record<string, unknown>, o: { runId?: string; stepId?: string; output?: StepOutput } = {}): UndoInput => ({
  ctx: { workflowId: 'w', runId: o.runId ?? 'run-1', planName: 'p', environment: 'test', baseDir: '/tmp', targets: {} },
  step: {
    id: o.stepId ?? 'call',
    kind: 'http.request',
    phase: 'migrateData',
    execution: 'activity',
    undo: true,
    params: kindParams('http.request').parse(params) as Record<string, unknown>,
  },
  ...(o.output ? { output: o.output } : {}),
});

const run = (params: Record<string, unknown>, a = activity(), o: Parameters<typeof input>[1] = {}) => a.env.run(httpRequest, input(params, o) as StepInput) as Promise<StepOutput>;
const undo = (params: Record<string, unknown>, output: StepOutput | undefined, a = activity()) => a.env.run(httpUndo, input(params, { output })) as Promise<StepOutput>;

/** The requests the server got since `from`. */
const since = (from: number) => seen.slice(from);
const KEY = idempotencyKey(input({ url: 'http://x' }).ctx, 'call');

describe('http.request', () => {
  it('sends the method, headers and JSON body; fields of the JSON response become the outputs', async () => {
    const from = seen.length;
    const out = await run({
      method: 'POST',
      url: `${base}/echo`,
      headers: { 'X-Team': 'ops' },
      body: { name: 'svc', n: 3, nested: { list: [1, 'two'] }, ok: true, none: null },
      outputs: { method: '$.method', name: '$.body.name', second: '$.body.nested.list[1]', last: '$.list[-1].name', odd: '$["odd key"]', nested: '$.body.nested' },
    });
    assert.deepEqual(out, { method: 'POST', name: 'svc', second: 'two', last: 'b', odd: 5, nested: { list: [1, 'two'] } });
    const [req] = since(from);
    assert.deepEqual(JSON.parse(req.body), { name: 'svc', n: 3, nested: { list: [1, 'two'] }, ok: true, none: null });
    assert.equal(req.headers['content-type'], 'application/json');
    assert.equal(req.headers['x-team'], 'ops');
    assert.equal(req.headers['idempotency-key'], KEY);
    assert.match(KEY, /^cutover-[0-9a-f]{32}$/);
  });

  it('without outputs the step outputs nothing; GET is the default method', async () => {
    const from = seen.length;
    assert.deepEqual(await run({ url: `${base}/echo` }), {});
    assert.equal(since(from)[0].method, 'GET');
    assert.equal(since(from)[0].body, '');
  });

  it('references in the URL, header values and body strings are resolved on the worker; outputs, errors and logs never hold their values', async () => {
    const from = seen.length;
    const a = activity();
    const out = await run(
      {
        method: 'POST',
        url: `${base}/echo?token=\${env:HTTP_TEST_SECRET}`,
        headers: { Authorization: 'Bearer ${env:HTTP_TEST_SECRET}' },
        body: { token: '${env:HTTP_TEST_SECRET}', list: ['x-${env:HTTP_TEST_SECRET}'], plain: 'kept' },
        outputs: { auth: '$.headers.authorization', token: '$.body.token', list: '$.body.list', url: '$.url', plain: '$.body.plain' },
      },
      a,
    );
    const [req] = since(from);
    assert.equal(req.headers.authorization, `Bearer ${SECRET}`);
    assert.deepEqual(JSON.parse(req.body).token, SECRET);
    assert.equal(req.url, `/echo?token=${SECRET}`);
    assert.deepEqual(out, { auth: 'Bearer ***', token: '***', list: ['x-***'], url: '/echo?token=***', plain: 'kept' });

    const err = await failure(run({ url: `${base}/status/500?token=\${env:HTTP_TEST_SECRET}`, headers: { Authorization: 'Bearer ${env:HTTP_TEST_SECRET}' } }, a));
    assert.equal(err.message, `step call: GET ${base}/status/500?token=\${env:HTTP_TEST_SECRET} answered 500, expected 2xx: {"error":"nope","auth":"Bearer ***"}`);
    assert.ok(!String(err.stack).includes(SECRET));
    assert.ok(!JSON.stringify(a.lines, (_, v) => (typeof v === 'bigint' ? String(v) : v)).includes(SECRET));
  });

  it('Idempotency-Key: the same on both attempts (the first answered 503), another for another step or run; none when turned off; the plan’s own kept', async () => {
    const token = randomUUID();
    const from = seen.length;
    const params = { method: 'POST', url: `${base}/flaky/${token}`, body: { a: 1 } };
    const first = await failure(run(params, activity({ attempt: 1 })));
    assert.equal(first.nonRetryable, false);
    await run(params, activity({ attempt: 2 }));
    await run({ ...params, url: `${base}/echo` }, activity(), { stepId: 'other' });
    await run({ ...params, url: `${base}/echo` }, activity(), { runId: 'run-2' });
    await run({ ...params, url: `${base}/echo`, idempotencyKey: false });
    await run({ ...params, url: `${base}/echo`, headers: { 'Idempotency-Key': 'mine-1' } });
    const keys = since(from).map((r) => r.headers['idempotency-key']);
    assert.equal(keys[0], KEY);
    assert.equal(keys[1], KEY);
    assert.notEqual(keys[2], KEY);
    assert.notEqual(keys[3], KEY);
    assert.notEqual(keys[2], keys[3]);
    assert.deepEqual(keys.slice(4), [undefined, 'mine-1']);
  });

  it('success is any 2xx by default, or exactly the statuses listed', async () => {
    assert.deepEqual(await run({ url: `${base}/status/204` }), {});
    assert.deepEqual(await run({ url: `${base}/status/404`, expectStatus: [200, 404] }), {});
    const err = await failure(run({ url: `${base}/status/200`, expectStatus: 201 }));
    assert.deepEqual([err.type, err.nonRetryable], ['HttpUnexpectedStatus', true]);
    assert.match(err.message, /answered 200, expected 201: /);
  });

  it('a 4xx other than 408 and 429 fails for good; 5xx, 408 and 429 are retried', async () => {
    for (const status of [400, 401, 403, 404, 409, 422]) {
      const err = await failure(run({ method: 'PUT', url: `${base}/status/${status}`, body: {} }));
      assert.deepEqual([status, err.type, err.nonRetryable], [status, 'HttpRequestRejected', true]);
      assert.equal(err.message, `step call: PUT ${base}/status/${status} answered ${status}, expected 2xx: {"error":"nope","auth":null}`);
    }
    for (const status of [408, 429, 500, 502, 503]) {
      const err = await failure(run({ url: `${base}/status/${status}` }));
      assert.deepEqual([status, err.type, err.nonRetryable, err.nextRetryDelay], [status, 'HttpRequestFailed', false, undefined]);
    }
  });

  it("Retry-After (seconds or a date) becomes the next retry's delay when it fits the retry policy's maximum interval", async () => {
    const policy = { retryPolicy: { maximumInterval: '1m' } } as Partial<Info>;
    let err = await failure(run({ url: `${base}/status/503?retryAfter=3` }, activity(policy)));
    assert.equal(err.nextRetryDelay, 3000);
    assert.match(err.message, /\(retrying after its Retry-After, 3s\)$/);

    err = await failure(run({ url: `${base}/status/429?retryAfter=${encodeURIComponent(new Date(Date.now() + 10_000).toUTCString())}` }, activity(policy)));
    assert.ok(Number(err.nextRetryDelay) > 7000 && Number(err.nextRetryDelay) <= 10_000, String(err.nextRetryDelay));

    err = await failure(run({ url: `${base}/status/503?retryAfter=3600` }, activity(policy)));
    assert.equal(err.nextRetryDelay, undefined);
    assert.match(err.message, /\(Retry-After 1h is longer than the retry policy's maximum interval 1m: not honoured\)$/);
    assert.equal(err.nonRetryable, false);
  });

  it('no answer (connection refused, a request timeout, the end of the attempt) is retried', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    let err = await failure(run({ url: `http://127.0.0.1:${port}/x` }));
    assert.deepEqual([err.type, err.nonRetryable], ['HttpRequestFailed', false]);
    assert.match(err.message, new RegExp(`^step call: GET http://127.0.0.1:${port}/x: no answer \\(.*ECONNREFUSED.*\\)$`));

    const t0 = Date.now();
    err = await failure(run({ url: `${base}/slow`, requestTimeout: '300ms' }));
    assert.match(err.message, /: no answer within 300ms$/);
    assert.ok(Date.now() - t0 < 2000);

    // A request is never left running past the attempt's timeout.
    const t1 = Date.now();
    err = await failure(run({ url: `${base}/slow` }, activity({ startToCloseTimeoutMs: 1000 })));
    assert.match(err.message, /: no answer before the end of the attempt's 1s timeout$/);
    assert.ok(Date.now() - t1 < 1000);
  });

  it('cancellation of the activity aborts the request at once', async () => {
    const from = seen.length;
    const a = activity();
    const running = run({ url: `${base}/slow` }, a);
    await until('the server got the request', () => since(from).length > 0, { ms: 5000 });
    const t0 = Date.now();
    a.env.cancel();
    await assert.rejects(running, (err) => err instanceof CancelledFailure);
    assert.ok(Date.now() - t0 < 1000);
  });

  it('a response without the outputs it should hold fails for good (the request has had its effect)', async () => {
    let err = await failure(run({ url: `${base}/text`, outputs: { id: '$.id' } }));
    assert.deepEqual([err.type, err.nonRetryable], ['HttpResponseInvalid', true]);
    assert.equal(err.message, `step call: GET ${base}/text answered 200 with a body that is not JSON, so it has no outputs: just text`);
    err = await failure(run({ url: `${base}/echo`, outputs: { id: '$.list[5].id' } }));
    assert.match(err.message, /answered 200 without \$\.list\[5\]\.id \(output id\): \{"method":"GET"/);
  });

  it('a URL that is not http(s) or not a URL once its references are resolved fails for good, naming it as written', async () => {
    process.env.HTTP_TEST_FTP_URL = 'ftp://files.example.test/x';
    process.env.HTTP_TEST_BAD_URL = 'not a url';
    let err = await failure(run({ url: '${env:HTTP_TEST_FTP_URL}' }));
    assert.deepEqual([err.type, err.nonRetryable], ['PlanError', true]);
    assert.equal(err.message, 'step call: ${env:HTTP_TEST_FTP_URL} is not an http(s) URL (ftp)');
    err = await failure(run({ url: '${env:HTTP_TEST_BAD_URL}/path' }));
    assert.equal(err.message, 'step call: ${env:HTTP_TEST_BAD_URL}/path is not a valid URL');
  });

  it('credentials in the URL go as Basic auth and are masked in messages', async () => {
    const from = seen.length;
    const err = await failure(run({ url: `http://ops:pa55-word@${base.slice(7)}/status/500` }));
    assert.equal(since(from)[0].headers.authorization, `Basic ${Buffer.from('ops:pa55-word').toString('base64')}`);
    assert.ok(err.message.startsWith(`step call: GET http://ops:***@${base.slice(7)}/status/500 answered 500`), err.message);
  });

  it("undo sends its request with the step's outputs (${outputs.<name>}, a whole-string one keeps its JSON type) and a key of its own", async () => {
    const params = {
      method: 'POST',
      url: `${base}/items`,
      body: { name: 'svc' },
      outputs: { id: '$.id', size: '$.size' },
      undo: { method: 'DELETE', url: `${base}/items/\${outputs.id}`, body: { size: '${outputs.size}', note: 'was ${outputs.size}' } },
    };
    const output = await run(params);
    assert.match(String(output.id), /^item-\d+$/);
    const from = seen.length;
    assert.deepEqual(await undo(params, output), {});
    const [req] = since(from);
    assert.equal(req.method, 'DELETE');
    assert.equal(req.url, `/items/${output.id}`);
    assert.deepEqual(JSON.parse(req.body), { size: 3, note: 'was 3' });
    assert.equal(req.headers['idempotency-key'], `${KEY}-undo`);
  });

  it('undo of a step that failed part-way: a request that needs outputs is not sent; one that does not is', async () => {
    const from = seen.length;
    const needs = { method: 'POST', url: `${base}/items`, outputs: { id: '$.id' }, undo: { method: 'DELETE', url: `${base}/items/\${outputs.id}` } };
    const err = await failure(undo(needs, undefined));
    assert.deepEqual([err.type, err.nonRetryable], ['MissingOutput', true]);
    assert.match(err.message, /^step call undo url: \$\{outputs\.id\} cannot be filled in: the step returned no outputs/);
    assert.equal(since(from).length, 0);

    await undo({ method: 'POST', url: `${base}/items`, undo: { method: 'POST', url: `${base}/echo`, body: { cleanup: 'by key' } } }, undefined);
    assert.equal(since(from).length, 1);
  });

  it("an undo request's failures are classified like the step's; expectStatus lets a gone resource count as undone", async () => {
    const params = (expectStatus?: number[]) => ({ url: `${base}/echo`, undo: { method: 'DELETE', url: `${base}/status/404`, ...(expectStatus ? { expectStatus } : {}) } });
    const err = await failure(undo(params(), {}));
    assert.deepEqual([err.type, err.nonRetryable], ['HttpRequestRejected', true]);
    assert.match(err.message, /^step call undo: DELETE .*\/status\/404 answered 404, expected 2xx/);
    assert.deepEqual(await undo(params([204, 404]), {}), {});
    assert.equal((await failure(undo({ url: `${base}/echo`, undo: { method: 'DELETE', url: `${base}/status/503` } }, {}))).nonRetryable, false);
  });
});

describe('http.request in a plan', () => {
  const plan = (steps: string) => `name: p\nenvironment: test\nphases:\n  migrateData:\n${steps}`;

  it('only a step with an undo request is put on the undo stack; cutover plan shows both requests', () => {
    const p = parse(
      plan(`    - { id: create, kind: http.request, method: POST, url: "https://api.example/items", outputs: { id: $.id }, undo: { method: DELETE, url: "https://api.example/items/\${outputs.id}", expectStatus: [204, 404] } }
    - { id: ping, kind: http.request, url: "\${env:PING_URL}", expectStatus: 204 }
`),
    );
    assert.deepEqual(
      p.phases.migrateData.map((s) => [s.id, s.undo]),
      [
        ['create', true],
        ['ping', false],
      ],
    );
    const text = explainPlan(p);
    assert.match(text, /1\. create +http\.request +send an HTTP request: POST https:\/\/api\.example\/items expecting 2xx; outputs id\n/);
    assert.match(text, /undo: send the step's undo request: DELETE https:\/\/api\.example\/items\/\$\{outputs\.id\} expecting 204 or 404\n/);
    assert.match(text, /2\. ping +http\.request +send an HTTP request: GET \$\{env:PING_URL\} expecting 204\n/);
  });

  it('refuses bad fields before anything runs, each at file:line:col', () => {
    assert.deepEqual(
      problems(
        plan(`    - { id: a, kind: http.request }
    - { id: b, kind: http.request, url: "ftp://files.example/x" }
    - { id: c, kind: http.request, url: "example.com/x", method: FETCH }
    - { id: d, kind: http.request, url: "https://x.example", body: { a: 1 } }
    - { id: e, kind: http.request, url: "https://x.example", outputs: { id: "id", "1st": $.a, ok: "$.a[x]" } }
    - { id: f, kind: http.request, url: "https://x.example", outputs: { id: $.id }, undo: { method: DELETE, url: "https://x.example/\${outputs.idd}" } }
    - { id: g, kind: http.request, url: "https://x.example/\${outputs.id}" }
    - { id: h, kind: http.request, url: "https://x.example", undo: { url: "https://x.example" } }
    - { id: i, kind: http.request, url: "https://x.example", headers: { "Bad Header": x }, expectStatus: [99], requestTimeout: soon }
`),
      ),
      [
        'p.yaml:5:7: step a: missing url',
        'p.yaml:6:41: step b: url: expected an http:// or https:// URL',
        'p.yaml:7:41: step c: url: expected an http:// or https:// URL',
        'p.yaml:7:66: step c: method: expected one of GET, HEAD, POST, PUT, PATCH, DELETE, got "FETCH"',
        'p.yaml:8:68: step d: body: a GET request has no body',
        'p.yaml:9:77: step e: outputs.id: expected a path such as $.id, $.items[0].name or $["odd key"]',
        'p.yaml:9:90: step e: outputs.1st: an output name is letters, digits and _, not starting with a digit',
        'p.yaml:9:99: step e: outputs.ok: expected a path such as $.id, $.items[0].name or $["odd key"]',
        'p.yaml:10:114: step f: undo.url: ${outputs.idd}: no such output (outputs declares id)',
        "p.yaml:11:60: step g: ${outputs.id}: a step's own outputs can be used in its undo only",
        'p.yaml:12:68: step h: missing undo.method',
        "p.yaml:13:87: step i: headers.Bad Header: a header name is letters, digits and !#$%&'*+.^_`|~-",
        'p.yaml:13:107: step i: expectStatus.0: expected at least 100, got 99',
        'p.yaml:13:128: step i: requestTimeout: expected a duration such as 30s, 10m or 24h',
      ],
    );
  });
});
