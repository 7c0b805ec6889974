// Load: many runs of a short, realistic plan at once against one cutover worker process, with the
// SDK's default worker settings and with tuned ones, side by side in one run of the benchmark.
// Usage: node --import tsx bench/load.ts [--runs 100,500] [--profiles default,tuned] [--rounds 1]
//          [--profile:<name> KEY=VALUE,…] [--followers 10] [--deadline-min 20] [--json FILE] [--keep-logs]
// (the stack must be up: scripts/stack.sh up). See bench/README.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { loadConfig } from '../src/config';
import { parsePlan } from '../src/plan/load';
import type { Plan } from '../src/plan/types';
import { stackEnv } from '../test/helpers/stack';
import { cleanup, database, keyPrefix, prepare, REDIS_DB, startSite, type Stores } from './load/fixtures';
import { drive, type Driven } from './load/runs';
import { histogramCount, histogramQuantile, parseMetrics, percentile, total, type Sample } from './load/stats';
import { listenerPid, listeningPorts, sampleProcess, type Usage } from './load/usage';

const HERE = path.join(__dirname, 'load');
const PLAN_FILE = path.join(HERE, 'plan.yaml');
const GATE = 'go-live';

/**
 * Worker settings compared; `default` sets nothing (the Temporal SDK's defaults: 100 activities and
 * 40 workflow tasks at once, 10 pollers each); BENCHMARKS.md ("Load") compares the others with it.
 */
export const PROFILES: Record<string, Record<string, string>> = {
  default: {},
  tuned: { CUTOVER_MAX_CONCURRENT_ACTIVITIES: '20', CUTOVER_MAX_CONCURRENT_WORKFLOW_TASKS: '10' },
  // More workflow-task pollers: a fifth of them poll the normal queue, where every run's first task waits.
  polls: { CUTOVER_WORKFLOW_TASK_POLLS: '40' },
};

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** A `cutover worker` process for one case; resolves once it polls. */
async function startWorker(env: Record<string, string>, logFile: string): Promise<ChildProcess> {
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, 'worker.ts')], {
    env: { ...process.env, ...env },
    cwd: path.resolve(__dirname, '..'),
    stdio: ['ignore', 'pipe', log],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start within 120 s (log: ${logFile})`)), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      fs.writeSync(log, d);
      if (out.length < 1e5) out += d.toString();
      if (out.includes('worker polling')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code} (log: ${logFile})`)));
  });
  return child;
}

async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

const scrape = async (url: string): Promise<Sample[]> => {
  try {
    return parseMetrics(await (await fetch(url, { signal: AbortSignal.timeout(60_000) })).text());
  } catch {
    return [];
  }
};

/** The Temporal dev server's metrics endpoint (start-dev picks a random port for it), if found. */
async function findServerMetrics(pid: number | undefined, address: string): Promise<string | undefined> {
  if (!pid) return undefined;
  const grpc = Number(address.split(':').pop());
  for (const port of listeningPorts(pid).filter((p) => p !== grpc)) {
    const url = `http://127.0.0.1:${port}/metrics`;
    try {
      const text = await (await fetch(url, { signal: AbortSignal.timeout(30_000) })).text();
      // The server's own metrics (its service names), not the UI's or a pprof port.
      if (text.includes('service_name="history"')) return url;
    } catch {
      // not this one
    }
  }
  return undefined;
}

interface CaseResult {
  profile: string;
  settings: Record<string, string>;
  runs: number;
  wallMs: number;
  driven: Driven;
  worker: Usage;
  server?: Usage;
  sdk: Sample[];
  serverMetrics: Sample[];
  taskQueue: string;
  loadAverage: number;
}

/** The machine's 1-minute load average, sampled every second until stopped; returns the mean. */
function sampleLoad(): { stop(): number } {
  const xs: number[] = [];
  const read = () => xs.push(Number(fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]));
  read();
  const timer = setInterval(read, 1000);
  return { stop: () => (clearInterval(timer), xs.reduce((a, b) => a + b, 0) / xs.length) };
}

interface Env {
  client: Client;
  stores: Stores;
  siteUrl: string;
  serverPid?: number;
  serverMetricsUrl?: string;
}

async function runCase({ client, stores, siteUrl, serverPid, serverMetricsUrl }: Env, profile: string, n: number, followers: number, deadlineMs: number): Promise<CaseResult> {
  const settings = PROFILES[profile];
  const caseId = randomBytes(3).toString('hex');
  const keys = Array.from({ length: n }, (_, i) => `${caseId}_${i}`);
  const text = fs.readFileSync(PLAN_FILE, 'utf8');
  const plans: { key: string; plan: Plan }[] = keys.map((key) => ({
    key,
    plan: parsePlan(text, {
      file: PLAN_FILE,
      baseDir: HERE,
      set: [`targets.appDb.url=\${env:CUTOVER_LOAD_MYSQL}/${database(key)}`, `steps.cache.pattern=${keyPrefix(key)}*`, `steps.health.url=\${env:CUTOVER_LOAD_SITE}/health/${key}`],
    }),
  }));
  await prepare(stores, keys);
  // Underscores only: the server's metrics name the task queue with them.
  const taskQueue = `bench_load_${profile}_${n}_${caseId}`;
  const metricsPort = await freePort();
  const logFile = path.join(os.tmpdir(), `${taskQueue}.log`);
  const worker = await startWorker(
    {
      ...settings,
      TEMPORAL_TASK_QUEUE: taskQueue,
      CUTOVER_METRICS_ADDRESS: `127.0.0.1:${metricsPort}`,
      CUTOVER_LOAD_MYSQL: stores.mysqlUrl,
      CUTOVER_LOAD_REDIS: `${stores.redisUrl}/${REDIS_DB}`,
      CUTOVER_LOAD_REDIS2: `${stores.redis2Url}/${REDIS_DB}`,
      CUTOVER_LOAD_SITE: siteUrl,
    },
    logFile,
  );
  const workerUsage = sampleProcess(worker.pid!);
  const serverUsage = serverPid ? sampleProcess(serverPid) : undefined;
  const load = sampleLoad();
  const t0 = performance.now();
  let driven: Driven;
  try {
    driven = await drive(client, loadConfig(), plans, { taskQueue, gate: GATE, followers, deadlineMs });
  } catch (err) {
    workerUsage.stop();
    serverUsage?.stop();
    load.stop();
    await stopWorker(worker);
    throw err;
  }
  const wallMs = performance.now() - t0;
  const loadAverage = load.stop();
  const worker_ = workerUsage.stop();
  const server = serverUsage?.stop();
  const sdk = await scrape(`http://127.0.0.1:${metricsPort}/metrics`);
  const serverMetrics = serverMetricsUrl ? (await scrape(serverMetricsUrl)).filter((s) => s.labels.taskqueue === taskQueue) : [];
  if (serverMetricsUrl && serverMetrics.length === 0) console.error('[load]   the server metrics could not be read');
  await stopWorker(worker);
  await cleanup(
    stores,
    driven.outcomes.map((o) => ({ key: o.key, runId: o.status?.runId })),
  );
  const failed = driven.outcomes.filter((o) => o.status?.state !== 'succeeded');
  if (process.argv.includes('--keep-logs')) {
    fs.writeFileSync(logFile.replace(/\.log$/, '.metrics.json'), JSON.stringify({ sdk, server: serverMetrics }));
  }
  if (failed.length === 0 && !process.argv.includes('--keep-logs')) fs.rmSync(logFile, { force: true });
  else console.error(`[load]   worker log: ${logFile}`);
  return { profile, settings, runs: n, wallMs, driven, worker: worker_, server, sdk, serverMetrics, taskQueue, loadAverage };
}

// --- report ---------------------------------------------------------------------------------

const ms = (iso?: string) => (iso ? Date.parse(iso) : NaN);

interface Row {
  label: string;
  values: number[];
  unit: string;
  /** Ratios make no sense for counts that should be zero. */
  ratio?: boolean;
  digits?: number;
}

function measures(r: CaseResult): Row[] {
  const ok = r.driven.outcomes.filter((o) => o.status?.state === 'succeeded');
  const statuses = ok.map((o) => o.status!);
  const e2e = ok.map((o) => (o.endedAtMs! - o.startedAtMs) / 1000);
  const firstStep = ok.map((o) => ms(o.status!.steps[0].startedAt) - o.startedAtMs);
  const stepIds = statuses[0]?.steps.map((s) => s.id) ?? [];
  const rows: Row[] = [
    { label: 'runs failed or stuck', values: [r.driven.outcomes.length - ok.length], unit: '', ratio: false, digits: 0 },
    { label: 'step attempts beyond the first', values: [statuses.reduce((a, st) => a + st.steps.reduce((b, x) => b + Math.max(0, x.attempts - 1), 0), 0)], unit: '', ratio: false, digits: 0 },
    { label: 'wall time, all runs', values: [r.wallMs / 1000], unit: 's' },
    { label: 'runs finished per second', values: [ok.length / (r.wallMs / 1000)], unit: 'runs/s', digits: 2 },
    { label: 'run end to end p50 / p99', values: [percentile(e2e, 50), percentile(e2e, 99)], unit: 's', digits: 2 },
    { label: 'start → first step p50 / p99', values: [percentile(firstStep, 50), percentile(firstStep, 99)], unit: 'ms', digits: 0 },
  ];
  for (const id of stepIds) {
    const d = statuses.map((s) => s.steps.find((x) => x.id === id)!).map((s) => ms(s.endedAt) - ms(s.startedAt));
    const kind = statuses[0].steps.find((x) => x.id === id)!.kind;
    rows.push({ label: `step ${id} (${kind}) p50 / p99`, values: [percentile(d, 50), percentile(d, 99)], unit: 'ms', digits: 0 });
  }
  const q = r.driven.statusQueryMs;
  rows.push({ label: `status query (${q.length} by followers) p50 / p99`, values: [percentile(q, 50), percentile(q, 99)], unit: 'ms', digits: 0 });
  rows.push(
    { label: 'worker peak RSS', values: [r.worker.peakRss / 2 ** 20], unit: 'MB', digits: 0 },
    { label: 'worker CPU: average / busiest second', values: [r.worker.avgCores, r.worker.peakCores], unit: 'cores', digits: 2 },
    { label: 'worker CPU time / time it waited for a CPU', values: [r.worker.cpuSeconds, r.worker.waitedSeconds], unit: 's', digits: 1 },
  );
  if (r.server) {
    rows.push(
      { label: 'Temporal server CPU: average / busiest second', values: [r.server.avgCores, r.server.peakCores], unit: 'cores', digits: 2 },
      { label: 'Temporal server CPU time / time it waited for a CPU', values: [r.server.cpuSeconds, r.server.waitedSeconds], unit: 's', digits: 1 },
    );
  }
  rows.push({ label: 'machine load average (1 min, mean while running)', values: [r.loadAverage], unit: '', ratio: false, digits: 1 });
  const s = r.serverMetrics;
  if (s.length) {
    const act = { task_type: 'Activity' };
    const normal = { task_type: 'Workflow', partition: '__normal__' };
    const sticky = { task_type: 'Workflow', partition: '__sticky__' };
    const q = (m: Record<string, string>, x: number) => histogramQuantile(s, 'task_schedule_to_start_latency', x, m) * 1000;
    rows.push(
      { label: 'server: workflow tasks on the normal / sticky queue', values: [histogramCount(s, 'task_schedule_to_start_latency', normal), histogramCount(s, 'task_schedule_to_start_latency', sticky)], unit: '', ratio: false, digits: 0 },
      { label: 'server: normal-queue workflow task schedule-to-start p50 / p99', values: [q(normal, 0.5), q(normal, 0.99)], unit: 'ms', digits: 0 },
      { label: 'server: sticky-queue workflow task schedule-to-start p50 / p99', values: [q(sticky, 0.5), q(sticky, 0.99)], unit: 'ms', digits: 0 },
      { label: 'server: activity schedule-to-start p50 / p99', values: [q(act, 0.5), q(act, 0.99)], unit: 'ms', digits: 0 },
    );
  }
  const k = r.sdk;
  if (k.length) {
    rows.push(
      { label: 'sdk: workflow task execution p50 / p99', values: [histogramQuantile(k, 'temporal_workflow_task_execution_latency', 0.5), histogramQuantile(k, 'temporal_workflow_task_execution_latency', 0.99)], unit: 'ms', digits: 0 },
      { label: 'sdk: workflow tasks / of them failed', values: [histogramCount(k, 'temporal_workflow_task_execution_latency'), total(k, 'temporal_workflow_task_execution_failed')], unit: '', ratio: false, digits: 0 },
      { label: 'sdk: sticky cache hits / misses', values: [total(k, 'temporal_sticky_cache_hit'), total(k, 'temporal_sticky_cache_miss')], unit: '', ratio: false, digits: 0 },
      { label: 'sdk: activity schedule-to-start p50 / p99', values: [histogramQuantile(k, 'temporal_activity_schedule_to_start_latency', 0.5), histogramQuantile(k, 'temporal_activity_schedule_to_start_latency', 0.99)], unit: 'ms', digits: 0 },
    );
  }
  return rows;
}

const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–');

function table(results: CaseResult[]): string {
  const [base, ...others] = results;
  const rowsOf = results.map(measures);
  const cols = [...results.map((r) => r.profile), ...others.map((o) => `${o.profile} / ${base.profile}`)];
  const lines = [`| measure | ${cols.join(' | ')} |`, `|---|${cols.map(() => '---|').join('')}`];
  rowsOf[0].forEach((row, i) => {
    const cells = rowsOf.map((rows) => {
      const r = rows.find((x) => x.label === row.label) ?? rows[i];
      return `${r.values.map((v) => fmt(v, r.digits)).join(' / ')}${r.unit ? ` ${r.unit}` : ''}`;
    });
    const ratios = others.map((_, j) => {
      const r = rowsOf[j + 1].find((x) => x.label === row.label);
      if (!r || row.ratio === false) return '';
      return r.values.map((v, x) => (row.values[x] ? `${(v / row.values[x]).toFixed(2)}×` : '–')).join(' / ');
    });
    lines.push(`| ${row.label} | ${[...cells, ...ratios].join(' | ')} |`);
  });
  return lines.join('\n');
}

/** One result of several rounds of a case: samples pooled, CPU summed, peaks the highest. */
function pool(rounds: CaseResult[]): CaseResult {
  if (rounds.length === 1) return rounds[0];
  const usage = (us: Usage[]): Usage => {
    const wall = us.reduce((a, u) => a + (u.avgCores ? u.cpuSeconds / u.avgCores : 0), 0);
    const cpu = us.reduce((a, u) => a + u.cpuSeconds, 0);
    return {
      peakRss: Math.max(...us.map((u) => u.peakRss)),
      cpuSeconds: cpu,
      avgCores: wall ? cpu / wall : 0,
      peakCores: Math.max(...us.map((u) => u.peakCores)),
      waitedSeconds: us.reduce((a, u) => a + u.waitedSeconds, 0),
    };
  };
  const servers = rounds.map((r) => r.server).filter((u): u is Usage => !!u);
  return {
    ...rounds[0],
    wallMs: rounds.reduce((a, r) => a + r.wallMs, 0) / rounds.length,
    driven: {
      outcomes: rounds.flatMap((r) => r.driven.outcomes),
      statusQueryMs: rounds.flatMap((r) => r.driven.statusQueryMs),
      approvals: rounds.reduce((a, r) => a + r.driven.approvals, 0),
      refusedApprovals: rounds.reduce((a, r) => a + r.driven.refusedApprovals, 0),
      approvalErrors: rounds.flatMap((r) => r.driven.approvalErrors),
    },
    worker: usage(rounds.map((r) => r.worker)),
    server: servers.length ? usage(servers) : undefined,
    sdk: rounds.flatMap((r) => r.sdk),
    serverMetrics: rounds.flatMap((r) => r.serverMetrics),
    loadAverage: rounds.reduce((a, r) => a + r.loadAverage, 0) / rounds.length,
  };
}

async function main() {
  const counts = arg('runs', '100,500').split(',').map(Number);
  const profiles = arg('profiles', 'default,tuned').split(',');
  const rounds = Number(arg('rounds', '1'));
  const followers = Number(arg('followers', '10'));
  const deadlineMs = Number(arg('deadline-min', '20')) * 60_000;
  // `--profile:<name> KEY=VALUE,…` defines or replaces a profile (to try settings).
  for (let i = 2; i < process.argv.length - 1; i++) {
    const m = /^--profile:(\w+)$/.exec(process.argv[i]);
    if (m) PROFILES[m[1]] = Object.fromEntries(process.argv[i + 1].split(',').filter(Boolean).map((kv) => kv.split('=') as [string, string]));
  }
  for (const p of profiles) if (!PROFILES[p]) throw new Error(`unknown profile ${p}; known: ${Object.keys(PROFILES).join(', ')}`);
  const env = stackEnv();
  const stores: Stores = { mysqlUrl: env.CUTOVER_MYSQL_URL, redisUrl: env.CUTOVER_REDIS_URL, redis2Url: env.CUTOVER_REDIS2_URL };
  const client = new Client({ connection: await Connection.connect({ address: env.TEMPORAL_ADDRESS }) });
  const site = await startSite();
  const serverPid = listenerPid(Number(env.TEMPORAL_ADDRESS.split(':').pop()));
  const ctx: Env = { client, stores, siteUrl: site.url, serverPid, serverMetricsUrl: await findServerMetrics(serverPid, env.TEMPORAL_ADDRESS) };
  if (!ctx.serverMetricsUrl) console.error('[load] the Temporal server\'s metrics endpoint was not found: its rows are left out');
  const all: CaseResult[] = [];
  let failures = 0;
  const out: string[] = [];
  try {
    for (const n of counts) {
      const byProfile = new Map<string, CaseResult[]>(profiles.map((p) => [p, []]));
      for (let round = 0; round < rounds; round++) {
        // Alternate the order so that a machine getting busier or quieter weighs on both alike.
        for (const p of round % 2 ? [...profiles].reverse() : profiles) {
          console.error(`[load] ${n} runs, ${p} settings ${JSON.stringify(PROFILES[p])}, round ${round + 1} of ${rounds}`);
          const r = await runCase(ctx, p, n, followers, deadlineMs);
          const bad = r.driven.outcomes.filter((o) => o.status?.state !== 'succeeded');
          failures += bad.length;
          for (const o of bad.slice(0, 10)) console.error(`[load]   ${o.workflowId}: ${o.status ? `${o.status.state}: ${o.status.reason}` : o.error}`);
          console.error(`[load]   done in ${(r.wallMs / 1000).toFixed(1)} s, ${bad.length} not succeeded, ${r.driven.approvals} gates approved (${r.driven.refusedApprovals} approvals sent again), load average ${r.loadAverage.toFixed(1)}`);
          for (const e of r.driven.approvalErrors) console.error(`[load]   approval sent again: ${e}`);
          byProfile.get(p)!.push(r);
          all.push(r);
        }
      }
      const results = profiles.map((p) => pool(byProfile.get(p)!));
      const settings = results.map((r) => `${r.profile}: ${Object.entries(r.settings).map(([k, v]) => `${k}=${v}`).join(' ') || 'nothing set (SDK defaults)'}`).join('; ');
      out.push(`\n${n} runs at once, ${rounds} round${rounds > 1 ? 's' : ''} per profile, pooled (${settings}); ${os.cpus().length} cores\n\n${table(results)}`);
      console.error(out[out.length - 1]);
    }
  } finally {
    await site.close();
    await client.connection.close();
  }
  console.log(out.join('\n'));
  const json = arg('json', '');
  if (json) fs.writeFileSync(json, JSON.stringify(all.map(({ sdk, serverMetrics, ...r }) => ({ ...r, measures: measures({ ...r, sdk, serverMetrics }) })), null, 1));
  if (failures) {
    console.error(`[load] ${failures} runs did not succeed`);
    process.exitCode = 1;
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
