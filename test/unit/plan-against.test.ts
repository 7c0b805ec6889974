// The `cutover plan --against` runner and its text, with kinds of a test family whose previews
// answer from memory: what runs, what is shown as depending on an earlier step, gates and kinds
// without a preview, a variable not set here, a preview that hangs or returns the wrong shape, one
// that fails (the others go on), group markers, and the previews the built-in kinds declare.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { defineKind } from '../../src/kit/define';
import { allKinds, registerFamily } from '../../src/registry';
import { resolveRefs, targetUrl } from '../../src/kit';
import { parsePlan } from '../../src/plan';
import { previewPlan } from '../../src/cli/against/run';
import { renderAgainst } from '../../src/cli/against/render';
import { familyProblems } from '../../src/plugins/register';

const seen: string[] = [];
registerFamily({
  name: 'fake',
  kinds: {
    'fake.thing': defineKind({
      summary: 'a thing',
      params: z.strictObject({ name: z.string(), n: z.number().default(2), url: z.string().optional(), mode: z.enum(['ok', 'hang', 'fail', 'bad']).default('ok') }),
      outputs: z.object({ id: z.string() }),
      run: async () => ({ id: 'x' }),
      preview: async ({ params: p, ctx }) => {
        seen.push(`${p.name} ${ctx.runId.startsWith('preview-') ? 'no run' : ctx.runId}`);
        if (p.mode === 'hang') return new Promise(() => undefined);
        if (p.mode === 'fail') throw Object.assign(new Error(`step ${p.name}: target unreachable (ECONNREFUSED)`), { type: 'FakeUnreachable' });
        if (p.mode === 'bad') return { summary: 1 } as never;
        return { summary: `${p.name}: ${p.n} things`, changes: [{ action: 'create', what: `${p.n} things` }, { action: 'read', what: 'a value', detail: 'now' }], warnings: p.n > 2 ? ['too many'] : undefined };
      },
    }),
    'fake.quiet': defineKind({ summary: 'no preview', params: z.strictObject({}), run: async () => ({}) }),
    'fake.echo': defineKind({
      summary: 'repeats what it resolved',
      targets: ['fake'],
      params: z.strictObject({ target: z.string(), token: z.string() }),
      run: async () => ({}),
      // A careless driver message: the resolved URL and token, whole.
      preview: async (i) => ({ summary: `connected to ${await targetUrl(i, 'fake')} with ${await resolveRefs(i.params.token, 'token')}`, changes: [] }),
    }),
  },
  targets: { fake: { url: 'fake://user:password@host/db' } },
});

const plan = (steps: unknown[], targets = {}) =>
  parsePlan(JSON.stringify({ name: 'p', environment: 'e', targets, phases: { migrateData: steps } }), { file: 'plan.yaml', baseDir: process.cwd() });

describe('previewPlan', () => {
  it('previews every step in order; depends, gates, kinds without a preview and variables not set here are said so', async () => {
    delete process.env.AGAINST_UNSET_VAR;
    const r = await previewPlan(
      plan([
        { id: 'a', kind: 'fake.thing', name: 'a' },
        { id: 'gate', kind: 'approval' },
        { id: 'b', kind: 'fake.thing', name: '${steps.a.id}' },
        { id: 'c', kind: 'fake.quiet' },
        { id: 'd', kind: 'fake.thing', name: 'd', url: 'http://${env:AGAINST_UNSET_VAR}/x' },
        { id: 'e', kind: 'fake.thing', name: 'e', n: 3 },
        { id: 'pause', kind: 'wait', duration: '1m' },
      ]),
      { timeout: '5s' },
    );
    assert.deepEqual(
      r.steps.map((s) => [s.order, s.id, s.status]),
      [
        [1, 'a', 'previewed'],
        [2, 'gate', 'no-preview'],
        [3, 'b', 'depends'],
        [4, 'c', 'no-preview'],
        [5, 'd', 'failed'],
        [6, 'e', 'previewed'],
        [7, 'pause', 'no-preview'],
      ],
    );
    assert.deepEqual(r.steps[2].dependsOn, ['a']);
    assert.equal(r.steps[3].note, 'no preview for this kind');
    assert.deepEqual(r.steps[4].error, {
      type: 'MissingEnv',
      message: "step d: ${env:AGAINST_UNSET_VAR} is not set here (--against resolves references in this process: it needs the worker's variables and credentials)",
    });
    assert.ok(seen.includes('a no run'), 'a preview gets a run id that belongs to no run');
    assert.ok(!seen.some((s) => s.startsWith('d ')), 'a step whose reference cannot be resolved is not previewed');
    assert.equal(r.complete, false);
    assert.deepEqual(r.counts, { previewed: 2, 'no-preview': 3, depends: 1, failed: 1 });
    assert.deepEqual(r.totals, { create: 2, change: 0, delete: 0, none: 0, read: 2, move: 0 });
    assert.equal(r.readOnly, true);
  });

  it('a preview that hangs times out, one that throws or returns the wrong shape fails: each on its own line', async () => {
    const r = await previewPlan(
      plan([
        { id: 'hang', kind: 'fake.thing', name: 'hang', mode: 'hang' },
        { id: 'fail', kind: 'fake.thing', name: 'fail', mode: 'fail' },
        { id: 'bad', kind: 'fake.thing', name: 'bad', mode: 'bad' },
        { id: 'ok', kind: 'fake.thing', name: 'ok' },
      ]),
      { timeout: '300ms' },
    );
    assert.deepEqual(r.steps.map((s) => s.status), ['failed', 'failed', 'failed', 'previewed']);
    assert.deepEqual(r.steps[0].error, { type: 'PreviewTimeout', message: 'step hang: no answer within 0.3s (--timeout)' });
    assert.deepEqual(r.steps[1].error, { type: 'FakeUnreachable', message: 'step fail: target unreachable (ECONNREFUSED)' });
    assert.equal(r.steps[2].error!.type, 'BadPreview');
  });

  it('the text reads like terraform plan: symbols, warnings, groups, and a closing count', async () => {
    const r = await previewPlan(
      plan([
        { parallel: { id: 'both', steps: [{ id: 'x', kind: 'fake.thing', name: 'x', n: 3 }, { id: 'y', kind: 'fake.thing', name: '${steps.z.id}' }] } },
        { id: 'z', kind: 'fake.thing', name: 'z', mode: 'fail' },
      ].reverse()),
      { timeout: '5s' },
    );
    const text = renderAgainst(r, false);
    assert.equal(
      text,
      [
        'plan p on e (plan.yaml), read against its targets: nothing was written',
        '',
        '  + create  ~ change  - delete  = already so  <= read  → move  ! warning',
        '',
        'prepare',
        '  (no steps)',
        'provisionBase',
        '  (no steps)',
        'migrateData',
        '   1. z                  fake.thing         could not be previewed: step z: target unreachable (ECONNREFUSED) [FakeUnreachable]',
        '  ┌ parallel group both',
        '  │  2. x                  fake.thing         x: 3 things',
        '  │        + 3 things',
        '  │       <= a value: now',
        '  │        ! too many',
        '  │  3. y                  fake.thing         depends on the output of step z: known once the run gets there',
        '  └ end of parallel group both',
        'optimize',
        '  (no steps)',
        '',
        'Against the targets: 1 to create, 0 to change, 0 to delete, 0 to move, 0 already so, 1 read.',
        '1 of 3 steps previewed, 1 step depends on earlier outputs, 1 could not be previewed.',
      ].join('\n'),
    );
  });
});

describe('what references resolved to is not printed', () => {
  it("a URL's password and query values, and a value given on its own, are masked; the rest of the URL is not", async () => {
    Object.assign(process.env, { AGAINST_FAKE_URL: 'fake://app:Pa55-word@db.internal:7000/main?token=qs-secret-1&mode=rw', AGAINST_FAKE_TOKEN: 'tok-0123456789' });
    const r = await previewPlan(
      plan([{ id: 'echo', kind: 'fake.echo', target: 'db', token: '${env:AGAINST_FAKE_TOKEN}' }], { db: { kind: 'fake', url: '${env:AGAINST_FAKE_URL}' } }),
      { timeout: '5s' },
    );
    assert.equal(r.steps[0].preview!.summary, 'connected to *** with ***');
    const safe = await previewPlan(plan([{ id: 'echo', kind: 'fake.echo', target: 'db', token: 'plain' }], { db: { kind: 'fake', url: 'fake://app@db.internal:7000/${env:AGAINST_FAKE_TOKEN}' } }), { timeout: '5s' });
    assert.equal(safe.steps[0].preview!.summary, 'connected to fake://app@db.internal:7000/*** with plain');
    process.env.AGAINST_FAKE_URL = 'fake://app:Pa55-word@db.internal:7000/main';
    const partly = await previewPlan(plan([{ id: 'echo', kind: 'fake.echo', target: 'db', token: 'Pa55-word and app:Pa55-word@db' }], { db: { kind: 'fake', url: '${env:AGAINST_FAKE_URL}' } }), { timeout: '5s' });
    assert.equal(partly.steps[0].preview!.summary, 'connected to *** with Pa55-word and app:***@db');
  });
});

describe('kinds and their previews', () => {
  it('the built-in kinds that touch a target have a preview; the ones that would act to find out have none', () => {
    const withPreview = allKinds().filter(([, k]) => k.preview).map(([n]) => n).filter((n) => !n.startsWith('fake.')).sort();
    assert.deepEqual(withPreview, [
      'ecs.blueGreen',
      'ecs.ensureService',
      'ecs.scale',
      'elasticache.ensureReplicationGroup',
      'elasticache.snapshot',
      'graph.copy',
      'graph.migrate',
      'http.check',
      'metrics.check',
      'mysql.copyTable',
      'mysql.migrate',
      'postgres.copyTable',
      'postgres.migrate',
      'rds.ensureInstance',
      'rds.pruneSnapshots',
      'rds.snapshot',
      'redis.copyKeys',
      'redis.invalidate',
      'tofu.apply',
    ]);
  });

  it('a gate or timer kind cannot have a preview; a plugin kind with a preview that is not a function is refused', () => {
    assert.throws(() => defineKind({ summary: 'g', execution: 'gate', params: z.strictObject({}), preview: async () => ({ summary: '', changes: [] }) }), /touches no target to preview/);
    assert.match(familyProblems({ name: 'plug', kinds: { plug: { summary: 's', params: z.strictObject({}), run: async () => ({}), preview: 'yes' as never } } }).join('\n'), /kind plug: preview must be a function/);
  });
});
