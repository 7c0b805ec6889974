// Which CLI a step runs, found like the temporal CLI: an explicit path, the local stack's build,
// then PATH. OpenTofu and Terraform share the CLI contract cutover uses (init, workspace, plan -out,
// show -json, apply <plan>, output -json, state pull/push, force-unlock).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';

export type Binary = 'tofu' | 'terraform';

const SETTING: Record<Binary, string> = { tofu: 'CUTOVER_TOFU_BIN', terraform: 'CUTOVER_TERRAFORM_BIN' };

const executable = (file: string) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/** The binary's path; a missing one fails the step for good (no retry brings it). */
export function findBinary(binary: Binary, where: string, env: NodeJS.ProcessEnv = process.env): string {
  const setting = SETTING[binary];
  const explicit = env[setting];
  if (explicit) {
    if (executable(explicit)) return explicit;
    throw ApplicationFailure.nonRetryable(`${where}: ${setting}=${explicit} is not an executable file on the worker`, 'TofuBinaryMissing');
  }
  const built = path.join(env.CUTOVER_CACHE || path.join(os.homedir(), '.cache/cutover'), 'bin', binary);
  if (executable(built)) return built;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir && executable(path.join(dir, binary))) return path.join(dir, binary);
  }
  throw ApplicationFailure.nonRetryable(
    `${where}: no ${binary} on the worker: set ${setting} to its path or put ${binary} on PATH${binary === 'tofu' ? " (scripts/stack.sh up builds OpenTofu into the stack's cache)" : ''}`,
    'TofuBinaryMissing',
  );
}
