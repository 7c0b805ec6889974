// A worker killed with SIGKILL in the middle of a step: a new worker picks the run up (the
// step's heartbeat times out and it is retried there), and nothing is done twice.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import mysql from 'mysql2/promise';
import { cli, startWorkerProcess, stopProcess, untilStatus } from '../helpers/cli';
import { tempDatabase, type TempDatabase } from '../helpers/mysql';

let db: TempDatabase;
let app: http.Server;
let healthy = false;
let env: Record<string, string>;
const workers: Awaited<ReturnType<typeof startWorkerProcess>>[] = [];

before(async () => {
  db = await tempDatabase('crash');
  app = http.createServer((_req, res) => {
    res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: healthy ? 'healthy' : 'starting' }));
  });
  await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
  env = {
    TEMPORAL_TASK_QUEUE: `crash-${randomUUID()}`,
    E2E_DATABASE_URL: db.url,
    E2E_APP_URL: `http://127.0.0.1:${(app.address() as AddressInfo).port}`,
  };
});

after(async () => {
  for (const w of workers) await stopProcess(w, 'SIGKILL');
  app?.close();
  await db?.drop();
});

it('a run survives its worker being killed mid-step', async () => {
  const id = `crash-${randomUUID()}`;
  workers.push(await startWorkerProcess(env));
  const started = await cli(
    [
      'start', path.join(__dirname, 'fixtures/rollout.yaml'), '--id', id,
      '--set', 'defaults.heartbeatTimeout=2s',
      '--set', 'steps.smoke.within=2m',
    ],
    env,
  );
  assert.equal(started.code, 0, started.stderr);
  // Wait until the health check is polling (the migrations are done by then).
  await untilStatus(id, env, 'the smoke step to run', (s) => s.steps.find((x) => x.id === 'smoke')?.state === 'running', { ms: 30_000 });
  await stopProcess(workers[0], 'SIGKILL');
  healthy = true;
  workers.push(await startWorkerProcess(env));
  const watched = await cli(['watch', id, '--json'], env);
  assert.equal(watched.code, 0, watched.stdout);
  const s = JSON.parse(watched.stdout);
  const smoke = s.steps.find((x: { id: string }) => x.id === 'smoke');
  assert.ok(smoke.attempts >= 2, `the smoke step ran again on the new worker (${smoke.attempts} attempts)`);
  // Read the database, not the report: each migration recorded and applied exactly once.
  const conn = await mysql.createConnection(db.url);
  try {
    const [rows] = await conn.query('SELECT version FROM cutover_schema_history ORDER BY version');
    assert.equal((rows as unknown[]).length, 2);
    const [cols] = await conn.query("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'orders'");
    assert.equal((cols as unknown[]).length, 4);
  } finally {
    await conn.end();
  }
});
