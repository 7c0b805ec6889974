// How much of Temporal's per-run limits a run uses (51,200 events and 50 MB of history per
// execution, 2 MB per payload; the server warns from 10,240 events and 10 MB): a plan of N cheap
// real steps with a last step that fails so that all N are undone (the part before the first undo is
// what the same steps record when they succeed), and
// mysql.copyTable of a few thousand and of millions of rows with their heartbeats (which replace the
// pending activity's details on the server and add no events). Measured on the stack's server with
// cutover's worker: events and bytes (the server's own count and the fetched history), the largest
// event, the run's input, the status query's payload, the result, and the time to replay the whole
// history once (what a run costs the worker each time it is not in its cache).
// Usage: node --import tsx bench/history-size.ts [--steps 2000] [--rows 2000000] (stack up).
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import mysql from 'mysql2/promise';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker, type WorkflowBundle } from '@temporalio/worker';
import { finalStatus, startRun } from '../src/client';
import { loadConfig } from '../src/config';
import { parsePlan } from '../src/plan/load';
import type { Plan } from '../src/plan/types';
import { createWorker } from '../src/worker';
import { statusQuery } from '../src/workflows/definitions';
import type { RunStatus } from '../src/workflows/status';
import { stackEnv } from '../test/helpers/stack';

/** The small copy: the same step with few heartbeats, to compare the events with. */
const SMALL_COPY = 20_000;

const LIMITS = { events: 51_200, historyBytes: 50 * 2 ** 20, payloadBytes: 2 * 2 ** 20 };

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const json = (v: unknown) => Buffer.byteLength(JSON.stringify(v));
const kb = (b: number) => `${(b / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;
const pct = (v: number, limit: number) => `${((100 * v) / limit).toFixed(1)} %`;

/** POST /items → {id}; DELETE /items/<id> → 204: what the plan's http.request steps and their undos call. */
async function startItems(): Promise<{ url: string; close(): Promise<void> }> {
  let next = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    if (req.method === 'POST') {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `item-${++next}` }));
    } else {
      res.writeHead(204);
      res.end();
    }
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

/**
 * Targets as a plan for the stack's systems names them: every step's activity input carries the
 * plan's targets (the step's context), so they count once per step in history.
 */
const TARGETS = [
  'targets:',
  '  appDb: { kind: mysql, url: "mysql://app:${secret:bench/app-db#password}@${env:CUTOVER_HISTORY_DB_HOST}:3306/app" }',
  '  reports: { kind: postgres, url: "postgres://reports:${secret:bench/reports#password}@${env:CUTOVER_HISTORY_DB_HOST}:5432/reports" }',
  '  cache: { kind: redis, url: "redis://${env:CUTOVER_HISTORY_CACHE_HOST}:6379/0" }',
  '  newCache: { kind: redis, url: "rediss://:${secret:bench/cache#token}@${env:CUTOVER_HISTORY_CACHE_HOST}:6380/0" }',
  '  graph: { kind: bolt, url: "bolt://neo4j:${secret:bench/graph#password}@${env:CUTOVER_HISTORY_GRAPH_HOST}:7687" }',
];

/**
 * A plan of N steps (the most a plan may have: src/plan/limits.ts): N - 1 undoable http.request steps
 * (each creates an item, its undo deletes it), then a step that fails.
 */
function stepsPlan(n: number): Plan {
  const steps = Array.from(
    { length: n - 1 },
    (_, i) =>
      `    - { id: item-${String(i + 1).padStart(4, '0')}, kind: http.request, method: POST, url: "\${env:CUTOVER_HISTORY_SITE}/items", body: { n: ${i + 1} }, expectStatus: [201], outputs: { id: $.id }, undo: { method: DELETE, url: "\${env:CUTOVER_HISTORY_SITE}/items/\${outputs.id}", expectStatus: [204] } }`,
  );
  steps.push('    - { id: last, kind: preflight.env, require: [CUTOVER_HISTORY_UNSET] }');
  const text = [
    `name: history-${n}`,
    'environment: bench',
    ...TARGETS,
    'defaults: { retry: { maximumAttempts: 2, initialInterval: 200ms } }',
    'phases:',
    '  migrateData:',
    ...steps,
    '',
  ].join('\n');
  return parsePlan(text, { file: `history-${n}.yaml`, baseDir: __dirname });
}

function copyPlan(src: string, dst: string): Plan {
  const text = `name: history-copy
environment: bench
targets:
  from: { kind: mysql, url: "\${env:CUTOVER_HISTORY_MYSQL}/${src}" }
  to: { kind: mysql, url: "\${env:CUTOVER_HISTORY_MYSQL}/${dst}" }
phases:
  migrateData:
    - { id: orders, kind: mysql.copyTable, source: from, target: to, table: orders, batchSize: 5000 }
`;
  return parsePlan(text, { file: 'history-copy.yaml', baseDir: __dirname });
}

interface Measured {
  case: string;
  state: string;
  events: number;
  historyBytes: number;
  fetchedBytes: number;
  largestEvent: { type: string; bytes: number };
  inputBytes: number;
  statusBytes: number;
  resultBytes: number;
  wallS: number;
  replayS: number;
  /** Events and bytes before the first undo was scheduled (runs that rolled back). */
  forward?: { events: number; bytes: number };
  byType: [string, { events: number; bytes: number }][];
  extra?: Record<string, string>;
  status: RunStatus;
}

async function measureRun(handle: WorkflowHandle, label: string, t0: number, bundle: WorkflowBundle): Promise<Measured> {
  const status: RunStatus = await finalStatus(handle);
  const wallS = (performance.now() - t0) / 1000;
  const d = await handle.describe();
  const queried = await handle.query(statusQuery);
  const history = await handle.fetchHistory();
  let largest = { type: '', bytes: 0 };
  let inputBytes = 0;
  let resultBytes = 0;
  const byType = new Map<string, { events: number; bytes: number }>();
  // Where the rollback begins (the first undo activity scheduled), to tell the forward part's size.
  let forward: { events: number; bytes: number } | undefined;
  let seen = { events: 0, bytes: 0 };
  for (const e of history.events ?? []) {
    const bytes = temporal.api.history.v1.HistoryEvent.encode(e).finish().length;
    const type = (temporal.api.enums.v1.EventType[e.eventType ?? 0] ?? String(e.eventType)).replace(/^EVENT_TYPE_/, '');
    if (!forward && e.activityTaskScheduledEventAttributes?.activityType?.name?.endsWith('.undo')) forward = seen;
    seen = { events: seen.events + 1, bytes: seen.bytes + bytes };
    const t = byType.get(type) ?? { events: 0, bytes: 0 };
    byType.set(type, { events: t.events + 1, bytes: t.bytes + bytes });
    if (bytes > largest.bytes) largest = { type, bytes };
    if (e.workflowExecutionStartedEventAttributes) inputBytes = bytes;
    if (e.workflowExecutionCompletedEventAttributes || e.workflowExecutionFailedEventAttributes) resultBytes = bytes;
  }
  // Replaying the whole history once: what the worker pays to continue a run it no longer caches.
  const r0 = performance.now();
  await Worker.runReplayHistory({ workflowBundle: bundle }, history, handle.workflowId);
  const replayS = (performance.now() - r0) / 1000;
  return {
    status,
    replayS,
    case: label,
    state: status.state,
    events: d.historyLength,
    historyBytes: d.historySize ?? NaN,
    fetchedBytes: temporal.api.history.v1.History.encode(history).finish().length,
    largestEvent: largest,
    inputBytes,
    statusBytes: json(queried),
    resultBytes,
    wallS,
    forward,
    byType: [...byType].sort((a, b) => b[1].bytes - a[1].bytes),
  };
}

async function seedRows(admin: mysql.Connection, db: string, rows: number): Promise<void> {
  await admin.query(`CREATE DATABASE ${db}`);
  await admin.query(`CREATE TABLE ${db}.orders (
    id BIGINT NOT NULL PRIMARY KEY, account INT NOT NULL, customer VARCHAR(64) NOT NULL, amount DECIMAL(12,2) NOT NULL,
    created DATETIME(3) NOT NULL, note VARCHAR(200) NULL) DEFAULT CHARSET=utf8mb4`);
  for (let from = 1; from <= rows; from += 500_000) {
    const to = Math.min(rows, from + 499_999);
    await admin.query(
      `INSERT INTO ${db}.orders SELECT seq, seq MOD 5000, CONCAT('customer-', seq MOD 7919), (seq MOD 100000) / 100,
              '2024-01-01' + INTERVAL seq SECOND, CONCAT('note ', SHA2(seq, 256)) FROM ${db}.seq_${from}_to_${to}`,
    );
  }
}

/**
 * Samples the pending copy activity every 500 ms: heartbeats seen (distinct last-heartbeat times,
 * a lower bound on those sent), the largest details payload the server keeps, and the last one.
 */
function watchHeartbeats(handle: WorkflowHandle) {
  let largest = 0;
  const seen = new Set<string>();
  let last: unknown;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      try {
        const d = await handle.describe();
        for (const p of d.raw.pendingActivities ?? []) {
          const at = p.lastHeartbeatTime;
          if (at) seen.add(`${at.seconds}.${at.nanos}`);
          for (const payload of p.heartbeatDetails?.payloads ?? []) {
            largest = Math.max(largest, temporal.api.common.v1.Payload.encode(payload).finish().length);
            last = JSON.parse(Buffer.from(payload.data ?? []).toString());
          }
        }
      } catch {
        // the run may be closing
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return { heartbeats: seen.size, largest, last };
    },
  };
}

async function main() {
  const steps = arg('steps', 2000);
  const rows = arg('rows', 2_000_000);
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const env = stackEnv();
  const config = loadConfig();
  const taskQueue = `bench-history-${randomBytes(4).toString('hex')}`;
  const site = await startItems();
  process.env.CUTOVER_HISTORY_SITE = site.url;
  process.env.CUTOVER_HISTORY_MYSQL = env.CUTOVER_MYSQL_URL;
  const native = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
  const client = new Client({ connection: await Connection.connect({ address: env.TEMPORAL_ADDRESS }) });
  const bundle = await bundleWorkflowCode({ workflowsPath: require.resolve('../src/workflows'), logger: new DefaultLogger('ERROR') });
  const worker = await createWorker({ connection: native, taskQueue, workflowBundle: bundle });
  const suffix = randomBytes(3).toString('hex');
  const src = (i: number) => `bench_history_src${i}_${suffix}`;
  const dst = (i: number) => `bench_history_dst${i}_${suffix}`;
  const admin = await mysql.createConnection({ uri: env.CUTOVER_MYSQL_URL });
  const results: Measured[] = [];
  try {
    await worker.runUntil(async () => {
      const run = async (label: string, plan: Plan, during?: (h: WorkflowHandle) => { stop(): Promise<Record<string, string>> }) => {
        console.error(`[history] ${label}`);
        const t0 = performance.now();
        const h = await startRun(client, plan, { workflowId: `bench-history-${randomBytes(4).toString('hex')}`, taskQueue }, config);
        const watcher = during?.(h);
        const m = await measureRun(h, label, t0, bundle);
        if (watcher) m.extra = await watcher.stop();
        console.error(`[history]   ${m.state}, ${m.events} events, ${kb(m.historyBytes)}, ${m.wallS.toFixed(0)} s`);
        results.push(m);
        return m;
      };
      // The forward part of this run (up to the first undo) is what a run of the same steps that succeeds records.
      await run(`${steps} steps: ${steps - 1} http.request steps, then a failing step; all ${steps - 1} undone`, stepsPlan(steps));
      for (const [i, n] of [SMALL_COPY, rows].entries()) {
        await seedRows(admin, src(i), n);
        await admin.query(`CREATE DATABASE ${dst(i)}`);
        const copy = await run(`mysql.copyTable of ${n.toLocaleString('en-US')} rows`, copyPlan(src(i), dst(i)), (h) => {
          const w = watchHeartbeats(h);
          return {
            async stop() {
              const hb = await w.stop();
              return {
                'heartbeats seen (distinct last-heartbeat times, sampled every 500 ms)': String(hb.heartbeats),
                'largest heartbeat details kept by the server': `${hb.largest} B`,
                'last checkpoint': JSON.stringify(hb.last),
              };
            },
          };
        });
        const output = copy.status.steps[0].output;
        copy.extra = { ...copy.extra, 'step output': `${json(output)} B: ${JSON.stringify(output)}` };
      }
    });
  } finally {
    for (const i of [0, 1]) {
      await admin.query(`DROP DATABASE IF EXISTS ${src(i)}`);
      await admin.query(`DROP DATABASE IF EXISTS ${dst(i)}`);
    }
    await admin.end();
    await site.close();
    await native.close();
    await client.connection.close();
  }
  print(results, steps);
}

function print(results: Measured[], steps: number) {
  const lines = [
    `\nHistory and payload sizes against Temporal's limits (${LIMITS.events.toLocaleString('en-US')} events, 50 MB history, 2 MB payload)\n`,
    '| run | outcome | events | history | largest event | run input (plan) | status query | result | wall | one replay |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const m of results) {
    lines.push(
      `| ${m.case} | ${m.state} | ${m.events.toLocaleString('en-US')} (${pct(m.events, LIMITS.events)}) | ${kb(m.historyBytes)} (${pct(m.historyBytes, LIMITS.historyBytes)}) | ${m.largestEvent.type} ${kb(m.largestEvent.bytes)} (${pct(m.largestEvent.bytes, LIMITS.payloadBytes)}) | ${kb(m.inputBytes)} | ${kb(m.statusBytes)} (${pct(m.statusBytes, LIMITS.payloadBytes)}) | ${kb(m.resultBytes)} | ${m.wallS.toFixed(0)} s | ${m.replayS.toFixed(1)} s |`,
    );
  }
  for (const m of results) {
    const types = m.byType.slice(0, 6).map(([t, x]) => `${t} ${x.events.toLocaleString('en-US')} (${kb(x.bytes)})`);
    lines.push(`\n${m.case}: events by type, largest first: ${types.join(', ')}`);
    if (m.forward) lines.push(`\n${m.case}: before the rollback began: ${m.forward.events.toLocaleString('en-US')} events, ${kb(m.forward.bytes)}`);
    for (const [k, v] of Object.entries(m.extra ?? {})) lines.push(`\n${m.case}: ${k}: ${v}`);
  }
  const rolled = results[0];
  if (rolled?.forward) {
    const per = (x: number) => x / (steps - 1);
    lines.push(
      `\nPer step: ${per(rolled.forward.events).toFixed(2)} events and ${(per(rolled.forward.bytes) / 1024).toFixed(2)} KB forward; ` +
        `${per(rolled.events - rolled.forward.events).toFixed(2)} events and ${(per(rolled.fetchedBytes - rolled.forward.bytes) / 1024).toFixed(2)} KB more when undone; ` +
        `status ${(per(rolled.statusBytes) / 1024).toFixed(2)} KB.`,
    );
  }
  console.log(lines.join('\n'));
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
