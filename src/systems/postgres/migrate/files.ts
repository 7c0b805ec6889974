// A folder of versioned PostgreSQL migrations: `<version>_<name>.up.sql` and `.down.sql` side by
// side. A file runs in one transaction unless its leading comments hold the line
// `-- cutover:no-transaction` (for CREATE INDEX CONCURRENTLY and the like); such a file runs
// statement by statement under the crash-safe journal (statement-journal.ts).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import { splitWithLines, statementHead, type Statement } from './split';

export interface MigrationFile {
  file: string;
  checksum: string;
  statements: string[];
  /** 1-based line each statement starts on, for messages. */
  lines: number[];
  transactional: boolean;
}

export interface Migration {
  version: number;
  name: string;
  up: MigrationFile;
  down: MigrationFile;
}

const FILE = /^(\d+)_([A-Za-z0-9_-]+)\.(up|down)\.sql$/;

/** The header that opts a file out of its transaction. */
export const NO_TRANSACTION = '-- cutover:no-transaction';

// cutover owns the transaction (or, in a non-transactional file, each statement's own).
const TRANSACTION_CONTROL = /^(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK(?!\s+TO\b)|ABORT|PREPARE\s+TRANSACTION|COMMIT\s+PREPARED|ROLLBACK\s+PREPARED)\b/i;
// Statements the server refuses inside a transaction block.
const OUTSIDE_TRANSACTION = /^(CREATE\s+(UNIQUE\s+)?INDEX\s+CONCURRENTLY|DROP\s+INDEX\s+CONCURRENTLY|REINDEX\b.*\bCONCURRENTLY|VACUUM|CREATE\s+DATABASE|DROP\s+DATABASE|ALTER\s+SYSTEM|CREATE\s+TABLESPACE|DROP\s+TABLESPACE)/i;

/** Whether the file's leading comment lines declare it non-transactional. */
function declaresNoTransaction(text: string): boolean {
  for (const line of text.split('\n')) {
    const l = line.trim();
    if (!l) continue;
    if (!l.startsWith('--')) return false;
    if (/^--\s*cutover:no-transaction\s*$/i.test(l)) return true;
  }
  return false;
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
    const split: Statement[] = splitWithLines(text);
    const statements = split.map((st) => st.sql);
    const transactional = !declaresNoTransaction(text);
    statements.forEach((st, i) => {
      const head = statementHead(st);
      if (TRANSACTION_CONTROL.test(head)) {
        throw fail(`${entry} statement ${i + 1}: transaction control (BEGIN, COMMIT, ROLLBACK, …) is not allowed in a migration: cutover runs each file in a transaction of its own, or each statement of a \`${NO_TRANSACTION}\` file on its own`);
      }
      if (transactional && OUTSIDE_TRANSACTION.test(head)) {
        throw fail(`${entry} statement ${i + 1}: ${head.split(/\s+/).slice(0, 4).join(' ')}… cannot run inside a transaction; put the line \`${NO_TRANSACTION}\` at the top of the file (it then runs statement by statement, journaled)`);
      }
    });
    const side: MigrationFile = { file: entry, checksum: createHash('sha256').update(text).digest('hex'), statements, lines: split.map((st) => st.line), transactional };
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
