// One SCAN MATCH page as Buffers (binary-safe key names), with the keys SCAN may repeat within a
// page removed and cutover's own journal keys left out. COUNT is only a hint: a page may hold
// fewer or more keys, or none while the cursor is not yet back at 0.
import type Redis from 'ioredis';
import { isJournalKey } from './journal';

export async function scanPage(redis: Redis, cursor: string, pattern: string, count: number): Promise<{ next: string; keys: Buffer[] }> {
  const [next, raw] = await redis.scanBuffer(cursor, 'MATCH', pattern, 'COUNT', count);
  const seen = new Set<string>();
  const keys: Buffer[] = [];
  for (const k of raw) {
    const id = k.toString('latin1');
    if (seen.has(id) || isJournalKey(k)) continue;
    seen.add(id);
    keys.push(k);
  }
  return { next: next.toString(), keys };
}
