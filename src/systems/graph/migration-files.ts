// The files of a graph migration folder:
//   <version>_<name>.up.cypher / <version>_<name>.down.cypher          (every dialect)
//   <version>_<name>.up.memgraph.cypher / ….up.neo4j.cypher (etc.)     (replaces the plain file on that dialect)
// Versions are digit strings compared as numbers (0001, 2, 20240101120000). Every up has a down:
// a rollback tool cannot apply what it cannot undo.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import type { Dialect } from './dialect';

const FILE = /^(\d+)_([A-Za-z0-9][A-Za-z0-9_-]*)\.(up|down)(?:\.(neo4j|memgraph))?\.cypher$/;

type Direction = 'up' | 'down';
type Variants = Partial<Record<Dialect | 'any', string>>;

export interface MigrationEntry {
  version: string;
  name: string;
  files: Record<Direction, Variants>;
}

export interface MigrationScript {
  /** File name, for messages. */
  file: string;
  text: string;
  /** sha256 of the text with line endings normalized. */
  checksum: string;
}

export const compareVersions = (a: string, b: string) => {
  const d = BigInt(a) - BigInt(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};

/** The migrations in `dir`, ordered by version; plan mistakes in the folder are non-retryable. */
export function loadMigrations(dir: string, where: string): MigrationEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    throw ApplicationFailure.nonRetryable(`${where}: migrations folder ${dir} cannot be read`, 'PlanError');
  }
  const byVersion = new Map<string, MigrationEntry>();
  for (const file of names.filter((n) => n.endsWith('.cypher')).sort()) {
    const m = FILE.exec(file);
    if (!m) {
      throw ApplicationFailure.nonRetryable(
        `${where}: ${file} in ${dir} is not named <version>_<name>.up|down[.neo4j|.memgraph].cypher`,
        'PlanError',
      );
    }
    const [, digits, name, dir_, variant] = m;
    const key = BigInt(digits).toString();
    const entry = byVersion.get(key) ?? { version: digits, name, files: { up: {}, down: {} } };
    if (entry.name !== name) {
      throw ApplicationFailure.nonRetryable(`${where}: version ${digits} has two names (${entry.name}, ${name})`, 'PlanError');
    }
    entry.files[dir_ as Direction][(variant as Dialect | undefined) ?? 'any'] = path.join(dir, file);
    byVersion.set(key, entry);
  }
  const entries = [...byVersion.values()].sort((a, b) => compareVersions(a.version, b.version));
  for (const e of entries) {
    for (const d of ['neo4j', 'memgraph', 'any'] as const) {
      if (e.files.up[d] && !(e.files.down[d] ?? e.files.down.any)) {
        throw ApplicationFailure.nonRetryable(
          `${where}: ${e.version}_${e.name} has an up${d === 'any' ? '' : ` for ${d}`} but no down file`,
          'PlanError',
        );
      }
    }
    if (!e.files.up.any && !e.files.up.neo4j && !e.files.up.memgraph) {
      throw ApplicationFailure.nonRetryable(`${where}: ${e.version}_${e.name} has a down but no up file`, 'PlanError');
    }
  }
  return entries;
}

/** The file a dialect runs for one direction: its own variant, else the plain file. */
export function script(entry: MigrationEntry, direction: Direction, dialect: Dialect, where: string): MigrationScript {
  const file = entry.files[direction][dialect] ?? entry.files[direction].any;
  if (!file) {
    throw ApplicationFailure.nonRetryable(
      `${where}: ${entry.version}_${entry.name} has no ${direction} file for ${dialect} (neither .${direction}.${dialect}.cypher nor .${direction}.cypher)`,
      'PlanError',
    );
  }
  const text = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  return { file: path.basename(file), text, checksum: crypto.createHash('sha256').update(text).digest('hex') };
}
