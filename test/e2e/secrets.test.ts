// A run that uses secrets from Secrets Manager (moto) and rolls back: the values reach the systems
// that need them (the endpoint accepts the token, the database the password), and appear nowhere
// else — not in the workflow's history as `temporal workflow show` prints it, not in the status,
// the CI summary or the worker's log.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { CreateSecretCommand, PutSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import mysql from 'mysql2/promise';
import { cli, startWorkerProcess, stopProcess } from '../helpers/cli';
import { tempDatabase, type TempDatabase } from '../helpers/mysql';
import { stackEnv } from '../helpers/stack';

const PLAN = path.join(__dirname, 'fixtures/secrets.yaml');
const token = `tok-${randomBytes(12).toString('hex')}`;
const password = `pw-${randomBytes(12).toString('hex')}`;
const user = `sec${randomBytes(4).toString('hex')}`;
let server: http.Server;
let db: TempDatabase;
let env: Record<string, string>;
let worker: Awaited<ReturnType<typeof startWorkerProcess>>;
let tokenSeen = 0;

async function putSecret(sm: SecretsManagerClient, name: string, value: string): Promise<void> {
  try {
    await sm.send(new CreateSecretCommand({ Name: name, SecretString: value }));
  } catch (err) {
    if ((err as Error).name !== 'ResourceExistsException') throw err;
    await sm.send(new PutSecretValueCommand({ SecretId: name, SecretString: value }));
  }
}

before(async () => {
  const s = stackEnv();
  const aws = { AWS_ENDPOINT_URL: s.AWS_ENDPOINT_URL, AWS_REGION: s.AWS_REGION, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' };
  const sm = new SecretsManagerClient({ endpoint: aws.AWS_ENDPOINT_URL, region: aws.AWS_REGION, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  await putSecret(sm, 'e2e-secrets/api-token', token);
  await putSecret(sm, 'e2e-secrets/db', JSON.stringify({ password }));
  server = http.createServer((req, res) => {
    const ok = req.url === '/private' && req.headers.authorization === `Bearer ${token}`;
    if (ok) tokenSeen++;
    res.writeHead(ok ? 200 : req.url === '/broken' ? 500 : 401).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  db = await tempDatabase('sec');
  // A user of its own whose password only the secret holds.
  const admin = await mysql.createConnection(s.CUTOVER_MYSQL_URL);
  await admin.query(`CREATE USER '${user}'@'%' IDENTIFIED BY '${password}'`);
  await admin.query(`GRANT ALL ON \`${db.name}\`.* TO '${user}'@'%'`);
  await admin.end();
  env = {
    ...aws,
    TEMPORAL_TASK_QUEUE: `secrets-${randomUUID()}`,
    E2E_APP_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    E2E_DB_HOST: new URL(s.CUTOVER_MYSQL_URL).host,
    E2E_DB_NAME: db.name,
  };
  worker = await startWorkerProcess(env);
});
after(async () => {
  if (worker) await stopProcess(worker);
  server?.close();
  const admin = await mysql.createConnection(stackEnv().CUTOVER_MYSQL_URL);
  await admin.query(`DROP USER IF EXISTS '${user}'@'%'`);
  await admin.end();
  await db?.drop();
});

it('secrets reach the systems that need them and appear in no history, status, summary or log', async () => {
  const id = `e2e-secrets-${randomUUID()}`;
  const summary = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'summary-')), 'summary.md');
  const r = await cli(['start', PLAN, '--wait', '--id', id, '--summary', summary, '--set', `targets.appDb.url=mysql://${user}:\${secret:e2e-secrets/db#password}@\${env:E2E_DB_HOST}/\${env:E2E_DB_NAME}`], env);
  assert.equal(r.code, 1, `${r.stdout}\n${r.stderr}`);
  assert.ok(tokenSeen >= 1, 'the endpoint received the token from the secret');
  const status = JSON.parse((await cli(['status', id, '--json'], env)).stdout);
  assert.equal(status.state, 'rolled_back');
  assert.deepEqual(status.steps.map((x: { id: string; state: string; undo: { state: string } }) => [x.id, x.state, x.undo.state]), [
    ['api', 'succeeded', 'none'],
    ['schema', 'succeeded', 'succeeded'],
    ['late', 'failed', 'none'],
  ]);
  assert.deepEqual(status.steps[1].output.applied, [1, 2], 'the migration connected with the password from the secret');

  const shown = execFileSync(stackEnv().CUTOVER_TEMPORAL_BIN, ['workflow', 'show', '--address', stackEnv().TEMPORAL_ADDRESS, '-w', id, '-o', 'json'], { encoding: 'utf8' });
  // Payloads are base64 in that JSON: search them decoded too.
  const history = `${shown}\n${decodedPayloads(JSON.parse(shown)).join('\n')}`;
  assert.match(history, /e2e-secrets\/api-token/, 'the history holds the reference');
  const places = { history, status: JSON.stringify(status), summary: fs.readFileSync(summary, 'utf8'), output: r.stdout + r.stderr, 'worker log': worker.logs() };
  for (const [where, text] of Object.entries(places)) {
    assert.ok(!text.includes(token), `the token is in the ${where}`);
    assert.ok(!text.includes(password), `the password is in the ${where}`);
  }
});

/** The text of every payload (`{ metadata, data }` with base64 data) in a JSON history. */
function decodedPayloads(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(decodedPayloads);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own = typeof o.data === 'string' && o.metadata ? [Buffer.from(o.data, 'base64').toString('utf8')] : [];
  return [...own, ...Object.values(o).flatMap(decodedPayloads)];
}
