// `exec`: a command on the worker. The parameter schema, what `cutover plan` says about it, and
// the plan-level rules a schema can check (a string command only with shell: true, names the
// command's environment may not take, `${outputs.<name>}` only where there are outputs).
import { z } from 'zod';
import { outputRefNames } from '../../kit/output-refs';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Set by cutover for the command; a plan cannot override them. */
export const RESERVED_ENV = /^CUTOVER_(IDEMPOTENCY_KEY|ATTEMPT|OUTPUTS|OUTPUT_.*)$/;

const command = z.union([z.array(z.string()).min(1), z.string().min(1)], {
  // 'missing' is the plan layer's marker for an absent field ("missing command").
  error: (iss) => (iss.input === undefined ? 'missing' : 'expected a list [program, arg, …], or one string with shell: true'),
});

const env = z.record(z.string().regex(ENV_NAME), z.string(), {
  error: (iss) => (iss.code === 'invalid_key' ? 'an environment variable name is letters, digits and _, not starting with a digit' : undefined),
});

const commandFields = {
  command: command.describe('[program, arg, …], run without a shell; one string only with shell: true'),
  shell: z.boolean().default(false).describe('Run command, one string, with sh -c'),
  env: env.default({}).describe("Added to the worker's environment; values may hold references"),
  cwd: z.string().min(1).optional().describe("The working folder, relative to the plan's folder (the default)"),
  successExitCodes: z.array(z.number().int().min(0).max(255)).min(1).default([0]).describe('Exit codes that mean success'),
};

type Issue = { path: (string | number)[]; message: string };

function commandIssues(c: { command: string | string[]; shell: boolean; env: Record<string, string> }, at: (string | number)[]): Issue[] {
  const issues: Issue[] = [];
  if (typeof c.command === 'string' && !c.shell) {
    issues.push({ path: [...at, 'command'], message: 'a string is run by a shell only with shell: true; without it give a list: [program, arg, …]' });
  }
  if (Array.isArray(c.command) && c.shell) issues.push({ path: [...at, 'command'], message: 'with shell: true, command is one string for sh -c' });
  if (Array.isArray(c.command) && c.command[0] === '') issues.push({ path: [...at, 'command', 0], message: 'the program must not be empty' });
  for (const name of Object.keys(c.env)) {
    if (RESERVED_ENV.test(name)) issues.push({ path: [...at, 'env', name], message: `${name} is set by cutover for the command` });
  }
  return issues;
}

export const execUndoParams = z.strictObject({
  ...commandFields,
  env: env.optional().describe("Added to the step's env; values may hold references"),
  cwd: z.string().min(1).optional().describe("The working folder (the step's by default)"),
});

export const execParams = z
  .strictObject({
    ...commandFields,
    outputs: z
      .enum(['json-last-line'], { error: (iss) => `expected json-last-line (the last line of stdout that is a JSON object), got ${JSON.stringify(iss.input)}` })
      .optional()
      .describe("json-last-line: the last line of stdout that is a JSON object becomes the step's outputs"),
    undo: execUndoParams.optional().describe("The command run on rollback, with the step's outputs as ${outputs.<name>}; its env is added to the step's, its cwd defaults to the step's"),
  })
  .superRefine((p, ctx) => {
    const issues = commandIssues(p, []);
    if (p.undo) issues.push(...commandIssues({ ...p.undo, env: p.undo.env ?? {} }, ['undo']));
    // (Outside the undo, the plan's reference check refuses them.)
    if (!p.outputs) {
      for (const [path, name] of outputRefNames(p.undo, ['undo'])) {
        issues.push({ path, message: `\${outputs.${name}}: the step has no outputs (add outputs: json-last-line)` });
      }
    }
    for (const i of issues) ctx.addIssue({ code: 'custom', ...i });
  });

export type ExecParams = z.infer<typeof execParams>;
export type ExecUndoParams = z.infer<typeof execUndoParams>;

/** A command as a person would type it, for `cutover plan` and messages (references unresolved). */
export function showCommand(c: { command: string | string[]; shell: boolean }, max = 200): string {
  const text = typeof c.command === 'string' ? `sh -c ${quote(c.command)}` : c.command.map(quote).join(' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const quote = (arg: string) => (/^[A-Za-z0-9_@%+=:,./${}-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

export function describeExec(p: ExecParams): string {
  const where = p.cwd ? ` in ${p.cwd}` : '';
  const outputs = p.outputs ? '; outputs from the last JSON line of stdout' : '';
  const codes = p.successExitCodes.length === 1 && p.successExitCodes[0] === 0 ? '' : `; success on exit ${p.successExitCodes.join(', ')}`;
  return `${showCommand(p)}${where}${codes}${outputs}`;
}
