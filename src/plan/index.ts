// The plan module's public face: load, validate, explain.
export { PlanError, formatIssue, type PlanIssue } from './errors';
export { findPlanFile, loadPlanFile, parsePlan } from './load';
export { explainPlan, explainPlanJson, type ExplainedPlan } from './explain';
export { applyOverrides } from './overrides';
export type { Plan, StepSpec, PhaseName } from './types';
