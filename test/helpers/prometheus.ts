// The local stack's Prometheus and the test exporter it scrapes every second: a test sets a value
// with `PUT /metrics/<name>`, waits until Prometheus has scraped it, and watches what a step's
// queries then see. Metric names are unique per test (other test files use the exporter at the
// same time). A counting proxy in front of Prometheus records every query the step sends.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { pollFor } from './poll';
import { stackEnv } from './stack';

export function prometheusUrl(): string {
  const url = stackEnv().CUTOVER_PROMETHEUS_URL;
  if (!url) throw new Error('stack.env has no CUTOVER_PROMETHEUS_URL; run: scripts/stack.sh up');
  return url;
}

function exporterUrl(): string {
  const url = stackEnv().CUTOVER_TEST_EXPORTER_URL;
  if (!url) throw new Error('stack.env has no CUTOVER_TEST_EXPORTER_URL; run: scripts/stack.sh up');
  return url;
}

/** A metric name no other test uses. */
export const uniqueMetric = (what: string) => `cutover_test_${what}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;

/** Sets one series of `name` on the exporter (labels optional; "NaN", "+Inf" allowed). */
export async function setMetric(name: string, value: number | 'NaN' | '+Inf' | '-Inf', labels: Record<string, string> = {}): Promise<void> {
  const res = await fetch(`${exporterUrl()}/metrics/${name}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ labels, value }) });
  if (res.status !== 204) throw new Error(`test exporter answered ${res.status} to PUT ${name}: ${await res.text()}`);
}

export async function deleteMetric(name: string): Promise<void> {
  await fetch(`${exporterUrl()}/metrics/${name}`, { method: 'DELETE' });
}

/** What Prometheus answers now to an instant query: each series' value as text. */
export async function promValues(query: string): Promise<string[]> {
  const res = await fetch(`${prometheusUrl()}/api/v1/query?${new URLSearchParams({ query })}`);
  const body = (await res.json()) as { data?: { result?: Array<{ value: [number, string] }> } };
  return (body.data?.result ?? []).map((r) => r.value[1]);
}

/** Waits until Prometheus has scraped what the test set: the query answers with exactly `values`. */
export async function untilScraped(query: string, values: string[]): Promise<void> {
  const want = [...values].sort();
  await pollFor(`Prometheus to answer ${query} with ${values.join(', ')}`, async () => (await promValues(query)).sort(), (v) => JSON.stringify(v) === JSON.stringify(want), {
    ms: 20_000,
    everyMs: 200,
  });
}

export interface CountedQuery {
  /** When the proxy received it (epoch ms). */
  at: number;
  query: string;
}

/** A loopback HTTP proxy in front of Prometheus that records every `/api/v1/query` it forwards. */
export interface CountingProxy {
  url: string;
  queries: CountedQuery[];
  /** The queries whose PromQL is `query`. */
  of(query: string): CountedQuery[];
  close(): Promise<void>;
}

export async function countingProxy(target = prometheusUrl()): Promise<CountingProxy> {
  const queries: CountedQuery[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = Date.now();
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://proxy');
      if (url.pathname.endsWith('/api/v1/query')) {
        const form = new URLSearchParams(body.toString('utf8'));
        queries.push({ at, query: form.get('query') ?? url.searchParams.get('query') ?? '' });
      }
      const headers: Record<string, string> = {};
      if (req.headers['content-type']) headers['content-type'] = String(req.headers['content-type']);
      fetch(`${target}${url.pathname}${url.search}`, { method: req.method, headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body })
        .then(async (up) => {
          const out = Buffer.from(await up.arrayBuffer());
          res.writeHead(up.status, { 'content-type': up.headers.get('content-type') ?? 'application/json' });
          res.end(out);
        })
        .catch((err: Error) => {
          res.writeHead(502, { 'content-type': 'text/plain' });
          res.end(`counting proxy: ${err.message}`);
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    queries,
    of: (query) => queries.filter((q) => q.query === query),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
