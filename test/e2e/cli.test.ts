// The CLI end to end: a real worker process, the real Temporal server and MariaDB. Outcomes are
// checked by reading the database, not cutover's own report.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { cli, startWorkerProcess, stopProcess, untilStatus } from '../helpers/cli';
import { stackEnv } from '../helpers/stack';
import { tempDatabase, type TempDatabase } from '../helpers/mysql';

const fixtures = path.join(__dirname, 'fixtures');
const plan = (name: string) => path.join(fixtures, name);

describe('cutover CLI end to end', () => {
  let db: TempDatabase;
  let app: http.Server;
  let env: Record<string, string>;
  let worker: Awaited<ReturnType<typeof startWorkerProcess>>;

  before(async () => {
    db = await tempDatabase('e2e');
    app = http.createServer((req, res) => {
      const healthy = req.url === '/ok';
      res.writeHead(healthy ? 200 : 500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: healthy ? 'healthy' : 'degraded' }));
    });
    await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
    env = {
      TEMPORAL_TASK_QUEUE: `e2e-${randomUUID()}`,
      E2E_DATABASE_URL: db.url,
      E2E_APP_URL: `http://127.0.0.1:${(app.address() as AddressInfo).port}`,
    };
    worker = await startWorkerProcess(env);
  });

  after(async () => {
    if (worker) await stopProcess(worker);
    app?.close();
    await db?.drop();
  });

  it('a broken plan exits 4 with file:line:col for each problem', async () => {
    const r = await cli(['validate', plan('broken.yaml')]);
    assert.equal(r.code, 4, r.stderr);
    assert.match(r.stderr, /broken\.yaml:6:\d+: .*duplicate.*one/i);
    assert.match(r.stderr, /broken\.yaml:6:\d+: .*wiat/);
    assert.match(r.stderr, /broken\.yaml:8:\d+: .*nowhere/);
    const json = await cli(['validate', plan('broken.yaml'), '--json']);
    assert.equal(json.code, 4);
    assert.ok(JSON.parse(json.stdout).issues.length >= 3);
  });

  it('a wrong flag or setting is bad input (4); an unreachable Temporal is 5', async () => {
    assert.equal((await cli(['start', plan('rollout.yaml'), '--wiat'])).code, 4);
    const r = await cli(['status', 'anything'], { TEMPORAL_ADDRESS: '127.0.0.1:1' });
    assert.equal(r.code, 5, r.stderr);
    assert.match(r.stderr, /cannot reach Temporal at 127\.0\.0\.1:1/);
    const w = await cli(['worker'], { CUTOVER_CHECKPOINT_INTERVAL: 'fast' });
    assert.equal(w.code, 4, w.stderr);
    assert.match(w.stderr, /CUTOVER_CHECKPOINT_INTERVAL: expected a duration such as 500ms or 2s, got "fast"/);
  });

  it('a plan whose last step fails exits 1 and leaves the schema as it was', async () => {
    const before = await db.schema();
    const id = `e2e-fail-${randomUUID()}`;
    const r = await cli(['start', plan('rollout.yaml'), '--wait', '--id', id], env);
    assert.equal(r.code, 1, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /step smoke \(http\.check\) failed/);
    assert.match(r.stdout, /undo schema succeeded/);
    assert.match(r.stdout, /rolled_back/);
    assert.deepEqual(await db.schema(), before, 'the migrations were undone');
    const s = JSON.parse((await cli(['status', id, '--json'], env)).stdout);
    assert.equal(s.state, 'rolled_back');
  });

  it('the same plan fixed exits 0 and the schema is migrated', async () => {
    const id = `e2e-ok-${randomUUID()}`;
    const r = await cli(['start', plan('rollout.yaml'), '--wait', '--id', id, '--set', 'steps.smoke.url=${env:E2E_APP_URL}/ok'], env);
    assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
    const schema = (await db.schema()) as { columns: { COLUMN_NAME?: string; column_name?: string }[] };
    const columns = schema.columns.map((c) => c.COLUMN_NAME ?? c.column_name);
    assert.ok(columns.includes('status'), `orders.status exists: ${columns.join(',')}`);
    const list = JSON.parse((await cli(['list', '--plan', 'e2e-rollout', '--json'], env)).stdout) as { workflowId: string; state: string }[];
    assert.ok(list.some((x) => x.workflowId === id), 'the run is listed from visibility');
  });

  /** A database and a worker of its own (references resolve on the worker, from its environment). */
  async function ownWorld() {
    const other = await tempDatabase('e2e');
    const genv = { ...env, TEMPORAL_TASK_QUEUE: `e2e-${randomUUID()}`, E2E_DATABASE_URL: other.url };
    const w = await startWorkerProcess(genv);
    return { other, genv, close: async () => (await stopProcess(w), await other.drop()) };
  }

  it('a second start is refused (4); a rejected gate rolls back (3)', async () => {
    const { other, genv, close } = await ownWorld();
    try {
      const id = `e2e-gate-${randomUUID()}`;
      const first = await cli(['start', plan('gated.yaml'), '--id', id], genv);
      assert.equal(first.code, 0, first.stderr);
      assert.equal(first.stdout.trim(), id);
      const second = await cli(['start', plan('gated.yaml'), '--id', id], genv);
      assert.equal(second.code, 4);
      assert.match(second.stderr, /already in progress/);
      // wait for the gate, answer it wrongly, then properly
      await untilStatus(id, genv, 'the gate', (s) => s.waitingFor?.type === 'gate', { ms: 20_000 });
      assert.notDeepEqual(await other.schema(), { columns: [], indexes: [] }, 'the schema was migrated before the gate');
      const unknown = await cli(['approve', id, 'nope'], genv);
      assert.equal(unknown.code, 4);
      assert.match(unknown.stderr, /unknown gate nope/);
      const rejected = await cli(['reject', id, '--reason', 'not today'], genv);
      assert.equal(rejected.code, 0, rejected.stderr);
      const watched = await cli(['watch', id], genv);
      assert.equal(watched.code, 3, watched.stdout);
      assert.deepEqual(await other.schema(), { columns: [], indexes: [] }, 'the schema was rolled back');
    } finally {
      await close();
    }
  });

  it('a run terminated in Temporal is reported as such, with the steps left done (2)', async () => {
    const { other, genv, close } = await ownWorld();
    const connection = await Connection.connect({ address: stackEnv().TEMPORAL_ADDRESS });
    try {
      const id = `e2e-terminated-${randomUUID()}`;
      const started = await cli(['start', plan('gated.yaml'), '--id', id], genv);
      assert.equal(started.code, 0, started.stderr);
      await untilStatus(id, genv, 'the gate', (s) => s.waitingFor?.type === 'gate', { ms: 20_000 });
      await new Client({ connection }).workflow.getHandle(id).terminate('stopped by an operator');
      for (const command of ['status', 'watch']) {
        const r = await cli([command, id], genv);
        assert.equal(r.code, 2, `${command}: ${r.stdout}${r.stderr}`);
        assert.match(r.stderr, /was terminated in Temporal \(reason: stopped by an operator\)/);
        assert.match(r.stderr, /steps it had completed, not undone: schema\b/);
      }
      assert.notDeepEqual(await other.schema(), { columns: [], indexes: [] }, 'nothing was rolled back');
    } finally {
      await connection.close();
      await close();
    }
  });
});
