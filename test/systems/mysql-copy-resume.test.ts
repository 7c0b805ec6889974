// mysql.copyTable resumes from its heartbeated cursor: 200,000 rows, interrupted mid-way, then
// resumed with the last checkpoint as the next attempt's heartbeat details (what the worker hands
// a retry). The kill -9 of a real worker is exercised at the workflow level; this proves the
// activity's half of it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RowDataPacket } from 'mysql2/promise';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { type MysqlCopyCheckpoint } from '../../src/systems/mysql/copy/copy';
import type { StepInput } from '../../src/kit/context';
import { copyInput, databasePair, runActivity, tables, type Pair } from './mysql-copy-fixtures';
import { kindActivity } from '../helpers/kinds';

const mysqlCopyTable = kindActivity('mysql.copyTable');
const mysqlCopyTableUndo = kindActivity('mysql.copyTable.undo');

const ROWS = 200_000;
const BATCH = 5_000;
let p: Pair;

before(async () => {
  p = await databasePair();
  await p.src.query(`CREATE TABLE events (
    account INT NOT NULL, seq INT NOT NULL, kind VARCHAR(16) NOT NULL, body VARCHAR(200) NULL, at DATETIME(3) NOT NULL,
    PRIMARY KEY (account, seq)) DEFAULT CHARSET=utf8mb4`);
  // Server-side generation: 200 accounts × 1000 events.
  await p.src.query(
    `INSERT INTO events SELECT seq DIV 1000, seq MOD 1000, ELT(1 + seq MOD 3, 'open', 'pay', 'close'),
            IF(seq MOD 11 = 0, NULL, CONCAT('payload-', SHA1(seq))), '2024-01-01' + INTERVAL seq SECOND
       FROM seq_0_to_${ROWS - 1}`,
  );
});
after(async () => {
  await p.close();
});

/** Runs the copy until `stop` says so on a heartbeat, then cancels it; returns the last checkpoint. */
async function interrupted(input: StepInput, details: MysqlCopyCheckpoint | undefined, stop: (cp: MysqlCopyCheckpoint) => boolean): Promise<MysqlCopyCheckpoint> {
  const env = new MockActivityEnvironment({ heartbeatDetails: details }, { logger: new DefaultLogger('ERROR') });
  let last: MysqlCopyCheckpoint | undefined;
  env.on('heartbeat', (cp: MysqlCopyCheckpoint) => {
    last = cp;
    if (stop(cp)) env.cancel();
  });
  await assert.rejects(env.run(mysqlCopyTable, input), (e: Error) => e.name === 'CancelledFailure');
  assert.ok(last, 'the copy reported a checkpoint');
  return last;
}

/** Source and target agree row for row (both databases live on one server, so one join tells). */
async function differences(): Promise<number> {
  const [[row]] = await p.src.query<RowDataPacket[]>(
    `SELECT (SELECT COUNT(*) FROM events s LEFT JOIN \`${p.target.name}\`.events t USING (account, seq)
              WHERE t.seq IS NULL OR NOT (s.kind <=> t.kind AND s.body <=> t.body AND s.at <=> t.at))
          + (SELECT COUNT(*) FROM \`${p.target.name}\`.events t LEFT JOIN events s USING (account, seq) WHERE s.seq IS NULL) AS d`,
  );
  return Number(row.d);
}

const targetRows = async () => Number((await p.dst.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM events'))[0][0].n);

describe('mysql.copyTable resume (200,000 rows)', () => {
  it('resumes past its checkpoint after an interruption, replays a lost heartbeat harmlessly, and ends equal', async () => {
    const input = copyInput(p, { table: 'events', batchSize: BATCH });
    const seen: MysqlCopyCheckpoint[] = [];

    // Attempt 1: interrupted after 12 committed pages.
    const first = await interrupted(input, undefined, (cp) => (seen.push(cp), cp.batches === 12));
    assert.equal(first.phase, 'copy');
    assert.equal(first.rows, 12 * BATCH);
    assert.deepEqual(first.after, [59, 999], 'the cursor is the last key of page 12');
    const eighth = seen[7];

    // Attempt 2: as if the heartbeats of pages 9-12 had been lost (committed, not reported): it
    // resumes from page 8's checkpoint, writes pages 9-12 again, and is interrupted after page 20.
    const resumed: MysqlCopyCheckpoint[] = [];
    const second = await interrupted(input, eighth, (cp) => (resumed.push(cp), cp.phase === 'copy' && cp.batches === 20));
    assert.equal(resumed[0].rows, 9 * BATCH, 'the first page it writes is page 9, not page 1');
    assert.equal(resumed.length, 12);
    assert.equal(second.rows, 20 * BATCH);
    // Two pages are written at once: the page after the checkpoint may have committed too.
    const committed = await targetRows();
    assert.ok(committed === 20 * BATCH || committed === 21 * BATCH, `${committed} rows in the target`);

    // Attempt 3: resumes from page 20, copies the rest, interrupted in the middle of verification.
    const third = await interrupted(input, second, (cp) => cp.phase === 'verify' && cp.verified >= 2 * 50_000);
    assert.equal(third.rows, ROWS);
    assert.equal(third.verified, 100_000);

    // Attempt 4: verification resumes after the second chunk and completes.
    const out = await runActivity(mysqlCopyTable, input, third);
    assert.deepEqual(out.thisAttempt, { rows: 0, batches: 0 });
    assert.equal(out.rows, ROWS, 'every row verified, over both attempts');
    assert.deepEqual(out.resumedFrom, { phase: 'verify', rows: ROWS, verified: 100_000 });
    assert.equal((out.verification as { chunks: number }).chunks, 2);
    assert.equal(out.written, ROWS);
    assert.equal(await targetRows(), ROWS);
    assert.equal(await differences(), 0);
  });

  it('a copy resumed from its checkpoint writes only what is left', async () => {
    const input = copyInput(p, { table: 'events', batchSize: BATCH, targetTable: 'events_b' }, { id: 'copy-b' });
    const cp = await interrupted(input, undefined, (c) => c.batches === 25);
    const out = await runActivity(mysqlCopyTable, input, cp);
    assert.deepEqual(out.thisAttempt, { rows: ROWS - 25 * BATCH, batches: 15 });
    assert.equal(out.batches, 40);
    assert.equal(out.rows, ROWS);
    assert.deepEqual(out.resumedFrom, { phase: 'copy', rows: 25 * BATCH, verified: 0 });
  });

  it('compensation after an interrupted copy (no output) removes exactly what was written', async () => {
    // The target holds a table of its own with a few rows the source also has; the copy overwrites them.
    await p.dst.query('CREATE TABLE events_c LIKE events');
    await p.dst.query(`INSERT INTO events_c SELECT account, seq, 'mine', 'target row', '2000-01-01' FROM events WHERE seq = 500`);
    const input = copyInput(p, { table: 'events', batchSize: BATCH, targetTable: 'events_c', onExisting: 'overwrite' }, { id: 'copy-c' });
    await interrupted(input, undefined, (c) => c.batches === 10);
    // Ten pages reported, maybe an eleventh committed: accounts 0-49 (or 0-54) copied over the
    // table's own rows of those accounts; its rows of the other accounts untouched.
    const [[copied]] = await p.dst.query<RowDataPacket[]>(`SELECT COUNT(*) AS n, SUM(kind = 'mine') AS mine FROM events_c`);
    const pages = Number(copied.n) === 10 * BATCH + 150 ? 10 : 11;
    assert.equal(Number(copied.n), pages * BATCH + 200 - pages * 5);
    assert.equal(Number(copied.mine), 200 - pages * 5);

    const undo = await runActivity(mysqlCopyTableUndo, input);
    assert.equal(undo.deleted, pages * BATCH);
    assert.equal(undo.restored, pages * 5, 'the rows of its own that the copy overwrote');
    const [rows] = await p.dst.query<RowDataPacket[]>(`SELECT COUNT(*) AS n, SUM(kind = 'mine') AS mine FROM events_c`);
    assert.deepEqual({ n: Number(rows[0].n), mine: Number(rows[0].mine) }, { n: 200, mine: 200 });
    assert.ok(!(await tables(p.dst)).some((t) => t.startsWith('cutover_copy_') && t.includes(String(undo.journal).slice(13))));
  });
});
