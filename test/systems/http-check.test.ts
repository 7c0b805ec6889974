// http.check against a real local HTTP server on a loopback port.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { ApplicationFailure } from '@temporalio/common';
import { jsonMismatch, type HttpCheckResult } from '../../src/systems/http/check';
import type { StepInput } from '../../src/kit/context';
import { httpCheckParams } from '../../src/systems/http';
import { kindActivity } from '../helpers/kinds';

const httpCheck = kindActivity('http.check');

// Failures are the point of several tests: keep the SDK's per-failure warnings out of the output.
const mockEnv = () => new MockActivityEnvironment({}, { logger: new DefaultLogger('ERROR') });

let server: http.Server;
let base: string;
const hits = new Map<string, number>();

before(async () => {
  server = http.createServer((req, res) => {
    const path = req.url!.split('?')[0];
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (path === '/healthy') return json(200, { status: 'healthy', db: { ok: true, lag: 3 }, regions: ['eu', 'us'] });
    if (path === '/warming') return n < 3 ? json(503, { status: 'starting' }) : json(200, { status: 'healthy' });
    if (path === '/cached') return json(200, { ok: true }, { 'x-cache': n > 1 ? 'HIT' : 'MISS' });
    if (path === '/never-cached') return json(200, { ok: true }, { 'x-cache': 'MISS' });
    if (path === '/auth') {
      const ok = req.headers.authorization === 'Bearer s3cret' || req.headers.authorization === `Basic ${Buffer.from('ops:pa ss').toString('base64')}`;
      return ok ? json(200, {}) : json(401, {});
    }
    if (path === '/degraded') return json(200, { status: 'degraded', db: { ok: false } });
    if (path === '/post' && req.method === 'POST') return json(202, { accepted: true });
    if (path === '/slow') return; // never answers
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
    params: httpCheckParams.parse({ interval: '50ms', within: '2s', ...params }),
  },
});

const run = (params: Record<string, unknown>, env = mockEnv()) =>
  env.run(httpCheck, input(params)) as unknown as Promise<HttpCheckResult & { url: string }>;

/** Asserts a retryable (or not) ApplicationFailure whose message matches `re`. */
const failure = (re: RegExp, nonRetryable = false) => (err: unknown) => {
  assert.ok(err instanceof ApplicationFailure, `not an ApplicationFailure: ${err}`);
  assert.equal(err.nonRetryable, nonRetryable, err.message);
  assert.match(err.message, re);
  return true;
};

describe('http.check', () => {
  it('passes at once on a healthy endpoint with a JSON subset', async () => {
    const out = await run({ url: `${base}/healthy`, expectJson: { status: 'healthy', db: { ok: true }, regions: ['eu'] } });
    assert.deepEqual({ url: out.url, status: out.status, polls: out.polls }, { url: `${base}/healthy`, status: 200, polls: 1 });
    assert.ok(out.elapsedMs >= 0 && out.elapsedMs < 1000);
  });

  it('polls until the endpoint becomes healthy, reporting each poll as progress', async () => {
    const env = mockEnv();
    const beats: unknown[] = [];
    env.on('heartbeat', (d) => beats.push(d));
    const out = await run({ url: `${base}/warming`, expectJson: { status: 'healthy' } }, env);
    assert.equal(out.polls, 3);
    assert.deepEqual(beats, [
      { attempt: 1, last: 'status 503, expected 200' },
      { attempt: 2, last: 'status 503, expected 200' },
      { attempt: 3, last: 'ok' },
    ]);
  });

  it('matches headers case-insensitively (a cache HIT on the second request)', async () => {
    const out = await run({ url: `${base}/cached`, expectHeaders: { 'X-Cache': 'HIT' } });
    assert.equal(out.polls, 2);
    await assert.rejects(
      run({ url: `${base}/never-cached`, expectHeaders: { 'X-Cache': 'HIT' }, within: '150ms' }),
      failure(/header X-Cache is "MISS", expected "HIT"/),
    );
  });

  it('sends the method and expects the status given', async () => {
    const out = await run({ url: `${base}/post`, method: 'POST', expectStatus: 202, expectJson: { accepted: true } });
    assert.equal(out.status, 202);
  });

  it('fails after `within` naming the first mismatching JSON path, retryably', async () => {
    const t0 = Date.now();
    await assert.rejects(
      run({ url: `${base}/degraded`, expectJson: { status: 'degraded', db: { ok: true } }, within: '300ms' }),
      failure(/^step smoke: GET .*\/degraded not as expected after 300ms \(\d+ polls\): JSON \$\.db\.ok is false, expected true$/),
    );
    assert.ok(Date.now() - t0 >= 300);
  });

  it('reports a wrong status as a retryable failure', async () => {
    await assert.rejects(run({ url: `${base}/nope`, within: '200ms' }), failure(/\/nope not as expected after 200ms .*: status 404, expected 200/));
  });

  it('keeps polling an unreachable port until `within`, then fails retryably', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const t0 = Date.now();
    await assert.rejects(run({ url: `http://127.0.0.1:${port}/health`, within: '300ms' }), failure(/\((\d+) polls\): no answer \(.*ECONNREFUSED/));
    const took = Date.now() - t0;
    assert.ok(took >= 300 && took < 2000, `failed after ${took}ms`);
  });

  it('resolves references in the URL and headers on the worker, and never returns or reports the values', async () => {
    process.env.HTTP_CHECK_TOKEN = 's3cret';
    process.env.HTTP_CHECK_BASE = base;
    const env = mockEnv();
    const beats: unknown[] = [];
    env.on('heartbeat', (d) => beats.push(d));
    const out = await run({ url: '${env:HTTP_CHECK_BASE}/auth?key=${env:HTTP_CHECK_TOKEN}', headers: { authorization: 'Bearer ${env:HTTP_CHECK_TOKEN}' } }, env);
    assert.equal(out.url, '${env:HTTP_CHECK_BASE}/auth?key=${env:HTTP_CHECK_TOKEN}');
    assert.doesNotMatch(JSON.stringify([out, beats]), /s3cret/);
    // A failure names the URL as written, not as resolved.
    await assert.rejects(run({ url: '${env:HTTP_CHECK_BASE}/nope?key=${env:HTTP_CHECK_TOKEN}', within: '100ms' }), (err: Error) => {
      assert.match(err.message, /\$\{env:HTTP_CHECK_TOKEN\}/);
      assert.doesNotMatch(err.message, /s3cret/);
      return true;
    });
  });

  it('sends credentials in the URL as Basic auth', async () => {
    process.env.HTTP_CHECK_PASS = 'pa%20ss';
    const out = await run({ url: `http://ops:\${env:HTTP_CHECK_PASS}@${base.slice(7)}/auth` });
    assert.equal(out.status, 200);
  });

  it('fails non-retryably, at once, on what polling cannot fix', async () => {
    await assert.rejects(run({ url: '${env:HTTP_CHECK_NOT_SET_ANYWHERE}/x' }), failure(/HTTP_CHECK_NOT_SET_ANYWHERE is not set/, true));
    await assert.rejects(run({ url: 'not a url' }), failure(/step smoke: not a url is not a valid URL/, true));
    await assert.rejects(run({ url: 'ftp://127.0.0.1/x' }), failure(/is not an http\(s\) URL/, true));
    process.env.HTTP_CHECK_BAD_HEADER = 'top\nsecret';
    await assert.rejects(run({ url: `${base}/healthy`, headers: { 'x-token': '${env:HTTP_CHECK_BAD_HEADER}' } }), (err: unknown) => {
      failure(/step smoke: header x-token has an invalid name or value/, true)(err);
      assert.doesNotMatch((err as Error).message, /secret/);
      return true;
    });
  });

  it('stops polling promptly when cancelled, mid-request or between polls', async () => {
    for (const params of [
      { url: `${base}/slow`, within: '30s', interval: '5s' },
      { url: `${base}/nope`, within: '30s', interval: '5s' },
    ]) {
      const env = mockEnv();
      const t0 = Date.now();
      const p = run(params, env);
      setTimeout(() => env.cancel(), 150);
      await assert.rejects(p, (err: unknown) => !(err instanceof ApplicationFailure));
      assert.ok(Date.now() - t0 < 1000, `cancelled in ${Date.now() - t0}ms`);
    }
  });

  it('jsonMismatch: objects by key, arrays by index (an expected array is a prefix)', () => {
    assert.equal(jsonMismatch({ a: [1, 2, 3], b: { c: 'x', d: 1 } }, { a: [1, 2], b: { c: 'x' } }), undefined);
    assert.equal(jsonMismatch({ a: [{ id: 1, x: 2 }] }, { a: [{ id: 1 }] }), undefined);
    assert.equal(jsonMismatch({ a: [1, 2] }, { a: [2] }), '$.a[0] is 1, expected 2');
    assert.equal(jsonMismatch({ a: [1] }, { a: [1, 2] }), '$.a[1] is missing, expected 2');
    assert.equal(jsonMismatch({}, { a: 1 }), '$.a is missing, expected 1');
    assert.equal(jsonMismatch({ a: 'x' }, { a: { b: 1 } }), '$.a is "x", expected an object');
    assert.equal(jsonMismatch({ a: { b: 1 } }, { a: [1] }), '$.a is {"b":1}, expected an array');
    assert.equal(jsonMismatch({ a: null }, { a: null }), undefined);
  });
});
