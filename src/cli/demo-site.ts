// The endpoints the demo plans check: a tiny HTTP service on loopback. /health is release 1,
// healthy; /v2/health is the release plans/demo-rollback.yaml brings, which is not.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export async function startDemoSite(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'healthy', service: 'demo' }));
    } else if (req.url === '/v2/health') {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'failing', service: 'demo', release: 2, failing: ['invoices: no route to the billing queue'] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
