// Redis AUTH tokens: resolved from their reference on the worker (so resolveRefs remembers the value
// and the activity wrapper scrubs it from whatever leaves the worker) and checked against
// ElastiCache's rules before any call, so that a bad token fails with a message of ours that names
// the reference, never the value.
import { ApplicationFailure } from '@temporalio/common';
import { resolveRefs } from '../../kit/resolve';

/** ElastiCache's AUTH rules: 16–128 characters, letters, digits and ! & # $ ^ < > - only. */
const VALID = /^[A-Za-z0-9!&#$^<>-]{16,128}$/;

export async function resolveAuthToken(ref: string, where: string): Promise<string> {
  const token = await resolveRefs(ref, `${where} authToken`);
  if (!VALID.test(token)) {
    throw ApplicationFailure.nonRetryable(
      `${where}: authToken (from ${ref}) is not a token ElastiCache accepts: it must be 16 to 128 characters, letters, digits and ! & # $ ^ < > - only`,
      'ElastiCacheAuthToken',
    );
  }
  return token;
}
