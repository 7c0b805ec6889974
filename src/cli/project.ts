// Where the project's own files are (scripts, plans), whether running from src/ or dist/.
import fs from 'node:fs';
import path from 'node:path';

export function projectRoot(): string {
  let dir = __dirname;
  while (dir !== path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'cutover') return dir;
    dir = path.dirname(dir);
  }
  throw new Error('cannot find the cutover project folder');
}

/** Reads KEY=VALUE lines (the stack's stack.env). */
export function readEnvFile(file: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2];
  }
  return env;
}

export function packageVersion(): string {
  return JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')).version;
}
