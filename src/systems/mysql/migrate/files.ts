// A folder of versioned migrations: `<version>_<name>.up.sql` and `.down.sql` side by side.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import { splitStatements, statementHead } from './split';

export interface Migration {
  version: number;
  name: string;
  up: { file: string; checksum: string; statements: string[] };
  down: { file: string; checksum: string; statements: string[] };
}

const FILE = /^(\d+)_([A-Za-z0-9_-]+)\.(up|down)\.sql$/;

export { splitStatements };

// The journal runs each statement on the target's database in a transaction of its own: a script
// must not switch databases or manage transactions and table locks itself.
const FORBIDDEN = /^(USE\b|START\s+TRANSACTION\b|BEGIN(\s+WORK)?\s*$|COMMIT\b|ROLLBACK\b|SAVEPOINT\b|RELEASE\s+SAVEPOINT\b|SET\s+(@@(SESSION\.)?|SESSION\s+)?AUTOCOMMIT\b|(UN)?LOCK\s+TABLES?\b)/i;

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
    const statements = splitStatements(text);
    const bad = statements.findIndex((st) => FORBIDDEN.test(statementHead(st)));
    if (bad >= 0) {
      throw fail(`${entry} statement ${bad + 1}: USE, transaction control and LOCK TABLES are not allowed in a migration (each statement runs in its own transaction on the target's database)`);
    }
    const side = { file: entry, checksum: createHash('sha256').update(text).digest('hex'), statements };
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
