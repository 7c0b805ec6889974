// A worker SIGKILLed in the middle of a parallel group: mysql.copyTable, postgres.copyTable and
// redis.copyKeys run at once through the CLI on a real `cutover worker`; once the server holds a
// checkpoint part-way through each of the three, the worker is killed, a new one is started, and
// every copy resumes from its checkpoint. Until the kill the three sources answer through Toxiproxy
// with added latency, so that all three copies are part-way at once however fast or loaded the
// machine is; the new worker finds them at full speed. Then either the run succeeds with each target equal to
// its source (counts and checksums read from the servers, each row journaled once: no duplicates),
// or the smoke check after the group fails and the whole group is undone: each target exactly as
// it was, its own rows and keys (some overwritten by the copies) back, no journal left.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import type Redis from 'ioredis';
import type { RowDataPacket } from 'mysql2/promise';
import { pendingSteps } from '../../src/cli/pending';
import { cli, startWorkerProcess, stopProcess } from '../helpers/cli';
import { tempDatabase, type TempDatabase } from '../helpers/mysql';
import { pollFor } from '../helpers/poll';
import { tempSchema, type TempSchema } from '../helpers/postgres';
import { stackEnv } from '../helpers/stack';
import { slowLink, type SlowLink } from '../helpers/toxiproxy';
import { connect, dump as dumpTable, tables } from '../systems/mysql-copy-fixtures';
import { pgDump, pgTables } from '../systems/postgres-copy-fixtures';
import { client, countKeys, dump as dumpKeys, prefix, redisUrls, wipe } from '../systems/redis-fixtures';

const PLAN = path.join(__dirname, 'fixtures/group-kill.yaml');
const ROWS = 60_000;
const PG_ROWS = 60_000;
const KEYS = 60_000;
/** Progress each copy must have checkpointed (and not finished) when the worker dies. */
const AT_LEAST = 2_000;
/** Latency of every answer from the sources until the kill: at least this per page of a copy. */
const SLOW_MS = 100;
const COPIES = { 'copy-table': 'mysql.copyTable', 'copy-pg': 'postgres.copyTable', 'copy-cache': 'redis.copyKeys' } as const;

type Worker = Awaited<ReturnType<typeof startWorkerProcess>>;
const workers: Worker[] = [];
const p = prefix('gkill');
const key = (i: number) => `${p}k:${i}`;
let mysqlSrc: TempDatabase;
let pgSrc: TempSchema;
let src: Redis;
let dst: Redis;
let app: http.Server;
let healthy = true;
/** The sources as the worker reaches them: through Toxiproxy. */
let links: { mysql: SlowLink; pg: SlowLink; redis: SlowLink };

// Per test: targets of their own.
let mysqlDst: TempDatabase;
let pgDst: TempSchema;
let env: Record<string, string>;

before(async () => {
  mysqlSrc = await tempDatabase('gks');
  const m = await connect(mysqlSrc.url);
  await m.query('CREATE TABLE accounts (id BIGINT PRIMARY KEY, owner VARCHAR(60) NOT NULL, balance DECIMAL(12,2) NULL)');
  await m.query(`INSERT INTO accounts SELECT seq, CONCAT('owner-', seq, '-', MD5(seq)), IF(seq MOD 9 = 0, NULL, seq / 7) FROM seq_1_to_${ROWS}`);
  await m.end();

  pgSrc = await tempSchema('gks', 'cutover_test');
  await pgSrc.client.query(`CREATE TABLE "${pgSrc.name}".ledger (id BIGINT PRIMARY KEY, owner TEXT NOT NULL, amount NUMERIC(12, 2), doc JSONB)`);
  await pgSrc.client.query(
    `INSERT INTO "${pgSrc.name}".ledger SELECT i, 'owner-' || md5(i::text), CASE WHEN i % 9 = 0 THEN NULL ELSE i / 7.0 END, jsonb_build_object('i', i) FROM generate_series(1, ${PG_ROWS}) i`,
  );

  const urls = redisUrls();
  src = client(urls.source);
  dst = client(urls.target);
  for (let i = 0; i < KEYS; i += 10_000) {
    const pipe = src.pipeline();
    for (let k = i; k < i + 10_000; k++) {
      if (k % 10 === 1) pipe.set(key(k), `ttl-${k}`, 'EX', 3600);
      else pipe.set(key(k), `v-${k}-${'y'.repeat(k % 60)}`);
    }
    await pipe.exec();
  }

  links = { mysql: await slowLink(mysqlSrc.url), pg: await slowLink(pgSrc.url), redis: await slowLink(urls.source) };
  app = http.createServer((_req, res) => void res.writeHead(healthy ? 200 : 503).end(healthy ? 'ok' : 'down for maintenance'));
  await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
});

after(async () => {
  for (const w of workers) await stopProcess(w, 'SIGKILL');
  app?.close();
  for (const l of Object.values(links ?? {})) await l.close();
  await mysqlSrc?.drop();
  await pgSrc?.drop();
  if (src) await wipe(src, `${p}*`);
  if (dst) await wipe(dst, `${p}*`);
  src?.disconnect();
  dst?.disconnect();
});

beforeEach(async () => {
  mysqlDst = await tempDatabase('gkt');
  pgDst = await tempSchema('gkt', 'cutover_test2');
  await wipe(dst, `${p}*`);
  env = {
    TEMPORAL_TASK_QUEUE: `group-kill-${randomUUID()}`,
    // Checkpoints reach the server every quarter second, so the test sees each copy part-way.
    CUTOVER_CHECKPOINT_INTERVAL: '250ms',
    E2E_MYSQL_SOURCE: links.mysql.url,
    E2E_MYSQL_TARGET: mysqlDst.url,
    E2E_PG_SOURCE: links.pg.url,
    E2E_PG_TARGET: pgDst.url,
    E2E_REDIS_SOURCE: links.redis.url,
    E2E_REDIS_TARGET: redisUrls().target,
    E2E_APP_URL: `http://127.0.0.1:${(app.address() as AddressInfo).port}`,
  };
});

afterEach(async () => {
  await mysqlDst?.drop();
  await pgDst?.drop();
});

const sets = () =>
  ['steps.copy-table.table=accounts', 'steps.copy-pg.table=ledger', `steps.copy-pg.schema=${pgSrc.name}`, `steps.copy-pg.targetSchema=${pgDst.name}`, `steps.copy-cache.pattern=${p}k:*`].flatMap(
    (s) => ['--set', s],
  );

/** How far a copy's checkpoint says it is (rows, or keys for Redis). */
const progressOf = (details: unknown) => {
  const d = (details ?? {}) as Record<string, unknown>;
  return d.phase === 'copy' ? Number(d.rows ?? d.keys ?? 0) : 0;
};

interface Killed {
  /** Each copy's checkpoint on the server when its worker was killed, by step id. */
  checkpoints: Record<string, Record<string, unknown>>;
  status: { state: string; failedStep?: string; steps: Array<{ id: string; group?: string; state: string; attempts: number; output?: Record<string, any>; undo: { state: string } }> };
  code: number;
}

/** Starts the plan, SIGKILLs its worker once all three copies are part-way, starts a new worker, waits for the end. */
async function runThroughKill(): Promise<Killed> {
  const id = `group-kill-${randomUUID()}`;
  const first = await startWorkerProcess(env);
  workers.push(first);
  for (const l of Object.values(links)) await l.slow(SLOW_MS);
  const started = await cli(['start', PLAN, '--id', id, ...sets()], env);
  assert.equal(started.code, 0, started.stderr);

  const temporal = new Client({ connection: await Connection.connect({ address: stackEnv().TEMPORAL_ADDRESS }) });
  let pending: Awaited<ReturnType<typeof pendingSteps>>;
  let ended: string | undefined;
  try {
    const handle = temporal.workflow.getHandle(id);
    pending = await pollFor(
      'all three copies of the group to checkpoint part-way',
      async () => {
        const ps = await pendingSteps(handle);
        const { status } = await handle.describe();
        // A run that is over can no longer be caught mid-group: say how it ended.
        if (status.name !== 'RUNNING') ended = `the run is ${status.name}: ${(await cli(['status', id, '--json'], env)).stdout}`;
        return ps;
      },
      (ps) => Object.values(COPIES).every((kind) => progressOf(ps.find((x) => x.activityType === kind)?.details) >= AT_LEAST),
      { ms: 180_000, everyMs: 50, stop: () => ended },
    ).catch(async (err: Error) => {
      const status = await cli(['status', id, '--json'], env);
      throw new Error(`${err.message}\nstatus: ${status.stdout.slice(0, 3000)}\nworker log (end): ${first.logs().slice(-3000)}`);
    });
  } finally {
    await temporal.connection.close();
  }
  await stopProcess(first, 'SIGKILL');
  for (const l of Object.values(links)) await l.fast();
  const checkpoints = Object.fromEntries(
    Object.entries(COPIES).map(([step, kind]) => [step, pending.find((x) => x.activityType === kind)!.details as Record<string, unknown>]),
  );
  workers.push(await startWorkerProcess(env));
  const watched = await cli(['watch', id, '--json'], env, 600_000);
  return { checkpoints, status: JSON.parse(watched.stdout), code: watched.code };
}

/** Each copy was in progress at the kill, ran again on the new worker and resumed from its checkpoint. */
function assertResumed(k: Killed, total: Record<string, number>): void {
  for (const [step, cp] of Object.entries(k.checkpoints)) {
    const s = k.status.steps.find((x) => x.id === step)!;
    const at = progressOf(cp);
    assert.equal(s.group, 'copies');
    assert.equal(s.state, 'succeeded', JSON.stringify(s));
    assert.ok(at < total[step], `${step} was killed part-way (${at} of ${total[step]} checkpointed)`);
    assert.ok(s.attempts >= 2, `${step} ran again on the new worker: ${JSON.stringify(s)}`);
    const resumed = s.output!.resumedFrom;
    assert.ok(resumed && resumed.phase === 'copy', `${step} started again from a checkpoint: ${JSON.stringify(s.output)}`);
    assert.ok(Number(resumed.rows ?? resumed.keys) >= at, `${step} resumed from the checkpoint held at the kill (${at}) or later: ${JSON.stringify(resumed)}`);
  }
}

/** MySQL: source rows missing or different in the target, plus target rows the source does not have. */
async function mysqlDifferences(): Promise<number> {
  const c = await connect(mysqlSrc.url);
  try {
    const [[row]] = await c.query<RowDataPacket[]>(
      `SELECT (SELECT COUNT(*) FROM accounts s LEFT JOIN \`${mysqlDst.name}\`.accounts t USING (id)
                WHERE t.id IS NULL OR NOT (s.owner <=> t.owner AND s.balance <=> t.balance))
            + (SELECT COUNT(*) FROM \`${mysqlDst.name}\`.accounts t LEFT JOIN accounts s USING (id) WHERE s.id IS NULL) AS d`,
    );
    return Number(row.d);
  } finally {
    await c.end();
  }
}

const mysqlCount = async () => {
  const c = await connect(mysqlDst.url);
  try {
    return Number((await c.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM accounts'))[0][0].n);
  } finally {
    await c.end();
  }
};

/** PostgreSQL: count and a digest of the whole table in key order, from its own server. */
async function pgDigest(s: TempSchema): Promise<{ n: number; md5: string }> {
  const [r] = await s.rows(`SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids, md5(string_agg(t::text, '|' ORDER BY id)) AS md5 FROM "${s.name}".ledger t`);
  assert.equal(r.ids, r.n, 'no key twice');
  return { n: r.n, md5: r.md5 };
}

const PTTLS = "local r = {} for i, k in ipairs(KEYS) do r[i] = redis.call('PTTL', k) end return r";

/** Redis: a digest of every source key's value and whether it expires, read from `r`. */
async function redisDigest(r: Redis): Promise<string> {
  const h = createHash('sha256');
  for (let i = 0; i < KEYS; i += 1000) {
    const names = Array.from({ length: 1000 }, (_, j) => key(i + j));
    const [values, ttls] = await Promise.all([r.mget(...names), r.eval(PTTLS, names.length, ...names) as Promise<number[]>]);
    names.forEach((n, j) => h.update(`${n}\0${values[j]}\0${ttls[j] >= 0}\n`));
  }
  return h.digest('hex');
}

describe('a worker killed during a parallel group of copies', () => {
  it('the new worker resumes every copy and the run succeeds with each target exactly its source', async () => {
    healthy = true;
    const k = await runThroughKill();
    assert.equal(k.code, 0, JSON.stringify(k.status));
    assert.equal(k.status.state, 'succeeded');
    assertResumed(k, { 'copy-table': ROWS, 'copy-pg': PG_ROWS, 'copy-cache': KEYS });
    const out = (id: string) => k.status.steps.find((s) => s.id === id)!.output!;

    // What the copies report: every row verified, each journaled once.
    assert.equal(out('copy-table').rows, ROWS);
    assert.equal(out('copy-table').written, ROWS);
    assert.equal(out('copy-pg').rows, PG_ROWS);
    assert.equal(out('copy-pg').written, PG_ROWS);
    assert.equal(out('copy-cache').keys, KEYS);
    assert.equal(out('copy-cache').created, KEYS);

    // What the targets hold, read from the servers.
    assert.equal(await mysqlCount(), ROWS);
    assert.equal(await mysqlDifferences(), 0);
    const [a, b] = await Promise.all([pgDigest(pgSrc), pgDigest(pgDst)]);
    assert.equal(b.n, PG_ROWS);
    assert.deepEqual(b, a);
    assert.equal(await countKeys(dst, `${p}k:*`), KEYS);
    assert.equal(await redisDigest(dst), await redisDigest(src));
    await wipe(dst, out('copy-cache').journal); // a successful run keeps its journal (journalTtl)
  });

  it('the smoke check after the group fails once the new worker finished it: the whole group is undone exactly', async () => {
    healthy = false;
    // The targets' own data: rows and keys the copies overwrite, and some they never touch.
    const m = await connect(mysqlDst.url);
    await m.query('CREATE TABLE accounts (id BIGINT PRIMARY KEY, owner VARCHAR(60) NOT NULL, balance DECIMAL(12,2) NULL)');
    await m.query("INSERT INTO accounts SELECT seq, CONCAT('theirs-', seq), NULL FROM seq_1_to_5");
    await m.query(`INSERT INTO accounts SELECT seq, CONCAT('theirs-', seq), 1.50 FROM seq_${ROWS + 1}_to_${ROWS + 10}`);
    await pgDst.client.query(`CREATE TABLE "${pgDst.name}".ledger (id BIGINT PRIMARY KEY, owner TEXT NOT NULL, amount NUMERIC(12, 2), doc JSONB)`);
    await pgDst.client.query(`INSERT INTO "${pgDst.name}".ledger SELECT i, 'theirs-' || i, NULL, '{"theirs": true}' FROM generate_series(1, 5) i`);
    await pgDst.client.query(`INSERT INTO "${pgDst.name}".ledger SELECT i, 'theirs-' || i, 1.5, NULL FROM generate_series(${PG_ROWS + 1}, ${PG_ROWS + 10}) i`);
    await dst.set(key(0), 'theirs-0', 'EX', 3600);
    await dst.hset(key(2), { theirs: '2' });
    await dst.set(`${p}own`, 'never copied');
    const ttl = await dst.pttl(key(0));
    const before = {
      table: await dumpTable(m, 'accounts'),
      tables: await tables(m),
      pg: await pgDump(pgDst, 'ledger'),
      pgTables: await pgTables(pgDst),
      keys: await dumpKeys(dst, `${p}*`),
    };

    const k = await runThroughKill();
    assert.equal(k.code, 1, JSON.stringify(k.status));
    assert.equal(k.status.state, 'rolled_back');
    assert.equal(k.status.failedStep, 'smoke');
    assertResumed(k, { 'copy-table': ROWS, 'copy-pg': PG_ROWS, 'copy-cache': KEYS });
    for (const step of Object.keys(COPIES)) assert.equal(k.status.steps.find((s) => s.id === step)!.undo.state, 'succeeded', `${step} was undone`);

    // Every target exactly as it was, read from the servers.
    assert.deepEqual(await dumpTable(m, 'accounts'), before.table, 'the MySQL table holds exactly its own rows again');
    assert.deepEqual(await tables(m), before.tables, 'no journal table left in MySQL');
    await m.end();
    assert.deepEqual(await pgDump(pgDst, 'ledger'), before.pg, 'the PostgreSQL table holds exactly its own rows again');
    assert.deepEqual(await pgTables(pgDst), before.pgTables, 'no journal table left in PostgreSQL');
    assert.deepEqual(await dumpKeys(dst, `${p}*`), before.keys, 'the cache holds exactly its own keys again');
    const back = await dst.pttl(key(0));
    assert.ok(back > 0 && back <= ttl && ttl - back < 120_000, `the overwritten key's TTL came back (${back} ms of ${ttl})`);
    const journal = k.status.steps.find((s) => s.id === 'copy-cache')!.output!.journal;
    assert.equal(await dst.exists(journal), 0, 'the copy’s journal is gone from the cache');
  });
});
