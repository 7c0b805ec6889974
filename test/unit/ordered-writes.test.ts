// orderedWrites: writes run at once, but each is reported only after every earlier one.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { orderedWrites } from '../../src/kit/ordered-writes';

/** A write that ends when told to. */
function pending() {
  let end!: (err?: Error) => void;
  const write = new Promise<void>((resolve, reject) => (end = (err) => (err ? reject(err) : resolve())));
  return { write, end };
}

describe('orderedWrites', () => {
  it('reports writes in the order they were added, whatever order they finish in', async () => {
    const reported: number[] = [];
    const w = orderedWrites<number>(3, (n) => reported.push(n));
    const ws = [pending(), pending(), pending()];
    ws.forEach((p, i) => w.add(i, p.write));
    ws[2].end();
    ws[1].end();
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(reported, [], 'nothing is reported before the first write commits');
    ws[0].end();
    await w.drain();
    assert.deepEqual(reported, [0, 1, 2]);
  });

  it('room() waits until fewer than the limit are in flight', async () => {
    const reported: number[] = [];
    const w = orderedWrites<number>(2, (n) => reported.push(n));
    const a = pending();
    const b = pending();
    w.add(0, a.write);
    w.add(1, b.write);
    let roomy = false;
    const room = w.room().then(() => (roomy = true));
    await new Promise((r) => setImmediate(r));
    assert.equal(roomy, false);
    a.end();
    await room;
    assert.deepEqual(reported, [0]);
    b.end();
    await w.drain();
    assert.deepEqual(reported, [0, 1]);
  });

  it('a failed write stops the reports at it; settle() waits for the rest without throwing', async () => {
    const reported: number[] = [];
    const w = orderedWrites<number>(3, (n) => reported.push(n));
    const ws = [pending(), pending(), pending()];
    ws.forEach((p, i) => w.add(i, p.write));
    ws[0].end();
    ws[1].end(new Error('deadlock'));
    ws[2].end();
    await assert.rejects(w.drain(), /deadlock/);
    assert.deepEqual(reported, [0], 'nothing after the failed write is reported');
    // A write still in flight after the failure: settle() waits for it, whatever its end.
    const late = pending();
    w.add(3, late.write);
    let settled = false;
    const settling = w.settle().then(() => (settled = true));
    await new Promise((r) => setImmediate(r));
    assert.equal(settled, false, 'settle() waits for the write in flight');
    late.end(new Error('connection lost'));
    await settling;
    assert.equal(settled, true);
    assert.deepEqual(reported, [0], 'settle() reports nothing');
  });
});
