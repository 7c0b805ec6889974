// Benchmark (not a test): mysql.copyTable against `mysqldump | mysql` of the same table, same run,
// same server (the stack's MariaDB; source and target are two databases on it).
//
//   node --expose-gc --import tsx bench/copy-mysql.ts [rows=200000] [batch=5000] [rounds=2] [scale=10]
//
// Each round copies `rows` rows with both. The baseline is mariadb-dump (extended inserts, one
// consistent read) piped into the mariadb client. mysql.copyTable does everything it does in
// production: keyset pages, journaled upserts, heartbeats, then a chunked count+checksum
// verification, reported separately ("copy" = until the last page committed, "+verify" = the whole
// step), after one unmeasured round of each. Then the copy runs once more on `scale` times the
// rows, to show the worker's memory does not grow with the data. Peak RSS: this process (the copy runs in it) and the two client processes
// of the baseline, summed, sampled every 20 ms.
import { spawn } from 'node:child_process';
import mysql, { type RowDataPacket } from 'mysql2/promise';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { type MysqlCopyCheckpoint } from '../src/systems/mysql/copy/copy';
import type { StepInput, StepOutput } from '../src/kit/context';
import { stackEnv } from '../test/helpers/stack';
import { mb, rssOf, timed } from './measure';
import { kindActivity } from '../test/helpers/kinds';

const mysqlCopyTable = kindActivity('mysql.copyTable');

const [rows = 200_000, batch = 5_000, rounds = 2, scale = 10] = process.argv.slice(2).map(Number);
const server = stackEnv().CUTOVER_MYSQL_URL;
const SRC = 'bench_copy_src';
const DST = 'bench_copy_dst';
const u = new URL(server);
const cli = ['--no-defaults', `-h${u.hostname}`, `-P${u.port}`, `-u${decodeURIComponent(u.username)}`, `-p${decodeURIComponent(u.password)}`];

async function seed(admin: mysql.Connection, n: number) {
  await admin.query(`DROP DATABASE IF EXISTS ${SRC}`);
  await admin.query(`CREATE DATABASE ${SRC}`);
  await admin.query(`CREATE TABLE ${SRC}.orders (
    id BIGINT NOT NULL PRIMARY KEY, account INT NOT NULL, customer VARCHAR(64) NOT NULL, amount DECIMAL(12,2) NOT NULL,
    created DATETIME(3) NOT NULL, status ENUM('new','paid','shipped') NOT NULL, note VARCHAR(200) NULL, KEY (account)) DEFAULT CHARSET=utf8mb4`);
  for (let from = 1; from <= n; from += 500_000) {
    const to = Math.min(n, from + 499_999);
    await admin.query(
      `INSERT INTO ${SRC}.orders SELECT seq, seq MOD 5000, CONCAT('customer-', seq MOD 7919), (seq MOD 100000) / 100,
              '2024-01-01' + INTERVAL seq SECOND, ELT(1 + seq MOD 3, 'new', 'paid', 'shipped'), CONCAT('note ', SHA2(seq, 256), ' ', seq)
         FROM ${SRC}.seq_${from}_to_${to}`,
    );
  }
  await admin.query(`ANALYZE TABLE ${SRC}.orders`);
  const [[s]] = await admin.query<RowDataPacket[]>(
    `SELECT ROUND((DATA_LENGTH + INDEX_LENGTH) / 1024 / 1024) AS mb FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'orders'`,
    [SRC],
  );
  return Number(s.mb);
}

async function freshTarget(admin: mysql.Connection) {
  await admin.query(`DROP DATABASE IF EXISTS ${DST}`);
  await admin.query(`CREATE DATABASE ${DST}`);
}

/** mariadb-dump SRC orders | mariadb DST; returns the children's summed peak RSS through `watch`. */
function dumpPipe(watch: { pids: number[] }): Promise<void> {
  return new Promise((resolve, reject) => {
    const dump = spawn('mariadb-dump', [...cli, '--single-transaction', SRC, 'orders'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const load = spawn('mariadb', [...cli, DST], { stdio: ['pipe', 'inherit', 'inherit'] });
    watch.pids = [dump.pid!, load.pid!];
    dump.stdout.pipe(load.stdin);
    let failed = false;
    dump.on('exit', (code) => code && !failed && ((failed = true), reject(new Error(`mariadb-dump exited ${code}`))));
    load.on('exit', (code) => (code ? !failed && reject(new Error(`mariadb exited ${code}`)) : resolve()));
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
      targets: { src: { kind: 'mysql', url: `${server}/${SRC}` }, dst: { kind: 'mysql', url: `${server}/${DST}` } },
    },
    step: {
      id: 'copy',
      kind: 'mysql.copyTable',
      phase: 'migrateData',
      execution: 'activity',
      undo: true,
      params: { source: 'src', target: 'dst', table: 'orders', batchSize: batch, onExisting: 'fail', allowEmpty: false },
    },
  };
}

/** Runs the copy; returns the time until the copy phase ended (the first verify checkpoint) too. */
async function copy(n: number) {
  const env = new MockActivityEnvironment({}, { logger: new DefaultLogger('ERROR') });
  const t0 = performance.now();
  let copyMs = 0;
  env.on('heartbeat', (cp: MysqlCopyCheckpoint) => {
    if (cp.phase === 'verify' && !copyMs) copyMs = performance.now() - t0;
  });
  const r = await timed(() => env.run(mysqlCopyTable, copyInput(`bench-${Date.now()}`)) as Promise<StepOutput>);
  if (r.value.rows !== n) throw new Error(`copy verified ${String(r.value.rows)} rows, expected ${n}`);
  return { ...r, copyMs };
}

async function main() {
  const admin = await mysql.createConnection(server);
  const out: string[] = [];
  const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));
  process.stderr.write(`seeding ${rows} rows…\n`);
  const size = await seed(admin, rows);
  // One unmeasured round of each first: a worker runs long, so the copy is measured with its code
  // compiled and its connections' first-use costs paid, as the baseline's C programs always are.
  process.stderr.write('warming up…\n');
  await freshTarget(admin);
  await dumpPipe({ pids: [] });
  await freshTarget(admin);
  await copy(rows);
  for (let round = 1; round <= rounds; round++) {
    await freshTarget(admin);
    const watch = { pids: [] as number[] };
    const base = await timed(() => dumpPipe(watch), () => watch.pids.reduce((s, p) => s + rssOf(p), 0));
    await freshTarget(admin);
    const c = await copy(rows);
    const b = rate(rows, base.ms);
    out.push(
      `| ${round} | ${rows} | ${size} | ${batch} | ${b} | ${rate(rows, c.copyMs)} (${(rate(rows, c.copyMs) / b).toFixed(2)}×) | ` +
        `${rate(rows, c.ms)} (${(rate(rows, c.ms) / b).toFixed(2)}×) | ${mb(base.peak)} | ${mb(c.peak)} |`,
    );
    process.stderr.write(`${out.at(-1)}\n`);
  }
  const mem: string[] = [];
  for (const n of scale > 1 ? [rows, rows * scale] : [rows]) {
    if (n !== rows) {
      process.stderr.write(`seeding ${n} rows…\n`);
      await seed(admin, n);
    }
    await freshTarget(admin);
    const c = await copy(n);
    mem.push(`| ${n} | ${batch} | ${rate(n, c.copyMs)} | ${rate(n, c.ms)} | ${mb(c.peak)} |`);
    process.stderr.write(`${mem.at(-1)}\n`);
  }
  await admin.query(`DROP DATABASE IF EXISTS ${SRC}`);
  await admin.query(`DROP DATABASE IF EXISTS ${DST}`);
  await admin.end();
  console.log('| round | rows | data (MB) | batch | mysqldump \\| mysql (rows/s) | copyTable, copy (rows/s) | copyTable, +verify (rows/s) | baseline peak RSS (MB) | copyTable peak RSS (MB) |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const l of out) console.log(l);
  console.log('\n| rows | batch | copy (rows/s) | +verify (rows/s) | peak RSS (MB) |');
  console.log('|---|---|---|---|---|');
  for (const l of mem) console.log(l);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
