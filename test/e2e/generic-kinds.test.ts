// exec and http.request through the CLI and a worker process, in a run that rolls back: each
// step fails its first attempt and succeeds on the retry with the same idempotency key, both undos
// run with the step's outputs, and the secret that both steps use (in env, a header, the URL and
// the body, said by the command and echoed by the API) appears in no history, status or log line.
// And an abort reaches a running command through Temporal's cancellation: its group is killed.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { cli, startWorkerProcess, stopProcess } from '../helpers/cli';
import { stackEnv } from '../helpers/stack';
import { until } from '../helpers/poll';

const PLAN = path.join(__dirname, 'fixtures/generic-kinds.yaml');
const ABORT_PLAN = path.join(__dirname, 'fixtures/generic-kinds-abort.yaml');
const secret = `gk-${randomBytes(12).toString('hex')}`;
let server: http.Server;
let state: string;
let env: Record<string, string>;
let worker: Awaited<ReturnType<typeof startWorkerProcess>>;
const requests: { method: string; url: string; key?: string; auth?: string; body: string }[] = [];

before(async () => {
  state = fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-gk-'));
  let posts = 0;
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      requests.push({ method: req.method!, url: req.url!, key: req.headers['idempotency-key'] as string, auth: req.headers.authorization, body });
      const json = (status: number, v: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(v));
      if (req.method === 'POST' && req.url!.startsWith('/items')) {
        const token = JSON.parse(body).token;
        // The first attempt meets a server that is starting, and says what it got.
        return ++posts === 1 ? json(503, { error: `not ready for ${token}` }) : json(201, { id: 'item-7', token });
      }
      if (req.method === 'DELETE' && req.url === '/items/item-7') return res.writeHead(204).end();
      return json(503, { status: 'degraded' }); // /health: the run rolls back
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  env = {
    TEMPORAL_TASK_QUEUE: `generic-kinds-${randomUUID()}`,
    E2E_GK_SECRET: secret,
    E2E_GK_API: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    E2E_GK_STATE: state,
  };
  worker = await startWorkerProcess(env);
});
after(async () => {
  if (worker) await stopProcess(worker);
  server?.close();
  fs.rmSync(state, { recursive: true, force: true });
});

it('exec and http.request retry with one idempotency key, undo with their outputs, and never leak the secret', async () => {
  const id = `e2e-generic-kinds-${randomUUID()}`;
  const r = await cli(['start', PLAN, '--wait', '--id', id], env);
  assert.equal(r.code, 1, `${r.stdout}\n${r.stderr}\n${worker.logs()}`);

  const status = JSON.parse((await cli(['status', id, '--json'], env)).stdout);
  assert.equal(status.state, 'rolled_back');
  type Step = { id: string; state: string; attempts: number; output: Record<string, unknown>; undo: { state: string } };
  const steps = Object.fromEntries(status.steps.map((s: Step) => [s.id, s]));
  assert.deepEqual([steps.mint.state, steps.mint.undo.state, steps.create.state, steps.create.undo.state, steps.smoke.state], ['succeeded', 'succeeded', 'succeeded', 'succeeded', 'failed']);
  assert.deepEqual(steps.mint.output, { id: 'res-2', token: '***' });
  assert.deepEqual(steps.create.output, { id: 'item-7', echo: '***' });

  // exec: two attempts, one key; the undo got the outputs and the same key.
  const minted = fs.readFileSync(path.join(state, 'mint-keys'), 'utf8').trim().split('\n');
  assert.equal(minted.length, 2);
  const [key] = minted[0].split(' ');
  assert.match(key, /^cutover-[0-9a-f]{32}$/);
  assert.deepEqual(minted, [`${key} 1 --name cutover`, `${key} 2 --name cutover`]);
  assert.deepEqual(fs.readFileSync(path.join(state, 'burned'), 'utf8').trim().split('\n'), ['res-2', 'res-2', JSON.stringify({ id: 'res-2', token: '***' }), key]);

  // http.request: two POSTs with one key and the secret where it belongs; the DELETE with the output.
  const posts = requests.filter((q) => q.method === 'POST');
  assert.equal(posts.length, 2);
  assert.equal(posts[0].key, posts[1].key);
  assert.match(posts[0].key!, /^cutover-[0-9a-f]{32}$/);
  assert.notEqual(posts[0].key, key, 'each step has its own key');
  assert.equal(posts[1].auth, `Bearer ${secret}`);
  assert.equal(posts[1].url, `/items?token=${secret}`);
  assert.equal(JSON.parse(posts[1].body).token, secret);
  const deletes = requests.filter((q) => q.method === 'DELETE');
  assert.deepEqual(
    deletes.map((q) => [q.url, q.key, q.auth]),
    [['/items/item-7', `${posts[0].key}-undo`, `Bearer ${secret}`]],
  );

  const stack = stackEnv();
  const shown = execFileSync(stack.CUTOVER_TEMPORAL_BIN, ['workflow', 'show', '--address', stack.TEMPORAL_ADDRESS, '-w', id, '-o', 'json'], { encoding: 'utf8' });
  const history = `${shown}\n${decodedPayloads(JSON.parse(shown)).join('\n')}`;
  assert.match(history, /\$\{env:E2E_GK_SECRET\}/, 'the history holds the reference');
  assert.match(history, /transient failure, token \*\*\*/, "the first attempt's failure is recorded with its last line, scrubbed");
  assert.match(history, /answered 503, expected 2xx: \{\\*"error\\*":\\*"not ready for \*\*\*\\*"\}/, "the API's answer is recorded, scrubbed");
  const logs = worker.logs();
  assert.match(logs, /minting with token \*\*\*/, "the command's output is in the worker's log");
  assert.match(logs, /burning res-2 with token \*\*\*/, "the undo command's output too");
  const places = { history, status: JSON.stringify(status), 'CLI output': r.stdout + r.stderr, 'worker log': logs };
  for (const [where, text] of Object.entries(places)) assert.ok(!text.includes(secret), `the secret is in the ${where}`);
});

it('aborting the run stops the running command and its grandchild (cancellation through Temporal)', async () => {
  const id = `e2e-generic-kinds-abort-${randomUUID()}`;
  const pidFile = path.join(state, 'grandchild.pid');
  assert.equal((await cli(['start', ABORT_PLAN, '--id', id], env)).code, 0);
  await until('the grandchild runs', () => fs.existsSync(pidFile) && fs.readFileSync(pidFile, 'utf8').trim() !== '', { ms: 30_000 });
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  assert.ok(alive(pid));
  assert.equal((await cli(['abort', id, '--reason', 'enough'], env)).code, 0);
  const watched = await cli(['watch', id, '--json'], env);
  assert.equal(watched.code, 3, watched.stdout + watched.stderr);
  assert.equal(JSON.parse(watched.stdout).state, 'aborted');
  await until('the grandchild is gone', () => !alive(pid), { ms: 10_000 });
});

/** Running, and not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** The text of every payload (`{ metadata, data }` with base64 data) in a JSON history. */
function decodedPayloads(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(decodedPayloads);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own = typeof o.data === 'string' && o.metadata ? [Buffer.from(o.data, 'base64').toString('utf8')] : [];
  return [...own, ...Object.values(o).flatMap(decodedPayloads)];
}
