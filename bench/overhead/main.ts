// cutover's orchestration overhead against bare Temporal, side by side in one run on the local
// server: a plan of N trivial steps vs a bare workflow calling the same N trivial activities.
// Usage: npx tsx bench/overhead/main.ts [--rounds 3] [--cases 10x1,100x20]   (the stack must be up: scripts/stack.sh up)
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { startRun, finalStatus } from '../../src/client';
import { loadConfig } from '../../src/config';
import { createWorker } from '../../src/worker';
import { plan } from './plan';
import { stackEnv } from '../../test/helpers/stack';

const noop = async () => ({});
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 3;

/** Runs `fn` while sampling this process's RSS; returns the wall time and the peak. */
async function measure(fn: () => Promise<unknown>): Promise<{ ms: number; rssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  return { ms, rssMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
}

async function main() {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const address = stackEnv().TEMPORAL_ADDRESS;
  const native = await NativeConnection.connect({ address });
  const client = new Client({ connection: await Connection.connect({ address }) });
  const cutoverQueue = `bench-cutover-${randomUUID()}`;
  const bareQueue = `bench-bare-${randomUUID()}`;
  const cutoverWorker = await createWorker({
    connection: native,
    taskQueue: cutoverQueue,
    activities: { 'bench.noop': noop },
    workflowBundle: await bundleWorkflowCode({ workflowsPath: require.resolve('../../src/workflows'), logger: new DefaultLogger('ERROR') }),
  });
  const bareWorker = await Worker.create({
    connection: native,
    taskQueue: bareQueue,
    activities: { noop },
    workflowBundle: await bundleWorkflowCode({ workflowsPath: require.resolve('./bare-workflow'), logger: new DefaultLogger('ERROR') }),
  });
  const config = loadConfig();
  let retried = 0;
  const runCutover = async (n: number) => {
    const p = plan(n);
    // On a machine shared with load tests a trivial step can lose its attempt (a completion stuck past
    // the heartbeat timeout): retried and counted rather than ending the benchmark.
    p.defaults.retry = { maximumAttempts: 3, initialInterval: '1s' };
    const h = await startRun(client, p, { workflowId: `bench-${randomUUID()}`, taskQueue: cutoverQueue }, config);
    const s = await finalStatus(h);
    if (s.state !== 'succeeded') throw new Error(`bench run ${s.state}: ${s.reason ?? ''}`);
    retried += s.steps.filter((x) => x.attempts > 1).length;
  };
  const runBare = async (n: number) => {
    await client.workflow.execute('bare', { taskQueue: bareQueue, workflowId: `bench-${randomUUID()}`, args: [n] });
  };

  // --cases 100x20,10x1 measures only those (steps x runs at once).
  const only = process.argv.includes('--cases') ? process.argv[process.argv.indexOf('--cases') + 1].split(',') : undefined;
  const cases = [
    { n: 10, parallel: 1 },
    { n: 100, parallel: 1 },
    { n: 10, parallel: 20 },
    { n: 100, parallel: 20 },
  ].filter(({ n, parallel }) => !only || only.includes(`${n}x${parallel}`));
  const rows: string[] = [];
  await Promise.all([
    cutoverWorker.runUntil(async () => {
      await bareWorker.runUntil(async () => {
        await runCutover(3); // warm both paths before measuring
        await runBare(3);
        for (const { n, parallel } of cases) {
          const batch = (run: (n: number) => Promise<void>) => () => Promise.all(Array.from({ length: parallel }, () => run(n)));
          // Alternate cutover and bare in each round so drift in the machine hits both alike.
          const c: number[] = [];
          const b: number[] = [];
          let rssC = 0;
          let rssB = 0;
          for (let r = 0; r < rounds; r++) {
            const mc = await measure(batch(runCutover));
            const mb = await measure(batch(runBare));
            c.push(mc.ms);
            b.push(mb.ms);
            rssC = Math.max(rssC, mc.rssMb);
            rssB = Math.max(rssB, mb.rssMb);
          }
          const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
          const perStep = (ms: number) => ms / (n * parallel);
          const mc = median(c);
          const mb = median(b);
          rows.push(
            `| ${n} | ${parallel} | ${perStep(mc).toFixed(2)} | ${perStep(mb).toFixed(2)} | ${(mc / mb).toFixed(2)}× | ${rssC.toFixed(0)} | ${rssB.toFixed(0)} |`,
          );
          console.error(rows[rows.length - 1]);
        }
      });
    }),
  ]);
  console.log(`\ncutover vs bare Temporal, median of ${rounds} rounds (ms per step = wall time / (steps × runs))\n`);
  console.log('| steps | runs at once | cutover ms/step | bare ms/step | ratio | peak RSS cutover (MB) | peak RSS bare (MB) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  console.log(`\ncutover steps that needed a second attempt: ${retried}`);
  await native.close();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
