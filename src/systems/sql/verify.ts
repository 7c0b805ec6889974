// Verification of a copy across engines: the source selection is read again in key order, page by
// page; the target's rows with exactly those keys are read; every value of both is put in its
// canonical text (values.ts) and the rows compared key by key. Two engines have no checksum in
// common (CRC32 on one, MD5 on the other, text forms that differ for the same value), so the
// comparison happens on the worker, after mapping. Progress is reported per page.
import { createHash } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { throwIfCancelled } from '../../kit/checkpoint';
import { canonical } from './values';
import type { Canon } from './types';

type Row = unknown[];

export interface CrossVerifyOptions {
  canons: Canon[];
  /** Column names, in row order, for messages. */
  names: string[];
  /** Positions of the key columns in a row. */
  keyIndex: number[];
  /** Source rows after `after` (canonical key texts; null: from the start), in key order. */
  sourcePage: (after: (string | null)[] | null, limit: number) => Promise<Row[]>;
  /** Target rows (the same columns in the same order) with these canonical keys. */
  targetRows: (keys: (string | null)[][]) => Promise<Row[]>;
  page: number;
  from: (string | null)[] | null;
  onPage: (last: (string | null)[], rows: number) => void;
  what: string;
  mismatchType: string;
}

const rowDigest = (r: Row, canons: Canon[]) =>
  createHash('sha1')
    .update(JSON.stringify(r.map((v, i) => canonical(v as never, canons[i]))))
    .digest('base64');

export async function verifyAcross(o: CrossVerifyOptions): Promise<{ rows: number; pages: number }> {
  const keyOf = (r: Row) => o.keyIndex.map((i) => canonical(r[i] as never, o.canons[i]));
  let after = o.from;
  let rows = 0;
  let pages = 0;
  for (;;) {
    await throwIfCancelled();
    const src = await o.sourcePage(after, o.page);
    if (!src.length) return { rows, pages };
    const keys = src.map(keyOf);
    const dst = await o.targetRows(keys);
    const theirs = new Map(dst.map((r) => [JSON.stringify(keyOf(r)), r]));
    const differing: string[] = [];
    let example = '';
    src.forEach((r, i) => {
      const t = theirs.get(JSON.stringify(keys[i]));
      if (t && rowDigest(t, o.canons) === rowDigest(r, o.canons)) return;
      differing.push(`(${keys[i].join(', ')})${t ? '' : ' missing in the target'}`);
      if (t && !example) {
        const col = r.findIndex((v, c) => canonical(v as never, o.canons[c]) !== canonical(t[c] as never, o.canons[c]));
        const show = (v: unknown) => JSON.stringify(canonical(v as never, o.canons[col]))?.slice(0, 80);
        example = ` (key (${keys[i].join(', ')}), column ${o.names[col]}: source ${show(r[col])}, target ${show(t[col])})`;
      }
    });
    if (differing.length) {
      throw ApplicationFailure.nonRetryable(
        `${o.what}: copy verification failed: ${differing.length} row(s) differ after mapping${example}, e.g. key ${differing.slice(0, 5).join(', ')}. ` +
          'Was the source written to during the copy? Stop writes to it, then run the step again.',
        o.mismatchType,
      );
    }
    rows += src.length;
    pages++;
    after = keys[keys.length - 1];
    o.onPage(after, src.length);
    if (src.length < o.page) return { rows, pages };
  }
}
