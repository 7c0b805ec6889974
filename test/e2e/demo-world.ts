// What the rollback demo (plans/demo-rollback.yaml) can change, read from the servers themselves:
// the app database on MariaDB (every table's definition and rows), the new Redis's demo database
// (every key), the new graph server's demo labels (nodes, relationships, constraints, indexes),
// and the sources it reads from (which it must not change either).
import mysql, { type RowDataPacket } from 'mysql2/promise';
import Redis from 'ioredis';
import neo4j from 'neo4j-driver';
import { DEMO_REDIS_DB } from '../../src/cli/demo-data';
import { stackEnv } from '../helpers/stack';
import { countKeys, dump as dumpKeys } from '../systems/redis-fixtures';
import { plain } from '../systems/graph-fixtures';

const GRAPH_LABELS = ['DemoCustomer', 'CutoverDemoMigration'];

async function mariadb(url: string) {
  const conn = await mysql.createConnection(url);
  try {
    const [names] = await conn.query<RowDataPacket[]>('SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1');
    const tables: Record<string, { definition: string; rows: unknown[] }> = {};
    for (const { t } of names) {
      const [[def]] = await conn.query<RowDataPacket[]>(`SHOW CREATE TABLE \`${t}\``);
      const [rows] = await conn.query<RowDataPacket[]>(`SELECT * FROM \`${t}\` ORDER BY 1`);
      tables[t] = { definition: String(def['Create Table']), rows };
    }
    return tables;
  } finally {
    await conn.end();
  }
}

async function legacyInvoices(url: string) {
  const conn = await mysql.createConnection(url);
  try {
    const [[sum]] = await conn.query<RowDataPacket[]>('CHECKSUM TABLE invoices EXTENDED');
    const [[n]] = await conn.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM invoices');
    return { rows: Number(n.n), checksum: String(sum.Checksum) };
  } finally {
    await conn.end();
  }
}

async function graph(url: string) {
  const driver = neo4j.driver(url);
  const ofDemo = (labels: string[] | null) => (labels ?? []).some((l) => GRAPH_LABELS.includes(l));
  const rows = async (query: string) => (await driver.executeQuery(query)).records.map((r) => r.toObject());
  try {
    const nodes = await rows(`MATCH (n) WHERE ${GRAPH_LABELS.map((l) => `n:${l}`).join(' OR ')} RETURN labels(n) AS labels, properties(n) AS props`);
    const rels = await rows('MATCH (a)-[r]->(b) WHERE a:DemoCustomer OR b:DemoCustomer RETURN a.id AS a, type(r) AS type, properties(r) AS props, b.id AS b');
    const constraints = (await rows('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties')).filter((c) => ofDemo(c.labelsOrTypes as string[]));
    const indexes = (await rows('SHOW INDEXES YIELD name, type, labelsOrTypes, properties')).filter((i) => ofDemo(i.labelsOrTypes as string[]));
    const sorted = (xs: unknown[]) => xs.map((x) => JSON.stringify(plain(x))).sort();
    return { nodes: sorted(nodes), rels: sorted(rels), constraints: sorted(constraints), indexes: sorted(indexes) };
  } finally {
    await driver.close();
  }
}

async function keys(url: string) {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    return { keys: await dumpKeys(redis, '*'), sessions: await countKeys(redis, 'session:*') };
  } finally {
    redis.disconnect();
  }
}

export async function demoWorld() {
  const stack = stackEnv();
  return {
    appDb: await mariadb(`${stack.CUTOVER_MYSQL_URL}/cutover_demo`),
    legacyDb: await legacyInvoices(`${stack.CUTOVER_MYSQL_URL}/cutover_demo_legacy`),
    newCache: (await keys(`${stack.CUTOVER_REDIS2_URL}/${DEMO_REDIS_DB}`)).keys,
    cacheSessions: (await keys(`${stack.CUTOVER_REDIS_URL}/${DEMO_REDIS_DB}`)).sessions,
    newGraph: await graph(stack.CUTOVER_BOLT2_URL),
    graphCustomers: (await graph(stack.CUTOVER_BOLT_URL)).nodes.length,
  };
}
