// One fault of the schedule, injected.
import type { Fault } from '../schedule';
import type { FaultContext } from './context';
import { networkFault } from './network';
import { killServer, killWorkers } from './processes';
import { motoThrottle, mysqlLockWait, pgLockTimeout, redisOom } from './targets';

export function inject(ctx: FaultContext, f: Fault): Promise<void> {
  switch (f.kind) {
    case 'worker-kill':
      return killWorkers(ctx, f);
    case 'server-kill':
      return killServer(ctx, f);
    case 'network':
      return networkFault(ctx, f);
    case 'mysql-lock-wait':
      return mysqlLockWait(ctx);
    case 'pg-lock-timeout':
      return pgLockTimeout(ctx);
    case 'redis-oom':
      return redisOom(ctx, f);
    case 'moto-throttle':
      return motoThrottle(ctx, f);
  }
}
