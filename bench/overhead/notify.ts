// Step latency with notification sinks against without, side by side in one run on the local
// server: the overhead benchmark's plan of N trivial steps, run by one worker with
//   off     — `notify: []` (no cutover.notify activity at all),
//   none    — no sink anywhere (the default: the `started` notification's activity finds none, the run sends no more),
//   fast    — a webhook on a local receiver that answers at once,
//   slow    — one that answers after 2 s,
//   down    — one whose port refuses connections (retried for CUTOVER_NOTIFY_PATIENCE, 10 s).
// Beside them, in the same rounds and process, the control on bare Temporal: a workflow of N trivial
// activities (bare) against the same with one more activity started at the start and awaited at the
// end (bare+1, as a run hands its `started` notification to an activity), each on its own worker.
// Step latency is the migrateData phase (first step started to last step ended, from the run's
// status) divided by the steps; the run's wall time also counts its start and the end's wait for
// the last notifications (at most 30 s). Variants alternate in every round; medians of the rounds.
// Usage: npx tsx bench/overhead/notify.ts [--rounds 3] [--cases 100x1]   (the stack must be up: scripts/stack.sh up)
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { finalStatus, startRun } from '../../src/client';
import { loadConfig } from '../../src/config';
import type { NotifySink } from '../../src/notifications/events';
import type { RunStatus } from '../../src/workflows/status';
import { createWorker, workflowsPath } from '../../src/worker';
import { stackEnv } from '../../test/helpers/stack';
import { loadAverage } from '../group-cpu';
import { plan } from './plan';

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 3;
const noop = async () => ({});

/** A webhook receiver that answers after `delayMs`; counts what it received. */
async function receiver(delayMs: number) {
  let received = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      setTimeout(() => res.end('ok'), delayMs);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received: () => received, close: () => server.close() };
}

/** A loopback port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

async function main() {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const address = stackEnv().TEMPORAL_ADDRESS;
  const native = await NativeConnection.connect({ address });
  const client = new Client({ connection: await Connection.connect({ address }) });
  const taskQueue = `bench-notify-${randomUUID()}`;
  const base = loadConfig({ ...process.env, TEMPORAL_ADDRESS: address });
  // The worker's own default sinks stay empty whatever this shell has set: each variant names its sinks in the plan.
  const config = { ...base, notify: { ...base.notify, sinks: [] } };
  const worker = await createWorker({
    connection: native,
    taskQueue,
    config,
    activities: { 'bench.noop': noop },
    workflowBundle: await bundleWorkflowCode({ workflowsPath, logger: new DefaultLogger('ERROR') }),
  });
  const bareQueue = `bench-notify-bare-${randomUUID()}`;
  const bareWorker = await Worker.create({
    connection: native,
    taskQueue: bareQueue,
    activities: { noop },
    workflowBundle: await bundleWorkflowCode({ workflowsPath: require.resolve('./bare-workflow'), logger: new DefaultLogger('ERROR') }),
  });
  const fast = await receiver(0);
  const slow = await receiver(2_000);
  const down = `http://127.0.0.1:${await closedPort()}/hook`;
  const webhook = (url: string): NotifySink[] => [{ kind: 'webhook', url, name: 'bench' }];
  const variants: { name: string; notify?: NotifySink[]; bare?: 'bare' | 'bareWithOneMore'; check: (s: RunStatus) => void }[] = [
    { name: 'off', notify: [], check: () => {} },
    { name: 'none', check: () => {} },
    { name: 'fast', notify: webhook(fast.url), check: (s) => expectDelivered(s, true) },
    { name: 'slow', notify: webhook(slow.url), check: (s) => expectDelivered(s, true) },
    { name: 'down', notify: webhook(down), check: (s) => expectDelivered(s, false) },
    { name: 'bare', bare: 'bare', check: () => {} },
    { name: 'bare+1', bare: 'bareWithOneMore', check: () => {} },
  ];

  let retried = 0;
  const stalls: Record<string, number> = {};
  const runOne = async (n: number, v: (typeof variants)[number]) => {
    if (v.bare) return runBare(n, v.bare);
    const p = plan(n, v.notify ? { notify: v.notify } : {});
    // A trivial step can still lose an attempt on this shared server (a completion stuck past the
    // heartbeat timeout was seen at load 17): retried here, and counted, rather than ending the benchmark.
    p.defaults.retry = { maximumAttempts: 3, initialInterval: '1s' };
    const h = await startRun(client, p, { workflowId: `bench-notify-${randomUUID()}`, taskQueue }, config);
    const s = await finalStatus(h);
    if (s.state !== 'succeeded') throw new Error(`bench run ${s.state}: ${s.reason ?? ''}`);
    v.check(s);
    retried += s.steps.filter((x) => x.attempts > 1).length;

    const span = Math.max(...s.steps.map((x) => Date.parse(x.endedAt!))) - Math.min(...s.steps.map((x) => Date.parse(x.startedAt!)));
    return { perStep: span / n, handle: h };
  };
  // Bare Temporal, timed like a run's steps: first step's activity scheduled to the last one's completion (its history).
  const runBare = async (n: number, workflow: 'bare' | 'bareWithOneMore') => {
    const handle = await client.workflow.start(workflow, { taskQueue: bareQueue, workflowId: `bench-notify-bare-${randomUUID()}`, args: [n] });
    await handle.result();
    const { events } = await handle.fetchHistory();
    const at = (e: { eventTime?: { seconds?: unknown; nanos?: number | null } | null }) => Number(e.eventTime!.seconds) * 1000 + (e.eventTime!.nanos ?? 0) / 1e6;
    const input = (e: { activityTaskScheduledEventAttributes?: { input?: { payloads?: { data?: Uint8Array | null }[] | null } | null } | null }) =>
      Number(Buffer.from(e.activityTaskScheduledEventAttributes!.input!.payloads![0].data!).toString());
    const steps = new Set((events ?? []).filter((e) => e.activityTaskScheduledEventAttributes && input(e) >= 0).map((e) => Number(e.eventId)));
    const first = (events ?? []).find((e) => steps.has(Number(e.eventId)))!;
    const last = (events ?? []).filter((e) => e.activityTaskCompletedEventAttributes && steps.has(Number(e.activityTaskCompletedEventAttributes.scheduledEventId))).at(-1)!;
    return { perStep: (at(last) - at(first)) / n, handle };
  };
  // Workflow tasks the worker took but did not answer within 10 s: stalls of this shared machine
  // and server, counted per variant (after the timing) to show whether a sink has anything to do with them.
  const countStalls = async (name: string, handles: { fetchHistory: () => Promise<{ events?: { workflowTaskTimedOutEventAttributes?: unknown }[] | null }> }[]) => {
    for (const h of handles) {
      const { events } = await h.fetchHistory();
      stalls[name] = (stalls[name] ?? 0) + (events ?? []).filter((e) => e.workflowTaskTimedOutEventAttributes).length;
    }
  };

  // --cases 100x1 measures only those (steps x runs at once).
  const only = process.argv.includes('--cases') ? process.argv[process.argv.indexOf('--cases') + 1].split(',') : undefined;
  const cases = [
    { n: 10, parallel: 1 },
    { n: 100, parallel: 1 },
    { n: 10, parallel: 20 },
  ].filter((c) => !only || only.includes(`${c.n}x${c.parallel}`));
  const rows: string[] = [];
  await bareWorker.runUntil(worker.runUntil(async () => {
    for (const v of variants) await runOne(3, v); // warm every path before measuring
    const before = { fast: fast.received(), slow: slow.received() };
    for (const { n, parallel } of cases) {
      const step: Record<string, number[]> = {};
      const wall: Record<string, number[]> = {};
      const loads: string[] = [];
      for (let r = 0; r < rounds; r++) {
        loads.push(loadAverage().split(' ')[0]);
        for (const v of variants) {
          const t0 = performance.now();
          const done = await Promise.all(Array.from({ length: parallel }, () => runOne(n, v)));
          (wall[v.name] ??= []).push(performance.now() - t0);
          (step[v.name] ??= []).push(median(done.map((d) => d.perStep)));
          await countStalls(v.name, done.map((d) => d.handle));
        }
      }
      for (const v of variants) {
        // cutover's variants against `off`, the bare control against bare.
        const base = v.bare ? 'bare' : 'off';
        const off = median(step[base]);
        const offWall = median(wall[base]);
        const ms = median(step[v.name]);
        const spread = `${Math.min(...step[v.name]).toFixed(1)}–${Math.max(...step[v.name]).toFixed(1)}`;
        rows.push(
          `| ${n} | ${parallel} | ${v.name} | ${ms.toFixed(1)} (${spread}) | ${(ms / off).toFixed(2)}× | ${(median(wall[v.name]) / 1000).toFixed(1)} | ${(median(wall[v.name]) / offWall).toFixed(2)}× | ${loads.join(', ')} |`,
        );
        process.stderr.write(`${rows.at(-1)}\n`);
      }
    }
    process.stderr.write(`notifications received: fast ${fast.received() - before.fast}, slow ${slow.received() - before.slow}; steps retried: ${retried}\n`);
  }));
  fast.close();
  slow.close();
  console.log(`\nstep latency with and without notification sinks, median of ${rounds} rounds (ms per step = migrateData phase / steps, median over the runs at once; bare and bare+1: bare Temporal, ÷ bare)\n`);
  console.log('| steps | runs at once | sinks | ms/step (min–max) | ÷ off | run wall (s) | ÷ off | load average (1 min) per round |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  console.log(`\nsteps that needed a second attempt: ${retried}; workflow tasks timed out per variant: ${variants.map((v) => `${v.name} ${stalls[v.name] ?? 0}`).join(', ')}`);
  await native.close();
}

function expectDelivered(s: RunStatus, delivered: boolean) {
  const missed = s.undeliveredNotifications?.length ?? 0;
  if (delivered && missed) throw new Error(`notifications not delivered: ${JSON.stringify(s.undeliveredNotifications)}`);
  if (!delivered && missed !== 2) throw new Error(`expected started and succeeded undelivered, got ${JSON.stringify(s.undeliveredNotifications)}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
