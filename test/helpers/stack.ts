// Addresses of the local stack (scripts/stack.sh up writes them). A test that needs the stack
// and cannot find it fails with a message saying how to start it; it never skips.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

export function stackEnv(): Record<string, string> {
  const file = path.join(process.env.CUTOVER_STACK_DIR ?? path.join(ROOT, '.stack'), 'stack.env');
  if (!fs.existsSync(file)) throw new Error(`local stack not found (${file}); run: scripts/stack.sh up`);
  const env: Record<string, string> = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2];
  }
  return env;
}
