// Creating an AWS resource under a name derived from the run, so that a retry (or a second
// attempt racing the first) reuses it instead of making another, and a resource of that name made
// for something else is refused instead of being taken for ours.
import { ApplicationFailure } from '@temporalio/common';

export async function createOrReuse<T>(o: {
  /** `snapshot cutover-…-db`, for messages. */
  what: string;
  where: string;
  find: () => Promise<T | undefined>;
  /** Whose the resource must be (the database a snapshot is of). */
  owner: string;
  ownerOf: (found: T) => string | undefined;
  create: () => Promise<unknown>;
  /** What AWS answers when another attempt created it first. */
  alreadyExists: RegExp;
  collisionType: string;
}): Promise<void> {
  const existing = await o.find();
  if (existing) {
    const of = o.ownerOf(existing);
    if (of !== o.owner) throw ApplicationFailure.nonRetryable(`${o.where}: ${o.what} exists but is of ${of}, not ${o.owner}`, o.collisionType);
    return;
  }
  try {
    await o.create();
  } catch (err) {
    if (!o.alreadyExists.test((err as Error).message)) throw err;
  }
}
