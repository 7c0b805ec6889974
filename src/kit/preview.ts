// What a step would do to its targets, read without changing anything: `cutover plan --against`.
// A kind's `preview` reads the world the way its `run` would (same params, same targets) and says,
// change by change, what a run would do there now. Plain data, printed as text or JSON.

/**
 * `create`: something new (a table, rows, a snapshot); `change`: something there is changed
 * (rows overwritten, a service's task definition); `delete`: something goes; `none`: already as
 * the step wants it; `read`: what a check reads now (a request, a query), nothing it would change;
 * `move`: what travels from one place to another (rows of a copy, traffic between target groups).
 */
export type ChangeAction = 'create' | 'change' | 'delete' | 'none' | 'read' | 'move';

export interface Change {
  action: ChangeAction;
  /** What it applies to, short: `version 3 add_email`, `1,200 rows`, `service shop/api`. */
  what: string;
  /** More about it: `image registry/app:1.0 → registry/app:2.0`. */
  detail?: string;
}

export interface Preview {
  /** One line: what the step would do, as of now. */
  summary: string;
  changes: Change[];
  /** What would make the run fail or surprise someone (a checksum mismatch, rows that conflict, a lock held). */
  warnings?: string[];
}

export const CHANGE_ACTIONS: readonly ChangeAction[] = ['create', 'change', 'delete', 'none', 'read', 'move'];

/** `1 row`, `1,200 rows`: counts as people read them. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
