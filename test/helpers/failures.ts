// Assertions on what an activity threw.
import assert from 'node:assert/strict';
import { ApplicationFailure } from '@temporalio/common';

/** Awaits `p`, which must fail with an ApplicationFailure, and returns that failure. */
export async function failure(p: Promise<unknown>): Promise<ApplicationFailure> {
  const err = await p.then(
    () => assert.fail('expected a failure'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof ApplicationFailure, `expected an ApplicationFailure, got ${String(err)}`);
  return err;
}
