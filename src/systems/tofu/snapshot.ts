// A configuration as applied, kept so that an undo can apply exactly it (or the one before it)
// again, whatever the plan's folder holds by then: the folder's files and those of the local
// modules it uses from outside it (`source = "../modules/x"`, found in the data dir's
// modules.json after init), laid out relative to their common folder. State files, the data dir
// and VCS folders are left out. Remote modules and providers are installed again by init (the
// dependency lock file, `.terraform.lock.hcl`, is part of the snapshot).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ApplicationFailure } from '@temporalio/common';

export interface Snapshot {
  /** The configuration's folder inside the snapshot ('.' when no module lives outside it). */
  root: string;
  /** sha256 of the files' paths, modes and contents. */
  hash: string;
  /** gzip + base64 of [path, mode, base64 content][]. */
  data: string;
}

const MAX_BYTES = 32 * 1024 * 1024;
const SKIP_DIRS = new Set(['.terraform', 'terraform.tfstate.d', '.git', '.hg', '.svn']);
const skipFile = (name: string) => name.endsWith('.tfstate') || name.endsWith('.tfstate.backup') || name === '.terraform.tfstate.lock.info' || name.endsWith('.tfplan');

function walk(dir: string, files: string[], skip: (abs: string) => boolean): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name);
    if (skip(abs)) continue;
    const st = fs.statSync(abs, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(abs, files, skip);
    } else if (st.isFile() && !skipFile(e.name)) files.push(abs);
  }
}

/** Local module folders outside `dir`, from modules.json (absent when the configuration has no modules). */
function outsideModules(dir: string, dataDir: string): string[] {
  let doc: { Modules?: { Dir?: string }[] };
  try {
    doc = JSON.parse(fs.readFileSync(path.join(dataDir, 'modules', 'modules.json'), 'utf8')) as typeof doc;
  } catch {
    return [];
  }
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + path.sep);
  const dirs = (doc.Modules ?? []).map((m) => path.resolve(dir, m.Dir ?? '.'));
  return [...new Set(dirs)].filter((d) => !inside(d, dir) && !inside(d, dataDir) && fs.existsSync(d));
}

function commonParent(dirs: string[]): string {
  let common = dirs[0];
  for (const d of dirs.slice(1)) while (!(d === common || d.startsWith(common + path.sep))) common = path.dirname(common);
  return common;
}

export function takeSnapshot(dir: string, dataDir: string, where: string): Snapshot {
  const roots = [dir, ...outsideModules(dir, dataDir)];
  const base = commonParent(roots);
  const files: string[] = [];
  for (const r of roots) walk(r, files, (abs) => abs === dataDir || roots.some((o) => o !== r && abs === o));
  const entries: [string, number, string][] = [];
  const hash = createHash('sha256');
  let bytes = 0;
  for (const abs of [...new Set(files)].sort()) {
    const content = fs.readFileSync(abs);
    bytes += content.length;
    if (bytes > MAX_BYTES) {
      throw ApplicationFailure.nonRetryable(`${where}: the configuration in ${dir} holds more than ${MAX_BYTES >> 20} MiB of files; keep large files out of it`, 'TofuConfigTooLarge');
    }
    const rel = path.relative(base, abs).split(path.sep).join('/');
    const mode = fs.statSync(abs).mode & 0o777;
    hash.update(`${rel}\0${mode}\0`).update(content).update('\0');
    entries.push([rel, mode, content.toString('base64')]);
  }
  const root = path.relative(base, dir).split(path.sep).join('/') || '.';
  return { root, hash: hash.update(root).digest('hex'), data: gzipSync(JSON.stringify(entries)).toString('base64') };
}

/** Writes the snapshot's files under `into` (emptied first) and returns the configuration's folder there. */
export function restoreSnapshot(s: Snapshot, into: string): string {
  fs.rmSync(into, { recursive: true, force: true });
  fs.mkdirSync(into, { recursive: true, mode: 0o700 });
  const entries = JSON.parse(gunzipSync(Buffer.from(s.data, 'base64')).toString('utf8')) as [string, number, string][];
  for (const [rel, mode, content] of entries) {
    const abs = path.join(into, ...rel.split('/'));
    if (!abs.startsWith(into + path.sep)) continue; // never outside the folder
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, Buffer.from(content, 'base64'), { mode });
  }
  const root = path.join(into, ...s.root.split('/'));
  fs.mkdirSync(root, { recursive: true });
  return root;
}
