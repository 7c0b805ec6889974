// State locks left behind. A command that finds the state locked reports the lock's holder only
// in its error text (tofu and terraform print the same "Lock Info" block); the ID, who and when
// are read from it for one decision: was this lock taken by a command of this very step that is
// no longer running (a tofu killed with its worker, a worker that died), and may it be broken? A
// lock from anyone else, or from a command of ours that still runs, is never broken: the first is
// waited for (-lock-timeout), the second until it ends.
import os from 'node:os';
import { sleep } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { stepLog } from '../../kit/checkpoint';
import { LOCK_SUMMARY, ok, plainText, problems, run, type Result, type RunOptions, type Tool } from './cli';
import { readInvocations, stillRunning, type Invocation } from './invocations';

export interface LockInfo {
  id: string;
  who: string;
  operation: string;
  created: number;
  path: string;
}

export function lockInfoOf(r: Result): LockInfo | undefined {
  const diag = r.diagnostics.find((d) => d.summary === LOCK_SUMMARY);
  // Without -json (`state push` has none) the block comes boxed: "│   ID:  …".
  const text = diag ? (diag.detail ?? '') : r.stderr.includes(LOCK_SUMMARY) ? plainText(r.stderr) : undefined;
  if (text === undefined) return undefined;
  const field = (name: string) => new RegExp(`^\\s*${name}:[ \\t]*(.*)$`, 'm').exec(text)?.[1].trim() ?? '';
  const id = field('ID');
  if (!id) return undefined;
  // Go's time format: 2026-12-03 07:24:53.75587388 +0000 UTC
  const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?) ([+-]\d\d)(\d\d)/.exec(field('Created'));
  const created = m ? Date.parse(`${m[1]}T${m[2].slice(0, 12)}${m[3]}:${m[4]}`) : NaN;
  return { id, who: field('Who'), operation: field('Operation'), created, path: field('Path') };
}

export const describeLock = (l: LockInfo) =>
  `lock ${l.id} held by ${l.who || 'unknown'} for ${l.operation || 'an operation'} since ${Number.isNaN(l.created) ? 'unknown' : new Date(l.created).toISOString()}`;

/** Commands that take the state lock, and the operation their lock names. */
const LOCKING: Record<string, string | undefined> = { plan: 'OperationTypePlan', apply: 'OperationTypeApply', state: undefined, workspace: undefined };
/** The end of a command is recorded after tofu released its lock: a little slack. */
const SLACK_MS = 2_000;

/**
 * A command that may have left a lock: one that takes locks and did not end on its own (it never
 * recorded its end, its worker having died, or a signal killed it). One that exited released its
 * lock, whatever its exit code; one refused the lock never held it.
 */
const mayHoldLock = (i: Invocation) => i.command in LOCKING && !i.lockRefused && (i.endedAt === undefined || typeof i.exit === 'string');

/**
 * The command of this step, on this host, that took the lock: one that may have left a lock, of
 * the lock's operation, started before the lock was created and, if it ended, ended after.
 */
function ourCommand(lock: LockInfo, invocations: Invocation[]): Invocation | undefined {
  if (Number.isNaN(lock.created) || !lock.who.endsWith(`@${os.hostname()}`)) return undefined;
  return invocations.find(
    (i) =>
      mayHoldLock(i) &&
      (LOCKING[i.command] === undefined || LOCKING[i.command] === lock.operation) &&
      lock.created >= i.startedAt &&
      (i.endedAt === undefined || lock.created <= i.endedAt + SLACK_MS),
  );
}

/** Whether a command of this step on this host may have left a lock behind. */
export const mayHaveLeftLock = (tool: Tool) => readInvocations(tool.home).some(mayHoldLock);

/**
 * Runs a command that takes the state lock; when it fails on a lock that a gone command of this
 * step left behind, breaks that lock (force-unlock with its ID) and runs the command again; when
 * the lock belongs to a command of this step that is still running, waits for it to end first.
 * Any other lock is waited for up to `lockTimeout`, then fails the attempt retryably, saying whose
 * lock it is. The first try does not wait: a lock this step left is recognized at once.
 */
export async function withLockRecovery(tool: Tool, o: RunOptions, args: string[], what: string, lockTimeout: string): Promise<Result> {
  let waited = false;
  for (let round = 0; ; round++) {
    const r = await run(tool, [...args.slice(0, 2), `-lock-timeout=${waited ? lockTimeout : '0s'}`, ...args.slice(2)], o);
    if (ok(r)) return r;
    const lock = lockInfoOf(r);
    if (!lock) return r;
    const mine = ourCommand(lock, readInvocations(tool.home));
    if (!mine && !waited) {
      waited = true;
      continue;
    }
    if (!mine || round >= 5) {
      throw ApplicationFailure.retryable(`${tool.where}: ${what}: the state is locked: ${describeLock(lock)}${mine ? '' : ' (not by this step)'}`, 'TofuStateLocked');
    }
    if (stillRunning(mine)) {
      stepLog().info('waiting for an earlier command of this step to release the state lock', { lock: lock.id, pid: mine.pid, command: mine.command });
      while (stillRunning(mine)) await sleep(1_000);
      continue;
    }
    const unlocked = await run(tool, ['force-unlock', '-force', lock.id], o);
    // Already released (the holder finished after all) is as good as broken.
    if (!ok(unlocked) && !/no lock|not locked|lock info/i.test(unlocked.stderr)) {
      throw ApplicationFailure.retryable(`${tool.where}: cannot break ${describeLock(lock)}, left by this step's ${mine.command} (pid ${mine.pid}): ${problems(unlocked)}`, 'TofuStateLocked');
    }
    stepLog().warn('broke a state lock left by an earlier command of this step', { lock: lock.id, pid: mine.pid, command: mine.command });
  }
}

/**
 * Waits until no command that an earlier attempt of this step started on this host is running
 * (one that outlived its worker stops on its own and saves its state): reading the state before
 * that would read it half-written.
 */
export async function awaitEarlierCommands(tool: Tool): Promise<void> {
  for (const inv of readInvocations(tool.home)) {
    if (inv.endedAt !== undefined || !stillRunning(inv)) continue;
    stepLog().info('waiting for a command an earlier attempt of this step started', { pid: inv.pid, command: inv.command });
    while (stillRunning(inv)) await sleep(500);
  }
}
