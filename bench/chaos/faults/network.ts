// Network faults between the workers and a target, through Toxiproxy: latency, a bandwidth
// limit, connection resets, a black hole (data held, connections kept open) longer than the
// heartbeat timeout, and the target down (the proxy refusing connections) and back.
import type { Fault } from '../schedule';
import { sleep, type FaultContext } from './context';

export async function networkFault(ctx: FaultContext, f: Extract<Fault, { kind: 'network' }>): Promise<void> {
  const tox = ctx.infra.toxiproxy;
  const proxy = `chaos-${f.link}`;
  const t = f.toxic;
  const names: string[] = [];
  const add = async (type: string, attributes: Record<string, number>, streams: Array<'upstream' | 'downstream'> = ['downstream']) => {
    for (const stream of streams) {
      const name = `${type}-${stream}`;
      await tox.toxic(proxy, { name, type, stream, attributes });
      names.push(name);
    }
  };
  switch (t.type) {
    case 'latency':
      await add('latency', { latency: t.latencyMs, jitter: t.jitterMs }, ['upstream', 'downstream']);
      break;
    case 'bandwidth':
      await add('bandwidth', { rate: t.rateKBs }, ['upstream', 'downstream']);
      break;
    case 'reset':
      await add('reset_peer', { timeout: 0 }, ['upstream']);
      break;
    case 'blackhole':
      await add('timeout', { timeout: 0 }, ['upstream', 'downstream']);
      break;
    case 'down':
      await tox.enable(proxy, false);
      break;
  }
  ctx.note(`${t.type} on ${f.link} for ${f.durationMs} ms`);
  await sleep(f.durationMs);
  if (t.type === 'down') await tox.enable(proxy, true);
  for (const n of names) await tox.removeToxic(proxy, n);
}
