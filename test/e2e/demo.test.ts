// The README's demo, unattended: `cutover dev` runs plans/demo.yaml against the local stack and
// exits with the run's outcome; the demo database then holds the migrated schema.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import mysql from 'mysql2/promise';
import { cli } from '../helpers/cli';
import { stackEnv } from '../helpers/stack';

it('cutover dev --unattended --exit runs the demo to success', async () => {
  const r = await cli(['dev', '--unattended', '--exit', '--no-stack'], {}, 240_000);
  assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /Temporal Web UI: http:\/\/127\.0\.0\.1:\d+\/namespaces\/default\/workflows\/cutover-demo-local/);
  assert.match(r.stdout, /step go-live \(approval\) succeeded/);
  assert.match(r.stdout, /\nsucceeded/);
  const conn = await mysql.createConnection(`${stackEnv().CUTOVER_MYSQL_URL}/cutover_demo`);
  try {
    const [cols] = await conn.query("SELECT COLUMN_NAME AS c FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'cutover_demo' AND TABLE_NAME = 'accounts' ORDER BY ORDINAL_POSITION");
    assert.deepEqual((cols as { c: string }[]).map((x) => x.c), ['id', 'email', 'created_at', 'plan']);
  } finally {
    await conn.end();
  }
});
