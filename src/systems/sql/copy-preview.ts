// `cutover plan --against` for the table copies (mysql.copyTable, postgres.copyTable, either
// engine on either side): how many rows the source selection holds, and how many of their keys the
// target already holds — rows a copy would overwrite, or that make it fail with onExisting: fail.
// Both sides are only read: the source in its read-only session, the target by counting keys.
import { count, type Change, type Preview } from '../../kit/preview';

/** A key column's value as a driver returns it (text, a number, bytes). */
export type KeyValue = string | number | Buffer | null;

export interface KeySource {
  /** `old` target, table `shop.orders`: for messages. */
  label: string;
  /** Columns the copy writes (generated ones left out). */
  columns: string[];
  keyNames: string[];
  /** Rows of the selection (`where` applied). */
  selected: number;
  /** The selection's keys in key order, `size` at a time. */
  pages(size: number): AsyncGenerator<KeyValue[][]>;
}

export interface KeyTarget {
  label: string;
  /** Absent: there is no such table (the copy would create it from the source's definition). */
  table?: { rows: number; keyNames: string[]; columns: string[] };
  /** How many of `keys` the target table holds. */
  existing(keys: KeyValue[][]): Promise<number>;
}

/** Keys of the selection that the target holds: every key read once, `size` at a time. */
export async function existingKeys(source: KeySource, target: KeyTarget, size: number): Promise<number> {
  if (!target.table || target.table.rows === 0 || source.selected === 0) return 0;
  let found = 0;
  for await (const keys of source.pages(size)) if (keys.length) found += await target.existing(keys);
  return found;
}

export interface CopyPreviewFacts {
  source: KeySource;
  target: KeyTarget;
  where?: string;
  onExisting: 'fail' | 'overwrite';
  allowEmpty: boolean;
  /** Rows of the selection that the target holds. */
  existing: number;
  /** The copy would refuse to run (the same table on both sides, say). */
  refused?: string;
}

/** The preview of a table copy from what was read. */
export function copyPreview(f: CopyPreviewFacts): Preview {
  const { source: s, target: t } = f;
  const changes: Change[] = [];
  const warnings: string[] = [];
  if (f.refused) warnings.push(f.refused);
  if (!t.table) changes.push({ action: 'create', what: `table ${t.label}`, detail: "from the source's definition (dropped again on rollback)" });
  else {
    if (t.table.keyNames.join(',') !== s.keyNames.join(',')) {
      warnings.push(`the target's primary key is (${t.table.keyNames.join(', ')}), the source's (${s.keyNames.join(', ')}): the copy would fail (SchemaMismatch)`);
    }
    const missing = s.columns.filter((c) => !t.table!.columns.includes(c));
    if (missing.length) warnings.push(`the target table has no column(s) ${missing.join(', ')}: the copy would fail (SchemaMismatch)`);
  }
  const fresh = s.selected - f.existing;
  changes.push({ action: 'move', what: count(s.selected, 'row'), detail: `${s.label}${f.where ? ` where ${f.where}` : ''} → ${t.label}` });
  if (fresh > 0) changes.push({ action: 'create', what: `${count(fresh, 'row')} inserted`, detail: 'deleted again on rollback' });
  if (f.existing > 0) {
    if (f.onExisting === 'overwrite') changes.push({ action: 'change', what: `${count(f.existing, 'row')} overwritten`, detail: 'already in the target with the same keys; their old values journaled and put back on rollback' });
    else warnings.push(`${count(f.existing, 'row')} of the selection already exist in the target (same keys) and a new run did not write them: the copy would fail (onExisting: fail); empty them first or set onExisting: overwrite`);
  }
  const others = t.table ? t.table.rows - f.existing : 0;
  if (others > 0) changes.push({ action: 'none', what: `${count(others, 'other row')} of the target`, detail: 'outside the selection, left as they are' });
  if (s.selected === 0 && !f.allowEmpty) warnings.push(`nothing to copy: the selection is empty: the copy would fail (set allowEmpty: true if that is expected)`);
  const what = f.existing > 0 ? `${count(fresh, 'new row')}, ${count(f.existing, 'row')} already there${f.onExisting === 'overwrite' ? ' (overwritten)' : ' (a conflict)'}` : `${count(fresh, 'new row')}`;
  return {
    summary: `would copy ${count(s.selected, 'row')} of ${s.label}${f.where ? ` (where ${f.where})` : ''} into ${t.label}${t.table ? '' : ' (a new table)'}: ${what}`,
    changes,
    ...(warnings.length ? { warnings } : {}),
  };
}

/** Key values as text, for a PostgreSQL target (values cast to the key columns' types there). */
export function keyText(v: KeyValue): string | null {
  if (v === null) return null;
  if (Buffer.isBuffer(v)) return `\\x${v.toString('hex')}`;
  return String(v);
}
