// A throwaway database on the stack's MariaDB, and a snapshot of its schema to compare
// (cutover's own bookkeeping tables, `cutover_*`, left out).
import { randomUUID } from 'node:crypto';
import mysql from 'mysql2/promise';
import { stackEnv } from './stack';

export interface TempDatabase {
  name: string;
  url: string;
  schema(): Promise<unknown>;
  drop(): Promise<void>;
}

export async function tempDatabase(prefix = 't'): Promise<TempDatabase> {
  const server = stackEnv().CUTOVER_MYSQL_URL;
  const name = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const conn = await mysql.createConnection(server);
  await conn.query(`CREATE DATABASE \`${name}\``);
  return {
    name,
    url: `${server}/${name}`,
    async schema() {
      const [columns] = await conn.query(
        `SELECT table_name, column_name, column_type, is_nullable, column_default FROM information_schema.columns
         WHERE table_schema = ? AND table_name NOT LIKE 'cutover\\_%' ORDER BY table_name, ordinal_position`,
        [name],
      );
      const [indexes] = await conn.query(
        `SELECT table_name, index_name, seq_in_index, column_name, non_unique FROM information_schema.statistics
         WHERE table_schema = ? AND table_name NOT LIKE 'cutover\\_%' ORDER BY table_name, index_name, seq_in_index`,
        [name],
      );
      return { columns, indexes };
    },
    async drop() {
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}
