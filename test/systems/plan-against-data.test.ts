// `cutover plan --against` for Redis and the Bolt graph server, on the stack's real servers:
// redis.copyKeys (keys to move, those already in the target), redis.invalidate (keys it would
// delete), graph.copy (nodes and relationships per label and type, nodes already in the target)
// and graph.migrate (two of three pending, a changed file). Redis previews run as a user that may
// only read (any write would be refused), and every test compares what the servers hold before and
// after.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type Redis from 'ioredis';
import { kindActivity } from '../helpers/kinds';
import { client, dump, prefix, redisUrls, wipe } from './redis-fixtures';
import { boltUrls, driverFor, dropLabel, plain, runActivity, stepInput, uniq } from './graph-fixtures';
import { against, changeLines, stepOf, tempDir } from './plan-against-fixtures';

describe('plan --against: Redis', () => {
  const urls = redisUrls();
  let src: Redis;
  let dst: Redis;
  const p = prefix('against');
  const user = `cutover-reader-${randomUUID().slice(0, 8)}`;
  const asReader = (url: string) => url.replace('redis://', `redis://${user}:pw@`);
  before(async () => {
    src = client(urls.source);
    dst = client(urls.target);
    for (const r of [src, dst]) await r.call('ACL', 'SETUSER', user, 'reset', 'on', '>pw', '~*', '&*', '+@read', '+@connection', '+info', '-@write');
    for (let i = 1; i <= 10; i++) await (i % 2 ? src.set(`${p}k${i}`, `v${i}`, 'PX', 600_000) : src.set(`${p}k${i}`, `v${i}`));
    await src.hset(`${p}h`, { a: '1' });
    for (const i of [1, 2, 3]) await dst.set(`${p}k${i}`, 'old');
    await dst.set(`${p}mine`, 'kept');
    Object.assign(process.env, { AGAINST_REDIS_SRC: asReader(urls.source), AGAINST_REDIS_DST: asReader(urls.target) });
  });
  after(async () => {
    await wipe(src, `${p}*`);
    await wipe(dst, `${p}*`);
    for (const r of [src, dst]) await r.call('ACL', 'DELUSER', user);
    src.disconnect();
    dst.disconnect();
  });
  const targets = { cache: { kind: 'redis', url: '${env:AGAINST_REDIS_SRC}' }, newCache: { kind: 'redis', url: '${env:AGAINST_REDIS_DST}' } };

  it('copyKeys: 11 keys to move, 3 already in the target; invalidate: the keys it would delete; nothing written', async () => {
    const before = { src: await dump(src, `${p}*`), dst: await dump(dst, `${p}*`) };
    const r = await against({
      targets,
      steps: [
        { id: 'overwrite', kind: 'redis.copyKeys', source: 'cache', target: 'newCache', pattern: `${p}*`, onExisting: 'overwrite', batchSize: 3 },
        { id: 'strict', kind: 'redis.copyKeys', source: 'cache', target: 'newCache', pattern: `${p}k*` },
        { id: 'none', kind: 'redis.copyKeys', source: 'cache', target: 'newCache', pattern: `${p}nothing*` },
        { id: 'purge', kind: 'redis.invalidate', target: 'newCache', pattern: `${p}k*` },
      ],
    });
    const o = stepOf(r, 'overwrite');
    assert.equal(o.preview!.summary, `would copy 11 keys matching "${p}*" from cache into newCache: 8 new keys, 3 keys already there (overwritten)`);
    const lines = changeLines(o);
    assert.match(lines[0], new RegExp(`^move 11 keys: cache \\(redis://127\\.0\\.0\\.1:\\d+/0\\) "${p}\\*" → newCache \\(redis://127\\.0\\.0\\.1:\\d+/0\\), with their TTLs$`));
    assert.deepEqual(lines.slice(1, 3), ['create 8 keys created: deleted again on rollback', 'change 3 keys overwritten: already in the target; their old values journaled and put back on rollback']);
    assert.match(lines[3], /^none [\d,]+ other keys? of the target: left as they are$/);
    assert.deepEqual(stepOf(r, 'strict').preview!.warnings, [
      '3 keys already exist in the target and a new run did not write them: the copy would fail (onExisting: fail); empty them first or set onExisting: overwrite',
    ]);
    assert.deepEqual(stepOf(r, 'none').preview!.warnings, [`nothing to copy: no key matches "${p}nothing*": the copy would fail (set allowEmpty: true if that is expected)`]);
    const purge = stepOf(r, 'purge');
    assert.equal(purge.preview!.summary, `would delete 3 keys matching "${p}k*" from newCache`);
    assert.deepEqual(purge.preview!.changes.map((c) => c.action), ['delete']);
    assert.deepEqual({ src: await dump(src, `${p}*`), dst: await dump(dst, `${p}*`) }, before);
  });

  it('the read-only user is what makes this a proof: a write as that user is refused', async () => {
    const reader = client(asReader(urls.target));
    try {
      await assert.rejects(reader.set(`${p}probe`, 'x'), /NOPERM/);
    } finally {
      reader.disconnect();
    }
  });
});

describe('plan --against: graph', () => {
  const urls = boltUrls();
  let source: Driver;
  let target: Driver;
  const person = uniq('Person');
  const city = uniq('City');
  const livesIn = uniq('LIVES_IN');
  const hist = uniq('Hist');
  before(async () => {
    source = driverFor(urls.source);
    target = driverFor(urls.target);
    await source.executeQuery(
      `UNWIND range(1, 5) AS i CREATE (:\`${person}\` {id: i})
       WITH count(*) AS _ UNWIND range(1, 2) AS j CREATE (:\`${city}\` {id: j})`,
    );
    await source.executeQuery(`MATCH (p:\`${person}\`), (c:\`${city}\` {id: 1}) WHERE p.id <= 3 CREATE (p)-[:\`${livesIn}\`]->(c)`);
    await target.executeQuery(`UNWIND range(1, 2) AS i CREATE (:\`${person}\` {id: i, here: true})`);
    process.env.AGAINST_BOLT_SRC = urls.source;
    process.env.AGAINST_BOLT_DST = urls.target;
  });
  after(async () => {
    for (const d of [source, target]) for (const l of [person, city, hist]) await dropLabel(d, l);
    await source.close();
    await target.close();
  });
  const targets = { src: { kind: 'bolt', url: '${env:AGAINST_BOLT_SRC}' }, dst: { kind: 'bolt', url: '${env:AGAINST_BOLT_DST}' } };

  /** Every node of this test's labels (and history label), with its properties, and their relationships. */
  const state = async (d: Driver) => {
    const labels = [person, city, hist].map((l) => `n:\`${l}\``).join(' OR ');
    const nodes = await d.executeQuery(`MATCH (n) WHERE ${labels} RETURN labels(n) AS l, properties(n) AS p`);
    const rels = await d.executeQuery(`MATCH (n)-[r]->(m) WHERE ${labels} RETURN type(r) AS t, properties(r) AS p`);
    const marked = await d.executeQuery(`MATCH (n:CutoverCopy) WHERE n._cutover_run STARTS WITH 'preview-' RETURN count(n) AS c`);
    const indexes = await d.executeQuery(`SHOW INDEXES YIELD name, labelsOrTypes WHERE any(l IN labelsOrTypes WHERE l IN $ls) RETURN name`, { ls: [person, city, hist] });
    return {
      nodes: nodes.records.map((r) => JSON.stringify(plain({ l: r.get('l'), p: r.get('p') }))).sort(),
      rels: rels.records.map((r) => JSON.stringify(plain({ t: r.get('t'), p: r.get('p') }))).sort(),
      marked: Number(marked.records[0].get('c')),
      indexes: indexes.records.map((r) => r.get('name')).sort(),
    };
  };

  it('graph.copy: 7 nodes and 3 relationships to copy, 2 matching nodes already in the target; nothing written', async () => {
    const before = { src: await state(source), dst: await state(target) };
    const r = await against({
      targets,
      steps: [
        { id: 'strict', kind: 'graph.copy', source: 'src', target: 'dst', labels: [person, city] },
        { id: 'append', kind: 'graph.copy', source: 'src', target: 'dst', labels: [person, city], relationshipTypes: [livesIn], onExisting: 'append' },
        { id: 'ghost', kind: 'graph.copy', source: 'src', target: 'dst', labels: [city, 'NoSuchLabel_x1'], relationshipTypes: [] },
      ],
    });
    const s = stepOf(r, 'strict');
    assert.equal(s.preview!.summary, 'would copy 7 nodes and 3 relationships from src into dst, which holds 2 matching nodes already');
    assert.deepEqual(changeLines(s), [
      `move 7 nodes: src (${urls.source}) → dst (${urls.target}); by label: ${[`${city} 2`, `${person} 5`].sort().join(', ')}`,
      'create 7 nodes created: new nodes marked with the run, deleted again on rollback',
      `create 3 relationships created: between copied nodes; by type: ${livesIn} 3`,
    ]);
    assert.deepEqual(s.preview!.warnings, ['the target already holds 2 nodes matching the selection that a new run did not write: the copy would fail (onExisting: fail); empty it first or set onExisting: append']);
    assert.deepEqual(changeLines(stepOf(r, 'append')).at(-1), `none 2 nodes of the target matching the selection: left as they are; the copy adds its nodes beside them (onExisting: append)`);
    assert.deepEqual(stepOf(r, 'ghost').preview!.warnings, ['label "NoSuchLabel_x1" matches no node in the source: the copy would fail (GraphNothingToCopy)']);
    assert.deepEqual({ src: await state(source), dst: await state(target) }, before);
  });

  it('graph.migrate: two of three pending, then a changed file; nothing written', async () => {
    const dir = tempDir();
    const files: Record<string, string> = {};
    for (const v of [1, 2, 3]) {
      files[`000${v}_step${v}.up.cypher`] = `CREATE (:\`${person}\` {migration: ${v}});\n`;
      files[`000${v}_step${v}.down.cypher`] = `MATCH (n:\`${person}\` {migration: ${v}}) DELETE n;\n`;
    }
    const write = (sub: string, only?: number) => {
      fs.mkdirSync(path.join(dir, sub), { recursive: true });
      for (const [f, t] of Object.entries(files)) if (!only || f.startsWith(`000${only}`)) fs.writeFileSync(path.join(dir, sub, f), t);
    };
    write('one', 1);
    write('three');
    await runActivity(kindActivity('graph.migrate'), stepInput('graph.migrate', { target: 'dst', dir: path.join(dir, 'one'), historyLabel: hist }, { id: 'graph-schema' }));
    const step = { id: 'graph-schema', kind: 'graph.migrate', target: 'dst', dir: 'three', historyLabel: hist };
    const before = await state(target);
    let r = await against({ targets, steps: [step] }, dir);
    const s = stepOf(r, 'graph-schema');
    assert.match(s.preview!.summary, /^2 of 3 migrations to apply on dst \(neo4j [\d.]+\), 1 applied$/);
    assert.deepEqual(changeLines(s), ['none version 0001 step1: applied', 'create version 0002 step2: 0002_step2.up.cypher', 'create version 0003 step3: 0003_step3.up.cypher']);
    fs.appendFileSync(path.join(dir, 'three/0001_step1.up.cypher'), '// edited\n');
    r = await against({ targets, steps: [step] }, dir);
    assert.match(stepOf(r, 'graph-schema').preview!.warnings![0], /^0001_step1\.up\.cypher changed after it was applied \(checksum [0-9a-f]{12}… recorded, [0-9a-f]{12}… now\): the run would fail \(ChecksumDrift\)$/);
    assert.deepEqual(await state(target), before);
  });
});
