// `cutover dev`: the embedded default. Brings up the part of the local stack the demo uses, runs
// a worker, prints the Web UI address and runs the demo plan against the local MariaDB; then
// offers (with --unattended, runs) the rollback demo: a plan that changes MariaDB, Redis and the
// graph store, fails late, and is undone step by step.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import type { Command } from 'commander';
import type { Client } from '@temporalio/client';
import { sendUpdate, startRun } from '../../client';
import { loadConfig } from '../../config';
import { CutoverError, EXIT, exitCodeFor } from '../../exit-codes';
import { loadPlanFile } from '../../plan';
import { approveUpdate } from '../../workflows/definitions';
import type { RunStatus } from '../../workflows/status';
import { actor, followMode, getClient } from '../context';
import { startDemoSite } from '../demo-site';
import { closingLine, follow } from '../follow';
import { projectRoot, readEnvFile } from '../project';

// The worker SDK and the drivers load when the command runs, not with every command (see worker-command.ts).
const logger = () => require('../../logger') as typeof import('../../logger');
const workers = () => require('../../worker') as typeof import('../../worker');
const demoData = () => require('../demo-data') as typeof import('../demo-data');

interface DevOptions {
  plan: string;
  rollbackPlan: string;
  rollback: boolean;
  unattended?: boolean;
  exit?: boolean;
  stack: boolean;
}

/** What each demo needs of the local stack (`scripts/stack.sh up <part>…`); `npm test` brings up the rest. */
const DEMO_PARTS = ['temporal', 'mariadb'];
const ROLLBACK_DEMO_PARTS = ['redis', 'graph'];

/** Starts a demo plan (or follows the run of it in progress), follows it to its end, and prints that end. */
async function runDemo(client: Client, file: string, ui: string, unattended: boolean): Promise<RunStatus> {
  const plan = loadPlanFile(path.resolve(file));
  const handle = await startRun(client, plan, { startedBy: actor(), attach: true });
  // A run left by a demo whose worker polled another task queue would wait here for ever.
  const queue = (await handle.describe()).taskQueue;
  if (queue !== loadConfig().temporal.taskQueue) {
    throw new CutoverError(
      `${handle.workflowId} is already running on task queue ${queue}, which this demo's worker does not poll; ` +
        `run the demo with TEMPORAL_TASK_QUEUE=${queue}, or end that run: temporal workflow terminate -w ${handle.workflowId}`,
      EXIT.badInput,
    );
  }
  console.log(`\nTemporal Web UI: ${ui}/namespaces/default/workflows/${handle.workflowId}`);
  console.log(`demo plan ${plan.name} (${plan.source}) running as ${handle.workflowId}; demo endpoint ${process.env.CUTOVER_DEMO_URL}\n`);
  const mode = followMode(false);
  const final = await follow(client, handle.workflowId, {
    mode,
    onGate: async (s) => {
      const gate = s.waitingFor!.step;
      if (unattended) {
        await sendUpdate(handle, approveUpdate, { gate, by: 'cutover dev --unattended' });
      } else if (mode === 'lines') {
        console.log(`gate ${gate} waits: approve it in the Web UI (the run's "Send an Update": approve, {"gate": "${gate}"}) or: npx cutover approve ${handle.workflowId} ${gate}`);
      }
    },
  });
  const line = closingLine(final);
  if (line) console.log(line);
  // The status settles just before the workflow closes: wait for that, so the Web UI shows it ended.
  if (final.state !== 'rollback_failed') await handle.result().catch(() => undefined);
  return final;
}

/** One answer from stdin; undefined when stdin ends first (nobody there), `interrupted` on Ctrl-C. */
function ask(question: string): Promise<{ answer?: string; interrupted?: boolean }> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    let result: { answer?: string; interrupted?: boolean } = {};
    // On a terminal readline takes Ctrl-C itself; pass it on, so it still stops the demo.
    rl.on('SIGINT', () => {
      result = { interrupted: true };
      rl.close();
      process.kill(process.pid, 'SIGINT');
    });
    rl.question(question, (answer) => {
      result = { answer };
      rl.close();
    });
    rl.once('close', () => resolve(result));
  });
}

const quote = (v: string) => encodeURIComponent(v);

/** Where the rollback shows in the Web UI: the run list by search attribute, the run's events, its status query. */
function webUiGuide(ui: string, rolledBack: RunStatus): string {
  const list = `${ui}/namespaces/default/workflows?query=${quote('CutoverPlan IN ("demo", "demo-rollback")')}`;
  const rb = `${ui}/namespaces/default/workflows?query=${quote('CutoverState = "rolled_back"')}`;
  const id = rolledBack.workflowId;
  return [
    '',
    'In the Web UI:',
    `  both demo runs, by the search attribute CutoverPlan:  ${list}`,
    `  runs that rolled back (CutoverState):               ${rb}`,
    `  the rolled-back run: ${ui}/namespaces/default/workflows/${id}`,
    '    Event History: each step\'s activity, the smoke check\'s failure, then one <kind>.undo activity per step, newest first',
    `    Queries → status: the whole run as cutover sees it (as npx cutover status ${id} prints it)`,
    '    Temporal lists a rolled-back run as Failed: the workflow failed with the step\'s error after undoing everything',
  ].join('\n');
}

/**
 * The demo's exit code: 0 when each run ended as the demo means it to (the demo run succeeded,
 * the rollback demo rolled back); otherwise the code of the run that did not, and 1 when the
 * rollback demo did not fail.
 */
export function demoExitCode(first: RunStatus, second?: RunStatus): number {
  if (first.state !== 'succeeded' || !second) return exitCodeFor(first.state) ?? EXIT.succeeded;
  if (second.state === 'rolled_back') return EXIT.succeeded;
  if (second.state === 'succeeded') return EXIT.failed;
  return exitCodeFor(second.state) ?? EXIT.failed;
}

async function dev(opts: DevOptions): Promise<void> {
  const root = projectRoot();
  if (opts.stack) {
    const parts = [...DEMO_PARTS, ...(opts.rollback ? ROLLBACK_DEMO_PARTS : [])];
    const up = spawnSync('bash', [path.join(root, 'scripts/stack.sh'), 'up', ...parts], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (up.status !== 0) throw new CutoverError('the local stack did not come up (see the lines above)', EXIT.unreachable);
  }
  const stack = readEnvFile(path.join(process.env.CUTOVER_STACK_DIR ?? path.join(root, '.stack'), 'stack.env'));
  for (const [k, v] of Object.entries(stack)) process.env[k] ??= v;
  const site = await startDemoSite();
  try {
    // The worker resolves the plans' ${env:…} references: this process's environment.
    for (const [k, v] of Object.entries(demoData().demoEnvironment(stack, site.url))) process.env[k] ??= v;
    process.env.CUTOVER_PLANS_DIR ??= path.join(root, 'plans');
    if (opts.rollback) await demoData().seedRollbackDemo(process.env);
    await withWorker((client) => demos(client, opts, stack.TEMPORAL_UI_URL ?? 'http://127.0.0.1:8233'));
  } finally {
    await site.close();
  }
}

/**
 * Runs `work` beside a worker in this process. Once it is done the worker stops if the demo
 * should exit (or Ctrl-C stopped it), else keeps running until Ctrl-C; it stops too when `work` fails.
 */
async function withWorker(work: (client: Client) => Promise<{ keepRunning: boolean }>): Promise<void> {
  // The demo's screen is the run's progress, which shows failed attempts (the rollback demo's are
  // meant): the worker's own lines only for errors.
  const { installRuntime, log } = logger();
  const { connectWorker, createWorker } = workers();
  log.level = process.env.CUTOVER_LOG_LEVEL ??= 'error';
  installRuntime();
  const connection = await connectWorker();
  try {
    const worker = await createWorker({ connection });
    const running = worker.run();
    let keepRunning = false;
    try {
      ({ keepRunning } = await work(await getClient()));
    } finally {
      // (Ctrl-C has begun the shutdown already when the worker is no longer RUNNING.)
      if (!keepRunning && worker.getState() === 'RUNNING') worker.shutdown();
      await running;
    }
  } finally {
    await connection.close();
  }
}

/** The demo run, then the rollback demo (offered, or run when unattended); sets the exit code. */
async function demos(client: Client, opts: DevOptions, ui: string): Promise<{ keepRunning: boolean }> {
  const first = await runDemo(client, opts.plan, ui, !!opts.unattended);
  let second: RunStatus | undefined;
  let interrupted = false;
  const later = `npx cutover start ${path.relative(process.cwd(), path.resolve(opts.rollbackPlan)) || opts.rollbackPlan} --wait`;
  if (opts.rollback && first.state === 'succeeded') {
    console.log(
      `\nNext, the rollback demo (${path.basename(opts.rollbackPlan)}): two migrations on MariaDB, invoices, sessions (Redis) and a customer\n` +
        'graph copied to their new homes, then the new release\'s health check fails and every step is undone, newest first.',
    );
    let go = !!opts.unattended;
    if (!go) {
      const reply = await ask('Run it now? [Y/n] ');
      interrupted = !!reply.interrupted;
      go = reply.answer !== undefined && !/^\s*n/i.test(reply.answer);
      if (!go && !interrupted) console.log(opts.exit ? 'not now; the next npm run demo offers it again' : `not now; while this keeps running, run it with: ${later}`);
    }
    if (go) {
      second = await runDemo(client, opts.rollbackPlan, ui, !!opts.unattended);
      if (second.state === 'succeeded') console.log('\nthe rollback demo was meant to fail at its smoke check and roll back, but it succeeded');
      console.log(webUiGuide(ui, second));
    }
  }
  process.exitCode = demoExitCode(first, second);
  const keepRunning = !opts.exit && !interrupted;
  if (keepRunning) console.log(`\nthe worker and the Web UI (${ui}) keep running; start more runs with 'npx cutover start <plan>'. Ctrl-C stops.`);
  return { keepRunning };
}

export function registerDevCommand(program: Command): void {
  program
    .command('dev')
    .description('local stack + worker + Web UI, a demo run of plans/demo.yaml, then a run of plans/demo-rollback.yaml that rolls back')
    .option('--plan <file>', 'plan to run', path.join(projectRoot(), 'plans/demo.yaml'))
    .option('--rollback-plan <file>', 'plan to run next, meant to fail late and roll back', path.join(projectRoot(), 'plans/demo-rollback.yaml'))
    .option('--no-rollback', 'do not offer the rollback demo')
    .option('--unattended', 'approve the demo gate and run the rollback demo without asking')
    .option('--exit', 'stop once the demo runs have ended; exit 0 when the first succeeded and the rollback demo rolled back')
    .option('--no-stack', 'do not run scripts/stack.sh up (the stack is already up, or elsewhere)')
    .action(dev);
}
