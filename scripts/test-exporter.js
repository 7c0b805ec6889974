#!/usr/bin/env node
// A Prometheus exporter whose values the tests set: the local stack's Prometheus scrapes it, so a
// test can make a metric take the value it needs and watch what a PromQL query then answers.
//   node scripts/test-exporter.js [port]        (default 9465, or CUTOVER_TEST_EXPORTER_PORT; 127.0.0.1 only)
//
// HTTP API (plain JSON, no dependencies):
//   GET    /metrics              all series in the Prometheus text format (version 0.0.4)
//   PUT    /metrics/<name>       body { "labels": { "k": "v" }, "value": 0.5, "type": "gauge", "help": "…" }
//                                sets the series of <name> with exactly these labels (labels optional,
//                                value a number or "NaN", "+Inf", "-Inf"; type gauge | counter | untyped,
//                                default gauge, and help are per metric: the last PUT that gives them wins)
//   DELETE /metrics/<name>       removes every series of <name>; with a body { "labels": {…} } only that one
//   DELETE /metrics              removes everything
//   GET    /healthz              200 "ok"
// Answers 204 to a PUT or DELETE that succeeded, 400 with { "error": "…" } to a bad request.
'use strict';
const http = require('node:http');

const port = Number(process.argv[2] || process.env.CUTOVER_TEST_EXPORTER_PORT || 9465);
const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set(['gauge', 'counter', 'untyped']);

/** name -> { type, help, series: Map<label key, { labels, value }> } */
const metrics = new Map();

class BadRequest extends Error {}

function labelsOf(body) {
  const labels = body.labels ?? {};
  if (typeof labels !== 'object' || Array.isArray(labels)) throw new BadRequest('labels must be an object');
  for (const [k, v] of Object.entries(labels)) {
    if (!LABEL.test(k) || k.startsWith('__')) throw new BadRequest(`bad label name ${JSON.stringify(k)}`);
    if (typeof v !== 'string') throw new BadRequest(`label ${k} must be a string`);
  }
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function valueOf(body) {
  const v = body.value;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (v === 'NaN' || v === '+Inf' || v === '-Inf') return v;
  throw new BadRequest('value must be a finite number or "NaN", "+Inf", "-Inf"');
}

const escapeLabel = (s) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const escapeHelp = (s) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

function exposition() {
  let out = '';
  for (const [name, m] of [...metrics].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (m.series.size === 0) continue;
    if (m.help) out += `# HELP ${name} ${escapeHelp(m.help)}\n`;
    out += `# TYPE ${name} ${m.type}\n`;
    for (const { labels, value } of m.series.values()) {
      const ls = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',');
      out += `${name}${ls ? `{${ls}}` : ''} ${value}\n`;
    }
  }
  return out;
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (data += c));
    req.on('error', reject);
    req.on('end', () => {
      if (!data.trim()) return resolve({});
      try {
        const body = JSON.parse(data);
        if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error();
        resolve(body);
      } catch {
        reject(new BadRequest('the body must be a JSON object'));
      }
    });
  });
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://exporter');
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (req.method === 'GET' && url.pathname === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
  } else if (req.method === 'GET' && url.pathname === '/metrics') {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(exposition());
  } else if (req.method === 'DELETE' && url.pathname === '/metrics') {
    metrics.clear();
    res.writeHead(204).end();
  } else if ((req.method === 'PUT' || req.method === 'DELETE') && parts.length === 2 && parts[0] === 'metrics') {
    const name = parts[1];
    if (!NAME.test(name)) throw new BadRequest(`bad metric name ${JSON.stringify(name)}`);
    const body = await readJson(req);
    if (req.method === 'DELETE') {
      if (body.labels === undefined) metrics.delete(name);
      else metrics.get(name)?.series.delete(JSON.stringify(labelsOf(body)));
    } else {
      const labels = labelsOf(body);
      const value = valueOf(body);
      if (body.type !== undefined && !TYPES.has(body.type)) throw new BadRequest('type must be gauge, counter or untyped');
      if (body.help !== undefined && typeof body.help !== 'string') throw new BadRequest('help must be a string');
      const m = metrics.get(name) ?? { type: 'gauge', help: '', series: new Map() };
      if (body.type) m.type = body.type;
      if (body.help !== undefined) m.help = body.help;
      m.series.set(JSON.stringify(labels), { labels, value });
      metrics.set(name, m);
    }
    res.writeHead(204).end();
  } else {
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
  }
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    const status = err instanceof BadRequest ? 400 : 500;
    if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: err.message }));
  });
});
server.listen(port, '127.0.0.1', () => console.log(`test exporter on http://127.0.0.1:${port}/metrics`));
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => process.exit(0));
