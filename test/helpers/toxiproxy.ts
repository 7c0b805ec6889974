// TCP proxies of the stack's Toxiproxy for e2e tests that need a system to answer slowly: a proxy
// of its own in front of a server (a free port on loopback), a latency toxic added and taken away.
import { randomUUID } from 'node:crypto';
import { pollFor } from './poll';
import { stackEnv } from './stack';

export interface SlowLink {
  /** `url` with its host and port replaced by the proxy's. */
  url: string;
  /** Every answer through the proxy waits `ms` (downstream latency) until `fast()`. */
  slow(ms: number): Promise<void>;
  fast(): Promise<void>;
  close(): Promise<void>;
}

async function call(method: string, path: string, body?: unknown): Promise<any> {
  const base = stackEnv().CUTOVER_TOXIPROXY_URL;
  if (!base) throw new Error('stack.env has no CUTOVER_TOXIPROXY_URL; run: scripts/stack.sh up');
  const res = await fetch(`${base}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  if (!res.ok && !(method === 'DELETE' && res.status === 404)) throw Object.assign(new Error(`toxiproxy ${method} ${path}: ${res.status} ${await res.text()}`), { status: res.status });
  return res.status === 204 ? undefined : res.json().catch(() => undefined);
}

/**
 * A DELETE is tried again while Toxiproxy answers 503: its API gives up on a request after a few
 * seconds, and taking a toxic off a link whose connections are being torn down (a killed worker's)
 * can take longer. Deleting again is safe: what is gone answers 404, which counts as done.
 */
async function api(method: string, path: string, body?: unknown): Promise<any> {
  if (method !== 'DELETE') return call(method, path, body);
  let last: (Error & { status?: number }) | undefined;
  await pollFor(
    `toxiproxy ${method} ${path}`,
    () => call(method, path).then(() => true, (err: Error & { status?: number }) => ((last = err), false)),
    (done) => done,
    { ms: 60_000, everyMs: 200, stop: () => (last && last.status !== 503 ? last.message : undefined) },
  ).catch((err: Error) => {
    throw last ?? err;
  });
}

/** A proxy in front of the server of `url` (mysql://, postgres://, redis://). */
export async function slowLink(url: string): Promise<SlowLink> {
  const u = new URL(url);
  const name = `e2e-${randomUUID()}`;
  const proxy = await api('POST', '/proxies', { name, listen: '127.0.0.1:0', upstream: `${u.hostname}:${u.port}`, enabled: true });
  const via = new URL(url);
  via.port = String(new URL(`tcp://${proxy.listen}`).port);
  return {
    url: via.toString(),
    async slow(ms) {
      await api('DELETE', `/proxies/${name}/toxics/latency`);
      await api('POST', `/proxies/${name}/toxics`, { name: 'latency', type: 'latency', stream: 'downstream', attributes: { latency: ms } });
    },
    fast: () => api('DELETE', `/proxies/${name}/toxics/latency`),
    close: () => api('DELETE', `/proxies/${name}`),
  };
}
