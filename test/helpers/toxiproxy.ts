// TCP proxies of the stack's Toxiproxy for e2e tests that need a system to answer slowly: a proxy
// of its own in front of a server (a free port on loopback), a latency toxic added and taken away.
import { randomUUID } from 'node:crypto';
import { stackEnv } from './stack';

export interface SlowLink {
  /** `url` with its host and port replaced by the proxy's. */
  url: string;
  /** Every answer through the proxy waits `ms` (downstream latency) until `fast()`. */
  slow(ms: number): Promise<void>;
  fast(): Promise<void>;
  close(): Promise<void>;
}

async function api(method: string, path: string, body?: unknown): Promise<any> {
  const base = stackEnv().CUTOVER_TOXIPROXY_URL;
  if (!base) throw new Error('stack.env has no CUTOVER_TOXIPROXY_URL; run: scripts/stack.sh up');
  const res = await fetch(`${base}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  if (!res.ok && !(method === 'DELETE' && res.status === 404)) throw new Error(`toxiproxy ${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? undefined : res.json().catch(() => undefined);
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
