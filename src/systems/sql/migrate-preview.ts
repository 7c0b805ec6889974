// `cutover plan --against` for the SQL migrations (mysql.migrate, postgres.migrate): the history
// table as read against the folder: versions a run would apply, and what its own checks would
// refuse (an applied file edited since, a version left half-done by another run, a version older
// than the newest applied), as warnings.
import { count, type Change } from '../../kit/preview';

export interface MigrationFiles {
  version: number;
  name: string;
  up: { file: string; checksum: string; statements: string[] };
}

export interface HistoryEntry {
  version: number;
  name: string;
  /** CHAR(64): PostgreSQL pads it. */
  checksum_up: string;
  status: string;
  run_id: string;
  step_id: string;
}

/** What a run would find in the history against the folder: what the run's own checks refuse, as warnings. */
export function historyFindings(migrations: MigrationFiles[], history: HistoryEntry[]) {
  const checksum = (r: HistoryEntry) => r.checksum_up.trim();
  const files = new Map(migrations.map((m) => [m.version, m]));
  const byVersion = new Map(history.map((r) => [r.version, r]));
  const changes: Change[] = [];
  const warnings: string[] = [];
  for (const row of history) {
    const m = files.get(row.version);
    if (!m) warnings.push(`version ${row.version} (${row.name}) is recorded as ${row.status} but its files are missing from the folder: the run would fail (MigrationDrift)`);
    else if (row.status === 'applied' && m.up.checksum !== checksum(row)) {
      warnings.push(`${m.up.file} was edited after it was applied (checksum ${checksum(row).slice(0, 12)}… recorded, ${m.up.checksum.slice(0, 12)}… now): the run would fail (MigrationDrift)`);
    }
    if (row.status !== 'applied') {
      warnings.push(`version ${row.version} (${row.name}) was left ${row.status === 'applying' ? 'half-applied' : 'half-reverted'} by run ${row.run_id} (step ${row.step_id}): the run would fail until that run is finished or undone (MigrationHalfDone)`);
    }
  }
  const newest = Math.max(0, ...history.filter((r) => r.status === 'applied').map((r) => r.version));
  for (const m of migrations) {
    const row = byVersion.get(m.version);
    if (row?.status === 'applied') {
      changes.push({ action: 'none', what: `version ${m.version} ${m.name}`, detail: m.up.checksum === checksum(row) ? 'applied' : `applied, but ${m.up.file} changed since` });
      continue;
    }
    if (row) continue; // half-done by another run: warned above
    if (m.version < newest) warnings.push(`${m.up.file} is older than the applied version ${newest}: the run would fail (MigrationDrift); give it a newer version number`);
    changes.push({ action: 'create', what: `version ${m.version} ${m.name}`, detail: `${m.up.file}, ${count(m.up.statements.length, 'statement')}` });
  }
  return { changes, warnings, pending: changes.filter((c) => c.action === 'create').length };
}
