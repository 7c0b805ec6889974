// The reliability campaign: `npm run chaos -- --runs N --seed S` runs the plan N times against the
// campaign's own servers with seeded faults; `--replay <schedule.json>` runs one recorded
// schedule again. Writes <out>/report.json after every run and <out>/summary.md at the end;
// `--summary <report.json>` prints the summary of a report again.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../../test/helpers/stack';
import { DEFAULT_PORTS, Infra } from './infra';
import { summary, type Campaign } from './report';
import { runOnce } from './run';
import { makeSchedule, type Schedule } from './schedule';
import { ensurePgDatabases } from './world';
import { freezeBuild, WorkerPool } from './workers';

export interface CampaignOptions {
  runs: number;
  seed: number;
  out: string;
  /** Run these schedules (a replay, a smoke test's) instead of drawing `runs` from the seed. */
  schedules?: Schedule[];
  portBase?: number;
  /** The dist/ the workers run (default: the tree's); an earlier campaign's, to replay a schedule on the code that failed it. */
  dist?: string;
  /** Stop after this many ms (no new run starts after it). */
  forMs?: number;
  log?: (line: string) => void;
}

export async function campaign(o: CampaignOptions): Promise<Campaign> {
  const log = o.log ?? ((l: string) => console.log(l));
  fs.mkdirSync(o.out, { recursive: true });
  const ports = o.portBase ? { temporal: o.portBase, toxiproxy: o.portBase + 1, redisSrc: o.portBase + 2, redisDst: o.portBase + 3, proxies: o.portBase + 10 } : DEFAULT_PORTS;
  const infra = new Infra(o.out, ports);
  const taskQueue = `chaos-${o.seed}`;
  const report: Campaign = {
    seed: o.seed,
    startedAt: new Date().toISOString(),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim(),
    machine: { cpus: os.cpus().length, loadAverages: [] },
    runs: [],
  };
  const deadline = o.forMs ? Date.now() + o.forMs : Infinity;
  let pool: WorkerPool | undefined;
  // Ctrl-C or a kill: the campaign's own servers and workers go with it.
  const stop = () => {
    pool?.procs.forEach((c) => c.kill('SIGKILL'));
    void infra.down().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const build = await freezeBuild(o.out, o.dist);
    await infra.up();
    await ensurePgDatabases(infra.stack.CUTOVER_POSTGRES_URL);
    pool = new WorkerPool(
      {
        CHAOS_DIST: build.dist,
        CHAOS_BUNDLE: build.bundle,
        TEMPORAL_ADDRESS: infra.temporalAddress,
        TEMPORAL_NAMESPACE: 'default',
        TEMPORAL_TASK_QUEUE: taskQueue,
        CUTOVER_CHECKPOINT_INTERVAL: '500ms',
        CUTOVER_TOFU_BIN: infra.stack.CUTOVER_TOFU_BIN,
        CUTOVER_LOG_LEVEL: 'warn',
        AWS_ENDPOINT_URL: `http://${infra.links.aws}`,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'testing',
        AWS_SECRET_ACCESS_KEY: 'testing',
      },
      path.join(o.out, 'logs'),
    );
    const schedules = o.schedules ?? Array.from({ length: o.runs }, (_, i) => makeSchedule(o.seed, i));
    for (const s of schedules) {
      if (Date.now() > deadline) {
        log(`time is up after ${report.runs.length} runs`);
        break;
      }
      const r = await runOnce(infra, pool, s, o.out, taskQueue).catch((e: Error) => ({
        index: s.index, seed: s.seed, expect: s.expect, workers: s.workers, state: 'error', durationMs: 0, boundMs: 0, faults: [], violations: [{ check: 'the campaign ran the run', detail: e.stack ?? e.message }], resumeMs: [], workflowId: '', error: e.message,
      }));
      report.runs.push(r);
      report.machine.loadAverages.push(os.loadavg());
      fs.writeFileSync(path.join(o.out, 'report.json'), JSON.stringify(report, null, 2));
      log(`run ${s.index} (${s.expect}, ${s.workers} worker${s.workers > 1 ? 's' : ''}): ${r.state} in ${(r.durationMs / 1000).toFixed(1)} s; faults ${r.faults.map((f) => `${f.kind}${f.firedAtMs === undefined ? '(not reached)' : ''}`).join(', ')}; ${r.violations.length ? `VIOLATIONS: ${r.violations.map((v) => `${v.check}: ${v.detail}`).join(' | ')}` : 'no violation'}`);
    }
  } finally {
    await pool?.stopAll();
    await infra.down();
  }
  fs.writeFileSync(path.join(o.out, 'summary.md'), summary(report) + '\n');
  return report;
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '10' },
      seed: { type: 'string' },
      replay: { type: 'string' },
      out: { type: 'string' },
      'port-base': { type: 'string' },
      minutes: { type: 'string' },
      summary: { type: 'string' },
      dist: { type: 'string' },
    },
  });
  if (values.summary) {
    // The summary of reports written earlier (what RELIABILITY.md is made from); several, comma-separated, as one.
    const reports = values.summary.split(',').map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as Campaign);
    console.log(summary({ ...reports[0], runs: reports.flatMap((r) => r.runs), machine: { ...reports[0].machine, loadAverages: reports.flatMap((r) => r.machine.loadAverages) } }));
    process.exit(0);
  }
  const replay = values.replay ? (JSON.parse(fs.readFileSync(values.replay, 'utf8')) as Schedule) : undefined;
  const seed = replay?.seed ?? Number(values.seed ?? Date.now() % 1_000_000);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
    console.error('usage: npm run chaos -- [--runs N] [--seed S] [--minutes M] [--out DIR] [--port-base P] | --replay <schedule.json> [--dist <dir>] | --summary <report.json>');
    process.exit(4);
  }
  const out = path.resolve(values.out ?? path.join(ROOT, '.stack/chaos', `seed-${seed}${replay ? `-replay-${replay.index}` : ''}`));
  campaign({ runs, seed, out, schedules: replay ? [replay] : undefined, portBase: values['port-base'] ? Number(values['port-base']) : undefined, dist: values.dist ? path.resolve(values.dist) : undefined, forMs: values.minutes ? Number(values.minutes) * 60_000 : undefined })
    .then((c) => {
      console.log(`\n${summary(c)}\n\nreport: ${path.join(out, 'report.json')}`);
      process.exit(c.runs.some((r) => r.violations.length) ? 1 : 0);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
