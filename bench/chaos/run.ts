// One run of the campaign: seed the world, digest it, start the plan on the campaign's own server,
// inject the schedule's faults as the run reaches them, answer the gate, wait for the end (or the
// bound), restore every fault, digest the world again and judge it (checks.ts).
import fs from 'node:fs';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { startRun } from '../../src/client';
import { loadPlanFile } from '../../src/plan';
import { approveUpdate, statusQuery } from '../../src/workflows/definitions';
import type { PendingStep } from '../../src/cli/pending';
import { pendingSteps } from '../../src/cli/pending';
import type { RunStatus } from '../../src/workflows/status';
import { checkRun, type Violation } from './checks';
import { digest, expected } from './digest';
import { runBoundMs } from './bound';
import { inject } from './faults';
import type { FaultContext } from './faults/context';
import type { Infra } from './infra';
import type { Fault, Schedule, Trigger } from './schedule';
import type { WorkerPool } from './workers';
import { cleanup, seed } from './world';

export interface FaultRecord {
  kind: Fault['kind'];
  detail: string;
  trigger: string;
  /** ms after the run started; absent when the run never reached the trigger. */
  firedAtMs?: number;
  notes: string[];
  error?: string;
}

export interface RunRecord {
  index: number;
  seed: number;
  expect: Schedule['expect'];
  workers: number;
  state: string;
  durationMs: number;
  boundMs: number;
  faults: FaultRecord[];
  violations: Violation[];
  /** From a worker killed while a step's activity was pending to that activity's next attempt starting (server's clock). */
  resumeMs: number[];
  /** From the failing step's end to the run rolled back (rollback runs). */
  rollbackMs?: number;
  workflowId: string;
  error?: string;
}

const describeTrigger = (t: Trigger) => (t.on === 'run' ? `${t.delayMs} ms into the run` : `${t.at} ${t.step}${t.delayMs ? ` +${t.delayMs} ms` : ''}`);

function faultDetail(f: Fault): string {
  switch (f.kind) {
    case 'worker-kill':
      return `kill -9 ${f.which === 'one' ? 'one worker' : 'every worker'}, restart after ${f.restartAfterMs} ms`;
    case 'server-kill':
      return `kill -9 Temporal, restart after ${f.restartAfterMs} ms`;
    case 'network':
      return `${f.toxic.type} on ${f.link} for ${f.durationMs} ms`;
    case 'redis-oom':
      return `OOM for ${f.durationMs} ms`;
    case 'moto-throttle':
      return `${f.operations.join('+')} ×${f.times}`;
    default:
      return f.kind;
  }
}

/** Whether `t` has been reached, given the boundaries seen so far (ms since the run started). */
function reached(t: Trigger, seen: Map<string, number>, now: number): boolean {
  if (t.on === 'run') return now >= t.delayMs;
  const at = seen.get(`${t.at} ${t.step}`);
  return at !== undefined && now >= at + t.delayMs;
}

/** The step and undo boundaries a status shows (newly), as `step-start id`, `undo-end id`, `gate go-live`. */
function boundaries(s: RunStatus): string[] {
  const out: string[] = [];
  for (const step of s.steps) {
    if (step.state !== 'pending') out.push(`step-start ${step.id}`);
    if (['succeeded', 'failed', 'cancelled', 'skipped'].includes(step.state)) out.push(`step-end ${step.id}`);
    if (step.undo.state !== 'none' && step.undo.state !== 'pending') out.push(`undo-start ${step.id}`);
    if (['succeeded', 'failed', 'skipped'].includes(step.undo.state)) out.push(`undo-end ${step.id}`);
  }
  if (s.waitingFor?.type === 'gate') out.push(`gate ${s.waitingFor.step}`);
  return out;
}

const tsMs = (t: { seconds?: unknown; nanos?: number | null } | null | undefined) => (t ? Number(t.seconds) * 1000 + Math.floor((t.nanos ?? 0) / 1e6) : undefined);

export async function runOnce(infra: Infra, pool: WorkerPool, s: Schedule, campaignDir: string, taskQueue: string): Promise<RunRecord> {
  const runDir = path.join(campaignDir, 'runs', String(s.index));
  fs.mkdirSync(runDir, { recursive: true });
  fs.writeFileSync(path.join(runDir, 'schedule.json'), JSON.stringify(s, null, 2));
  await infra.toxiproxy.reset();
  infra.aws.clearFaults();
  infra.health.failing = s.expect === 'rollback';
  while (pool.alive().length < s.workers) await pool.start();
  while (pool.alive().length > s.workers) await pool.kill('one');

  const world = await seed(infra, s, campaignDir);
  const pre = await digest(infra, world);
  const exp = await expected(infra, world);
  const boundMs = runBoundMs(s);
  const workflowId = `chaos-${s.seed}-${s.index}`;
  const record: RunRecord = { index: s.index, seed: s.seed, expect: s.expect, workers: s.workers, state: 'unknown', durationMs: 0, boundMs, faults: [], violations: [], resumeMs: [], workflowId };

  const connection = await Connection.connect({ address: infra.temporalAddress });
  const client = new Client({ connection });
  const handle = client.workflow.getHandle(workflowId);
  let status: RunStatus | undefined;
  let pending: PendingStep[] = [];
  // Kills waiting for their activities to resume: the activity ids and attempts pending at the kill.
  const kills: Array<{ at: number; activities: Map<string, number> }> = [];
  const faultRecords: FaultRecord[] = s.faults.map((f) => ({ kind: f.kind, detail: faultDetail(f), trigger: describeTrigger(f.trigger), notes: [] }));
  const running: Promise<void>[] = [];
  const ctxFor = (r: FaultRecord): FaultContext => ({
    infra,
    pool,
    world,
    workers: s.workers,
    status: () => status,
    pending: () => pending,
    killedWorker: (at) => {
      const activities = new Map(pending.map((p) => [p.activityId ?? p.activityType, p.attempt]));
      if (activities.size) kills.push({ at, activities });
    },
    note: (t) => r.notes.push(t),
  });

  const plan = loadPlanFile(world.planFile);
  await startRun(client, plan, { workflowId, taskQueue, startedBy: 'chaos' });
  const t0 = Date.now();
  const seen = new Map<string, number>();
  let approved = false;
  let ended = false;
  while (!ended) {
    const now = Date.now() - t0;
    if (now > boundMs) {
      record.error = `still ${status?.state ?? 'unknown'} after the bound (${boundMs} ms); terminated`;
      await handle.terminate('chaos: run exceeded its bound').catch(() => undefined);
      break;
    }
    try {
      status = await handle.query(statusQuery);
      for (const b of boundaries(status)) if (!seen.has(b)) seen.set(b, Date.now() - t0);
      // Waiting for a person (a compensation that keeps failing, a paused failure): nobody will come.
      if (status.state === 'rollback_failed' || (status.waitingFor && status.waitingFor.type !== 'gate')) {
        record.error = `waiting for a person: ${status.waitingFor?.hint ?? status.state}`;
        break;
      }
    } catch {
      /* no worker or no server right now */
    }
    try {
      const d = await handle.describe();
      ended = d.status.name !== 'RUNNING';
      pending = await pendingSteps(handle);
      // Kills whose activities have started a later attempt: the resume time, on the server's clock.
      for (const k of kills.splice(0)) {
        let open = false;
        for (const [id, attempt] of k.activities) {
          const p = (d.raw.pendingActivities ?? []).find((x) => (x.activityId ?? '') === id);
          const startedAt = tsMs(p?.lastStartedTime as never);
          if (p && (p.attempt ?? 1) > attempt && startedAt && Number(p.state) === 2) {
            record.resumeMs.push(Math.max(0, startedAt - k.at));
            k.activities.delete(id);
          } else if (p) open = true;
          else k.activities.delete(id); // finished between polls: not timed
        }
        if (open) kills.push(k);
      }
    } catch {
      /* the server is down */
    }
    for (let i = 0; i < s.faults.length; i++) {
      const r = faultRecords[i];
      if (r.firedAtMs === undefined && reached(s.faults[i].trigger, seen, Date.now() - t0)) {
        r.firedAtMs = Date.now() - t0;
        running.push(inject(ctxFor(r), s.faults[i]).catch((e: Error) => void (r.error = e.message)));
      }
    }
    if (!approved && status?.waitingFor?.type === 'gate' && seen.has('gate go-live') && Date.now() - t0 > seen.get('gate go-live')! + 1_500) {
      approved = await handle.executeUpdate(approveUpdate.name, { args: [{ gate: 'go-live', by: 'chaos' }] }).then(() => true, () => false);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  record.durationMs = Date.now() - t0;
  await Promise.all(running);
  // Everything back as it was before the next digest: servers, workers, proxies, Redis, moto.
  await infra.toxiproxy.reset();
  infra.aws.clearFaults();
  while (pool.alive().length < s.workers) await pool.start();

  let final: RunStatus | undefined;
  for (let i = 0; i < 50 && !final; i++) {
    final = await handle.query(statusQuery).catch(async () => {
      await new Promise((r) => setTimeout(r, 500));
      return undefined;
    });
  }
  if (record.error) await handle.terminate(`chaos: ${record.error}`).catch(() => undefined);
  record.state = record.error ? (final?.state === 'rollback_failed' || final?.waitingFor ? final.state : 'stuck') : (final?.state ?? 'unknown');
  if (final && s.expect === 'rollback') {
    const failed = final.steps.find((x) => x.id === final!.failedStep);
    if (failed?.endedAt && final.endedAt) record.rollbackMs = Date.parse(final.endedAt) - Date.parse(failed.endedAt);
  }
  record.faults = faultRecords;
  const post = await digest(infra, world);
  record.violations = checkRun(s.expect, pre, post, exp, { state: record.state, durationMs: record.durationMs, boundMs, release: world.release });
  fs.writeFileSync(path.join(runDir, 'digests.json'), JSON.stringify({ pre, post, expected: exp, final }, null, 2));
  if (!record.violations.length) await cleanup(infra, world);
  await connection.close();
  return record;
}
