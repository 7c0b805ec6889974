// `cutover dev`: the embedded default. Brings the local stack up, runs a worker, prints the
// Web UI address and runs the demo plan against the local MariaDB.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Command } from 'commander';
import { sendUpdate, startRun } from '../../client';
import { CutoverError, EXIT, exitCodeFor } from '../../exit-codes';
import { loadPlanFile } from '../../plan';
import { approveUpdate } from '../../workflows/definitions';
import { actor, followMode, getClient } from '../context';
import { startDemoSite } from '../demo-site';
import { follow } from '../follow';
import { projectRoot, readEnvFile } from '../project';

// The worker SDK loads when the command runs, not with every command (see worker-command.ts).
const logger = () => require('../../logger') as typeof import('../../logger');
const workers = () => require('../../worker') as typeof import('../../worker');

interface DevOptions {
  plan: string;
  unattended?: boolean;
  exit?: boolean;
  stack: boolean;
}

async function dev(opts: DevOptions): Promise<void> {
  const root = projectRoot();
  if (opts.stack) {
    const up = spawnSync('bash', [path.join(root, 'scripts/stack.sh'), 'up'], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (up.status !== 0) throw new CutoverError('the local stack did not come up (see the lines above)', EXIT.unreachable);
  }
  const stack = readEnvFile(path.join(process.env.CUTOVER_STACK_DIR ?? path.join(root, '.stack'), 'stack.env'));
  for (const [k, v] of Object.entries(stack)) process.env[k] ??= v;
  const site = await startDemoSite();
  process.env.CUTOVER_DEMO_URL ??= site.url;
  process.env.CUTOVER_DEMO_DATABASE_URL ??= `${stack.CUTOVER_MYSQL_URL}/cutover_demo`;
  process.env.CUTOVER_PLANS_DIR ??= path.join(root, 'plans');

  // The demo's screen is the run's progress; the worker's own lines only when something is wrong.
  const { installRuntime, log } = logger();
  const { connectWorker, createWorker } = workers();
  log.level = process.env.CUTOVER_LOG_LEVEL ??= 'warn';
  installRuntime();
  const connection = await connectWorker();
  const worker = await createWorker({ connection });
  const running = worker.run();

  const ui = stack.TEMPORAL_UI_URL ?? 'http://127.0.0.1:8233';
  const plan = loadPlanFile(path.resolve(opts.plan));
  const handle = await startRun(await getClient(), plan, { startedBy: actor(), attach: true });
  console.log(`\nTemporal Web UI: ${ui}/namespaces/default/workflows/${handle.workflowId}`);
  console.log(`demo plan ${plan.name} (${plan.source}) running as ${handle.workflowId}; demo endpoint ${site.url}\n`);

  const final = await follow(await getClient(), handle.workflowId, {
    mode: followMode(false),
    onGate: async (s) => {
      const gate = s.waitingFor!.step;
      if (opts.unattended) {
        await sendUpdate(handle, approveUpdate, { gate, by: 'cutover dev --unattended' });
      } else if (followMode(false) === 'lines') {
        console.log(`gate ${gate} waits: approve it in the Web UI (the run's "Send an Update": approve, {"gate": "${gate}"}) or: npx cutover approve ${handle.workflowId} ${gate}`);
      }
    },
  });
  console.log(`\n${final.state}${final.reason ? `: ${final.reason}` : ''}`);
  process.exitCode = exitCodeFor(final.state) ?? EXIT.succeeded;
  if (!opts.exit) {
    console.log(`\nthe worker and the Web UI (${ui}) keep running; start more runs with 'npx cutover start <plan>'. Ctrl-C stops.`);
    await running;
  } else {
    worker.shutdown();
    await running;
  }
  await site.close();
  await connection.close();
}

export function registerDevCommand(program: Command): void {
  program
    .command('dev')
    .description('local stack + worker + Web UI, and a demo run of plans/demo.yaml')
    .option('--plan <file>', 'plan to run', path.join(projectRoot(), 'plans/demo.yaml'))
    .option('--unattended', 'approve the demo gate automatically')
    .option('--exit', 'stop once the demo run has ended, with its exit code')
    .option('--no-stack', 'do not run scripts/stack.sh up (the stack is already up, or elsewhere)')
    .action(dev);
}
