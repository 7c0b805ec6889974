// The campaign's workers: processes of chaos/worker.cjs on the campaign's task queue, started,
// killed with SIGKILL and restarted by the fault schedule.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { ROOT } from '../../test/helpers/stack';

/** Freezes dist/ (built from the current tree, or `from`: an earlier campaign's) under `dir` and bundles its workflows once. */
export async function freezeBuild(dir: string, from = path.join(ROOT, 'dist')): Promise<{ dist: string; bundle: string }> {
  const dist = path.join(dir, 'dist');
  fs.rmSync(dist, { recursive: true, force: true });
  fs.cpSync(from, dist, { recursive: true });
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve(path.join(dist, 'src/workflows')), logger: new DefaultLogger('WARN') });
  const bundle = path.join(dir, 'workflow-bundle.js');
  fs.writeFileSync(bundle, code);
  return { dist, bundle };
}

export class WorkerPool {
  readonly procs: ChildProcess[] = [];
  private n = 0;
  constructor(private readonly env: Record<string, string>, private readonly logDir: string) {}

  /** Starts a worker; resolves once it polls. */
  async start(): Promise<ChildProcess> {
    const log = fs.openSync(path.join(this.logDir, `worker-${++this.n}.log`), 'a');
    const child = spawn(process.execPath, [path.join(__dirname, 'worker.cjs')], { env: { ...process.env, ...this.env }, stdio: ['ignore', 'pipe', log] });
    fs.closeSync(log);
    this.procs.push(child);
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`worker did not poll within 120s: ${out.slice(-2000)}`)), 120_000);
      child.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('worker polling')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code, sig) => {
        clearTimeout(timer);
        reject(new Error(`worker exited (${code ?? sig}) before polling: ${out.slice(-2000)}`));
      });
    });
    child.stdout!.resume();
    return child;
  }

  alive(): ChildProcess[] {
    return this.procs.filter((c) => c.exitCode === null && c.signalCode === null);
  }

  /** kill -9 of one worker (the oldest alive) or of all. Returns how many were killed. */
  async kill(which: 'one' | 'all'): Promise<number> {
    const victims = which === 'one' ? this.alive().slice(0, 1) : this.alive();
    await Promise.all(victims.map((c) => new Promise<void>((r) => (c.once('exit', () => r()), c.kill('SIGKILL')))));
    return victims.length;
  }

  /** Every worker this pool ever started, gone (each waited for, at most 10 s). */
  async stopAll(): Promise<void> {
    await Promise.all(
      this.procs.map(async (c) => {
        if (c.exitCode !== null || c.signalCode !== null) return;
        const gone = new Promise((r) => c.once('exit', r));
        c.kill('SIGKILL');
        await Promise.race([gone, new Promise((r) => setTimeout(r, 10_000))]);
      }),
    );
  }
}
