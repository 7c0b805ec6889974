// Plans with the postgres kinds: which targets each field may name (a copy's source may be of the
// other engine, its target may not), field checks at file:line:col, and the `cutover plan` texts.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { problems } from './plan-fixtures';
import { kindDef } from '../../src/registry';

const plan = (steps: string) => `name: pg
environment: test
targets:
  pg: { kind: postgres, url: "\${env:PG_URL}" }
  my: { kind: mysql, url: "\${env:MY_URL}" }
  cache: { kind: redis, url: "redis://127.0.0.1:6380" }
phases:
  migrateData:
${steps}
`;

it('a copy into PostgreSQL may read from MySQL, not write into it; migrate takes postgres targets only', () => {
  assert.deepEqual(
    problems(
      plan(`    - { id: a, kind: postgres.copyTable, source: my, target: pg, table: t }
    - { id: b, kind: mysql.copyTable, source: pg, target: my, table: t, schema: s }
    - { id: c, kind: postgres.copyTable, source: pg, target: my, table: t }
    - { id: d, kind: postgres.copyTable, source: cache, target: pg, table: t }
    - { id: e, kind: postgres.migrate, target: my, dir: m }`),
    ),
    [
      'p.yaml:11:62: step c: target my is a mysql target; postgres.copyTable needs postgres',
      'p.yaml:12:50: step d: source cache is a redis target; postgres.copyTable needs postgres or mysql',
      'p.yaml:13:48: step e: target my is a mysql target; postgres.migrate needs postgres',
    ],
  );
});

it('bad fields are refused where they are written', () => {
  const out = problems(
    plan(`    - { id: a, kind: postgres.migrate, target: pg, dir: m, schema: "bad-name", lockTimeout: soon }
    - { id: b, kind: postgres.copyTable, source: pg, target: pg, table: t, onExisting: merge, batchSize: 0 }`),
  );
  assert.equal(out.length, 4, out.join('\n'));
  assert.match(out[0], /^p\.yaml:9:\d+: step a: schema: expected a plain identifier/);
  assert.match(out[1], /^p\.yaml:9:\d+: step a: lockTimeout: expected a duration/);
  assert.match(out.join('\n'), /step b: onExisting/);
  assert.match(out.join('\n'), /step b: batchSize/);
});

it('cutover plan explains each step and its undo from its fields', () => {
  const m = kindDef('postgres.migrate')!;
  const c = kindDef('postgres.copyTable')!;
  assert.equal(
    m.describe!(m.params.parse({ target: 'pg', dir: 'migrations', schema: 'billing', statementTimeout: '1m' })),
    'migrations → pg schema billing (history cutover_schema_history; lock_timeout 5s, statement_timeout 1m; waits 30s for another runner)',
  );
  assert.equal(
    c.describe!(c.params.parse({ source: 'my', target: 'pg', table: 'orders', targetSchema: 'app', where: 'id > 10', onExisting: 'overwrite' })),
    'my.public.orders → pg.app.orders where id > 10 (pages of 10000; rows the target holds: overwritten, their old values journaled)',
  );
  assert.match(m.undo!.summary, /exactly the versions this run applied/);
  assert.match(c.undo!.summary, /restore the rows it overwrote/);
});
