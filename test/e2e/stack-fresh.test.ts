// `scripts/stack.sh up` on a machine where this stack has never run: a fresh state folder and
// fresh ports, so every server initializes its data from nothing; then `down` stops them all.
import { after, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/stack';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stack-'));
const ports = {
  CUTOVER_TEMPORAL_PORT: 17233,
  CUTOVER_TEMPORAL_UI_PORT: 18233,
  CUTOVER_MYSQL_PORT: 13307,
  CUTOVER_REDIS_PORT: 16380,
  CUTOVER_REDIS2_PORT: 16381,
  CUTOVER_MOTO_PORT: 15055,
  CUTOVER_BOLT_PORT: 17687,
  CUTOVER_BOLT2_PORT: 17688,
  CUTOVER_POSTGRES_PORT: 15433,
  CUTOVER_PROMETHEUS_PORT: 19090,
  CUTOVER_TEST_EXPORTER_PORT: 19465,
  CUTOVER_TOXIPROXY_PORT: 18474,
};
const env = {
  ...process.env,
  CUTOVER_STACK_DIR: dir,
  CUTOVER_WORKER_METRICS_PORT: '19464', // scraped by this Prometheus; nothing serves it here
  ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
};

const run = (file: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeout?: number } = {}) =>
  new Promise<{ code: number; out: string; stdout: string }>((resolve) => {
    execFile(file, args, { env: opts.env ?? env, cwd: opts.cwd, timeout: opts.timeout ?? 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, out: `${stdout}${stderr}`, stdout }),
    );
  });
const stack = (cmd: string) => run('bash', [path.join(ROOT, 'scripts/stack.sh'), cmd], { timeout: 300_000 });

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

/** Polls `probe` until it returns a value other than undefined; fails with `what` after `ms`. */
async function eventually<T>(what: string, ms: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms${last ? ` (last error: ${last})` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const readEnv = () =>
  Object.fromEntries(
    fs.readFileSync(path.join(dir, 'stack.env'), 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  ) as Record<string, string>;

/** Processes whose command line names `needle`, and their children. */
function processesOf(needle: string): number[] {
  const procs = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).flatMap((p) => {
    try {
      const cmdline = fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').join(' ');
      const ppid = Number(/^\d+ \(.*\) \S (\d+)/s.exec(fs.readFileSync(`/proc/${p}/stat`, 'utf8'))?.[1]);
      return [{ pid: Number(p), ppid, cmdline }];
    } catch {
      return []; // gone meanwhile
    }
  });
  const roots = new Set(procs.filter((p) => p.cmdline.includes(needle)).map((p) => p.pid));
  return procs.filter((p) => roots.has(p.pid) || roots.has(p.ppid)).map((p) => p.pid);
}

let pgDataDir: string | undefined;
after(async () => {
  await stack('down');
  fs.rmSync(dir, { recursive: true, force: true });
  // A cluster kept outside the state folder (the postgres user could not reach it) goes too.
  const outside = pgDataDir && !pgDataDir.startsWith(dir) ? path.dirname(pgDataDir) : undefined;
  if (outside && /\/cutover-[0-9a-f]{12}$/.test(outside)) fs.rmSync(outside, { recursive: true, force: true });
});

it('comes up from nothing, says where everything listens, and goes down', async () => {
  const up = await stack('up');
  assert.equal(up.code, 0, up.out);
  for (const [name, port] of [
    ['temporal', 17233], ['mariadb', 13307], ['redis', 16380], ['postgres', 15433],
    ['prometheus', 19090], ['test-exporter', 19465], ['toxiproxy', 18474],
  ] as const) {
    assert.match(up.out, new RegExp(`${name}\\s+\\S*127\\.0\\.0\\.1:${port}\\s+up`), `${name} is reported up`);
  }
  assert.match(up.out, /^tofu\s+\/\S+\s+v\d+\.\d+\.\d+$/m, 'tofu is reported with its version');
  const written = fs.readFileSync(path.join(dir, 'stack.env'), 'utf8');
  assert.match(written, /TEMPORAL_ADDRESS=127\.0\.0\.1:17233/);
  assert.match(written, /CUTOVER_MYSQL_URL=mysql:\/\/cutover:cutover@127\.0\.0\.1:13307/);
  assert.match(written, /^CUTOVER_POSTGRES_URL=postgres:\/\/cutover:cutover@127\.0\.0\.1:15433$/m);
  assert.match(written, /^CUTOVER_PROMETHEUS_URL=http:\/\/127\.0\.0\.1:19090$/m);
  assert.match(written, /^CUTOVER_TEST_EXPORTER_URL=http:\/\/127\.0\.0\.1:19465$/m);
  assert.match(written, /^CUTOVER_TOXIPROXY_URL=http:\/\/127\.0\.0\.1:18474$/m);
  assert.ok(fs.existsSync(path.join(dir, 'mariadb/data/mysql')), 'MariaDB initialized its own data folder');
  const stackEnv = readEnv();

  // PostgreSQL: its own cluster, reachable from the state folder, password authentication over TCP.
  pgDataDir = stackEnv.CUTOVER_POSTGRES_DATA_DIR;
  assert.ok(fs.existsSync(path.join(pgDataDir, 'PG_VERSION')), 'PostgreSQL initialized its own cluster');
  assert.equal(fs.realpathSync(path.join(dir, 'postgres/data')), fs.realpathSync(pgDataDir), 'the cluster is found from the state folder');
  const psql = path.join(stackEnv.CUTOVER_PG_BIN, 'psql');
  const pgEnv = { ...env, PGPASSFILE: '/dev/null', PGPASSWORD: '' };
  const url = new URL(stackEnv.CUTOVER_POSTGRES_URL);
  const sql = async (u: URL, query: string) => run(psql, ['-X', '-A', '-t', '-c', query, u.href], { env: pgEnv });
  const dbs = await sql(new URL('/cutover_test', url), 'SELECT datname FROM pg_database ORDER BY 1');
  assert.equal(dbs.code, 0, dbs.out);
  for (const db of ['cutover_demo', 'cutover_test', 'cutover_test2']) assert.match(dbs.stdout, new RegExp(`^${db}$`, 'm'), db);
  const one = await sql(new URL('/cutover_demo', url), 'SELECT 1');
  assert.equal(one.stdout.trim(), '1', one.out);
  const wrong = new URL('/cutover_demo', url);
  wrong.password = 'not-the-password';
  const refused = await sql(wrong, 'SELECT 1');
  assert.notEqual(refused.code, 0, 'a wrong password is refused');
  assert.match(refused.out, /password authentication failed/);

  // Prometheus scrapes the test exporter: a value set there comes back from a query.
  const prom = stackEnv.CUTOVER_PROMETHEUS_URL;
  const exporter = stackEnv.CUTOVER_TEST_EXPORTER_URL;
  const put = await fetch(`${exporter}/metrics/cutover_stack_probe`, {
    method: 'PUT', body: JSON.stringify({ labels: { part: 'fresh' }, value: 0.5 }),
  });
  assert.equal(put.status, 204);
  assert.match(await (await fetch(`${exporter}/metrics`)).text(), /^cutover_stack_probe\{part="fresh"\} 0\.5$/m);
  await eventually('the exporter target is up', 30_000, async () => {
    const body = (await (await fetch(`${prom}/api/v1/targets`)).json()) as { data: { activeTargets: { labels: { job: string }; health: string }[] } };
    return body.data.activeTargets.some((t) => t.labels.job === 'cutover-test-exporter' && t.health === 'up') || undefined;
  });
  const sample = await eventually('the probe value is scraped', 30_000, async () => {
    const body = (await (await fetch(`${prom}/api/v1/query?query=${encodeURIComponent('cutover_stack_probe{part="fresh"}')}`)).json()) as {
      data: { result: { metric: Record<string, string>; value: [number, string] }[] };
    };
    return body.data.result[0];
  });
  assert.equal(sample.value[1], '0.5');
  assert.equal(sample.metric.job, 'cutover-test-exporter');
  const targets = (await (await fetch(`${prom}/api/v1/targets`)).json()) as { data: { activeTargets: { labels: { job: string }; scrapeUrl: string }[] } };
  assert.ok(targets.data.activeTargets.some((t) => t.labels.job === 'cutover-worker' && t.scrapeUrl === 'http://127.0.0.1:19464/metrics'), 'the worker is a target');

  // Toxiproxy: a proxy made through its API carries a PostgreSQL connection.
  const toxiproxy = stackEnv.CUTOVER_TOXIPROXY_URL;
  const version = await fetch(`${toxiproxy}/version`);
  assert.equal(version.status, 200);
  assert.ok((await version.text()).trim(), 'toxiproxy names its version');
  const created = await fetch(`${toxiproxy}/proxies`, {
    method: 'POST', body: JSON.stringify({ name: 'postgres', listen: '127.0.0.1:0', upstream: `127.0.0.1:${ports.CUTOVER_POSTGRES_PORT}` }),
  });
  assert.equal(created.status, 201, await created.clone().text());
  const proxyPort = Number(((await created.json()) as { listen: string }).listen.split(':').pop());
  const viaProxy = new URL('/cutover_test', url);
  viaProxy.port = String(proxyPort);
  const proxied = await sql(viaProxy, 'SELECT 2');
  assert.equal(proxied.stdout.trim(), '2', proxied.out);

  // OpenTofu: a built-in resource, a local-exec provisioner and the local backend, with no network.
  const tofu = stackEnv.CUTOVER_TOFU_BIN;
  assert.match((await run(tofu, ['version'])).stdout, /^OpenTofu v\d+\.\d+\.\d+$/m);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tofu-'));
  try {
    fs.writeFileSync(path.join(work, 'main.tf'), [
      'terraform {\n  backend "local" {}\n}',
      'variable "word" {\n  default = "fresh"\n}',
      'resource "terraform_data" "probe" {\n  input = var.word\n  provisioner "local-exec" {\n    command = "echo ${self.input} > made.txt"\n  }\n}',
      'output "word" {\n  value = terraform_data.probe.output\n}',
    ].join('\n'));
    fs.writeFileSync(path.join(work, 'cli.tfrc'), '');
    // Any download would go to a closed port and fail.
    const offline = { ...env, TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: path.join(work, 'cli.tfrc'), HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9' };
    const init = await run(tofu, ['init', '-input=false', '-no-color'], { env: offline, cwd: work });
    assert.equal(init.code, 0, init.out);
    const apply = await run(tofu, ['apply', '-auto-approve', '-input=false', '-no-color'], { env: offline, cwd: work });
    assert.equal(apply.code, 0, apply.out);
    assert.equal(fs.readFileSync(path.join(work, 'made.txt'), 'utf8').trim(), 'fresh');
    assert.equal((await run(tofu, ['output', '-raw', 'word'], { env: offline, cwd: work })).stdout, 'fresh');
    assert.ok(fs.existsSync(path.join(work, 'terraform.tfstate')), 'state in the local backend');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }

  const again = await stack('up');
  assert.equal(again.code, 0, 'up is idempotent');
  assert.match(again.out, /already answering/);
  assert.doesNotMatch(again.out, /initdb|building/, 'nothing is initialized or built twice');
  assert.equal((await stack('status')).code, 0);

  const postgresProcesses = processesOf(pgDataDir);
  assert.ok(postgresProcesses.length > 1, 'the postmaster and its children are found');
  const down = await stack('down');
  assert.equal(down.code, 0, down.out);
  for (const port of [...Object.values(ports), proxyPort]) assert.equal(await listening(port), false, `port ${port} is closed after down`);
  assert.deepEqual(processesOf(pgDataDir), [], 'no PostgreSQL process is left for the data folder');
  assert.ok(postgresProcesses.every((pid) => !fs.existsSync(`/proc/${pid}`)), 'every PostgreSQL process has exited');
  assert.equal(fs.existsSync(path.join(pgDataDir, 'postmaster.pid')), false, 'PostgreSQL shut down cleanly');
  assert.notEqual((await stack('status')).code, 0, 'status fails when the stack is down');
});
