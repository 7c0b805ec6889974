// redis.warm against a small HTTP application that caches its pages in the stack's Redis and says
// so in X-Cache (MISS when it rendered the page, HIT when it served it from Redis), as a CDN or a
// caching proxy would.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { failure } from '../helpers/failures';
import { client, prefix, redisUrls, runActivity, stepInput, wipe } from './redis-fixtures';
import { kindActivity } from '../helpers/kinds';

const redisWarm = kindActivity('redis.warm');

const r = client(redisUrls().source);
const p = prefix('warm');
let base = '';
let closed = ''; // a loopback address nothing listens on
let renders = 0;
const server = http.createServer(async (req, res) => {
  const path = req.url ?? '/';
  if (path.startsWith('/nocache')) {
    res.writeHead(200, { 'x-cache': 'BYPASS' }).end('never cached');
    return;
  }
  if (path.startsWith('/private') && req.headers.authorization !== `Basic ${Buffer.from('warmer:s3cret-pw').toString('base64')}`) {
    res.writeHead(401).end('who are you');
    return;
  }
  if (path.startsWith('/broken')) {
    res.writeHead(500).end('boom');
    return;
  }
  const cached = await r.get(`${p}page:${path}`);
  if (cached) {
    res.writeHead(200, { 'x-cache': 'HIT' }).end(cached);
    return;
  }
  renders++;
  const body = `<h1>${path}</h1>`;
  await r.set(`${p}page:${path}`, body, 'EX', 600);
  res.writeHead(200, { 'x-cache': 'MISS' }).end(body);
});

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const gone = http.createServer();
  await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
  closed = `127.0.0.1:${(gone.address() as AddressInfo).port}`;
  await new Promise((resolve) => gone.close(resolve));
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await wipe(r, `${p}*`);
  r.disconnect();
});

const warm = (params: Record<string, unknown>) =>
  stepInput('redis.warm', { hitHeader: 'x-cache', hitValue: 'HIT', concurrency: 4, requestTimeout: '5s', requireHit: true, ...params }, { id: 'warm-pages' });

describe('redis.warm', () => {
  it('requests each URL twice: the second answer is a HIT served from Redis', async () => {
    const urls = Array.from({ length: 12 }, (_, i) => `${base}/products/${i}`);
    const out = await runActivity(redisWarm, warm({ urls }));
    assert.deepEqual(out, { urls: 12, hits: 12, alreadyHot: 0, misses: [] });
    assert.equal(renders, 12, 'each page rendered once: the second request was served from Redis');
    // Warm again: already hot.
    const again = await runActivity(redisWarm, warm({ urls }));
    assert.equal(again.alreadyHot, 12);
    assert.equal(renders, 12);
  });

  it('resolves ${env:…} references in URLs on the worker and reports them unresolved', async () => {
    process.env.CUTOVER_TEST_WARM_BASE = base;
    const out = await runActivity(redisWarm, warm({ urls: ['${env:CUTOVER_TEST_WARM_BASE}/env-page', '${env:CUTOVER_TEST_WARM_BASE}/nocache/b'], requireHit: false }));
    assert.equal(out.hits, 1);
    assert.deepEqual(out.misses, ['${env:CUTOVER_TEST_WARM_BASE}/nocache/b']);
    delete process.env.CUTOVER_TEST_WARM_BASE;
  });

  it('a URL whose second answer is not a hit fails, retryably, naming the URL and what it said', async () => {
    const err = await failure(runActivity(redisWarm, warm({ urls: [`${base}/products/1`, `${base}/nocache/a`] })));
    assert.equal(err.type, 'CacheNotHot');
    assert.equal(err.nonRetryable, false);
    assert.match(err.message, /^step warm-pages: 1 of 2 URL\(s\) were not a cache hit on the second request: http:\/\/127\.0\.0\.1:\d+\/nocache\/a \(header x-cache is "BYPASS", expected "HIT"\)$/);
    const soft = await runActivity(redisWarm, warm({ urls: [`${base}/nocache/a`, `${base}/broken`], requireHit: false }));
    assert.equal(soft.hits, 0);
    assert.deepEqual(soft.misses, [`${base}/nocache/a`, `${base}/broken`]);
  });

  it('an unreachable URL is retryable; a malformed or non-http one is a plan mistake', async () => {
    let err = await failure(runActivity(redisWarm, warm({ urls: [`http://${closed}/x`] })));
    assert.equal(err.type, 'CacheNotHot');
    assert.equal(err.nonRetryable, false);
    assert.match(err.message, /^step warm-pages: 1 of 1 URL\(s\) were not a cache hit on the second request: http:\/\/127\.0\.0\.1:\d+\/x \(no answer \(.*ECONNREFUSED.*\)\)$/);
    err = await failure(runActivity(redisWarm, warm({ urls: ['not a url'] })));
    assert.equal(err.type, 'PlanError');
    assert.equal(err.nonRetryable, true);
    err = await failure(runActivity(redisWarm, warm({ urls: ['ftp://127.0.0.1/x'] })));
    assert.equal(err.type, 'PlanError');
  });

  it('credentials in a URL go as Basic auth, and no message or output shows them', async () => {
    process.env.CUTOVER_TEST_WARM_PW = 's3cret-pw';
    try {
      const url = `${base.replace('//', '//warmer:${env:CUTOVER_TEST_WARM_PW}@')}/private/report`;
      const out = await runActivity(redisWarm, warm({ urls: [url] }));
      assert.deepEqual(out, { urls: 1, hits: 1, alreadyHot: 0, misses: [] });
      const err = await failure(runActivity(redisWarm, warm({ urls: [`http://warmer:\${env:CUTOVER_TEST_WARM_PW}@${closed}/private`] })));
      assert.equal(err.type, 'CacheNotHot');
      assert.doesNotMatch(err.message, /s3cret/);
      const soft = await runActivity(redisWarm, warm({ urls: [url.replace('CUTOVER_TEST_WARM_PW}', 'CUTOVER_TEST_WARM_PW}x')], requireHit: false }));
      assert.doesNotMatch(JSON.stringify(soft), /s3cret/);
      assert.equal(soft.hits, 0, 'a wrong password gets a 401, not a hit');
    } finally {
      delete process.env.CUTOVER_TEST_WARM_PW;
    }
  });

  it('reads (TOUCHes) keys on a redis target: hits when present, a retryable failure when not', async () => {
    await r.set(`${p}k:1`, 'a');
    await r.set(`${p}k:2`, 'b');
    const ok = await runActivity(redisWarm, warm({ target: 'cache', keys: [`${p}k:1`, `${p}k:2`] }));
    assert.deepEqual(ok, { target: 'cache', keys: 2, hits: 2, misses: [] });
    const err = await failure(runActivity(redisWarm, warm({ target: 'cache', keys: [`${p}k:1`, `${p}k:nope`] })));
    assert.equal(err.type, 'CacheNotHot');
    assert.match(err.message, /1 of 2 key\(s\) are not in the cache: "t:warm:\w+:k:nope"/);
  });
});
