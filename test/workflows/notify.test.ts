// Notifications on a real Temporal server with stub steps, to a real HTTP receiver: the events a
// run sends and their bodies (webhook JSON, Slack format), the commands and Web UI link of a waiting
// gate, no secret in any body, a sink that stays down neither fails nor blocks the run (the status
// says what was not delivered), and `notify: []` sends nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { finalStatus, sendUpdate, startRun } from '../../src/client';
import { loadConfig } from '../../src/config';
import { approveUpdate } from '../../src/workflows/definitions';
import type { Plan } from '../../src/plan/types';
import { MockActivityEnvironment } from '@temporalio/testing';
import { makeNotifyActivities } from '../../src/notifications/send';
import type { NotifyInput } from '../../src/notifications/events';
import { startHarness, type TemporalHarness } from '../helpers/temporal';
import { stubActivities, testPlan, waitForStatus } from './stubs';

const TOKEN = `hook-${randomUUID()}`;
let h: TemporalHarness;
let receiver: http.Server;
let base: string;
const received: { path: string; body: Record<string, unknown> }[] = [];

before(async () => {
  receiver = http.createServer((req, res) => {
    let text = '';
    req.on('data', (d) => (text += d));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(text) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  process.env.NOTIFY_TEST_TOKEN = TOKEN;
  process.env.CUTOVER_NOTIFY_PATIENCE = '1s';
  process.env.CUTOVER_UI_URL = 'http://ui.example:8233';
  h = await startHarness(stubActivities);
});
after(async () => {
  await h?.close();
  receiver?.close();
});

const start = (plan: Plan) => startRun(h.client, plan, { workflowId: `notify-${randomUUID()}`, taskQueue: h.taskQueue }, loadConfig());
const bodiesFor = (id: string, path: string) => received.filter((r) => r.path.startsWith(path) && (r.body.workflowId === id || JSON.stringify(r.body).includes(id)));

describe('notifications', { concurrency: true }, () => {
  it('a run that waits at a gate, fails and rolls back tells a webhook and Slack each event, in order', async () => {
    const plan = testPlan({ migrateData: [{ id: 'schema' }, { id: 'go-live', kind: 'approval' }, { id: 'api', params: { failAlways: true } }] });
    plan.notify = [
      { kind: 'webhook', url: `${base}/hook/\${env:NOTIFY_TEST_TOKEN}`, name: 'ops webhook' },
      { kind: 'slack', url: `${base}/slack`, events: ['waiting', 'rolled_back'] },
    ];
    const handle = await start(plan);
    await waitForStatus(handle, (s) => s.waitingFor?.type === 'gate');
    await sendUpdate(handle, approveUpdate, { gate: 'go-live' });
    const s = await finalStatus(handle);
    assert.equal(s.state, 'rolled_back');
    assert.equal(s.undeliveredNotifications, undefined);
    const hook = bodiesFor(handle.workflowId, '/hook/');
    assert.deepEqual(hook.map((r) => r.body.event), ['started', 'waiting', 'step_failed', 'rolling_back', 'rolled_back']);
    assert.ok(hook.every((r) => r.path === `/hook/${TOKEN}`), 'the reference in the URL was resolved on the worker');
    const waiting = hook[1].body;
    assert.equal(waiting.step, 'go-live');
    assert.deepEqual(waiting.commands, [`cutover approve ${handle.workflowId} go-live`, `cutover reject ${handle.workflowId} go-live --reason "…"`]);
    assert.equal(waiting.link, `http://ui.example:8233/namespaces/default/workflows/${handle.workflowId}/${s.runId}/history`);
    assert.match(String(hook[2].body.reason), /api broke on call/);
    assert.equal(hook[4].body.text, `cutover ${plan.name} on test rolled back`);
    const slack = bodiesFor(handle.workflowId, '/slack');
    assert.equal(slack.length, 2, 'the Slack sink gets only the events it asked for');
    const block = (slack[0].body.blocks as { text: { text: string } }[])[0].text.text;
    assert.match(block, /is waiting for a person \(step go-live\)/);
    assert.match(block, /`cutover approve .* go-live`/);
    assert.match(block, /<http:\/\/ui\.example:8233\/namespaces\/default\/workflows\/.*\|Open the run in the Temporal Web UI>/);
    for (const r of [...hook, ...slack]) assert.ok(!JSON.stringify(r.body).includes(TOKEN), 'no secret in a body');
  });

  it('a sink that stays down neither fails nor blocks the run; the status says what it did not get', async () => {
    // A port that was just free: nothing listens there.
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const plan = testPlan({ migrateData: [{ id: 'a' }] });
    plan.notify = [{ kind: 'webhook', url: `http://127.0.0.1:${port}/hook`, name: 'down' }];
    const s = await finalStatus(await start(plan));
    assert.equal(s.state, 'succeeded');
    assert.deepEqual(s.undeliveredNotifications?.map((u) => [u.event, u.sink]), [['started', 'down'], ['succeeded', 'down']]);
    assert.match(s.undeliveredNotifications![0].error, /not delivered after 1s: ECONNREFUSED/);
  });

  it('a run with no sink anywhere asks the worker once, then sends nothing more and does not wait at its end', async () => {
    const plan = testPlan({ migrateData: [{ id: 'schema' }, { id: 'api', params: { failAlways: true } }] });
    const handle = await start(plan);
    const s = await finalStatus(handle);
    assert.equal(s.state, 'rolled_back');
    const events = (await handle.fetchHistory()).events ?? [];
    const notifies = events.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'cutover.notify');
    assert.equal(notifies.length, 1, 'only the started notification asks the worker');
    assert.ok(!events.some((e) => e.timerStartedEventAttributes), 'no wait for notifications at the end');
    assert.equal(bodiesFor(handle.workflowId, '/').length, 0);
  });

  it('a sink that wants none of the first events still counts: it gets the later ones', async () => {
    const plan = testPlan({ migrateData: [{ id: 'a' }] });
    plan.notify = [{ kind: 'webhook', url: `${base}/late`, events: ['succeeded'] }];
    const handle = await start(plan);
    assert.equal((await finalStatus(handle)).state, 'succeeded');
    assert.deepEqual(bodiesFor(handle.workflowId, '/late').map((r) => r.body.event), ['succeeded']);
  });

  it('notify: [] sends nothing', async () => {
    const plan = testPlan({ migrateData: [{ id: 'a' }] });
    plan.notify = [];
    const handle = await start(plan);
    await finalStatus(handle);
    const events = (await handle.fetchHistory()).events ?? [];
    assert.ok(!events.some((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'cutover.notify'));
  });
});

describe('the worker\u2019s default sinks', () => {
  it('serve runs whose plan names none, from CUTOVER_NOTIFY_* (events filtered)', async () => {
    const config = loadConfig({ ...process.env, CUTOVER_NOTIFY_WEBHOOK: `${base}/default-a,${base}/default-b`, CUTOVER_NOTIFY_EVENTS: 'rolled_back,succeeded' });
    assert.deepEqual(config.notify.sinks.map((x) => [x.kind, x.name, x.events]), [
      ['webhook', 'worker webhook 1', ['rolled_back', 'succeeded']],
      ['webhook', 'worker webhook 2', ['rolled_back', 'succeeded']],
    ]);
    assert.throws(() => loadConfig({ ...process.env, CUTOVER_NOTIFY_EVENTS: 'finished' }), /CUTOVER_NOTIFY_EVENTS: unknown event finished; events are started, waiting/);
    const send = makeNotifyActivities({ defaults: config.notify.sinks, namespace: 'default', patienceMs: 1000 })['cutover.notify'] as (i: NotifyInput) => Promise<unknown>;
    const id = `defaults-${randomUUID()}`;
    const notification: NotifyInput['notification'] = { event: 'succeeded', plan: 'p', environment: 'e', workflowId: id, runId: 'r', state: 'succeeded', at: new Date().toISOString() };
    assert.deepEqual(await new MockActivityEnvironment().run(send, { notification, sinks: [] }), { undelivered: [], sinks: 2 });
    await new MockActivityEnvironment().run(send, { notification: { ...notification, event: 'started' }, sinks: [] } as NotifyInput);
    assert.deepEqual(bodiesFor(id, '/default-').map((r) => [r.path, r.body.event]), [['/default-a', 'succeeded'], ['/default-b', 'succeeded']]);
  });
});
