// The `cutover` command line. Every failure ends in one of the documented exit codes.
import { Command, CommanderError } from 'commander';
import { CutoverError, EXIT } from '../exit-codes';
import { PlanError } from '../plan';
import { registerAnswerCommands } from './commands/answer-commands';
import { registerCompletionCommand } from './commands/completion-command';
import { registerDevCommand } from './commands/dev-command';
import { registerDoctorCommand } from './commands/doctor-command';
import { registerPlanCommands } from './commands/plan-commands';
import { registerRunCommands } from './commands/run-commands';
import { registerSchemaCommand } from './commands/schema-command';
import { registerWorkerCommand } from './commands/worker-command';
import { packageVersion } from './project';
import { loadConfiguredPlugins } from '../plugins';

const INTERNAL_ERROR = 70;

/** The commands that read plans or run kinds, and so must know the plugins' kinds first. */
const NEEDS_PLUGINS = new Set(['validate', 'plan', 'start', 'worker', 'dev', 'doctor']);

export function buildProgram(): Command {
  const program = new Command('cutover')
    .description('deployment and migration plans run as durable, reversible Temporal workflows')
    .version(packageVersion())
    .showSuggestionAfterError()
    .addHelpText(
      'after',
      `
Exit codes: 0 succeeded · 1 failed and rolled back · 2 rollback incomplete, or terminated in Temporal (a person is needed)
            3 aborted or rejected, rolled back · 4 bad input (plan, flags, settings, refused request) · 5 Temporal unreachable
            6 plan --against: some steps could not be previewed
Environment: TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_TASK_QUEUE, TEMPORAL_API_KEY, TEMPORAL_TLS_*, CUTOVER_PLANS_DIR,
             CUTOVER_PLUGINS (step kinds from plugin modules, also named in cutover.config.json)`,
    )
    .hook('preAction', async (_program, command) => {
      if (NEEDS_PLUGINS.has(command.name())) await loadConfiguredPlugins();
    });
  registerPlanCommands(program);
  registerRunCommands(program);
  registerAnswerCommands(program);
  registerWorkerCommand(program);
  registerDevCommand(program);
  registerDoctorCommand(program);
  registerSchemaCommand(program);
  registerCompletionCommand(program);
  // Wrong flags and arguments are bad input (4), not commander's generic 1.
  program.exitOverride();
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

function exitCodeOf(err: unknown): { code: number; message?: string } {
  if (err instanceof CommanderError) {
    if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(err.code)) return { code: 0 };
    return { code: EXIT.badInput }; // commander has already printed the message
  }
  if (err instanceof CutoverError) return { code: err.exitCode, message: err.message };
  if (err instanceof PlanError) return { code: EXIT.badInput, message: err.message };
  // Looked up only on the error path: the client SDK loads when a command talks to Temporal.
  const { ServiceError } = require('@temporalio/client') as typeof import('@temporalio/client');
  if (err instanceof ServiceError && /UNAVAILABLE|ECONNREFUSED|deadline/i.test(`${err.message} ${(err.cause as Error | undefined)?.message ?? ''}`)) {
    return { code: EXIT.unreachable, message: `Temporal unreachable: ${err.message}` };
  }
  return { code: INTERNAL_ERROR, message: `internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}` };
}

export async function main(argv = process.argv): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    const { code, message } = exitCodeOf(err);
    if (message) console.error(err instanceof PlanError ? message : `cutover: ${message}`);
    process.exitCode = code;
  }
  // Connections and timers must not keep a finished command alive.
  if (!['worker', 'dev'].includes(argv[2] ?? '')) setTimeout(() => process.exit(), 50).unref();
}

if (require.main === module) void main();
