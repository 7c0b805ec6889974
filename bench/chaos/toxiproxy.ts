// The Toxiproxy HTTP API (v2.5): proxies between the workers and each target, and the toxics
// that inject the network faults.
export class Toxiproxy {
  constructor(readonly url: string) {}

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const res = await fetch(`${this.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    if (!res.ok && !(method === 'DELETE' && res.status === 404)) throw new Error(`toxiproxy ${method} ${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }

  /** Creates (or re-creates) a proxy listening on `listen` that forwards to `upstream`. */
  async proxy(name: string, listen: string, upstream: string): Promise<void> {
    await this.call('DELETE', `/proxies/${name}`);
    await this.call('POST', '/proxies', { name, listen, upstream, enabled: true });
  }

  async toxic(proxy: string, toxic: { name: string; type: string; stream?: 'upstream' | 'downstream'; attributes: Record<string, number> }): Promise<void> {
    await this.call('POST', `/proxies/${proxy}/toxics`, { toxicity: 1, stream: 'downstream', ...toxic });
  }

  async removeToxic(proxy: string, name: string): Promise<void> {
    await this.call('DELETE', `/proxies/${proxy}/toxics/${name}`);
  }

  async enable(proxy: string, enabled: boolean): Promise<void> {
    await this.call('POST', `/proxies/${proxy}`, { enabled });
  }

  /** Every proxy enabled again and every toxic gone (between runs). */
  async reset(): Promise<void> {
    await this.call('POST', '/reset');
  }
}
