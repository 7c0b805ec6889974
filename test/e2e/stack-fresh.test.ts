// `scripts/stack.sh up` on a machine where this stack has never run: a fresh state folder and
// fresh ports, so every server initializes its data from nothing; then `down` stops them all.
import { after, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/stack';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stack-'));
const ports = {
  CUTOVER_TEMPORAL_PORT: 17233,
  CUTOVER_TEMPORAL_UI_PORT: 18233,
  CUTOVER_MYSQL_PORT: 13307,
  CUTOVER_REDIS_PORT: 16380,
  CUTOVER_REDIS2_PORT: 16381,
  CUTOVER_MOTO_PORT: 15055,
  CUTOVER_BOLT_PORT: 17687,
  CUTOVER_BOLT2_PORT: 17688,
};
const env = { ...process.env, CUTOVER_STACK_DIR: dir, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) };

const stack = (cmd: string) =>
  new Promise<{ code: number; out: string }>((resolve) => {
    execFile('bash', [path.join(ROOT, 'scripts/stack.sh'), cmd], { env, timeout: 300_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

after(async () => {
  await stack('down');
  fs.rmSync(dir, { recursive: true, force: true });
});

it('comes up from nothing, says where everything listens, and goes down', async () => {
  const up = await stack('up');
  assert.equal(up.code, 0, up.out);
  for (const [name, port] of [['temporal', 17233], ['mariadb', 13307], ['redis', 16380]] as const) {
    assert.match(up.out, new RegExp(`${name}\\s+\\S*127\\.0\\.0\\.1:${port}\\s+up`), `${name} is reported up`);
  }
  const written = fs.readFileSync(path.join(dir, 'stack.env'), 'utf8');
  assert.match(written, /TEMPORAL_ADDRESS=127\.0\.0\.1:17233/);
  assert.match(written, /CUTOVER_MYSQL_URL=mysql:\/\/cutover:cutover@127\.0\.0\.1:13307/);
  assert.ok(fs.existsSync(path.join(dir, 'mariadb/data/mysql')), 'MariaDB initialized its own data folder');
  const again = await stack('up');
  assert.equal(again.code, 0, 'up is idempotent');
  assert.match(again.out, /already answering/);
  assert.equal((await stack('status')).code, 0);
  const down = await stack('down');
  assert.equal(down.code, 0, down.out);
  for (const port of Object.values(ports)) assert.equal(await listening(port), false, `port ${port} is closed after down`);
  assert.notEqual((await stack('status')).code, 0, 'status fails when the stack is down');
});
