// `cutover plan --against` for redis.copyKeys and redis.invalidate: the keys matching the pattern
// (SCAN, each counted once), and for a copy how many of them the target already holds (EXISTS):
// keys a copy would overwrite, or that make it fail with onExisting: fail. Only SCAN, EXISTS and
// DBSIZE are sent: no journal, no key written or touched.
import type { KindInput } from '../../kit/context';
import { count, type Change, type Preview } from '../../kit/preview';
import type { RedisCopyKeysParams, RedisInvalidateParams } from './kinds';
import { classify, openRedis, type RedisConn } from './connection';
import { scanPage } from './scan';

/** Every key matching `pattern`, once each (SCAN may return a key twice), page by page. */
async function* distinctKeys(c: RedisConn, pattern: string, batch: number): AsyncGenerator<Buffer[]> {
  const seen = new Set<string>();
  let cursor = '0';
  do {
    const page = await scanPage(c.redis, cursor, pattern, batch);
    const fresh = page.keys.filter((k) => {
      const id = k.toString('hex');
      return seen.has(id) ? false : (seen.add(id), true);
    });
    if (fresh.length) yield fresh;
    cursor = page.next;
  } while (cursor !== '0');
}

export async function redisCopyKeysPreview(input: KindInput<RedisCopyKeysParams>): Promise<Preview> {
  const { step, params: p } = input;
  let s: RedisConn | undefined;
  let d: RedisConn | undefined;
  try {
    s = await openRedis(input, 'source');
    d = await openRedis(input, 'target');
    const warnings: string[] = [];
    if (s.identity === d.identity) warnings.push(`source and target are the same database (${s.url}): the copy would refuse to run (PlanError)`);
    let keys = 0;
    let existing = 0;
    for await (const page of distinctKeys(s, p.pattern, p.batchSize)) {
      keys += page.length;
      existing += await d.redis.exists(...page);
    }
    const targetKeys = await d.redis.dbsize();
    const changes: Change[] = [{ action: 'move', what: count(keys, 'key'), detail: `${p.source} (${s.url}) ${JSON.stringify(p.pattern)} → ${p.target} (${d.url}), with their TTLs` }];
    if (keys - existing > 0) changes.push({ action: 'create', what: `${count(keys - existing, 'key')} created`, detail: 'deleted again on rollback' });
    if (existing > 0) {
      if (p.onExisting === 'overwrite') changes.push({ action: 'change', what: `${count(existing, 'key')} overwritten`, detail: 'already in the target; their old values journaled and put back on rollback' });
      else warnings.push(`${count(existing, 'key')} already exist in the target and a new run did not write them: the copy would fail (onExisting: fail); empty them first or set onExisting: overwrite`);
    }
    if (targetKeys - existing > 0) changes.push({ action: 'none', what: `${count(targetKeys - existing, 'other key')} of the target`, detail: 'left as they are' });
    if (keys === 0 && !p.allowEmpty) warnings.push(`nothing to copy: no key matches ${JSON.stringify(p.pattern)}: the copy would fail (set allowEmpty: true if that is expected)`);
    return {
      summary: `would copy ${count(keys, 'key')} matching ${JSON.stringify(p.pattern)} from ${p.source} into ${p.target}: ${count(keys - existing, 'new key')}${existing ? `, ${count(existing, 'key')} already there${p.onExisting === 'overwrite' ? ' (overwritten)' : ' (a conflict)'}` : ''}`,
      changes,
      ...(warnings.length ? { warnings } : {}),
    };
  } catch (err) {
    throw classify(err, d?.where ?? s?.where ?? `step ${step.id}`);
  } finally {
    s?.redis.disconnect();
    d?.redis.disconnect();
  }
}

export async function redisInvalidatePreview(input: KindInput<RedisInvalidateParams>): Promise<Preview> {
  const { step, params: p } = input;
  let t: RedisConn | undefined;
  try {
    t = await openRedis(input, 'target');
    let keys = 0;
    for await (const page of distinctKeys(t, p.pattern, p.batchSize)) keys += page.length;
    const warnings = keys === 0 && p.requireMatch ? [`no key matches ${JSON.stringify(p.pattern)}: the step would fail (requireMatch)`] : [];
    return {
      summary: `would delete ${count(keys, 'key')} matching ${JSON.stringify(p.pattern)} from ${p.target}`,
      changes: keys ? [{ action: 'delete', what: count(keys, 'key'), detail: `${JSON.stringify(p.pattern)} in ${t.url}; not undone on rollback` }] : [{ action: 'none', what: `no key matches ${JSON.stringify(p.pattern)}` }],
      ...(warnings.length ? { warnings } : {}),
    };
  } catch (err) {
    throw classify(err, t?.where ?? `step ${step.id}`);
  } finally {
    t?.redis.disconnect();
  }
}
