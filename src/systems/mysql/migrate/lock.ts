// One runner per database: a named MySQL lock held on the migrating connection.
import { createHash } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import type { Connection, RowDataPacket } from 'mysql2/promise';

/** Lock names are at most 64 characters; long ones are hashed. */
export function lockName(database: string, table: string): string {
  const name = `cutover:${database}:${table}`;
  return name.length <= 64 ? name : `cutover:${createHash('sha256').update(name).digest('hex').slice(0, 40)}`;
}

export async function withLock<T>(conn: Connection, name: string, waitSeconds: number, where: string, fn: () => Promise<T>): Promise<T> {
  const [rows] = await conn.query<RowDataPacket[]>('SELECT GET_LOCK(?, ?) AS got', [name, waitSeconds]);
  if (rows[0].got !== 1) {
    const [holder] = await conn.query<RowDataPacket[]>(
      'SELECT p.ID AS id, p.USER AS user, p.HOST AS host FROM information_schema.PROCESSLIST p WHERE p.ID = IS_USED_LOCK(?)',
      [name],
    );
    const who = holder[0] ? ` (held by connection ${holder[0].id}, ${holder[0].user}@${holder[0].host})` : '';
    throw ApplicationFailure.retryable(`${where}: another runner is migrating this database${who}; waited ${waitSeconds}s`, 'MigrationLocked');
  }
  try {
    return await fn();
  } finally {
    await conn.query('SELECT RELEASE_LOCK(?)', [name]).catch(() => undefined);
  }
}
