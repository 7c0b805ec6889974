// Waiting for a condition in tests: poll it with a deadline, never sleep for a guessed time.
import assert from 'node:assert/strict';

export interface PollOptions {
  /** Give up after this long (default 60 s). */
  ms?: number;
  /** Time between polls (default 100 ms). */
  everyMs?: number;
  /** Fail at once when this says the awaited thing can no longer happen (a run that ended, say). */
  stop?: () => string | undefined;
}

/**
 * Polls `probe` until `ok` accepts its value and returns that value; fails after the deadline with
 * `what` and the last value seen. A probe that throws counts as not yet (a run not started yet).
 */
export async function pollFor<T>(what: string, probe: () => T | Promise<T>, ok: (v: T) => boolean, o: PollOptions = {}): Promise<T> {
  const deadline = Date.now() + (o.ms ?? 60_000);
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      if (ok(last)) return last;
    } catch (err) {
      lastError = err;
    }
    const stopped = o.stop?.();
    assert.ok(stopped === undefined, `it can no longer happen while waiting for ${what}:\n${stopped}`);
    const seen = last === undefined ? (lastError ? `error ${String(lastError)}` : 'nothing') : JSON.stringify(last)?.slice(0, 500);
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}; last seen: ${seen}`);
    await new Promise((r) => setTimeout(r, o.everyMs ?? 100));
  }
}

/** Polls until `test` holds. */
export const until = (what: string, test: () => boolean | Promise<boolean>, o: PollOptions = {}) => pollFor(what, test, (v) => v, o).then(() => undefined);
