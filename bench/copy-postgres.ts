// Benchmark (not a test): postgres.copyTable against `pg_dump -t orders | psql` and against a bare
// `COPY (SELECT …) TO STDOUT | COPY … FROM STDIN` pipe, same run, same server (the stack's
// PostgreSQL; source and target are two databases on it).
//
//   node --expose-gc --import tsx bench/copy-postgres.ts [rows=200000] [batch=10000] [rounds=3] [scale=10]
//
// Each round copies `rows` rows three ways into an empty target database:
//   - pg_dump -t orders src | psql dst: the table, COPY of its rows, then the primary key and the
//     secondary index built after the load; no journal, no verification;
//   - a bare pipe: one COPY out of the source streamed into one COPY into a target table that has
//     its primary key (the physical floor for one stream), index built after it as pg_dump does;
//   - postgres.copyTable, in this process with MockActivityEnvironment, doing everything it does in
//     production: keyset pages, COPY per page with its journal, heartbeats, the secondary index
//     built after the copy, then the chunked count + checksum verification. "copy" is the time until
//     the last page committed, "+verify" the whole step.
// CPU time is counted for pg_dump | psql and for copyTable: the server's (every backend) and the
// client side's (pg_dump and psql, or the worker code). One unmeasured round of each first. Then the copy runs on 1× and `scale`× the rows (worker memory
// must not grow with the data), and the undo of that last copy is timed beside it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import type { PgCopyCheckpoint } from '../src/systems/postgres/copy/copy';
import type { StepInput, StepOutput } from '../src/kit/context';
import { stackEnv } from '../test/helpers/stack';
import { kindActivity } from '../test/helpers/kinds';
import { mb, rssOf, timed } from './measure';
import { pidListening, treeCpuMs } from './group-cpu';

const copyTable = kindActivity('postgres.copyTable');
const copyUndo = kindActivity('postgres.copyTable.undo');

const [rows = 200_000, batch = 10_000, rounds = 3, scale = 10] = process.argv.slice(2).map(Number);
const env = stackEnv();
const server = env.CUTOVER_POSTGRES_URL;
const bin = env.CUTOVER_PG_BIN;
const SRC = 'bench_pg_src';
const DST = 'bench_pg_dst';
const url = (db: string) => `${server}/${db}`;
const TABLE = `CREATE TABLE orders (
  id BIGINT PRIMARY KEY, account INT NOT NULL, customer VARCHAR(64) NOT NULL, amount NUMERIC(12,2) NOT NULL,
  created TIMESTAMPTZ NOT NULL, status TEXT NOT NULL, note VARCHAR(200), doc JSONB)`;

async function connect(db: string): Promise<Client> {
  const c = new Client({ connectionString: url(db) });
  await c.connect();
  return c;
}

async function recreate(admin: Client, db: string): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${db}`);
}

async function seed(admin: Client, n: number): Promise<number> {
  await recreate(admin, SRC);
  const c = await connect(SRC);
  await c.query(TABLE);
  await c.query(`INSERT INTO orders SELECT i, i % 5000, 'customer-' || (i % 7919), (i % 100000) / 100.0, timestamptz '2024-01-01 00:00:00+00' + i * interval '1 second',
                 (ARRAY['new', 'paid', 'shipped'])[1 + i % 3], 'note ' || md5(i::text) || ' ' || i, jsonb_build_object('i', i, 'tags', jsonb_build_array('a', i % 7))
            FROM generate_series(1, ${n}) i`);
  await c.query('CREATE INDEX orders_account ON orders (account)');
  await c.query('VACUUM ANALYZE orders');
  const size = Number((await c.query(`SELECT pg_total_relation_size('orders') AS b`)).rows[0].b);
  await c.end();
  return Math.round(size / 1024 / 1024);
}

const cliArgs = (db: string) => {
  const u = new URL(url(db));
  return { args: ['-h', u.hostname, '-p', u.port, '-U', decodeURIComponent(u.username)], env: { ...process.env, PGPASSWORD: decodeURIComponent(u.password) } };
};

/** pg_dump -t orders SRC | psql DST. */
function dumpPipe(watch: { pids: number[] }): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = cliArgs(SRC);
    const d = cliArgs(DST);
    const dump = spawn(path.join(bin, 'pg_dump'), [...s.args, '-t', 'orders', '--no-owner', SRC], { env: s.env, stdio: ['ignore', 'pipe', 'inherit'] });
    const load = spawn(path.join(bin, 'psql'), [...d.args, '-q', '-v', 'ON_ERROR_STOP=1', DST], { env: d.env, stdio: ['pipe', 'ignore', 'inherit'] });
    watch.pids = [dump.pid!, load.pid!];
    dump.stdout.pipe(load.stdin);
    let failed = false;
    dump.on('exit', (code) => code && !failed && ((failed = true), reject(new Error(`pg_dump exited ${code}`))));
    load.on('exit', (code) => (code ? !failed && reject(new Error(`psql exited ${code}`)) : resolve()));
  });
}

/** One COPY out of the source into one COPY into the target (table with its primary key), then the index. */
async function barePipe(): Promise<void> {
  const s = await connect(SRC);
  const d = await connect(DST);
  try {
    await d.query(TABLE);
    await pipeline(s.query(copyTo('COPY (SELECT * FROM orders) TO STDOUT')), d.query(copyFrom('COPY orders FROM STDIN')));
    await d.query('CREATE INDEX orders_account ON orders (account)');
  } finally {
    await s.end();
    await d.end();
  }
}

// CPU time of the PostgreSQL server (its process tree; exited backends count through the
// postmaster) and of the client side: this process (the copy's worker code) or pg_dump and psql.
const pgPid = pidListening(Number(new URL(server).port));
if (!pgPid) throw new Error(`no process listens on ${server}`);
const ownCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
async function cpu<T>(fn: () => Promise<T>): Promise<{ value: T; server: number; client: number }> {
  const [s0, t0, o0] = [treeCpuMs(pgPid!), treeCpuMs(process.pid), ownCpu()];
  const value = await fn();
  const [s1, t1, o1] = [treeCpuMs(pgPid!), treeCpuMs(process.pid), ownCpu()];
  // pg_dump and psql are this process's children: the tree's time beyond this process's own.
  const children = t1 - t0 - (o1 - o0);
  return { value, server: s1 - s0, client: Math.max(o1 - o0, 0) + Math.max(children, 0) };
}
const cpuCell = (c: { server: number; client: number }) => `${(c.server / 1000).toFixed(2)} + ${(c.client / 1000).toFixed(2)}`;

function copyInput(runId: string): StepInput {
  return {
    ctx: {
      workflowId: 'bench',
      runId,
      planName: 'bench',
      environment: 'bench',
      baseDir: process.cwd(),
      targets: { src: { kind: 'postgres', url: url(SRC) }, dst: { kind: 'postgres', url: url(DST) } },
    },
    step: {
      id: 'copy',
      kind: 'postgres.copyTable',
      phase: 'migrateData',
      execution: 'activity',
      undo: true,
      params: { source: 'src', target: 'dst', table: 'orders', schema: 'public', batchSize: batch, onExisting: 'fail', allowEmpty: false },
    },
  };
}

const quiet = new DefaultLogger('ERROR');

async function copy(n: number, input = copyInput(`bench-${Date.now()}`)) {
  const envm = new MockActivityEnvironment({}, { logger: quiet });
  const t0 = performance.now();
  let copyMs = 0;
  // The copy alone ends when the last page has committed (its checkpoint holds every row); the
  // verification of earlier pages runs beside it, the rest after it.
  envm.on('heartbeat', (cp: PgCopyCheckpoint) => {
    if (!copyMs && (cp.phase === 'verify' || cp.rows >= n)) copyMs = performance.now() - t0;
  });
  const r = await timed(() => cpu(() => envm.run(copyTable, input) as Promise<StepOutput>));
  if (r.value.value.rows !== n) throw new Error(`copy verified ${String(r.value.value.rows)} rows, expected ${n}`);
  return { ...r, value: r.value.value, cpu: r.value, copyMs, input };
}

async function main() {
  const admin = await connect('cutover_test');
  const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));
  const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  process.stderr.write(`seeding ${rows} rows…\n`);
  const size = await seed(admin, rows);
  process.stderr.write('warming up…\n');
  for (const run of [() => dumpPipe({ pids: [] }), barePipe, () => copy(rows)]) {
    await recreate(admin, DST);
    await run();
  }
  const out: string[] = [];
  for (let round = 1; round <= rounds; round++) {
    await recreate(admin, DST);
    const watch = { pids: [] as number[] };
    const dump = await timed(() => cpu(() => dumpPipe(watch)), () => watch.pids.reduce((s, p) => s + rssOf(p), 0));
    await recreate(admin, DST);
    const pipe = await timed(barePipe);
    await recreate(admin, DST);
    const c = await copy(rows);
    const [d, p, cc, cv] = [rate(rows, dump.ms), rate(rows, pipe.ms), rate(rows, c.copyMs), rate(rows, c.ms)];
    out.push(`| ${round} | ${rows} | ${size} | ${batch} | ${d} | ${p} | ${cc} (${x(cc, p)} of pipe) | ${cv} (${x(cv, d)} of pg_dump) | ${mb(dump.peak)} | ${mb(c.peak)} | ${cpuCell(dump.value)} | ${cpuCell(c.cpu)} |`);
    process.stderr.write(`${out.at(-1)}\n`);
  }
  const mem: string[] = [];
  let last: Awaited<ReturnType<typeof copy>> | undefined;
  let lastRows = rows;
  for (const n of scale > 1 ? [rows, rows * scale] : [rows]) {
    if (n !== rows) {
      process.stderr.write(`seeding ${n} rows…\n`);
      await seed(admin, n);
    }
    await recreate(admin, DST);
    last = await copy(n);
    lastRows = n;
    mem.push(`| ${n} | ${batch} | ${rate(n, last.copyMs)} | ${rate(n, last.ms)} | ${mb(last.peak)} |`);
    process.stderr.write(`${mem.at(-1)}\n`);
  }
  // The undo of the last (largest) copy: every row it wrote deleted, the table it created dropped.
  const undo = await timed(() => new MockActivityEnvironment({}, { logger: quiet }).run(copyUndo, { ...last!.input, output: last!.value }) as Promise<StepOutput>);
  if (undo.value.deleted !== lastRows) throw new Error(`undo deleted ${String(undo.value.deleted)} rows, expected ${lastRows}`);
  const undoLine = `| ${lastRows} | ${rate(lastRows, last!.copyMs)} | ${rate(lastRows, last!.ms)} | ${rate(lastRows, undo.ms)} | ${mb(undo.peak)} |`;
  await admin.query(`DROP DATABASE IF EXISTS ${SRC} WITH (FORCE)`);
  await admin.query(`DROP DATABASE IF EXISTS ${DST} WITH (FORCE)`);
  await admin.end();
  console.log('| round | rows | data (MB) | batch | pg_dump \\| psql (rows/s) | bare COPY pipe (rows/s) | copyTable, copy (rows/s) | copyTable, +verify (rows/s) | pg_dump peak RSS (MB) | copyTable peak RSS (MB) | pg_dump CPU s (server + pg_dump, psql) | copyTable CPU s (server + worker) |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const l of out) console.log(l);
  console.log('\n| rows | batch | copy (rows/s) | +verify (rows/s) | peak RSS (MB) |');
  console.log('|---|---|---|---|---|');
  for (const l of mem) console.log(l);
  console.log('\n| rows | copy (rows/s) | copy +verify (rows/s) | undo (rows/s) | undo peak RSS (MB) |');
  console.log('|---|---|---|---|---|');
  console.log(undoLine);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
