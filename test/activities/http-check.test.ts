// http.check and preflight.env against a real local HTTP server and the worker's environment.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MockActivityEnvironment } from '@temporalio/testing';
import { ApplicationFailure } from '@temporalio/common';
import { httpCheck, jsonMismatch } from '../../src/activities/http-check';
import { preflightEnv } from '../../src/activities/preflight-env';
import type { StepInput } from '../../src/activities/contract';
import { coreKinds } from '../../src/kinds/core';

let server: http.Server;
let base: string;
const hits = new Map<string, number>();

before(async () => {
  server = http.createServer((req, res) => {
    const n = (hits.get(req.url!) ?? 0) + 1;
    hits.set(req.url!, n);
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/healthy') return json(200, { status: 'healthy', db: { ok: true, lag: 3 }, regions: ['eu', 'us'] });
    if (req.url === '/warming') return n < 3 ? json(503, { status: 'starting' }) : json(200, { status: 'healthy' });
    if (req.url === '/cached') return json(200, { ok: true }, { 'x-cache': n > 1 ? 'HIT' : 'MISS' });
    if (req.url === '/auth') return req.headers.authorization === 'Bearer s3cret' ? json(200, {}) : json(401, {});
    if (req.url === '/degraded') return json(200, { status: 'degraded', db: { ok: false } });
    if (req.url === '/slow') return; // never answers
    json(404, {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const input = (params: Record<string, unknown>): StepInput => ({
  ctx: { workflowId: 'w', runId: 'r', planName: 'p', environment: 'test', baseDir: '/tmp', targets: {} },
  step: {
    id: 'smoke',
    kind: 'http.check',
    phase: 'migrateData',
    execution: 'activity',
    undo: false,
    params: coreKinds['http.check'].params.parse({ interval: '50ms', within: '2s', ...params }),
  },
});

const run = (params: Record<string, unknown>, env = new MockActivityEnvironment()) =>
  env.run(httpCheck, input(params)) as ReturnType<typeof httpCheck>;

describe('http.check', () => {
  it('passes at once on a healthy endpoint with a JSON subset', async () => {
    const out = await run({ url: `${base}/healthy`, expectJson: { status: 'healthy', db: { ok: true }, regions: ['eu'] } });
    assert.deepEqual({ status: out.status, polls: out.polls }, { status: 200, polls: 1 });
  });

  it('polls until the endpoint becomes healthy', async () => {
    const out = await run({ url: `${base}/warming`, expectJson: { status: 'healthy' } });
    assert.equal(out.polls, 3);
  });

  it('matches headers case-insensitively (a cache HIT on the second request)', async () => {
    const out = await run({ url: `${base}/cached`, expectHeaders: { 'X-Cache': 'HIT' } });
    assert.equal(out.polls, 2);
  });

  it('fails after `within` naming the first mismatching JSON path, retryably', async () => {
    await assert.rejects(run({ url: `${base}/degraded`, expectJson: { db: { ok: true } }, within: '300ms' }), (err: unknown) => {
      assert.ok(err instanceof ApplicationFailure);
      assert.equal(err.nonRetryable, false);
      assert.match(err.message, /step smoke: GET .*\/degraded not as expected after 300ms \(\d+ polls\): JSON \$\.db\.ok is false, expected true/);
      return true;
    });
  });

  it('reports a wrong status, and an unreachable port, as retryable failures', async () => {
    await assert.rejects(run({ url: `${base}/nope`, within: '200ms' }), /status 404, expected 200/);
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    await assert.rejects(run({ url: `http://127.0.0.1:${port}/health`, within: '200ms' }), (err: unknown) => {
      assert.ok(err instanceof ApplicationFailure && !err.nonRetryable);
      assert.match(err.message, /no answer \(.*ECONNREFUSED/);
      return true;
    });
  });

  it('resolves references in the URL and headers on the worker, and never returns the values', async () => {
    process.env.TEST_TOKEN = 's3cret';
    process.env.TEST_BASE = base;
    const out = await run({ url: '${env:TEST_BASE}/auth', headers: { authorization: 'Bearer ${env:TEST_TOKEN}' } });
    assert.equal(out.url, '${env:TEST_BASE}/auth');
    assert.doesNotMatch(JSON.stringify(out), /s3cret/);
    await assert.rejects(run({ url: '${env:NOT_SET_ANYWHERE}/x' }), (err: unknown) => err instanceof ApplicationFailure && err.nonRetryable === true);
    await assert.rejects(run({ url: 'not a url' }), /is not a valid URL/);
  });

  it('stops polling promptly when cancelled', async () => {
    const env = new MockActivityEnvironment();
    const t0 = Date.now();
    const p = run({ url: `${base}/slow`, within: '30s', interval: '5s' }, env);
    setTimeout(() => env.cancel(), 200);
    await assert.rejects(p);
    assert.ok(Date.now() - t0 < 3000, `cancelled in ${Date.now() - t0}ms`);
  });

  it('jsonMismatch compares objects by key and arrays by index', () => {
    assert.equal(jsonMismatch({ a: [1, 2, 3], b: { c: 'x', d: 1 } }, { a: [1, 2], b: { c: 'x' } }), undefined);
    assert.equal(jsonMismatch({ a: [1, 2] }, { a: [2] }), '$.a[0] is 1, expected 2');
    assert.equal(jsonMismatch({}, { a: 1 }), '$.a is missing, expected 1');
  });
});

describe('preflight.env', () => {
  const pre = (require: string[]) =>
    new MockActivityEnvironment().run(preflightEnv, { ...input({ url: 'http://x' }), step: { ...input({ url: 'http://x' }).step, id: 'pre', kind: 'preflight.env', params: { require } } });

  it('passes when every variable is set, returning names only', async () => {
    process.env.PRE_SECRET = 'hunter2';
    const out = await pre(['PRE_SECRET']);
    assert.deepEqual(out, { checked: ['PRE_SECRET'] });
  });

  it('fails non-retryably naming the missing ones, never a value', async () => {
    process.env.PRE_SECRET = 'hunter2';
    await assert.rejects(pre(['PRE_SECRET', 'PRE_MISSING_A', 'PRE_MISSING_B']), (err: unknown) => {
      assert.ok(err instanceof ApplicationFailure);
      assert.equal(err.nonRetryable, true);
      assert.equal(err.message, 'step pre: not set on the worker: PRE_MISSING_A, PRE_MISSING_B');
      assert.doesNotMatch(err.message, /hunter2/);
      return true;
    });
  });
});
