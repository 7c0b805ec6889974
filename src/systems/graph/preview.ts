// `cutover plan --against` for graph.copy and graph.migrate, in read sessions: the nodes and
// relationships a copy would carry (counted per label and type, as its verification counts them)
// and the target's nodes that already match the selection; the versions a migration would apply
// against its history nodes. Nothing is written: no marker index, no history node.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { KindInput } from '../../kit/context';
import { count, type Change, type Preview } from '../../kit/preview';
import { runMarker } from '../../kit/naming';
import { targetUrl } from '../../kit/targets';
import type { GraphCopyParams, GraphMigrateParams } from './kinds';
import { withGraph } from './connection';
import { quoteName } from './cypher';
import * as q from './copy-queries';
import { selection, sourceCounts } from './copy';
import { identify } from './dialect';
import { compareVersions, loadMigrations, script } from './migration-files';

const perName = (m: Record<string, number>) =>
  Object.entries(m)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
    .join(', ');

export async function graphCopyPreview(input: KindInput<GraphCopyParams>): Promise<Preview> {
  const { ctx, step, params: p } = input;
  const where = `step ${step.id}`;
  const sel = selection(p);
  const srcUrl = await targetUrl(input, 'bolt', 'source');
  const dstUrl = await targetUrl(input, 'bolt', 'target');
  return withGraph(srcUrl, `${where} source ${p.source}`, (source, sourceT) =>
    withGraph(dstUrl, `${where} target ${p.target}`, async (target, targetT) => {
      const expected = await sourceCounts(source, sel, where);
      // The run marker of a run that does not exist: every matching node of the target counts.
      const foreign = Number((await target.executeQuery(q.countForeign(sel, where), { run: runMarker(ctx, step.id) }, { routing: 'READ' })).records[0].get('c'));
      const warnings: string[] = [];
      for (const l of sel.labels ?? []) if (!expected.labels[l]) warnings.push(`label ${JSON.stringify(l)} matches no node in the source: the copy would fail (GraphNothingToCopy)`);
      for (const t of sel.types ?? []) if (!expected.types[t]) warnings.push(`relationship type ${JSON.stringify(t)} matches no relationship between selected nodes in the source: the copy would fail (GraphNothingToCopy)`);
      const changes: Change[] = [
        { action: 'move', what: count(expected.nodes, 'node'), detail: `${p.source} (${sourceT.url}) → ${p.target} (${targetT.url})${Object.keys(expected.labels).length ? `; by label: ${perName(expected.labels)}` : ''}` },
        { action: 'create', what: `${count(expected.nodes, 'node')} created`, detail: 'new nodes marked with the run, deleted again on rollback' },
      ];
      if (expected.relationships) {
        changes.push({ action: 'create', what: `${count(expected.relationships, 'relationship')} created`, detail: `between copied nodes; by type: ${perName(expected.types)}` });
      }
      if (foreign > 0) {
        if (p.onExisting === 'fail') warnings.push(`the target already holds ${count(foreign, 'node')} matching the selection that a new run did not write: the copy would fail (onExisting: fail); empty it first or set onExisting: append`);
        else changes.push({ action: 'none', what: `${count(foreign, 'node')} of the target matching the selection`, detail: 'left as they are; the copy adds its nodes beside them (onExisting: append)' });
      }
      return {
        summary: `would copy ${count(expected.nodes, 'node')} and ${count(expected.relationships, 'relationship')} from ${p.source} into ${p.target}${foreign ? `, which holds ${count(foreign, 'matching node')} already` : ''}`,
        changes,
        ...(warnings.length ? { warnings } : {}),
      };
    }),
  );
}

interface HistoryNode {
  version: string;
  name: string;
  checksum: string;
  dialect: 'neo4j' | 'memgraph' | null;
  state: 'started' | 'applied';
  runId: string;
  stepId: string;
}

async function readHistory(driver: Driver, label: string): Promise<HistoryNode[]> {
  const res = await driver.executeQuery(
    `MATCH (h${label}) RETURN h.version AS version, h.name AS name, h.checksum AS checksum, h.dialect AS dialect, h.state AS state, h.runId AS runId, h.stepId AS stepId`,
    {},
    { routing: 'READ' },
  );
  return res.records.map((r) => r.toObject() as unknown as HistoryNode);
}

const key = (v: string) => BigInt(v).toString();

export async function graphMigratePreview(input: KindInput<GraphMigrateParams>): Promise<Preview> {
  const { ctx, step, params: p } = input;
  const where = `step ${step.id}`;
  const dir = path.resolve(ctx.baseDir, p.dir);
  const label = ':' + quoteName(p.historyLabel, where);
  const entries = loadMigrations(dir, where);
  return withGraph(await targetUrl(input, 'bolt'), `${where} target ${p.target}`, async (driver) => {
    const server = await identify(driver);
    const history = await readHistory(driver, label);
    const byVersion = new Map(history.map((h) => [key(h.version), h]));
    const files = new Map(entries.map((e) => [key(e.version), e]));
    const changes: Change[] = [];
    const warnings: string[] = [];
    for (const h of history) {
      const e = files.get(key(h.version));
      if (!e) warnings.push(`version ${h.version} (${h.name}) is applied but has no files in ${p.dir}: the run would fail (ChecksumDrift)`);
      else if (h.state === 'applied') {
        const now = script(e, 'up', h.dialect ?? server.dialect, where);
        if (now.checksum !== h.checksum) warnings.push(`${now.file} changed after it was applied (checksum ${h.checksum.slice(0, 12)}… recorded, ${now.checksum.slice(0, 12)}… now): the run would fail (ChecksumDrift)`);
      }
      if (h.state === 'started') warnings.push(`version ${h.version} (${h.name}) was left half-applied by run ${h.runId} step ${h.stepId}: the run would fail (GraphMigrationIncomplete)`);
    }
    const applied = history.filter((h) => h.state === 'applied');
    const highest = applied.reduce<string | undefined>((m, h) => (!m || compareVersions(h.version, m) > 0 ? h.version : m), undefined);
    let pending = 0;
    for (const e of entries) {
      const h = byVersion.get(key(e.version));
      if (h?.state === 'applied') changes.push({ action: 'none', what: `version ${e.version} ${e.name}`, detail: 'applied' });
      else if (!h) {
        pending++;
        const s = script(e, 'up', server.dialect, where);
        changes.push({ action: 'create', what: `version ${e.version} ${e.name}`, detail: s.file });
        if (highest && compareVersions(e.version, highest) < 0) warnings.push(`${e.version}_${e.name} is pending but the newer version ${highest} is already applied: the run would fail (GraphMigrationOrder)`);
      }
    }
    return {
      summary: `${pending} of ${count(entries.length, 'migration')} to apply on ${p.target} (${server.dialect} ${server.version}), ${applied.length} applied`,
      changes,
      ...(warnings.length ? { warnings } : {}),
    };
  });
}
