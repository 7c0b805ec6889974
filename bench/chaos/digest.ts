// Digests read from the systems themselves (never from cutover's report): what each target holds,
// reduced to comparable values — schemas, row checksums, keys with their TTLs, nodes and
// relationships, ECS services and task definitions, RDS instances and snapshots, the tofu state and
// the files its resources wrote — plus the locks a step could have left held.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import mysql, { type RowDataPacket } from 'mysql2/promise';
import Redis from 'ioredis';
import neo4j from 'neo4j-driver';
import { DescribeServicesCommand, ListTaskDefinitionsCommand } from '@aws-sdk/client-ecs';
import { DescribeDBInstancesCommand, DescribeDBSnapshotsCommand } from '@aws-sdk/client-rds';
import { lockName } from '../../src/systems/mysql/migrate/lock';
import { LOCK_CLASS, lockKey } from '../../src/systems/postgres/migrate/lock';
import type { Infra } from './infra';
import { ECS, PG_DATABASE, RDS_INSTANCE, withDrivers, withPg, type World } from './world';

const sha = (v: unknown) => createHash('sha256').update(typeof v === 'string' ? v : JSON.stringify(v)).digest('hex').slice(0, 16);

export interface TableDigest {
  rows: number;
  checksum: string;
}

export interface Digest {
  mysql: { schema: string; tables: string[]; data: Record<string, TableDigest>; history: number[]; counter: number | null };
  postgres: { schema: string; tables: string[]; data: Record<string, TableDigest>; history: number[]; counter: number | null };
  redis: { keys: number; checksum: string; journals: number; overwrittenTtlMs: number };
  graph: { nodes: number; relationships: number; checksum: string };
  ecs: { taskDefinition: string; desiredCount: number; taskDefinitions: number };
  rds: { instances: string; manualSnapshots: string[] };
  tofu: { state: string; files: Record<string, string>; createsLogged: Record<string, number> };
  locks: { mysql: boolean; postgres: number; tofu: string[] };
}

/** The parts of a digest that a rollback must put back exactly (snapshots and task definitions are kept by design). */
export type Restorable = Omit<Digest, 'locks'>;

const mysqlConnect = (w: World, db: string) => mysql.createConnection({ uri: `${w.mysql.server}/${db}`, dateStrings: true, supportBigNumbers: true, bigNumberStrings: true });

async function mysqlRows(c: mysql.Connection, table: string): Promise<TableDigest> {
  const [rows] = await c.query<RowDataPacket[]>(`SELECT * FROM \`${table}\` ORDER BY 1`);
  return { rows: rows.length, checksum: sha(rows.map((r) => JSON.stringify(r)).join('\n')) };
}

async function pgRows(c: import('pg').Client, schema: string, table: string): Promise<TableDigest> {
  const r = (await c.query(`SELECT count(*)::int AS n, coalesce(md5(string_agg(x::text, E'\\n' ORDER BY x::text)), '') AS sum FROM "${schema}"."${table}" x`)).rows[0];
  return { rows: r.n, checksum: String(r.sum).slice(0, 16) };
}

async function mysqlDigest(w: World): Promise<Digest['mysql'] & { lock: boolean }> {
  const c = await mysqlConnect(w, w.mysql.dst);
  try {
    const [cols] = await c.query<RowDataPacket[]>(
      `SELECT table_name, column_name, column_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = ? ORDER BY table_name, ordinal_position`,
      [w.mysql.dst],
    );
    const [idx] = await c.query<RowDataPacket[]>(
      `SELECT table_name, index_name, seq_in_index, column_name, non_unique FROM information_schema.statistics WHERE table_schema = ? ORDER BY table_name, index_name, seq_in_index`,
      [w.mysql.dst],
    );
    const tables = [...new Set(cols.map((r) => String(r.table_name ?? r.TABLE_NAME)))].sort();
    const data: Record<string, TableDigest> = {};
    for (const t of tables.filter((t) => !t.startsWith('cutover_'))) data[t] = await mysqlRows(c, t);
    let history: number[] = [];
    if (tables.includes('cutover_schema_history')) {
      const [h] = await c.query<RowDataPacket[]>('SELECT version FROM cutover_schema_history ORDER BY version');
      history = h.map((r) => Number(r.version));
    }
    const [cnt] = await c.query<RowDataPacket[]>("SELECT n FROM counters WHERE k = 'migrations'").catch(() => [[]] as never);
    const [[lock]] = await c.query<RowDataPacket[]>('SELECT IS_USED_LOCK(?) AS holder', [lockName(w.mysql.dst, 'cutover_schema_history')]);
    const own = (r: RowDataPacket) => !String(r.table_name ?? r.TABLE_NAME).startsWith('cutover_');
    return { schema: sha([cols.filter(own), idx.filter(own)]), tables, data, history, counter: cnt[0] ? Number(cnt[0].n) : null, lock: lock.holder !== null };
  } finally {
    await c.end();
  }
}

async function pgDigest(w: World): Promise<Digest['postgres'] & { locks: number }> {
  return withPg(`${w.pg.server}/${PG_DATABASE}`, async (c) => {
    const s = w.pg.schema;
    const cols = (await c.query(`SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = $1 ORDER BY table_name, ordinal_position`, [s])).rows;
    const idx = (await c.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY 1, 2`, [s])).rows;
    const tables = [...new Set(cols.map((r) => String(r.table_name)))].sort();
    const data: Record<string, TableDigest> = {};
    for (const t of tables.filter((t) => !t.startsWith('cutover_'))) data[t] = await pgRows(c, s, t);
    let history: number[] = [];
    if (tables.includes('cutover_schema_history')) history = (await c.query(`SELECT version FROM "${s}".cutover_schema_history ORDER BY version`)).rows.map((r) => Number(r.version));
    const cnt = tables.includes('counters') ? (await c.query(`SELECT n FROM "${s}".counters WHERE k = 'migrations'`)).rows : [];
    // This run's lock only: other campaigns (and their runs) share the database.
    const locks = (await c.query(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = $1::bigint::oid AND objid = $2::bigint::oid AND objsubid = 2 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [LOCK_CLASS, lockKey(s, 'cutover_schema_history')],
    )).rows[0].n;
    const own = (r: { table_name?: string; tablename?: string }) => !String(r.table_name ?? r.tablename).startsWith('cutover_');
    return { schema: sha([cols.filter(own), idx.filter(own)]), tables, data, history, counter: cnt[0] ? Number(cnt[0].n) : null, locks };
  });
}

/** Each key of a Redis server as one line (name, type, value, whether it expires), by name. */
async function redisLines(url: string): Promise<Map<string, string>> {
  const r = new Redis(url);
  try {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, page] = await r.scan(cursor, 'COUNT', 5000);
      keys.push(...page);
      cursor = next;
    } while (cursor !== '0');
    const unique = [...new Set(keys)].sort();
    const out = new Map<string, string>();
    for (let i = 0; i < unique.length; i += 2000) {
      const chunk = unique.slice(i, i + 2000);
      const types = (await r.pipeline(chunk.map((k) => ['type', k])).exec())!.map(([, t]) => String(t));
      const values = (await r.pipeline(chunk.map((k, j) => (types[j] === 'hash' ? ['hgetall', k] : types[j] === 'string' ? ['get', k] : ['type', k]))).exec())!.map(([, v]) => v);
      const ttls = (await r.pipeline(chunk.map((k) => ['pttl', k])).exec())!.map(([, t]) => Number(t));
      chunk.forEach((k, j) => {
        const v = values[j];
        const plain = v && typeof v === 'object' ? Object.entries(v as Record<string, string>).sort() : v;
        out.set(k, `${k} ${types[j]} ${JSON.stringify(plain)} ${ttls[j] >= 0}`);
      });
    }
    return out;
  } finally {
    r.disconnect();
  }
}

const redisOf = (lines: Map<string, string>, overwrittenTtlMs: number): Digest['redis'] => {
  const mine = [...lines].filter(([k]) => !k.startsWith('cutover:'));
  return { keys: mine.length, checksum: sha(mine.map(([, l]) => l).join('\n')), journals: lines.size - mine.length, overwrittenTtlMs };
};

async function redisDigest(infra: Infra): Promise<Digest['redis'] & { lines: Map<string, string> }> {
  const lines = await redisLines(infra.redisUrl('dst'));
  const r = new Redis(infra.redisUrl('dst'));
  const ttl = await r.pttl('k:0').finally(() => r.disconnect());
  return { ...redisOf(lines, ttl), lines };
}

/** Nodes of the run's label with their outgoing relationships, cutover's copy markers left out, as sorted lines. */
async function graphLines(d: import('neo4j-driver').Driver, label: string): Promise<{ lines: string[]; nodes: number; relationships: number }> {
  const { records } = await d.executeQuery(
    `MATCH (n:\`${label}\`) OPTIONAL MATCH (n)-[r]->(m:\`${label}\`) RETURN elementId(n) AS id, [l IN labels(n) WHERE l <> 'CutoverCopy'] AS labels, properties(n) AS props, type(r) AS type, properties(r) AS rprops, m.i AS to`,
  );
  const plain = (o: Record<string, unknown> | null) => (o ? Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith('_cutover')).sort()) : null);
  const lines = records.map((r) => JSON.stringify([r.get('labels'), plain(r.get('props')), r.get('type'), plain(r.get('rprops')), r.get('to')], (_, v) => (neo4j.isInt(v) ? v.toString() : v))).sort();
  return { lines, nodes: new Set(records.map((r) => r.get('id'))).size, relationships: records.filter((r) => r.get('type') !== null).length };
}

async function graphDigest(infra: Infra, w: World): Promise<Digest['graph']> {
  return withDrivers(infra, async (_src, dst) => {
    const g = await graphLines(dst, w.label);
    return { nodes: g.nodes, relationships: g.relationships, checksum: sha(g.lines.join('\n')) };
  });
}

async function ecsDigest(w: World): Promise<Digest['ecs']> {
  const svc = (await w.moto.ecs.send(new DescribeServicesCommand({ cluster: ECS.cluster, services: [ECS.service] }))).services![0];
  const tds = (await w.moto.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: ECS.service }))).taskDefinitionArns ?? [];
  return { taskDefinition: svc.taskDefinition!, desiredCount: svc.desiredCount!, taskDefinitions: tds.length };
}

async function rdsDigest(w: World): Promise<Digest['rds']> {
  const inst = (await w.moto.rds.send(new DescribeDBInstancesCommand({}))).DBInstances ?? [];
  const snaps = (await w.moto.rds.send(new DescribeDBSnapshotsCommand({ DBInstanceIdentifier: RDS_INSTANCE, SnapshotType: 'manual' }))).DBSnapshots ?? [];
  const instances = inst.map((i) => [i.DBInstanceIdentifier, i.DBInstanceClass, i.Engine, i.AllocatedStorage, i.DBInstanceStatus, i.InstanceCreateTime?.toISOString()].join(' ')).sort();
  return { instances: instances.join('; '), manualSnapshots: snaps.map((s) => s.DBSnapshotIdentifier!).sort() };
}

function tofuDigest(w: World): Digest['tofu'] & { locks: string[] } {
  const stateFile = path.join(w.tofu.dir, 'terraform.tfstate.d', 'chaos', 'terraform.tfstate');
  // No state file and a state with no resources are the same infrastructure (a rollback of a
  // workspace's first apply leaves the workspace, empty).
  let state = '[]';
  if (fs.existsSync(stateFile)) {
    const doc = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as { resources?: Array<{ type: string; name: string; instances: Array<{ attributes: Record<string, unknown>; status?: string }> }> };
    state = JSON.stringify(
      (doc.resources ?? []).map((r) => [`${r.type}.${r.name}`, r.instances.map((i) => [i.status ?? 'ok', i.attributes.input, i.attributes.triggers_replace])]).sort(),
    );
  }
  const files: Record<string, string> = {};
  const createsLogged: Record<string, number> = {};
  if (fs.existsSync(w.tofu.out)) {
    for (const f of fs.readdirSync(w.tofu.out).sort()) {
      const text = fs.readFileSync(path.join(w.tofu.out, f), 'utf8');
      if (f === 'log.txt') for (const line of text.split('\n').filter(Boolean)) createsLogged[line] = (createsLogged[line] ?? 0) + 1;
      else files[f] = text;
    }
  }
  const locks: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory() && e.name !== '.terraform') walk(path.join(d, e.name));
      else if (e.name.endsWith('.lock.info')) locks.push(path.relative(w.tofu.dir, path.join(d, e.name)));
    }
  };
  if (fs.existsSync(w.tofu.dir)) walk(w.tofu.dir);
  return { state, files, createsLogged, locks };
}

export async function digest(infra: Infra, w: World): Promise<Digest> {
  const [m, p, r, g, e, d] = await Promise.all([mysqlDigest(w), pgDigest(w), redisDigest(infra), graphDigest(infra, w), ecsDigest(w), rdsDigest(w)]);
  const t = tofuDigest(w);
  const { lock, ...mysqlPart } = m;
  delete (r as Partial<typeof r>).lines;
  const { locks: pgLocks, ...pgPart } = p;
  const { locks: tofuLocks, ...tofuPart } = t;
  return { mysql: mysqlPart, postgres: pgPart, redis: r, graph: g, ecs: e, rds: d, tofu: tofuPart, locks: { mysql: lock, postgres: pgLocks, tofu: tofuLocks } };
}

/**
 * What the targets must hold after a successful run, read from the systems before the run: the
 * expected tables built beside the targets (the source's rows and the target's own others), the
 * source's keys over the target's own, the source's nodes and relationships beside the target's.
 */
export interface Expected {
  mysql: TableDigest;
  postgres: TableDigest;
  redis: Digest['redis'];
  graph: Digest['graph'];
}

export async function expected(infra: Infra, w: World): Promise<Expected> {
  const c = await mysqlConnect(w, w.mysql.expected);
  const my = await mysqlRows(c, 'accounts').finally(() => c.end());
  const pg = await withPg(`${w.pg.server}/${PG_DATABASE}`, (p) => pgRows(p, w.pg.expected, 'ledger'));
  const src = await redisLines(infra.redisUrl('src'));
  const dst = await redisLines(infra.redisUrl('dst'));
  const merged = new Map([...dst, ...src]);
  const graph = await withDrivers(infra, async (s, d) => {
    const a = await graphLines(s, w.label);
    const b = await graphLines(d, w.label);
    return { nodes: a.nodes + b.nodes, relationships: a.relationships + b.relationships, checksum: sha([...a.lines, ...b.lines].sort().join('\n')) };
  });
  const srcTtl = await (async () => {
    const r = new Redis(infra.redisUrl('src'));
    return r.pttl('k:0').finally(() => r.disconnect());
  })();
  return { mysql: my, postgres: pg, redis: redisOf(new Map([...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), srcTtl), graph };
}
