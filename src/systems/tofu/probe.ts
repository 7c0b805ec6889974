// `cutover doctor` for plans with tofu steps: which CLI the worker would run, and its version.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findBinary, type Binary } from './binary';

export async function probeTofu(): Promise<string> {
  const found: string[] = [];
  const missing: string[] = [];
  for (const b of ['tofu', 'terraform'] as Binary[]) {
    let bin: string;
    try {
      bin = findBinary(b, b);
    } catch (err) {
      missing.push((err as Error).message);
      continue;
    }
    const { stdout } = await promisify(execFile)(bin, ['version', '-json'], { env: { ...process.env, CHECKPOINT_DISABLE: '1' }, timeout: 30_000 });
    found.push(`${b} ${(JSON.parse(stdout) as { terraform_version: string }).terraform_version} (${bin})`);
  }
  if (!found.length) throw new Error(missing.join('; '));
  return `${found.join(', ')} here (workers need it too)`;
}
