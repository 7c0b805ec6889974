// kill -9 of workers and of the Temporal dev server, each restarted after the schedule's delay
// (the server on the same database file).
import type { Fault } from '../schedule';
import { sleep, type FaultContext } from './context';

export async function killWorkers(ctx: FaultContext, f: Extract<Fault, { kind: 'worker-kill' }>): Promise<void> {
  const at = Date.now();
  const killed = await ctx.pool.kill(f.which);
  ctx.killedWorker(at);
  ctx.note(`killed ${killed} of ${killed + ctx.pool.alive().length} worker(s)`);
  await sleep(f.restartAfterMs);
  while (ctx.pool.alive().length < ctx.workers) await ctx.pool.start();
}

export async function killServer(ctx: FaultContext, f: Extract<Fault, { kind: 'server-kill' }>): Promise<void> {
  await ctx.infra.killTemporal();
  ctx.note('Temporal server killed');
  await sleep(f.restartAfterMs);
  await ctx.infra.startTemporal();
}
