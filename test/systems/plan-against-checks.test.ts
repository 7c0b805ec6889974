// `cutover plan --against` for the checks: http.check sends one request now and says how it
// answered (a read, not the step's polling); metrics.check measures each query once on the stack's
// Prometheus and judges it. A kind without a preview (http.request: sending is its work) sends
// nothing. A secret in a URL's query is never printed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { countingProxy, deleteMetric, setMetric, uniqueMetric, untilScraped, type CountingProxy } from '../helpers/prometheus';
import { against, changeLines, stepOf } from './plan-against-fixtures';

describe('plan --against: http.check and metrics.check', () => {
  let app: http.Server;
  let base: string;
  const hits: string[] = [];
  let prom: CountingProxy;
  const metric = uniqueMetric('against');
  before(async () => {
    app = http.createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`);
      const ok = req.url?.startsWith('/ok');
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: ok ? 'healthy' : 'degraded' }));
    });
    await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
    prom = await countingProxy();
    await setMetric(metric, 0.004);
    await untilScraped(metric, ['0.004']);
    Object.assign(process.env, { AGAINST_APP: base, AGAINST_PROM: prom.url, AGAINST_TOKEN: 's3cret-token-value' });
  });
  after(async () => {
    app.close();
    await prom.close();
    await deleteMetric(metric);
  });

  it('one request per http.check, one query per metric, judged now; http.request sends nothing', async () => {
    const r = await against({
      targets: { prom: { kind: 'prometheus', url: '${env:AGAINST_PROM}' } },
      steps: [
        { id: 'healthy', kind: 'http.check', url: '${env:AGAINST_APP}/ok?token=${env:AGAINST_TOKEN}', expectJson: { status: 'healthy' }, within: '5m' },
        { id: 'sick', kind: 'http.check', url: '${env:AGAINST_APP}/down', within: '2m', interval: '5s' },
        { id: 'notify', kind: 'http.request', method: 'POST', url: '${env:AGAINST_APP}/deploys' },
        {
          id: 'errors',
          kind: 'metrics.check',
          target: 'prom',
          metrics: [
            { name: 'error-rate', query: metric, successCondition: '< 0.01', interval: '10s', count: 3 },
            { name: 'too-strict', query: metric, successCondition: '< 0.001' },
          ],
        },
      ],
    });
    const h = stepOf(r, 'healthy');
    assert.match(h.preview!.summary, /^read: GET \$\{env:AGAINST_APP\}\/ok\?token=\$\{env:AGAINST_TOKEN\} answers as expected now \(200, \d+ ms\)$/);
    assert.deepEqual(h.preview!.changes.map((c) => c.action), ['read']);
    assert.deepEqual(changeLines(stepOf(r, 'sick')), ['read GET ${env:AGAINST_APP}/down: status 503, expected 200; the step would poll every 5s for up to 2m']);
    assert.equal(stepOf(r, 'notify', 'no-preview').note, 'no preview for this kind');
    assert.deepEqual(hits.sort(), ['GET /down', 'GET /ok?token=s3cret-token-value']);
    const m = stepOf(r, 'errors');
    assert.equal(m.preview!.summary, 'read: one measurement of each metric now on prom: error-rate successful, too-strict failed');
    assert.deepEqual(changeLines(m), [
      `read metric error-rate: 0.004 now: successful if measured now; the step measures error-rate (success: < 0.01; 3 × every 10s)`,
      `read metric too-strict: 0.004 now: failed if measured now; the step measures too-strict (success: < 0.001; once)`,
    ]);
    assert.equal(prom.of(metric).length, 2);
    assert.ok(!JSON.stringify(r).includes('s3cret-token-value'), 'the token is not in the result');
  });

  it('an answer that repeats a resolved secret is scrubbed from the failure', async () => {
    const r = await against({ steps: [{ id: 'bad', kind: 'http.check', url: 'http://${env:AGAINST_TOKEN}.invalid/x' }] });
    const s = stepOf(r, 'bad');
    assert.equal(s.status, 'previewed');
    // The resolver's error names the host it could not find: the token, masked.
    assert.match(changeLines(s)[0], /no answer \(getaddrinfo ENOTFOUND \*\*\*\.invalid\)/);
    assert.ok(!JSON.stringify(r).includes('s3cret-token-value'), JSON.stringify(r));
  });
});
