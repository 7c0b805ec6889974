// Restoring a replication group (or cache cluster) from the run's snapshot under its own id, so
// that its endpoints, which applications use, stay the same. ElastiCache cannot rename, so the
// current one cannot be moved aside as an RDS instance is; its data is kept in a snapshot instead:
//   0. the run's snapshot must exist, be of this id and be available; otherwise nothing is touched;
//   1. tag the current one `cutover:replacing=<run key>` (so a retry knows it is the one to replace),
//      snapshot it as `<run's snapshot>-pre-rollback` and wait until that snapshot is available;
//   2. delete it and wait until ElastiCache no longer knows the id;
//   3. create it under the same id from the run's snapshot, with the settings recorded when the
//      snapshot was taken (and the AUTH token from the step's reference), and wait until available.
// Every stage reads the world first, so a resumed or repeated attempt does nothing twice; a resource
// under the id that this rollback neither replaced nor created is never deleted.
import { AddTagsToResourceCommand } from '@aws-sdk/client-elasticache';
import { ApplicationFailure } from '@temporalio/common';
import type { StepOutput, UndoKindInput } from '../../kit/context';
import { progress, resumeFrom, stepLog } from '../../kit/checkpoint';
import { durationMs } from '../../kit/fields';
import { runKey } from '../../kit/naming';
import { awsClients } from '../aws/clients';
import { aws } from '../aws/errors';
import { rdsRunTags, TAG } from '../aws/names';
import { resolveAuthToken } from './auth-token';
import type { SnapshotParams, SnapshotSettings } from './kinds';
import { describeSnapshot, waitGone, waitSnapshot, type WaitOpts } from './lookups';
import type { Current, Snapshotted } from './resources';

/** On the group (or cluster) a rollback is replacing: the run key. */
export const REPLACING = 'cutover:replacing';

interface Checkpoint {
  stage: 'saving' | 'deleting' | 'creating' | 'done';
  deadline: number;
}

export const preRollbackName = (snapshot: string) => `${snapshot}-pre-rollback`;

export async function restoreFromSnapshot(input: UndoKindInput<SnapshotParams>, res: Snapshotted, snapshot: string, settings: SnapshotSettings): Promise<StepOutput> {
  const p = input.params;
  const c = awsClients();
  const where = `step ${input.step.id} (restore)`;
  const key = runKey(input.ctx.runId);
  const safety = preRollbackName(snapshot);
  const what = `ElastiCache ${res.noun} ${res.id}`;
  let cp: Checkpoint = resumeFrom<Checkpoint>() ?? { stage: 'saving', deadline: Date.now() + durationMs(p.wait.timeout) };
  const mark = (stage: Checkpoint['stage']) => progress((cp = { ...cp, stage }));
  mark(cp.stage);
  const w: WaitOpts = { deadline: cp.deadline, intervalMs: durationMs(p.wait.interval), where, onPoll: () => progress(cp) };
  const isRestored = (cur: Current) => cur.tags[TAG.restoredFrom] === snapshot && cur.tags[TAG.run] === key;
  const collision = (why: string) => ApplicationFailure.nonRetryable(`${where}: ${what} ${why}; left as it is`, 'ElastiCacheIdentifierCollision');

  // 0. Nothing is deleted unless there is something to restore from.
  const source = await describeSnapshot(c, snapshot, where);
  if (!source || res.ownerOf(source) !== res.id) {
    throw ApplicationFailure.nonRetryable(`${where}: snapshot ${snapshot} ${source ? `is not of ${res.id}` : 'no longer exists'}: nothing to restore from; ${what} left as it is`, 'ElastiCacheSnapshotMissing');
  }
  await waitSnapshot(c, snapshot, w);
  if (settings.authTokenEnabled && !p.authToken) {
    throw ApplicationFailure.nonRetryable(`${where}: ${what} used an AUTH token; give the step an authToken so that the restored one gets it`, 'ElastiCacheAuthTokenNeeded');
  }

  let cur = await res.current();
  if (cur && !isRestored(cur)) {
    // 1. Keep what the current one holds.
    let saved = await describeSnapshot(c, safety, where);
    if (saved && res.ownerOf(saved) !== res.id) throw collision(`cannot be saved first: snapshot ${safety} is of ${res.ownerOf(saved)}`);
    if (cur.tags[REPLACING] !== key) {
      // Untagged after this rollback already saved (or deleted) one: someone made a new one since.
      if (saved || cp.stage !== 'saving') throw collision('was created again while this rollback was replacing it');
      if (cur.status === 'deleting') stepLog().warn('the resource to replace is already being deleted by someone else: nothing left to save', { id: res.id });
      else {
        await aws(`${where}: tag ${what}`, () => c.elasticache.send(new AddTagsToResourceCommand({ ResourceName: cur!.arn, Tags: [{ Key: REPLACING, Value: key }] })));
      }
    }
    if (!saved && cur.status !== 'deleting') {
      await res.waitAvailable(w);
      await res.createSnapshot(safety, [...rdsRunTags(input), { Key: TAG.managed, Value: 'true' }]);
      saved = await describeSnapshot(c, safety, where);
    }
    if (saved) await waitSnapshot(c, safety, w);

    // 2. Free the id.
    mark('deleting');
    if (cur.status !== 'deleting') {
      await res.waitAvailable(w);
      await res.remove();
    }
    await waitGone(w, what, async () => {
      const status = await res.status();
      return status === undefined ? undefined : { status };
    });
  }

  // 3. The resource again, from the run's snapshot.
  mark('creating');
  cur = await res.current();
  if (cur && !isRestored(cur)) throw collision('was created by someone else after this rollback deleted the one it replaced');
  if (!cur) {
    if (settings.securityGroups === null) stepLog().warn('restoring without security groups (none were recorded): ElastiCache gives the VPC default', { id: res.id });
    const token = settings.authTokenEnabled ? await resolveAuthToken(p.authToken!, where) : undefined;
    try {
      await res.createFrom(snapshot, settings, [...rdsRunTags(input), { Key: TAG.restoredFrom, Value: snapshot }], token);
    } catch (err) {
      if (!/AlreadyExists/.test((err as Error).message)) throw err;
      const now = await res.current();
      if (!now || !isRestored(now)) throw collision('was created by someone else after this rollback deleted the one it replaced');
    }
  }
  const endpoint = await res.endpoint(w);
  mark('done');
  return {
    restored: true,
    [res.noun === 'replication group' ? 'group' : 'cluster']: res.id,
    restoredFrom: snapshot,
    preRollbackSnapshot: (await describeSnapshot(c, safety, where)) ? safety : null,
    endpoint: endpoint.address,
    port: endpoint.port,
  };
}
