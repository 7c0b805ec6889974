// `cutover plan --against` end to end: the built CLI as a subprocess, a plan over MariaDB and
// Redis with a step that depends on another's output, a gate, an unreachable target and a variable
// not set in the CLI's environment. The text and --json say what each step would do, the exit code
// is 6 while some step could not be previewed and 0 once all could, and the databases and keys are
// the same before and after.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import Redis from 'ioredis';
import { cli } from '../helpers/cli';
import { tempDatabase, type TempDatabase } from '../helpers/mysql';
import { stackEnv } from '../helpers/stack';
import { mysqlState } from '../systems/plan-against-fixtures';

const MIGRATIONS = path.resolve(__dirname, '../fixtures/migrations/basic');

function writePlan(dir: string, name: string, steps: string, targets: string): string {
  const file = path.join(dir, `${name}.yaml`);
  fs.writeFileSync(
    file,
    `name: against-e2e
environment: test
targets:
${targets}
phases:
  migrateData:
${steps}
`,
  );
  return file;
}

describe('cutover plan --against', () => {
  let appDb: TempDatabase;
  let oldDb: TempDatabase;
  let newDb: TempDatabase;
  let redis: Redis;
  let dir: string;
  const keyPrefix = `t:against-e2e:${Date.now().toString(36)}:`;
  let env: Record<string, string>;

  before(async () => {
    [appDb, oldDb, newDb] = [await tempDatabase('age'), await tempDatabase('ago'), await tempDatabase('agn')];
    const o = await mysql.createConnection(oldDb.url);
    await o.query('CREATE TABLE orders (id INT PRIMARY KEY, total INT NOT NULL)');
    await o.query(`INSERT INTO orders VALUES ${Array.from({ length: 10 }, (_, i) => `(${i + 1}, ${i * 10})`).join(', ')}`);
    await o.end();
    const n = await mysql.createConnection(newDb.url);
    await n.query('CREATE TABLE orders (id INT PRIMARY KEY, total INT NOT NULL)');
    await n.query('INSERT INTO orders VALUES (1, 0), (2, 0), (3, 0)');
    await n.end();
    redis = new Redis(stackEnv().CUTOVER_REDIS_URL);
    for (let i = 0; i < 5; i++) await redis.set(`${keyPrefix}${i}`, String(i));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'against-e2e-'));
    fs.cpSync(MIGRATIONS, path.join(dir, 'migrations'), { recursive: true });
    env = { E2E_APP_DB: appDb.url, E2E_OLD_DB: oldDb.url, E2E_NEW_DB: newDb.url, E2E_CACHE: stackEnv().CUTOVER_REDIS_URL, E2E_CACHE2: stackEnv().CUTOVER_REDIS2_URL };
  });
  after(async () => {
    for (let i = 0; i < 5; i++) await redis.del(`${keyPrefix}${i}`);
    redis.disconnect();
    for (const d of [appDb, oldDb, newDb]) await d?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const targets = `  app: { kind: mysql, url: "\${env:E2E_APP_DB}" }
  old: { kind: mysql, url: "\${env:E2E_OLD_DB}" }
  new: { kind: mysql, url: "\${env:E2E_NEW_DB}" }
  cache: { kind: redis, url: "\${env:E2E_CACHE}" }
  cache2: { kind: redis, url: "\${env:E2E_CACHE2}" }`;
  const good = `    - { id: schema, kind: mysql.migrate, target: app, dir: migrations }
    - { id: orders, kind: mysql.copyTable, source: old, target: new, table: orders, where: "id <= 8", onExisting: overwrite }
    - { id: later, kind: mysql.copyTable, source: old, target: new, table: orders, where: "id > \${steps.schema.after}" }
    - { id: sessions, kind: redis.copyKeys, source: cache, target: cache2, pattern: "${keyPrefix}*" }
    - { id: go-live, kind: approval }`;

  const states = async () => ({ app: await mysqlState(appDb.url), old: await mysqlState(oldDb.url), new: await mysqlState(newDb.url), keys: (await redis.keys(`${keyPrefix}*`)).sort() });

  it('every step previewed: what each would do, exit 0, nothing written', async () => {
    const file = writePlan(dir, 'good', good, targets);
    const before = await states();
    const r = await cli(['plan', file, '--against'], env);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const out = r.stdout;
    assert.match(out, /^plan against-e2e on test \(.*good\.yaml\), read against its targets: nothing was written$/m);
    assert.match(out, /^ {3}1\. schema +mysql\.migrate +3 of 3 migrations to apply on app \(age_\w+\), 0 applied; no history table yet$/m);
    assert.match(out, /^ +\+ version 2 customers_tier: 0002_customers_tier\.up\.sql, 2 statements$/m);
    assert.match(out, /^ {3}2\. orders +mysql\.copyTable +would copy 8 rows of old \(ago_\w+\.orders\) \(where id <= 8\) into new \(agn_\w+\.orders\): 5 new rows, 3 rows already there \(overwritten\)$/m);
    assert.match(out, /^ +~ 3 rows overwritten: /m);
    assert.match(out, /^ {3}3\. later +mysql\.copyTable +depends on the output of step schema: known once the run gets there$/m);
    assert.match(out, /^ {3}4\. sessions +redis\.copyKeys +would copy 5 keys matching ".*" from cache into cache2: 5 new keys$/m);
    assert.match(out, /^ {3}5\. go-live +approval +a gate: waits for approve or reject$/m);
    assert.match(out, /^Against the targets: \d+ to create, 1 to change, 0 to delete, 2 to move, \d+ already so, 0 read\.$/m);
    assert.match(out, /^3 of 5 steps previewed, 1 step depends on earlier outputs, 1 without a preview\.$/m);
    assert.deepEqual(await states(), before);
  });

  it('an unreachable target and a variable not set here fail their own steps only: exit 6, --json says the same', async () => {
    const file = writePlan(
      dir,
      'partly',
      `${good}
    - { id: dead, kind: mysql.migrate, target: gone, dir: migrations }
    - { id: unset, kind: mysql.migrate, target: nowhere, dir: migrations }`,
      `${targets}
  gone: { kind: mysql, url: "mysql://cutover:cutover@127.0.0.1:1/x" }
  nowhere: { kind: mysql, url: "\${env:E2E_NOT_SET_HERE}" }`,
    );
    const before = await states();
    const text = await cli(['plan', file, '--against'], env);
    assert.equal(text.code, 6, text.stderr + text.stdout);
    assert.match(text.stdout, /^ {3}6\. dead +mysql\.migrate +could not be previewed: step dead: target gone \(mysql:\/\/cutover@127\.0\.0\.1:1\/x\): connect ECONNREFUSED 127\.0\.0\.1:1 \[MysqlUnreachable\]$/m);
    assert.match(text.stdout, /^ {3}7\. unset +mysql\.migrate +could not be previewed: step unset: \$\{env:E2E_NOT_SET_HERE\} is not set here \(--against resolves references in this process: it needs the worker's variables and credentials\) \[MissingEnv\]$/m);
    assert.match(text.stdout, /^3 of 7 steps previewed, .*, 2 could not be previewed\.$/m);
    assert.ok(!text.stdout.includes('cutover:cutover'), 'no password in the output');

    const json = await cli(['plan', file, '--against', '--json'], env);
    assert.equal(json.code, 6, json.stderr);
    const r = JSON.parse(json.stdout) as { complete: boolean; readOnly: boolean; steps: Array<{ id: string; status: string; error?: { type: string }; dependsOn?: string[]; preview?: { changes: { action: string }[] } }> };
    assert.equal(r.complete, false);
    assert.equal(r.readOnly, true);
    assert.deepEqual(r.steps.map((s) => `${s.id} ${s.status}`), ['schema previewed', 'orders previewed', 'later depends', 'sessions previewed', 'go-live no-preview', 'dead failed', 'unset failed']);
    assert.deepEqual(r.steps.find((s) => s.id === 'later')!.dependsOn, ['schema']);
    assert.equal(r.steps.find((s) => s.id === 'dead')!.error!.type, 'MysqlUnreachable');
    assert.deepEqual(r.steps.find((s) => s.id === 'orders')!.preview!.changes.map((c) => c.action), ['move', 'create', 'change']);
    assert.deepEqual(await states(), before);
  });

  it('a bad --timeout is bad input (4); without --against, plan explains as before', async () => {
    const file = writePlan(dir, 'good2', good, targets);
    const bad = await cli(['plan', file, '--against', '--timeout', 'soon'], env);
    assert.equal(bad.code, 4, bad.stderr);
    assert.match(bad.stderr, /--timeout soon: expected a duration such as 30s or 2m/);
    const plain = await cli(['plan', file], env);
    assert.equal(plain.code, 0, plain.stderr);
    assert.match(plain.stdout, /undo: run the down scripts/);
  });
});
