// graph.migrate and its compensation. The history lives in the graph itself, one node per version:
//   (:CutoverMigration {version, name, checksum, dialect, state, runId, stepId, workflowId, startedAt, appliedAt})
// `state` is 'started' before the first statement of a version runs and 'applied' after the last,
// so a run that dies half-way through a version still knows (and its rollback undoes) that version.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ApplicationFailure } from '@temporalio/common';
import type { KindInput, StepOutput, UndoKindInput } from '../../kit/context';
import type { GraphMigrateParams } from './kinds';
import { progress, throwIfCancelled } from '../../kit/checkpoint';
import { targetUrl } from '../../kit/targets';
import { classify, withGraph } from './connection';
import { autoCommit, quoteName } from './cypher';
import { identify, type Dialect } from './dialect';
import { compareVersions, loadMigrations, script, type MigrationEntry, type MigrationScript } from './migration-files';
import { isAutoCommit, splitStatements } from './statements';

interface HistoryRow {
  version: string;
  name: string;
  checksum: string;
  dialect: Dialect;
  state: 'started' | 'applied';
  runId: string;
  stepId: string;
}

const versionKey = (v: string) => BigInt(v).toString();

async function readHistory(driver: Driver, label: string): Promise<HistoryRow[]> {
  const res = await driver.executeQuery(
    `MATCH (h${label}) RETURN h.version AS version, h.name AS name, h.checksum AS checksum, h.dialect AS dialect,
       h.state AS state, h.runId AS runId, h.stepId AS stepId`,
  );
  return res.records.map((r) => r.toObject() as unknown as HistoryRow);
}

/** Runs a script: schema statements each as auto-commit, consecutive data statements in one managed transaction. */
async function runScript(driver: Driver, s: MigrationScript, where: string): Promise<number> {
  const statements = splitStatements(s.text);
  let i = 0;
  while (i < statements.length) {
    await throwIfCancelled();
    if (isAutoCommit(statements[i])) {
      try {
        await autoCommit(driver, statements[i]);
      } catch (err) {
        throw classify(err, `${where}: ${s.file} statement ${i + 1}`);
      }
      i++;
      continue;
    }
    const first = i;
    while (i < statements.length && !isAutoCommit(statements[i])) i++;
    const group = statements.slice(first, i);
    const session = driver.session();
    let current = first;
    try {
      await session.executeWrite(async (tx) => {
        for (const [k, stmt] of group.entries()) {
          current = first + k;
          await tx.run(stmt);
        }
      });
    } catch (err) {
      throw classify(err, `${where}: ${s.file} statement ${current + 1}`);
    } finally {
      await session.close();
    }
  }
  return statements.length;
}

export async function graphMigrate(input: KindInput<GraphMigrateParams>): Promise<StepOutput> {
  const { ctx, step, params: p } = input;
  const where = `step ${step.id}`;
  const dir = path.resolve(ctx.baseDir, p.dir);
  const label = ':' + quoteName(p.historyLabel, where);
  const entries = loadMigrations(dir, where);

  return withGraph(await targetUrl(input, 'bolt'), `${where} target ${p.target}`, async (driver) => {
    const server = await identify(driver);
    const history = await readHistory(driver, label);
    const byVersion = new Map(history.map((h) => [versionKey(h.version), h]));
    const entryOf = new Map(entries.map((e) => [versionKey(e.version), e]));
    const mine = (h: HistoryRow) => h.runId === ctx.runId && h.stepId === step.id;

    // The recorded history must still match the files: an applied migration is never edited.
    for (const h of history) {
      if (h.state === 'started' && !mine(h)) {
        throw ApplicationFailure.nonRetryable(
          `${where}: version ${h.version} (${h.name}) was left half-applied by run ${h.runId} step ${h.stepId}; ` +
            `roll that run back or repair the graph and remove its history node`,
          'GraphMigrationIncomplete',
        );
      }
      const e = entryOf.get(versionKey(h.version));
      if (!e) {
        throw ApplicationFailure.nonRetryable(`${where}: version ${h.version} (${h.name}) is applied but has no files in ${dir}`, 'ChecksumDrift');
      }
      if (h.state === 'applied') {
        const now = script(e, 'up', h.dialect ?? server.dialect, where);
        if (now.checksum !== h.checksum) {
          throw ApplicationFailure.nonRetryable(
            `${where}: ${now.file} changed after it was applied (checksum ${h.checksum.slice(0, 12)}… recorded, ${now.checksum.slice(0, 12)}… now)`,
            'ChecksumDrift',
          );
        }
      }
    }

    const pending = entries.filter((e) => {
      const h = byVersion.get(versionKey(e.version));
      return !h || (h.state === 'started' && mine(h));
    });
    const applied = history.filter((h) => h.state === 'applied');
    const highest = applied.reduce<string | undefined>((m, h) => (!m || compareVersions(h.version, m) > 0 ? h.version : m), undefined);
    const early = highest ? pending.find((e) => compareVersions(e.version, highest) < 0) : undefined;
    if (early && highest) {
      throw ApplicationFailure.nonRetryable(
        `${where}: ${early.version}_${early.name} is pending but the newer version ${highest} is already applied`,
        'GraphMigrationOrder',
      );
    }

    const done: string[] = [];
    for (const e of pending) {
      await throwIfCancelled();
      const s = script(e, 'up', server.dialect, where);
      progress({ version: e.version });
      await record(driver, label, e, s, server.dialect, input, 'started');
      await runScript(driver, s, where);
      await record(driver, label, e, s, server.dialect, input, 'applied');
      done.push(`${e.version}_${e.name}`);
    }
    const last = entries.at(-1);
    return {
      dialect: server.dialect,
      serverVersion: server.version,
      applied: done,
      alreadyApplied: applied.length,
      current: last ? `${last.version}_${last.name}` : null,
    };
  });
}

async function record(
  driver: Driver,
  label: string,
  e: MigrationEntry,
  s: MigrationScript,
  dialect: Dialect,
  { ctx, step }: KindInput<GraphMigrateParams>,
  state: 'started' | 'applied',
): Promise<void> {
  const now = new Date().toISOString();
  await driver.executeQuery(
    `MERGE (h${label} {version: $version})
     SET h.name = $name, h.checksum = $checksum, h.dialect = $dialect, h.state = $state, h.file = $file,
         h.runId = $runId, h.stepId = $stepId, h.workflowId = $workflowId,
         h.startedAt = coalesce(h.startedAt, $now), h.appliedAt = CASE WHEN $state = 'applied' THEN $now ELSE null END`,
    {
      version: e.version,
      name: e.name,
      checksum: s.checksum,
      dialect,
      state,
      file: s.file,
      runId: ctx.runId,
      stepId: step.id,
      workflowId: ctx.workflowId,
      now,
    },
  );
}

/** Runs the downs of what this run applied (or started), newest first, found by run id in the history. */
export async function graphMigrateUndo(input: UndoKindInput<GraphMigrateParams>): Promise<StepOutput> {
  const { ctx, step, params: p } = input;
  const where = `step ${step.id} (undo)`;
  const dir = path.resolve(ctx.baseDir, p.dir);
  const label = ':' + quoteName(p.historyLabel, where);
  const entries = loadMigrations(dir, where);
  const entryOf = new Map(entries.map((e) => [versionKey(e.version), e]));

  return withGraph(await targetUrl(input, 'bolt'), `${where} target ${p.target}`, async (driver) => {
    const server = await identify(driver);
    const mineRows = (await readHistory(driver, label))
      .filter((h) => h.runId === ctx.runId && h.stepId === step.id)
      .sort((a, b) => compareVersions(b.version, a.version));
    const reverted: string[] = [];
    for (const h of mineRows) {
      await throwIfCancelled();
      const e = entryOf.get(versionKey(h.version));
      if (!e) throw ApplicationFailure.nonRetryable(`${where}: no files for version ${h.version} (${h.name}) in ${dir}`, 'PlanError');
      progress({ reverting: h.version });
      await runScript(driver, script(e, 'down', server.dialect, where), where);
      // Removing the history node last makes a retry after a crash run this down again: downs
      // should tolerate that (DROP … IF EXISTS, MATCH before DELETE).
      await driver.executeQuery(`MATCH (h${label} {version: $version}) WHERE h.runId = $runId AND h.stepId = $stepId DELETE h`, {
        version: h.version,
        runId: ctx.runId,
        stepId: step.id,
      });
      reverted.push(`${h.version}_${h.name}`);
    }
    return { dialect: server.dialect, reverted };
  });
}
