// Writing one page into the target table, with its journal, in one transaction. A page is a key
// range [first, last] of the source; its rows arrive as a COPY text stream. Two ways in:
//   - fresh: the target holds no row in the range (a new table, or the part not copied yet; one
//     indexed probe tells): the stream goes straight into `COPY table FROM STDIN`, and the journal
//     records the keys this transaction inserted. Nothing is read back into the worker.
//   - staged: the range holds rows (the target's own, or this run's from a page written before a
//     crash): the stream goes into a temporary staging table, the journal keeps the before-images
//     of rows this run has not written yet (or refuses them with onExisting: fail), and the page is
//     merged with INSERT … ON CONFLICT DO UPDATE, so writing it again gives the same rows.
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { qualifiedName, quoteIdent } from '../connection';
import { journalFresh, journalStaged, rangeHasRows, runsFit, type PageTarget } from './journal';
import { names } from './sql';

export interface Bounds {
  first: (string | null)[];
  last: (string | null)[];
  /** Rows the source holds in the range, when known. */
  n?: number;
}

const STAGE = 'cutover_copy_stage';

async function inTransaction<T>(client: Client, fn: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const v = await fn();
    await client.query('COMMIT');
    return v;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** Whether the page must go through the staging table (the target holds rows in its range). */
export const needsStaging = (client: Client, o: PageTarget, b: Bounds) => rangeHasRows(client, o, b.first, b.last);

/** COPY's wire format: text, or binary between servers of one major version and identical column types. */
export type CopyFormat = 'text' | 'binary';

async function copyInto(client: Client, table: string, cols: string, rows: Readable, format: CopyFormat): Promise<number> {
  const sink = client.query(copyFrom(`COPY ${table} (${cols}) FROM STDIN${format === 'binary' ? ' (FORMAT binary)' : ''}`));
  await pipeline(rows, sink);
  return sink.rowCount;
}

/** The staging table of this connection: the copied columns of the target, emptied at every commit. */
const staged = new WeakSet<Client>();
async function ensureStage(client: Client, o: PageTarget): Promise<void> {
  if (staged.has(client)) return;
  await client.query(
    `CREATE TEMP TABLE IF NOT EXISTS ${STAGE} ON COMMIT DELETE ROWS AS SELECT ${names(o.columns)} FROM ${qualifiedName(o.schema, o.table)} WITH NO DATA`,
  );
  staged.add(client);
}

/**
 * Writes a page straight into the table; returns the rows written. A page of an integer key that
 * wrote as many rows as the range [first, last] holds values (every one of them, as the primary key
 * keeps them distinct) is journaled as that one run without reading anything back.
 */
export function writeFresh(client: Client, o: PageTarget, b: Bounds, rows: Readable, format: CopyFormat = 'text'): Promise<number> {
  return inTransaction(client, async () => {
    const n = await copyInto(client, qualifiedName(o.schema, o.table), names(o.columns), rows, format);
    if (runsFit(o.key) && n > 0 && b.first[0] !== null && b.last[0] !== null && BigInt(b.last[0]) - BigInt(b.first[0]) + 1n === BigInt(n)) {
      await client.query(`INSERT INTO ${qualifiedName(o.schema, o.j.runs)} (lo, hi) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [b.first[0], b.last[0]]);
      return n;
    }
    return journalFresh(client, o, b.first, b.last);
  });
}

/** Writes a page through the staging table; returns the rows written. */
export async function writeStaged(client: Client, o: PageTarget, rows: Readable, overridingSystemValue: boolean, format: CopyFormat = 'text'): Promise<number> {
  await ensureStage(client, o);
  return inTransaction(client, async () => {
    const n = await copyInto(client, STAGE, names(o.columns), rows, format);
    await journalStaged(client, o, STAGE);
    const pk = new Set(o.key.map((k) => k.name));
    // A GENERATED ALWAYS identity column outside the key cannot be updated: it keeps its value.
    const rest = o.columns.filter((c) => !pk.has(c.name) && c.identity !== 'a');
    const update = rest.length ? `DO UPDATE SET ${rest.map((c) => `${quoteIdent(c.name)} = EXCLUDED.${quoteIdent(c.name)}`).join(', ')}` : 'DO NOTHING';
    await client.query(
      `INSERT INTO ${qualifiedName(o.schema, o.table)} (${names(o.columns)})${overridingSystemValue ? ' OVERRIDING SYSTEM VALUE' : ''} SELECT ${names(o.columns)} FROM ${STAGE} ON CONFLICT (${names(o.key)}) ${update}`,
    );
    return n;
  });
}
