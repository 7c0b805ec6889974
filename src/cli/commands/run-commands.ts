// `cutover start | status | watch | list`: starting runs and looking at them.
import fs from 'node:fs';
import type { Command } from 'commander';
import type { Client } from '@temporalio/client';
import { runStatus, sendUpdate, startRun } from '../../client';
import { exitCodeFor, EXIT } from '../../exit-codes';
import { loadPlanFile } from '../../plan';
import { abortUpdate, searchAttributes, WORKFLOW_TYPE } from '../../workflows/definitions';
import type { RunStatus } from '../../workflows/status';
import { actor, followMode, getClient, printJson } from '../context';
import { closingLine, follow, type FollowOptions } from '../follow';
import { pendingSteps } from '../pending';
import { renderStatus } from '../render';
import { markdownSummary } from '../summary';
import { collect } from './plan-commands';

interface FollowFlags {
  json?: boolean;
  summary?: string;
  abortOnCancel?: boolean;
}

/**
 * Prints the end of a followed run, writes the summary, and sets the exit code from its state.
 * After a live board nothing it already shows is printed again.
 */
function conclude(s: RunStatus, { json, summary }: FollowFlags, mode: FollowOptions['mode']): void {
  if (summary) fs.appendFileSync(summary, markdownSummary(s));
  if (json) printJson(s);
  else if (s.state === 'rollback_failed') console.error(`\nrollback incomplete: a person is needed${mode === 'live' ? '' : `\n${renderStatus(s)}`}`);
  else {
    const line = closingLine(s);
    if (line) console.log(line);
  }
  process.exitCode = exitCodeFor(s.state) ?? EXIT.succeeded;
}

/**
 * Follows a run. With --abort-on-cancel, a SIGINT/SIGTERM (a cancelled CI job) aborts the run,
 * which then rolls back on the workers whether or not this process lives to see it.
 */
async function followRun(client: Client, id: string, flags: FollowFlags): Promise<void> {
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`${signal}: aborting run ${id}`);
    sendUpdate(client.workflow.getHandle(id), abortUpdate, { reason: `the job following it got ${signal}`, by: actor() })
      .catch((err: Error) => console.error(`abort not sent: ${err.message}`))
      .finally(() => process.exit(EXIT.aborted));
  };
  if (flags.abortOnCancel) for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, onSignal);
  const mode = followMode(flags.json);
  conclude(await follow(client, id, { mode }), flags, mode);
}

const followOptions = (cmd: Command) =>
  cmd
    .option('--summary <file>', 'append a Markdown summary of the outcome to this file (e.g. $GITHUB_STEP_SUMMARY)')
    .option('--abort-on-cancel', 'if this process is interrupted (a cancelled CI job), abort the run so it rolls back');

export function registerRunCommands(program: Command): void {
  followOptions(program
    .command('start'))
    .description('start a run of a plan; prints its id')
    .argument('<plan>', 'plan file (YAML)')
    .option('--wait', 'follow the run live and exit with its outcome')
    .option('--id <id>', 'workflow id (default: cutover-<plan>-<environment>)')
    .option('--set <key=value>', 'override a plan field (repeatable)', collect, [])
    .option('--attach', 'if a run with this id is in progress, follow it instead of refusing')
    .option('--json', 'machine-readable output')
    .action(async (file: string, opts: FollowFlags & { wait?: boolean; id?: string; set: string[]; attach?: boolean }) => {
      const plan = loadPlanFile(file, { set: opts.set });
      const client = await getClient();
      const handle = await startRun(client, plan, { workflowId: opts.id, startedBy: actor(), attach: opts.attach });
      if (!opts.wait) {
        if (opts.json) printJson({ workflowId: handle.workflowId, runId: handle.firstExecutionRunId });
        else console.log(handle.workflowId);
        return;
      }
      if (!opts.json) console.error(`started ${handle.workflowId} (plan ${plan.name} on ${plan.environment})`);
      await followRun(client, handle.workflowId, opts);
    });

  program
    .command('status')
    .description('one look at a run')
    .argument('<id>', 'workflow id')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: { json?: boolean }) => {
      const client = await getClient();
      const s = await runStatus(client, id);
      if (opts.json) return printJson(s);
      const pending = s.endedAt ? [] : await pendingSteps(client.workflow.getHandle(id));
      console.log(renderStatus(s, !!process.stdout.isTTY, Date.now(), pending));
    });

  followOptions(program
    .command('watch'))
    .description('follow a run live until it ends (exit code = its outcome)')
    .argument('<id>', 'workflow id')
    .option('--json', 'print only the final status, as JSON')
    .action(async (id: string, opts: FollowFlags) => followRun(await getClient(), id, opts));

  program
    .command('list')
    .description('recent runs, from Temporal visibility')
    .option('--environment <env>', 'only this environment')
    .option('--state <state>', 'only runs in this state (running, waiting, succeeded, rolled_back, …)')
    .option('--plan <name>', 'only this plan')
    .option('--limit <n>', 'at most this many', (v) => Number.parseInt(v, 10), 20)
    .option('--json', 'machine-readable output')
    .action(async (opts: { environment?: string; state?: string; plan?: string; limit: number; json?: boolean }) => {
      const client = await getClient();
      const quote = (v: string) => `'${v.replace(/'/g, "\\'")}'`;
      const filters = [`WorkflowType = ${quote(WORKFLOW_TYPE)}`];
      if (opts.environment) filters.push(`${searchAttributes.environment.name} = ${quote(opts.environment)}`);
      if (opts.state) filters.push(`${searchAttributes.state.name} = ${quote(opts.state)}`);
      if (opts.plan) filters.push(`${searchAttributes.plan.name} = ${quote(opts.plan)}`);
      const rows = [];
      for await (const wf of client.workflow.list({ query: filters.join(' AND '), pageSize: opts.limit })) {
        rows.push({
          workflowId: wf.workflowId,
          runId: wf.runId,
          plan: wf.typedSearchAttributes.get(searchAttributes.plan),
          environment: wf.typedSearchAttributes.get(searchAttributes.environment),
          state: wf.typedSearchAttributes.get(searchAttributes.state),
          phase: wf.typedSearchAttributes.get(searchAttributes.phase),
          status: wf.status.name,
          startedAt: wf.startTime.toISOString(),
        });
        if (rows.length >= opts.limit) break;
      }
      if (opts.json) return printJson(rows);
      if (rows.length === 0) return console.log('no runs');
      for (const r of rows) {
        console.log(`${r.startedAt}  ${r.workflowId.padEnd(36)} ${String(r.plan).padEnd(16)} ${String(r.environment).padEnd(12)} ${r.state ?? r.status.toLowerCase()}`);
      }
    });
}
