// The rollback demo's world (plans/demo-rollback.yaml): where its targets are on the local stack,
// and its source data — invoices in a legacy MariaDB database, sessions in the first Redis, a
// customer graph on the first Bolt server. Sources are made when missing and never reset. The
// targets are not touched here: what a run wrote there, and what its rollback took away, is
// cutover's doing alone. Redis database 3 and the DemoCustomer label belong to the demo only.
import mysql from 'mysql2/promise';
import Redis from 'ioredis';
import neo4j from 'neo4j-driver';
import { CutoverError, EXIT } from '../exit-codes';

export const DEMO_REDIS_DB = 3;
export const DEMO_SIZES = { invoices: 2000, sessions: 500, customers: 300 };

/** The demo plans' `${env:…}` variables, from the stack's addresses (stack.env) and the demo site. */
export function demoEnvironment(stack: Record<string, string>, siteUrl: string): Record<string, string> {
  const need = (name: string) => {
    const v = stack[name];
    if (!v) throw new CutoverError(`stack.env has no ${name}; run: scripts/stack.sh up`, EXIT.unreachable);
    return v;
  };
  return {
    CUTOVER_DEMO_URL: siteUrl,
    CUTOVER_DEMO_DATABASE_URL: `${need('CUTOVER_MYSQL_URL')}/cutover_demo`,
    CUTOVER_DEMO_LEGACY_DATABASE_URL: `${need('CUTOVER_MYSQL_URL')}/cutover_demo_legacy`,
    CUTOVER_DEMO_CACHE_URL: `${need('CUTOVER_REDIS_URL')}/${DEMO_REDIS_DB}`,
    CUTOVER_DEMO_NEW_CACHE_URL: `${need('CUTOVER_REDIS2_URL')}/${DEMO_REDIS_DB}`,
    CUTOVER_DEMO_GRAPH_URL: need('CUTOVER_BOLT_URL'),
    CUTOVER_DEMO_NEW_GRAPH_URL: need('CUTOVER_BOLT2_URL'),
  };
}

async function seedInvoices(url: string): Promise<void> {
  const u = new URL(url);
  const db = mysql.escapeId(decodeURIComponent(u.pathname.slice(1)));
  const conn = await mysql.createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  });
  try {
    await conn.query(`CREATE DATABASE IF NOT EXISTS ${db}`);
    await conn.query(`USE ${db}`); // MariaDB's seq_1_to_<n> tables live in the current database
    // The same definition as release 2's migration 0004 gives the new table.
    await conn.query(`CREATE TABLE IF NOT EXISTS invoices (
      id BIGINT PRIMARY KEY, account_email VARCHAR(255) NOT NULL, amount_cents INT NOT NULL, issued_at DATETIME NOT NULL)`);
    await conn.query(
      `INSERT IGNORE INTO invoices
       SELECT seq, CONCAT('customer-', 1 + seq % ${DEMO_SIZES.customers}, '@example.com'), 100 + (seq * 37) % 10000,
              TIMESTAMP '2025-01-01 00:00:00' + INTERVAL seq HOUR
       FROM seq_1_to_${DEMO_SIZES.invoices}`,
    );
  } finally {
    await conn.end();
  }
}

async function seedSessions(url: string): Promise<void> {
  // One try: a Redis that does not answer is reported by its own error, not "Connection is closed".
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  let refused: Error | undefined;
  redis.on('error', (err: Error) => (refused ??= err));
  try {
    await redis.connect().catch((err: Error) => Promise.reject(refused ?? err));
    const batch = redis.pipeline();
    for (let i = 1; i <= DEMO_SIZES.sessions; i++) {
      const value = JSON.stringify({ account: `customer-${1 + (i % DEMO_SIZES.customers)}@example.com`, cart: i % 7 });
      batch.set(`session:${i}`, value, 'EX', 7 * 86_400, 'NX');
    }
    const failed = ((await batch.exec()) ?? []).find(([err]) => err);
    if (failed) throw failed[0];
  } finally {
    redis.disconnect();
  }
}

async function seedCustomers(url: string): Promise<void> {
  const driver = neo4j.driver(url);
  try {
    await driver.executeQuery(
      `UNWIND range(1, $n) AS i
       MERGE (c:DemoCustomer {id: i})
       ON CREATE SET c.name = 'customer ' + toString(i), c.email = 'customer-' + toString(i) + '@example.com'`,
      { n: neo4j.int(DEMO_SIZES.customers) },
    );
    await driver.executeQuery('MATCH (a:DemoCustomer) WHERE a.id % 3 = 0 MATCH (b:DemoCustomer {id: a.id / 3}) MERGE (a)-[:REFERRED_BY]->(b)');
  } finally {
    await driver.close();
  }
}

/** Makes the rollback demo's source data where it is missing; a server not answering is exit 5, as the stack not coming up is. */
export async function seedRollbackDemo(env: NodeJS.ProcessEnv): Promise<void> {
  const where = (what: string, err: unknown) =>
    new CutoverError(
      `seeding the rollback demo's ${what}: ${err instanceof Error ? err.message : String(err)} (is the local stack up? scripts/stack.sh up temporal mariadb redis graph)`,
      EXIT.unreachable,
    );
  await seedInvoices(env.CUTOVER_DEMO_LEGACY_DATABASE_URL!).catch((err) => Promise.reject(where('invoices (MariaDB)', err)));
  await seedSessions(env.CUTOVER_DEMO_CACHE_URL!).catch((err) => Promise.reject(where('sessions (Redis)', err)));
  await seedCustomers(env.CUTOVER_DEMO_GRAPH_URL!).catch((err) => Promise.reject(where('customer graph (Bolt)', err)));
}
