// Benchmark (not a test): N table copies in one parallel group against the same N one after
// another, through the real workflow and worker (this process), on the local stack.
//
//   node --import tsx bench/group.ts [tables=8] [rows=250000] [rounds=3] [--limits 2,4] [--mix]
//
// Each table is a copy of bench/copy-mysql.ts's `orders` (7 columns, a secondary index, ~180 bytes a
// row). Source and target are databases of the stack's MariaDB (`bench_group_src` / `_dst`); with
// --mix, every other table is a postgres.copyTable between databases of the stack's PostgreSQL
// (`bench_group_pgsrc` / `_pgdst`). Each round runs the plan as a sequence, then as one group (all
// at once), then with each `maxConcurrency` of --limits, into freshly created target databases,
// after one unmeasured group run. Per run: wall time of the run and of its migrateData phase (first
// step started to last step ended, from the run's status), and the CPU time spent meanwhile by
// this process (the worker: activities, workflow, Temporal core), MariaDB, PostgreSQL, the Temporal
// server and the whole machine (all of its processes, other people's included).
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import mysql from 'mysql2/promise';
import { Client as PgClient } from 'pg';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { finalStatus, startRun } from '../src/client';
import { loadConfig } from '../src/config';
import { parsePlan } from '../src/plan';
import { createWorker, workflowsPath } from '../src/worker';
import { stackEnv } from '../test/helpers/stack';
import { cpuDelta, loadAverage, pidListening, sampleCpu, type CpuSample } from './group-cpu';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const mix = args.includes('--mix') && Boolean(args.splice(args.indexOf('--mix'), 1));
const limits = (flag('--limits') ?? '').split(',').filter(Boolean).map(Number);
const [tables = 8, rows = 250_000, rounds = 3] = args.map(Number);

const env = stackEnv();
const MY = env.CUTOVER_MYSQL_URL;
const PG = env.CUTOVER_POSTGRES_URL;
const names = Array.from({ length: tables }, (_, i) => `t${i + 1}`);
const isPg = (i: number) => mix && i % 2 === 1;

async function seedMysql(admin: mysql.Connection, list: string[]) {
  await admin.query('DROP DATABASE IF EXISTS bench_group_src');
  await admin.query('CREATE DATABASE bench_group_src');
  const [first, ...rest] = list;
  await admin.query(`CREATE TABLE bench_group_src.${first} (
    id BIGINT NOT NULL PRIMARY KEY, account INT NOT NULL, customer VARCHAR(64) NOT NULL, amount DECIMAL(12,2) NOT NULL,
    created DATETIME(3) NOT NULL, status ENUM('new','paid','shipped') NOT NULL, note VARCHAR(200) NULL, KEY (account)) DEFAULT CHARSET=utf8mb4`);
  await admin.query(
    `INSERT INTO bench_group_src.${first} SELECT seq, seq MOD 5000, CONCAT('customer-', seq MOD 7919), (seq MOD 100000) / 100,
            '2024-01-01' + INTERVAL seq SECOND, ELT(1 + seq MOD 3, 'new', 'paid', 'shipped'), CONCAT('note ', SHA2(seq, 256), ' ', seq)
       FROM bench_group_src.seq_1_to_${rows}`,
  );
  for (const t of rest) {
    await admin.query(`CREATE TABLE bench_group_src.${t} LIKE bench_group_src.${first}`);
    await admin.query(`INSERT INTO bench_group_src.${t} SELECT * FROM bench_group_src.${first}`);
  }
  for (const t of list) await admin.query(`ANALYZE TABLE bench_group_src.${t}`);
}

async function pg(db: string): Promise<PgClient> {
  const c = new PgClient({ connectionString: `${PG}/${db}` });
  await c.connect();
  return c;
}

async function recreatePg(db: string) {
  const admin = await pg('postgres');
  await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${db}`);
  await admin.end();
}

async function seedPg(list: string[]) {
  await recreatePg('bench_group_pgsrc');
  const c = await pg('bench_group_pgsrc');
  for (const t of list) {
    await c.query(`CREATE TABLE ${t} (id BIGINT PRIMARY KEY, account INT NOT NULL, customer VARCHAR(64) NOT NULL, amount NUMERIC(12,2) NOT NULL,
      created TIMESTAMPTZ NOT NULL, status TEXT NOT NULL, note VARCHAR(200))`);
    await c.query(`INSERT INTO ${t} SELECT i, i % 5000, 'customer-' || (i % 7919), (i % 100000) / 100.0, timestamptz '2024-01-01 00:00:00+00' + i * interval '1 second',
                   (ARRAY['new', 'paid', 'shipped'])[1 + i % 3], 'note ' || md5(i::text) || ' ' || i FROM generate_series(1, ${rows}) i`);
    await c.query(`CREATE INDEX ${t}_account ON ${t} (account)`);
    await c.query(`VACUUM ANALYZE ${t}`);
  }
  await c.end();
}

async function freshTargets(admin: mysql.Connection) {
  await admin.query('DROP DATABASE IF EXISTS bench_group_dst');
  await admin.query('CREATE DATABASE bench_group_dst');
  if (mix) await recreatePg('bench_group_pgdst');
}

/** The plan's text: the copies one after another, or as one group of at most `limit` at once. */
function planText(mode: 'sequence' | 'group', limit?: number): string {
  const steps = names.map((t, i) =>
    isPg(i)
      ? `{ id: copy-${t}, kind: postgres.copyTable, source: pgSrc, target: pgDst, table: ${t} }`
      : `{ id: copy-${t}, kind: mysql.copyTable, source: src, target: dst, table: ${t} }`,
  );
  const body =
    mode === 'sequence'
      ? steps.map((s) => `    - ${s}`).join('\n')
      : `    - parallel:\n        id: copies\n${limit ? `        maxConcurrency: ${limit}\n` : ''}        steps:\n${steps.map((s) => `          - ${s}`).join('\n')}`;
  return `name: bench-group
environment: bench
notify: []
targets:
  src: { kind: mysql, url: "\${env:BENCH_GROUP_SRC}" }
  dst: { kind: mysql, url: "\${env:BENCH_GROUP_DST}" }
${mix ? '  pgSrc: { kind: postgres, url: "${env:BENCH_GROUP_PGSRC}" }\n  pgDst: { kind: postgres, url: "${env:BENCH_GROUP_PGDST}" }\n' : ''}phases:
  migrateData:
${body}
`;
}

interface Measured {
  label: string;
  runMs: number;
  phaseMs: number;
  cpu: CpuSample;
}

async function main() {
  process.env.BENCH_GROUP_SRC = `${MY}/bench_group_src`;
  process.env.BENCH_GROUP_DST = `${MY}/bench_group_dst`;
  process.env.BENCH_GROUP_PGSRC = `${PG}/bench_group_pgsrc`;
  process.env.BENCH_GROUP_PGDST = `${PG}/bench_group_pgdst`;
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const address = env.TEMPORAL_ADDRESS;
  const servers: Record<string, number> = {};
  for (const [name, url] of [['mariadb', MY], ['postgres', PG], ['temporal', `tcp://${address}`]] as const) {
    const pid = pidListening(Number(new URL(url).port));
    if (pid) servers[name] = pid;
    else process.stderr.write(`(no process found listening for ${name}: its CPU is not measured)\n`);
  }
  const admin = await mysql.createConnection(MY);
  process.stderr.write(`seeding ${tables} tables of ${rows} rows… (load average ${loadAverage()})\n`);
  await seedMysql(admin, names.filter((_, i) => !isPg(i)));
  if (mix) await seedPg(names.filter((_, i) => isPg(i)));

  const native = await NativeConnection.connect({ address });
  const client = new Client({ connection: await Connection.connect({ address }) });
  const taskQueue = `bench-group-${randomUUID()}`;
  const config = loadConfig({ ...process.env, TEMPORAL_ADDRESS: address });
  const worker = await createWorker({
    connection: native,
    taskQueue,
    config,
    workflowBundle: await bundleWorkflowCode({ workflowsPath, logger: new DefaultLogger('ERROR') }),
  });

  const run = async (label: string, text: string): Promise<Measured> => {
    await freshTargets(admin);
    const plan = parsePlan(text, { file: 'bench-group.yaml', baseDir: process.cwd() });
    const before = sampleCpu(servers);
    const t0 = performance.now();
    const h = await startRun(client, plan, { workflowId: `bench-group-${randomUUID()}`, taskQueue }, config);
    const s = await finalStatus(h);
    const runMs = performance.now() - t0;
    const cpu = cpuDelta(before, sampleCpu(servers));
    if (s.state !== 'succeeded') throw new Error(`${label}: run ${s.state}: ${s.reason ?? ''}`);
    const copied = s.steps.map((st) => Number((st.output as { rows?: number } | undefined)?.rows));
    if (copied.some((n) => n !== rows)) throw new Error(`${label}: rows verified ${copied.join(', ')}, expected ${rows} each`);
    const starts = s.steps.map((st) => Date.parse(st.startedAt!));
    const ends = s.steps.map((st) => Date.parse(st.endedAt!));
    const m = { label, runMs, phaseMs: Math.max(...ends) - Math.min(...starts), cpu };
    process.stderr.write(`${line(m)}\n`);
    return m;
  };

  const serverNames = Object.keys(servers);
  const cores = (m: Measured) => (m.cpu.machineBusy / m.cpu.machineTotal) * os.cpus().length;
  const line = (m: Measured) =>
    `| ${m.label} | ${(m.runMs / 1000).toFixed(1)} | ${(m.phaseMs / 1000).toFixed(1)} | ${(m.cpu.worker / 1000).toFixed(1)} | ` +
    `${serverNames.map((n) => (m.cpu.servers[n] / 1000).toFixed(1)).join(' | ')} | ${(others(m) / 1000).toFixed(1)} | ${(m.cpu.machineBusy / 1000).toFixed(1)} | ${cores(m).toFixed(2)} |`;
  // Everything else on the machine: other people's tests and benchmarks, the other stack servers.
  const others = (m: Measured) => m.cpu.machineBusy - m.cpu.worker - Object.values(m.cpu.servers).reduce((a, b) => a + b, 0);

  const results: Measured[][] = [];
  await worker.runUntil(async () => {
    process.stderr.write('warming up…\n');
    await run('warm-up (group)', planText('group'));
    for (let r = 1; r <= rounds; r++) {
      const round: Measured[] = [];
      process.stderr.write(`round ${r} (load average ${loadAverage()})\n`);
      round.push(await run(`${r}: sequence`, planText('sequence')));
      round.push(await run(`${r}: group, all ${tables}`, planText('group')));
      for (const limit of limits) round.push(await run(`${r}: group, maxConcurrency ${limit}`, planText('group', limit)));
      results.push(round);
    }
  });
  await admin.query('DROP DATABASE IF EXISTS bench_group_src');
  await admin.query('DROP DATABASE IF EXISTS bench_group_dst');
  await admin.end();
  if (mix) {
    const a = await pg('postgres');
    await a.query('DROP DATABASE IF EXISTS bench_group_pgsrc WITH (FORCE)');
    await a.query('DROP DATABASE IF EXISTS bench_group_pgdst WITH (FORCE)');
    await a.end();
  }
  await native.close();

  console.log(`\n${tables} copies of ${rows} rows${mix ? ' (mysql and postgres alternating)' : ' (mysql.copyTable)'}; load average at the end ${loadAverage()}\n`);
  console.log(`| run | run (s) | migrateData (s) | worker CPU (s) | ${serverNames.map((n) => `${n} CPU (s)`).join(' | ')} | other processes CPU (s) | machine CPU (s) | cores busy |`);
  console.log(`|---|---|---|---|${serverNames.map(() => '---|').join('')}---|---|---|`);
  for (const m of results.flat()) console.log(line(m));
  console.log('\n| round | sequence ÷ group (migrateData) | sequence ÷ group (run) |' + limits.map((l) => ` sequence ÷ max ${l} (migrateData) |`).join(''));
  console.log('|---|---|---|' + limits.map(() => '---|').join(''));
  results.forEach((round, i) => {
    const [seq, all, ...lim] = round;
    console.log(`| ${i + 1} | ${(seq.phaseMs / all.phaseMs).toFixed(2)}× | ${(seq.runMs / all.runMs).toFixed(2)}× |${lim.map((m) => ` ${(seq.phaseMs / m.phaseMs).toFixed(2)}× |`).join('')}`);
  });
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
