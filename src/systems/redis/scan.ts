// One SCAN MATCH page as Buffers (binary-safe key names), cutover's own journal keys left out.
// COUNT is only a hint: a page may hold fewer or more keys, or none while the cursor is not yet
// back at 0. SCAN may return a key more than once; every caller tolerates that (RESTORE … REPLACE,
// DEL and EXISTS give the same result twice), so pages are not de-duplicated.
import type Redis from 'ioredis';
import { isJournalKey } from './key-journal';

export async function scanPage(redis: Redis, cursor: string, pattern: string, count: number): Promise<{ next: string; keys: Buffer[] }> {
  const [next, raw] = await redis.scanBuffer(cursor, 'MATCH', pattern, 'COUNT', count);
  return { next: next.toString(), keys: raw.filter((k) => !isJournalKey(k)) };
}
