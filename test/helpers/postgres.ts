// Throwaway schemas on the stack's PostgreSQL (databases cutover_test and cutover_test2), and a
// snapshot of a schema's structure to compare (cutover's own tables, `cutover_*`, left out).
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { stackEnv } from './stack';

export const pgServer = () => stackEnv().CUTOVER_POSTGRES_URL;
export const pgUrl = (database = 'cutover_test') => `${pgServer()}/${database}`;

export async function pgConnect(url: string): Promise<Client> {
  const c = new Client({ connectionString: url });
  c.on('error', () => undefined);
  await c.connect();
  return c;
}

export interface TempSchema {
  name: string;
  database: string;
  /** The database's URL (the schema is a step field). */
  url: string;
  client: Client;
  rows(sql: string, values?: unknown[]): Promise<Record<string, any>[]>;
  structure(): Promise<unknown>;
  drop(): Promise<void>;
}

export const uniqueName = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;

export async function tempSchema(prefix = 't', database = 'cutover_test'): Promise<TempSchema> {
  const name = uniqueName(prefix);
  const url = pgUrl(database);
  const client = await pgConnect(url);
  await client.query(`CREATE SCHEMA "${name}"`);
  const rows = async (sql: string, values?: unknown[]) => (await client.query(sql, values)).rows;
  return {
    name,
    database,
    url,
    client,
    rows,
    async structure() {
      const columns = await rows(
        `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
          WHERE table_schema = $1 AND table_name NOT LIKE 'cutover\\_%' ORDER BY table_name, ordinal_position`,
        [name],
      );
      const indexes = await rows(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename NOT LIKE 'cutover\\_%' ORDER BY 1, 2`, [name]);
      const functions = await rows(`SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1 ORDER BY 1`, [name]);
      return { columns, indexes, functions };
    },
    async drop() {
      await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`).catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}
