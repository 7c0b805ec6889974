// A folder of versioned migrations: `<version>_<name>.up.sql` and `.down.sql` side by side.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import { mysqlSplitterOptions, splitQuery } from 'dbgate-query-splitter';

export interface Migration {
  version: number;
  name: string;
  up: { file: string; checksum: string; statements: string[] };
  down: { file: string; checksum: string; statements: string[] };
}

const FILE = /^(\d+)_([A-Za-z0-9_-]+)\.(up|down)\.sql$/;

/** Statements of a script; `;` inside strings and comments does not split. */
export function splitStatements(sql: string): string[] {
  return (splitQuery(sql, mysqlSplitterOptions) as string[]).map((s) => s.trim()).filter((s) => s.length > 0);
}

export function readMigrations(dir: string, where: string): Migration[] {
  const fail = (message: string) => ApplicationFailure.nonRetryable(`${where}: ${message}`, 'MigrationFolderError');
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    throw fail(`cannot read the migrations folder ${dir}`);
  }
  const byVersion = new Map<number, Partial<Migration> & { version: number; name: string }>();
  for (const entry of entries.sort()) {
    if (!entry.endsWith('.sql')) continue;
    const m = FILE.exec(entry);
    if (!m) throw fail(`${entry}: expected <version>_<name>.up.sql or .down.sql`);
    const version = Number(m[1]);
    const text = fs.readFileSync(path.join(dir, entry), 'utf8');
    const side = { file: entry, checksum: createHash('sha256').update(text).digest('hex'), statements: splitStatements(text) };
    const mig = byVersion.get(version) ?? { version, name: m[2] };
    if (mig.name !== m[2]) throw fail(`version ${version} has two names: ${mig.name} and ${m[2]}`);
    if (mig[m[3] as 'up' | 'down']) throw fail(`version ${version} has two ${m[3]} files`);
    mig[m[3] as 'up' | 'down'] = side;
    byVersion.set(version, mig);
  }
  const list = [...byVersion.values()].sort((a, b) => a.version - b.version);
  for (const m of list) {
    if (!m.up) throw fail(`version ${m.version} (${m.name}) has a down file but no up file`);
    if (!m.down) throw fail(`version ${m.version} (${m.name}) has no down file: every migration must be reversible`);
    if (m.up.statements.length === 0) throw fail(`${m.up.file} holds no statement`);
  }
  if (list.length === 0) throw fail(`no migrations in ${dir}`);
  return list as Migration[];
}
