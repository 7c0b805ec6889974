// The campaign's verdicts on one run, from digests read off the systems (digest.ts): pure
// functions, so that a unit test can feed them a mismatch and see them fail.
import type { Digest, Expected } from './digest';

export interface Violation {
  check: string;
  detail: string;
}

export interface Observed {
  state: string;
  durationMs: number;
  /** The bound the run had to end within (bound.ts). */
  boundMs: number;
  /** The release the run's tofu step applied. */
  release: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const show = (v: unknown) => JSON.stringify(v)?.slice(0, 300);

/** Every violation of a run that was expected to end as `expect`, given the digests before and after it. */
export function checkRun(expect: 'success' | 'rollback', pre: Digest, post: Digest, exp: Expected, o: Observed): Violation[] {
  const v: Violation[] = [];
  const want = (check: string, ok: boolean, detail: () => string) => {
    if (!ok) v.push({ check, detail: detail() });
  };
  const eq = (check: string, actual: unknown, wanted: unknown) => want(check, same(actual, wanted), () => `expected ${show(wanted)}, found ${show(actual)}`);

  want('run ended within its bound', o.durationMs <= o.boundMs, () => `took ${o.durationMs} ms, bound ${o.boundMs} ms`);
  eq('outcome', o.state, expect === 'success' ? 'succeeded' : 'rolled_back');

  // No lock left held, whatever the outcome.
  eq('no MySQL migration lock held', post.locks.mysql, false);
  eq('no PostgreSQL advisory lock held', post.locks.postgres, 0);
  eq('no tofu state lock left', post.locks.tofu, []);

  // No duplicate side effects, whatever the outcome.
  want('one RDS snapshot per run', post.rds.manualSnapshots.length <= pre.rds.manualSnapshots.length + 1, () => `snapshots before ${show(pre.rds.manualSnapshots)}, after ${show(post.rds.manualSnapshots)}`);
  want('one task definition registered per run', post.ecs.taskDefinitions <= pre.ecs.taskDefinitions + 1, () => `task definitions before ${pre.ecs.taskDefinitions}, after ${post.ecs.taskDefinitions}`);
  for (const side of ['mysql', 'postgres'] as const) {
    const h = post[side].history;
    want(`${side}: one history row per version`, new Set(h).size === h.length, () => `history ${show(h)}`);
  }
  eq('RDS instances untouched', post.rds.instances, pre.rds.instances);

  if (expect === 'success') {
    for (const side of ['mysql', 'postgres'] as const) {
      eq(`${side}: migrations applied once`, post[side].history, [1, 2]);
      eq(`${side}: the data migration ran once`, post[side].counter, 1);
    }
    eq('mysql: target table holds the source rows and its own', post.mysql.data.accounts, exp.mysql);
    eq('postgres: target table holds the source rows and its own', post.postgres.data.ledger, exp.postgres);
    eq('redis: target holds the source keys and its own', { keys: post.redis.keys, checksum: post.redis.checksum }, { keys: exp.redis.keys, checksum: exp.redis.checksum });
    eq('graph: target holds the source nodes and relationships and its own', post.graph, exp.graph);
    want('ecs: service moved to a new task definition', post.ecs.taskDefinition !== pre.ecs.taskDefinition, () => `still on ${post.ecs.taskDefinition}`);
    eq('ecs: desired count kept', post.ecs.desiredCount, pre.ecs.desiredCount);
    eq('rds: one snapshot taken', post.rds.manualSnapshots.length, pre.rds.manualSnapshots.length + 1);
    eq('tofu: the release applied', post.tofu.files['release.txt'], o.release);
    want('tofu: state holds the release', post.tofu.state.includes(`"value":"${o.release}"`), () => `state ${show(post.tofu.state)}`);
  } else {
    for (const side of ['mysql', 'postgres'] as const) {
      eq(`${side}: schema as before`, post[side].schema, pre[side].schema);
      eq(`${side}: tables as before (cutover's history table aside)`, post[side].tables.filter((t) => t !== 'cutover_schema_history'), pre[side].tables.filter((t) => t !== 'cutover_schema_history'));
      eq(`${side}: rows as before`, post[side].data, pre[side].data);
      eq(`${side}: no version left applied`, post[side].history, []);
    }
    eq('redis: keys as before', { keys: post.redis.keys, checksum: post.redis.checksum }, { keys: pre.redis.keys, checksum: pre.redis.checksum });
    eq('redis: no journal left', post.redis.journals, pre.redis.journals);
    // The overwritten key's TTL is back: no longer than before, and not shorter than the run took (plus slack).
    want('redis: overwritten key has its TTL back', post.redis.overwrittenTtlMs > 0 && post.redis.overwrittenTtlMs <= pre.redis.overwrittenTtlMs && pre.redis.overwrittenTtlMs - post.redis.overwrittenTtlMs <= o.durationMs + 120_000, () => `TTL before ${pre.redis.overwrittenTtlMs} ms, after ${post.redis.overwrittenTtlMs} ms`);
    eq('graph: nodes and relationships as before', post.graph, pre.graph);
    eq('ecs: service back on its task definition', post.ecs.taskDefinition, pre.ecs.taskDefinition);
    eq('ecs: desired count as before', post.ecs.desiredCount, pre.ecs.desiredCount);
    eq('tofu: state as before', post.tofu.state, pre.tofu.state);
    eq('tofu: files as before', post.tofu.files, pre.tofu.files);
  }
  return v;
}
