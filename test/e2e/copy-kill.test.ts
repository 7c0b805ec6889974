// mysql.copyTable and redis.copyKeys survive SIGKILL of their worker: each copy is started through
// the CLI, the worker is killed once the server holds a checkpoint part-way through, a new worker
// takes over, and the run completes with the copy resumed after that checkpoint (not from zero)
// and the target equal to the source, read from the servers themselves.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { RowDataPacket } from 'mysql2/promise';
import { untilCheckpoint } from '../helpers/temporal';
import { cli, startWorkerProcess, stopProcess } from '../helpers/cli';
import { connect, databasePair, type Pair } from '../systems/mysql-copy-fixtures';
import { client, countKeys, prefix, redisUrls, wipe } from '../systems/redis-fixtures';

const PTTLS = "local r = {} for i, k in ipairs(KEYS) do r[i] = redis.call('PTTL', k) end return r";
type Worker = Awaited<ReturnType<typeof startWorkerProcess>>;
const workers: Worker[] = [];

after(async () => {
  for (const w of workers) await stopProcess(w, 'SIGKILL');
});

interface Killed {
  /** The checkpoint the server held when the worker was killed. */
  checkpoint: Record<string, unknown>;
  /** The step's output and status after the new worker finished the run. */
  out: Record<string, any>;
  step: Record<string, any>;
}

/**
 * Starts `plan` through the CLI on a worker of its own, SIGKILLs that worker once the server holds a
 * checkpoint for which `far(checkpoint)` holds, runs `atKill`, starts a new worker and waits for the run.
 */
async function copyThroughKill(
  plan: string,
  set: string[],
  env: Record<string, string>,
  far: (cp: Record<string, unknown>) => boolean,
  atKill: () => Promise<void>,
): Promise<Killed> {
  const id = `ckill-${randomUUID()}`;
  // Checkpoints reach the server every quarter second, so the test sees the copy part-way through
  // however fast this machine copies (by default the server hears of them every 1.6 s here).
  env = { ...env, CUTOVER_CHECKPOINT_INTERVAL: '250ms' };
  const first = await startWorkerProcess(env);
  workers.push(first);
  const sets = ['defaults.heartbeatTimeout=2s', ...set].flatMap((s) => ['--set', s]);
  const started = await cli(['start', path.join(__dirname, 'fixtures', plan), '--id', id, ...sets], env);
  assert.equal(started.code, 0, started.stderr);
  const checkpoint = await untilCheckpoint(id, undefined, far, { ms: 30_000, everyMs: 50 });
  await stopProcess(first, 'SIGKILL');
  // The target holds still now (its writer is dead): measure it while the new worker starts.
  const [, second] = await Promise.all([atKill(), startWorkerProcess(env)]);
  workers.push(second);
  const watched = await cli(['watch', id, '--json'], env);
  assert.equal(watched.code, 0, `${watched.stdout}\n${watched.stderr}`);
  const step = JSON.parse(watched.stdout).steps[0];
  return { checkpoint, out: step.output, step };
}

describe('mysql.copyTable: a worker killed mid-copy', () => {
  const ROWS = 300_000;
  let p: Pair;
  const env: Record<string, string> = { TEMPORAL_TASK_QUEUE: `ckill-mysql-${randomUUID()}` };

  before(async () => {
    p = await databasePair();
    env.E2E_MYSQL_SOURCE = p.source.url;
    env.E2E_MYSQL_TARGET = p.target.url;
    // A composite key, generated on the server.
    await p.src.query(`CREATE TABLE ledger (
      account INT NOT NULL, seq INT NOT NULL, amount DECIMAL(12,2) NOT NULL, memo VARCHAR(100) NULL,
      PRIMARY KEY (account, seq)) DEFAULT CHARSET=utf8mb4`);
    await p.src.query(
      `INSERT INTO ledger SELECT seq DIV 1000, seq MOD 1000, (seq MOD 100000) / 100, IF(seq MOD 7 = 0, NULL, CONCAT('memo-', MD5(seq)))
         FROM seq_0_to_${ROWS - 1}`,
    );
  });
  after(async () => {
    await p.close();
  });

  /** Rows that differ between source and target, both ways (one server, so one query tells). */
  async function differences(): Promise<number> {
    const [[row]] = await p.src.query<RowDataPacket[]>(
      `SELECT (SELECT COUNT(*) FROM ledger s LEFT JOIN \`${p.target.name}\`.ledger t USING (account, seq)
                WHERE t.seq IS NULL OR NOT (s.amount <=> t.amount AND s.memo <=> t.memo))
            + (SELECT COUNT(*) FROM \`${p.target.name}\`.ledger t LEFT JOIN ledger s USING (account, seq) WHERE s.seq IS NULL) AS d`,
    );
    return Number(row.d);
  }

  it('the new worker resumes after the checkpoint and the tables end equal', async () => {
    let atKill = 0;
    const { checkpoint, out, step } = await copyThroughKill(
      'mysql-copy.yaml',
      ['steps.copy.table=ledger'],
      env,
      (cp) => cp.phase === 'copy' && Number(cp.rows) >= 20_000,
      async () => {
        // A fresh connection: the killed worker's transactions are rolled back by the server.
        const c = await connect(p.target.url);
        atKill = Number((await c.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM ledger'))[0][0].n);
        await c.end();
      },
    );
    const cpRows = Number(checkpoint.rows);
    assert.ok(cpRows < ROWS, `killed part-way (${cpRows} rows checkpointed)`);
    assert.ok(step.attempts >= 2, `the step ran again on the new worker: ${JSON.stringify(step)}`);
    assert.ok(out.resumedFrom, `the last attempt started from a checkpoint: ${JSON.stringify(step)}`);
    assert.equal(out.resumedFrom.phase, 'copy');
    assert.ok(out.resumedFrom.rows >= cpRows, `from the checkpoint the server held at the kill (${cpRows}), or later: ${JSON.stringify(out.resumedFrom)}`);
    assert.ok(atKill >= out.resumedFrom.rows, `the checkpoint never runs ahead of what the target holds (${atKill} rows at the kill)`);
    assert.equal(out.thisAttempt.rows, ROWS - out.resumedFrom.rows, `resumed, not restarted: ${JSON.stringify(out.thisAttempt)}`);
    assert.equal(out.rows, ROWS, 'every row verified');
    assert.equal(out.written, ROWS, 'each row journaled once');
    // Read the target itself.
    const [[n]] = await p.dst.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM ledger');
    assert.equal(Number(n.n), ROWS);
    assert.equal(await differences(), 0);
  });
});

describe('redis.copyKeys: a worker killed mid-copy', () => {
  const KEYS = 200_000;
  const urls = redisUrls();
  const src = client(urls.source);
  const dst = client(urls.target);
  const p = prefix('ckill');
  const name = (i: number) => `${p}k:${i}`;
  let journal: string | undefined;
  const env: Record<string, string> = { TEMPORAL_TASK_QUEUE: `ckill-redis-${randomUUID()}`, E2E_REDIS_SOURCE: urls.source, E2E_REDIS_TARGET: urls.target };

  before(async () => {
    // Pipelined writes: strings (a tenth with a TTL) and a tenth hashes.
    for (let i = 0; i < KEYS; i += 10_000) {
      const pipe = src.pipeline();
      for (let k = i; k < i + 10_000; k++) {
        if (k % 10 === 0) pipe.hset(name(k), { a: String(k), b: 'x'.repeat(k % 40) });
        else if (k % 10 === 1) pipe.set(name(k), `ttl-${k}`, 'EX', 3600);
        else pipe.set(name(k), `v-${k}-${'y'.repeat(k % 60)}`);
      }
      await pipe.exec();
    }
  });
  after(async () => {
    await wipe(src, `${p}*`);
    await wipe(dst, `${p}*`);
    if (journal) await wipe(dst, journal); // a successful run keeps its journal (journalTtl)
    src.disconnect();
    dst.disconnect();
  });

  /** Each key's value and whether it expires, in key order: MGET and a PTTL script per 1000 keys (few commands). */
  async function snapshot(r: typeof src, from: number, to: number): Promise<string[]> {
    const keys = Array.from({ length: to - from }, (_, i) => name(from + i));
    const values: unknown[] = new Array(keys.length);
    const expires: boolean[] = [];
    const hashes = r.pipeline();
    keys.forEach((k, i) => (from + i) % 10 === 0 && hashes.hgetall(k));
    const strings = keys.filter((_, i) => (from + i) % 10 !== 0);
    const [h, ...s] = await Promise.all([
      hashes.exec(),
      ...Array.from({ length: Math.ceil(strings.length / 1000) }, (_, c) => r.mget(...strings.slice(c * 1000, c * 1000 + 1000))),
    ]);
    const flat = s.flat();
    for (let i = 0, hi = 0, si = 0; i < keys.length; i++) values[i] = (from + i) % 10 === 0 ? h![hi++][1] : flat[si++];
    for (let c = 0; c < keys.length; c += 1000) {
      const chunk = keys.slice(c, c + 1000);
      const ttls = (await r.eval(PTTLS, chunk.length, ...chunk)) as number[];
      expires.push(...ttls.map((t) => t >= 0));
    }
    return keys.map((k, i) => `${k} ${JSON.stringify(values[i])} ${expires[i]}`);
  }

  /** Source keys whose value or TTL presence differs in the target. */
  async function differences(): Promise<number> {
    let diff = 0;
    for (let i = 0; i < KEYS; i += 20_000) {
      const [a, b] = await Promise.all([snapshot(src, i, i + 20_000), snapshot(dst, i, i + 20_000)]);
      diff += a.filter((line, j) => line !== b[j]).length;
    }
    return diff;
  }

  it('the new worker resumes its SCAN after the checkpoint and the keys end equal', async () => {
    let atKill = 0;
    const { checkpoint, out, step } = await copyThroughKill(
      'redis-copy.yaml',
      [`steps.copy.pattern=${p}*`],
      env,
      (cp) => cp.phase === 'copy' && Number(cp.keys) >= 20_000,
      async () => {
        atKill = await countKeys(dst, `${p}*`);
      },
    );
    journal = out.journal;
    const cpKeys = Number(checkpoint.keys);
    assert.ok(cpKeys < KEYS, `killed part-way (${cpKeys} keys checkpointed)`);
    assert.ok(step.attempts >= 2, `the step ran again on the new worker: ${JSON.stringify(step)}`);
    assert.ok(out.resumedFrom, `the last attempt started from a checkpoint: ${JSON.stringify(step)}`);
    assert.equal(out.resumedFrom.phase, 'copy');
    assert.ok(out.resumedFrom.keys >= cpKeys, `from the checkpoint the server held at the kill (${cpKeys}), or later: ${JSON.stringify(out.resumedFrom)}`);
    assert.ok(atKill >= out.resumedFrom.keys, `the checkpoint never runs ahead of what the target holds (${atKill} keys at the kill)`);
    // SCAN may return a key twice, so the attempt may write a few keys again; never the whole set.
    assert.ok(out.thisAttempt.keys <= KEYS - out.resumedFrom.keys + 2_000, `resumed, not restarted: ${JSON.stringify(out.thisAttempt)}`);
    assert.ok(out.thisAttempt.keys < KEYS - cpKeys / 2, `resumed, not restarted: ${JSON.stringify(out.thisAttempt)}`);
    assert.equal(out.keys, KEYS, 'each key journaled once');
    assert.equal(out.created, KEYS);
    // Read the target itself.
    assert.equal(await countKeys(dst, `${p}*`), KEYS);
    assert.equal(await differences(), 0);
  });
});
