// Resolving a plan by name on the worker, for runs started with `{ "plan": "<name>" }`
// (the Temporal Web UI's start form, CI).
import { ApplicationFailure } from '@temporalio/common';
import { loadConfig } from '../config';
import { findPlanFile, loadPlanFile, PlanError } from './index';
import type { Plan } from './types';

export interface LoadPlanInput {
  name: string;
  environment?: string;
  set?: string[];
}

export function makePlanActivities(plansDir = loadConfig().plansDir) {
  return {
    async 'cutover.loadPlan'({ name, environment, set = [] }: LoadPlanInput): Promise<Plan> {
      try {
        const overrides = environment ? [`environment=${environment}`, ...set] : set;
        return loadPlanFile(findPlanFile(plansDir, name), { set: overrides });
      } catch (err) {
        if (err instanceof PlanError) throw ApplicationFailure.nonRetryable(err.message, 'PlanError');
        throw err;
      }
    },
  };
}
