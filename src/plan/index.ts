// The plan module's public face: load, validate, override, explain.
export { PlanError, formatIssue, type PlanIssue } from './errors';
export { findPlanFile, loadPlanFile, parsePlan, type ParseOptions } from './load';
export { explainPlan, explainPlanJson, type ExplainedPlan, type ExplainedStep } from './explain';
export { applyOverrides } from './overrides';
export { DEFAULTS as PLAN_DEFAULTS } from './normalize';
export type { Plan, StepSpec, PhaseName, TargetSpec } from './types';
