// Health checks for ECS steps: `http.check` semantics and fields; a check still failing after
// its `within` fails the step at once (the deployment is rolled back, not retried).
import type { z } from 'zod';
import type { healthCheck } from './kinds';
import { checkHttp } from '../http/check';

export type HealthCheck = z.infer<typeof healthCheck>;

export async function runHealthChecks(checks: HealthCheck[], where: string, onPoll: () => void = () => {}): Promise<void> {
  for (const check of checks) {
    await checkHttp(check, `${where} health check`, { onPoll, nonRetryable: true, failureType: 'HealthCheckFailed' });
  }
}

export const healthList = (h: HealthCheck | HealthCheck[] | undefined): HealthCheck[] => (h === undefined ? [] : Array.isArray(h) ? h : [h]);
