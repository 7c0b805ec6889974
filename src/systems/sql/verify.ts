// Verification of a copy across engines: the source selection is read again in key order, page by
// page; the target's rows with exactly those keys are read; every value of both is put in its
// canonical text (values.ts) and the rows compared key by key. Two engines have no checksum in
// common (CRC32 on one, MD5 on the other, text forms that differ for the same value), so the
// comparison happens on the worker, after mapping. Progress is reported per page.
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
  /**
   * Target rows (the same columns in the same order) for these canonical keys, from `first` to
   * `last` in source order; it may return more rows (the target's own), never fewer.
   */
  targetRows: (keys: (string | null)[][]) => Promise<Row[]>;
  page: number;
  from: (string | null)[] | null;
  onPage: (last: (string | null)[], rows: number) => void;
  what: string;
  mismatchType: string;
}

/** Whether two rows hold the same values after mapping; the first column that differs, or -1. */
const differs = (a: Row, b: Row, canons: Canon[]) => {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    // Most values print the same on both engines: equal text is an equal value.
    if (x === y && typeof x === 'string') continue;
    if (canonical(x as never, canons[i]) !== canonical(y as never, canons[i])) return i;
  }
  return -1;
};

export async function verifyAcross(o: CrossVerifyOptions): Promise<{ rows: number; pages: number }> {
  const keyOf = (r: Row) => o.keyIndex.map((i) => canonical(r[i] as never, o.canons[i]));
  const single = o.keyIndex.length === 1;
  const mapKey = (k: (string | null)[]) => (single ? String(k[0]) : JSON.stringify(k));
  let after = o.from;
  let rows = 0;
  let pages = 0;
  // Two pages in the pipe: while this page is compared on the worker, the servers read the next one.
  type Page = { src: Row[]; keys: (string | null)[][]; dst: Promise<Row[]> };
  const fetch = async (from: (string | null)[] | null): Promise<Page> => {
    const src = await o.sourcePage(from, o.page);
    const keys = src.map(keyOf);
    const dst = src.length ? o.targetRows(keys) : Promise.resolve([]);
    dst.catch(() => undefined);
    return { src, keys, dst };
  };
  let next = fetch(after);
  for (;;) {
    await throwIfCancelled();
    const { src, keys, dst: pending } = await next;
    if (!src.length) return { rows, pages };
    next = src.length < o.page ? Promise.resolve({ src: [], keys: [], dst: Promise.resolve([]) }) : fetch(keys[keys.length - 1]);
    next.catch(() => undefined);
    const dst = await pending;
    const theirs = new Map(dst.map((r) => [mapKey(keyOf(r)), r]));
    const differing: string[] = [];
    let example = '';
    src.forEach((r, i) => {
      const t = theirs.get(mapKey(keys[i]));
      const col = t ? differs(r, t, o.canons) : -2;
      if (col === -1) return;
      differing.push(`(${keys[i].join(', ')})${t ? '' : ' missing in the target'}`);
      if (t && !example) {
        const show = (v: unknown) => JSON.stringify(canonical(v as never, o.canons[col]))?.slice(0, 80);
        example = ` (key (${keys[i].join(', ')}), column ${o.names[col]}: source ${show(r[col])}, target ${show(t[col])})`;
      }
    });
    if (differing.length) {
      await next.catch(() => undefined);
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
  }
}
