// Benchmark (not a test): postgres.copyTable from a MySQL source (the stack's MariaDB) into the
// stack's PostgreSQL, against the fastest export-import pipe we can run here: the mariadb client
// printing the table as tab-separated text (`--batch --raw`, NULL written as \N) streamed into
// psql's `COPY … FROM STDIN` of a table with the same mapped types. (`mysqldump --compatible`
// writes INSERT statements, several times slower than this pipe, so it is not the bar.)
//
//   node --expose-gc --import tsx bench/copy-mysql-postgres.ts [rows=200000] [batch=10000] [rounds=3] [scale=10]
//
// The baseline does no mapping checks, journal or verification, and works only because the table
// holds no tab, newline or backslash (its output is not escaped for COPY). postgres.copyTable does
// everything it does in production; "copy" is the time until the last page committed, "+verify" the
// whole step (canonical values of both sides compared on the worker).
import { spawn } from 'node:child_process';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { Client } from 'pg';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import type { PgCopyCheckpoint } from '../src/systems/postgres/copy/copy';
import type { StepInput, StepOutput } from '../src/kit/context';
import { stackEnv } from '../test/helpers/stack';
import { kindActivity } from '../test/helpers/kinds';
import { mb, rssOf, timed } from './measure';

const copyTable = kindActivity('postgres.copyTable');
const [rows = 200_000, batch = 10_000, rounds = 3, scale = 10] = process.argv.slice(2).map(Number);
const env = stackEnv();
const myServer = env.CUTOVER_MYSQL_URL;
const pgServer = env.CUTOVER_POSTGRES_URL;
const SRC = 'bench_xm_src';
const DST = 'bench_xm_dst';
const mu = new URL(myServer);
const myCli = ['--no-defaults', `-h${mu.hostname}`, `-P${mu.port}`, `-u${decodeURIComponent(mu.username)}`, `-p${decodeURIComponent(mu.password)}`];
const pu = new URL(pgServer);

async function seed(admin: mysql.Connection, n: number) {
  await admin.query(`DROP DATABASE IF EXISTS ${SRC}`);
  await admin.query(`CREATE DATABASE ${SRC}`);
  await admin.query(`CREATE TABLE ${SRC}.orders (
    id BIGINT NOT NULL PRIMARY KEY, account INT NOT NULL, customer VARCHAR(64) NOT NULL, amount DECIMAL(12,2) NOT NULL,
    created DATETIME(3) NOT NULL, status VARCHAR(10) NOT NULL, note VARCHAR(200) NULL) DEFAULT CHARSET=utf8mb4`);
  for (let from = 1; from <= n; from += 500_000) {
    const to = Math.min(n, from + 499_999);
    await admin.query(
      `INSERT INTO ${SRC}.orders SELECT seq, seq MOD 5000, CONCAT('customer-', seq MOD 7919), (seq MOD 100000) / 100,
              '2024-01-01' + INTERVAL seq SECOND, ELT(1 + seq MOD 3, 'new', 'paid', 'shipped'), IF(seq MOD 10 = 0, NULL, CONCAT('note ', SHA2(seq, 256), ' ', seq))
         FROM ${SRC}.seq_${from}_to_${to}`,
    );
  }
  await admin.query(`ANALYZE TABLE ${SRC}.orders`);
}

async function freshTarget(): Promise<void> {
  const c = new Client({ connectionString: `${pgServer}/cutover_test` });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${DST} WITH (FORCE)`);
  await c.query(`CREATE DATABASE ${DST}`);
  await c.end();
}

/** mariadb --batch --raw … | psql -c "COPY orders FROM STDIN", into the table postgres.copyTable would create. */
async function exportPipe(watch: { pids: number[] }): Promise<void> {
  const c = new Client({ connectionString: `${pgServer}/${DST}` });
  await c.connect();
  await c.query(`CREATE TABLE orders (id bigint PRIMARY KEY, account integer NOT NULL, customer varchar(64) NOT NULL, amount numeric(12,2) NOT NULL,
                 created timestamp(3) NOT NULL, status varchar(10) NOT NULL, note varchar(200))`);
  await c.end();
  await new Promise<void>((resolve, reject) => {
    const out = spawn('mariadb', [...myCli, '--batch', '--raw', '--skip-column-names', '-e', `SELECT id, account, customer, amount, created, status, IFNULL(note, '\\\\N') FROM ${SRC}.orders`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const load = spawn(path.join(env.CUTOVER_PG_BIN, 'psql'), ['-h', pu.hostname, '-p', pu.port, '-U', decodeURIComponent(pu.username), '-q', '-v', 'ON_ERROR_STOP=1', '-c', 'COPY orders FROM STDIN', DST], {
      env: { ...process.env, PGPASSWORD: decodeURIComponent(pu.password) },
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    watch.pids = [out.pid!, load.pid!];
    out.stdout.pipe(load.stdin);
    let failed = false;
    out.on('exit', (code) => code && !failed && ((failed = true), reject(new Error(`mariadb exited ${code}`))));
    load.on('exit', (code) => (code ? !failed && reject(new Error(`psql exited ${code}`)) : resolve()));
  });
}

function copyInput(runId: string): StepInput {
  return {
    ctx: {
      workflowId: 'bench',
      runId,
      planName: 'bench',
      environment: 'bench',
      baseDir: process.cwd(),
      targets: { src: { kind: 'mysql', url: `${myServer}/${SRC}` }, dst: { kind: 'postgres', url: `${pgServer}/${DST}` } },
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

async function copy(n: number) {
  const e = new MockActivityEnvironment({}, { logger: new DefaultLogger('ERROR') });
  const t0 = performance.now();
  let copyMs = 0;
  // The copy alone ends when the last page has committed (its checkpoint holds every row); the
  // verification of earlier pages runs beside it, the rest after it.
  e.on('heartbeat', (cp: PgCopyCheckpoint) => {
    if (!copyMs && (cp.phase === 'verify' || cp.rows >= n)) copyMs = performance.now() - t0;
  });
  const r = await timed(() => e.run(copyTable, copyInput(`bench-${Date.now()}`)) as Promise<StepOutput>);
  if (r.value.rows !== n) throw new Error(`copy verified ${String(r.value.rows)} rows, expected ${n}`);
  return { ...r, copyMs };
}

async function main() {
  const admin = await mysql.createConnection(myServer);
  const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));
  const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  process.stderr.write(`seeding ${rows} rows…\n`);
  await seed(admin, rows);
  process.stderr.write('warming up…\n');
  await freshTarget();
  await exportPipe({ pids: [] });
  await freshTarget();
  await copy(rows);
  const out: string[] = [];
  for (let round = 1; round <= rounds; round++) {
    await freshTarget();
    const watch = { pids: [] as number[] };
    const base = await timed(() => exportPipe(watch), () => watch.pids.reduce((s, p) => s + rssOf(p), 0));
    await freshTarget();
    const c = await copy(rows);
    const [b, cc, cv] = [rate(rows, base.ms), rate(rows, c.copyMs), rate(rows, c.ms)];
    out.push(`| ${round} | ${rows} | ${batch} | ${b} | ${cc} (${x(cc, b)}) | ${cv} (${x(cv, b)}) | ${mb(base.peak)} | ${mb(c.peak)} |`);
    process.stderr.write(`${out.at(-1)}\n`);
  }
  const mem: string[] = [];
  for (const n of scale > 1 ? [rows, rows * scale] : [rows]) {
    if (n !== rows) {
      process.stderr.write(`seeding ${n} rows…\n`);
      await seed(admin, n);
    }
    await freshTarget();
    const c = await copy(n);
    mem.push(`| ${n} | ${batch} | ${rate(n, c.copyMs)} | ${rate(n, c.ms)} | ${mb(c.peak)} |`);
    process.stderr.write(`${mem.at(-1)}\n`);
  }
  await admin.query(`DROP DATABASE IF EXISTS ${SRC}`);
  await admin.end();
  const c = new Client({ connectionString: `${pgServer}/cutover_test` });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${DST} WITH (FORCE)`);
  await c.end();
  console.log('| round | rows | batch | mariadb --batch \\| psql COPY (rows/s) | copyTable, copy (rows/s) | copyTable, +verify (rows/s) | baseline peak RSS (MB) | copyTable peak RSS (MB) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const l of out) console.log(l);
  console.log('\n| rows | batch | copy (rows/s) | +verify (rows/s) | peak RSS (MB) |');
  console.log('|---|---|---|---|---|');
  for (const l of mem) console.log(l);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
