// `tofu.apply`: an OpenTofu (or Terraform) configuration applied through a saved plan, undone by
// putting the infrastructure back as it was before the step (docs/tofu.md).
import { z } from 'zod';
import { defineKind } from '../../kit/define';
import { duration } from '../../kit/fields';

/** What tofu accepts as a workspace name (a URL path segment); `*.cutover` names cutover's own records. */
export const workspaceName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,89}$/, 'expected a workspace name (letters, digits, _ . -)')
  .refine((v) => !v.endsWith('.cutover'), 'workspaces ending in .cutover hold cutover\'s records; choose another name');

const jsonValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

const applyParams = z.strictObject({
  dir: z.string().min(1).describe("The root module's folder, relative to the plan file; it must hold configuration files"),
  workspace: workspaceName.optional().describe("The workspace to apply in (created if new); the plan's environment when absent"),
  vars: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, 'expected a variable name'), jsonValue).default({}).describe('Input variables (written to a var file, never the command line); strings may hold references'),
  binary: z.enum(['tofu', 'terraform']).default('tofu').describe("Which CLI: OpenTofu (CUTOVER_TOFU_BIN, the stack's build, PATH) or Terraform (CUTOVER_TERRAFORM_BIN, PATH)"),
  allowDestroy: z.boolean().default(false).describe('Allow a plan that destroys, replaces or forgets resources that existed before the step'),
  backendConfig: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected a backend setting name'), z.union([z.string(), z.number(), z.boolean()])).default({}).describe('-backend-config settings for init (partial backend configuration); strings may hold references'),
  parallelism: z.number().int().min(1).max(256).optional().describe("How many resource operations run at once (-parallelism; tofu's default 10)"),
  lockTimeout: duration.default('1m').describe('How long a command waits for a state lock that someone else holds (-lock-timeout)'),
});
export type TofuApplyParams = z.infer<typeof applyParams>;

const addresses = z.array(z.string());

/** What a saved plan does, by resource address. */
export const planSummary = z.object({
  add: addresses,
  change: addresses,
  replace: addresses,
  destroy: addresses,
  /** Removed from the state without being destroyed (`removed` blocks). */
  forget: addresses,
  /** Brought into the state from outside (`import` blocks). */
  import: addresses,
  /** Root outputs whose value changes. */
  outputs: addresses,
});
export type PlanSummary = z.infer<typeof planSummary>;

const applyOutputs = z.object({
  workspace: z.string(),
  /** False when the plan had no changes (nothing was applied, nothing to undo). */
  applied: z.boolean(),
  summary: planSummary,
  /** The configuration's non-sensitive root outputs, by name. */
  outputs: z.record(z.string(), z.unknown()),
  /** Names of the sensitive outputs, whose values stay on the worker. */
  sensitiveOutputs: addresses,
  /** The state's serial after the step. */
  serial: z.number(),
  /** `tofu version`'s version. */
  version: z.string(),
});
export type TofuApplyOutput = z.infer<typeof applyOutputs>;

const apply = () => require('./apply') as typeof import('./apply');
const undo = () => require('./undo') as typeof import('./undo');
const preview = () => require('./preview') as typeof import('./preview');

const describeApply = (p: TofuApplyParams): string => {
  const vars = Object.keys(p.vars);
  return [
    `${p.binary} init, plan and apply the saved plan of ${p.dir} in workspace ${p.workspace ?? "<the plan's environment>"}`,
    vars.length ? ` with ${vars.join(', ')}` : '',
    p.allowDestroy ? '; destroys and replacements allowed' : '; refuses a plan that destroys or replaces resources',
  ].join('');
};

export const tofuKinds = {
  'tofu.apply': defineKind({
    summary: 'apply an OpenTofu/Terraform configuration through a saved plan; outputs its non-sensitive outputs',
    params: applyParams,
    outputs: applyOutputs,
    describe: describeApply,
    run: (i) => apply().tofuApply(i),
    preview: (i) => preview().tofuApplyPreview(i),
    undo: {
      summary: 'destroy the resources the apply created and apply the previous configuration and variables again (what was destroyed comes back empty)',
      run: (i) => undo().tofuApplyUndo(i),
    },
  }),
};
