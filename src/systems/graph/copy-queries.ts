// The Cypher of graph.copy, kept dialect-free: id(), labels(), properties(), type(), UNWIND,
// MERGE and SET run the same on Memgraph and Neo4j 5 (no APOC, no elementId()). Labels and types
// cannot be parameters in either, so writes are grouped by label set / type and the names are
// quoted into the statement text.
import { quoteName } from './cypher';
import { COPY_LABEL, RUN, SRC } from './markers';

export interface Selection {
  /** Nodes with any of these labels; all nodes when undefined. */
  labels?: string[];
  /** Relationship types; all when undefined, none when empty. */
  types?: string[];
  /** Nodes with any of these labels are never copied (the migration history, say). */
  exclude: string[];
}

/** `WHERE`-able condition: `v` is a selected node. */
export function nodeFilter(v: string, sel: Selection, where: string): string {
  const parts: string[] = [];
  if (sel.labels) parts.push('(' + sel.labels.map((l) => `${v}:${quoteName(l, where)}`).join(' OR ') + ')');
  if (sel.exclude.length) parts.push('NOT (' + sel.exclude.map((l) => `${v}:${quoteName(l, where)}`).join(' OR ') + ')');
  return parts.length ? parts.join(' AND ') : 'true';
}

const relPattern = (sel: Selection, where: string) =>
  sel.types === undefined ? '[r]' : `[r:${sel.types.map((t) => quoteName(t, where)).join('|')}]`;

/**
 * Selected source nodes after `$after`, in id order, at most `$limit`. A label scan yields nodes in
 * id order, so on Neo4j this needs no sort and streams as the worker pulls.
 */
export const readNodes = (sel: Selection, where: string) =>
  `MATCH (n) WHERE id(n) > $after AND ${nodeFilter('n', sel, where)}
   WITH n ORDER BY id(n) LIMIT $limit
   RETURN id(n) AS id, labels(n) AS labels, properties(n) AS props`;

/**
 * The relationships between selected nodes, by start node: the selected nodes after `$after` in id
 * order (at most `$limit`), each with its outgoing selected relationships, or one row without a
 * relationship when it has none (so the reader sees where the window ends). Reading by start node
 * keeps each query a label scan, where reading relationships in id order would expand the whole
 * selection for every page.
 */
export const readRels = (sel: Selection, where: string) =>
  `MATCH (a) WHERE id(a) > $after AND ${nodeFilter('a', sel, where)}
   WITH a ORDER BY id(a) LIMIT $limit
   OPTIONAL MATCH (a)-${relPattern(sel, where)}->(b) WHERE ${nodeFilter('b', sel, where)}
   WITH a, r, b ORDER BY id(a)
   RETURN id(a) AS a, id(r) AS id, type(r) AS type, id(b) AS e, properties(r) AS props`;

/** Source counts: selected nodes per label (every label a copied node carries). */
export const countNodesByLabel = (sel: Selection, where: string) =>
  `MATCH (n) WHERE ${nodeFilter('n', sel, where)} UNWIND labels(n) AS label RETURN label, count(*) AS c`;

export const countNodes = (sel: Selection, where: string) => `MATCH (n) WHERE ${nodeFilter('n', sel, where)} RETURN count(n) AS c`;

/** Source counts: relationships between selected nodes, per type. */
export const countRelsByType = (sel: Selection, where: string) =>
  `MATCH (a)-${relPattern(sel, where)}->(b) WHERE ${nodeFilter('a', sel, where)} AND ${nodeFilter('b', sel, where)}
   RETURN type(r) AS type, count(*) AS c`;

/** Target nodes that match the selection but were not written by this run. */
export const countForeign = (sel: Selection, where: string) =>
  `MATCH (n) WHERE ${nodeFilter('n', sel, where)} AND NOT (n:${COPY_LABEL} AND n.${RUN} = $run) RETURN count(n) AS c`;

/** Idempotent node write for one label set: MERGE on (source id, run). */
export const writeNodes = (labels: string[], where: string) =>
  `UNWIND $rows AS row
   MERGE (n:${COPY_LABEL} {${SRC}: row.id, ${RUN}: $run})
   SET n += row.props${labels.length ? `, n${labels.map((l) => ':' + quoteName(l, where)).join('')}` : ''}`;

/** Idempotent relationship write for one type; ends are found through the marker index. */
export const writeRels = (type: string, where: string) =>
  `UNWIND $rows AS row
   MATCH (a:${COPY_LABEL} {${SRC}: row.s}) WHERE a.${RUN} = $run
   MATCH (b:${COPY_LABEL} {${SRC}: row.e}) WHERE b.${RUN} = $run
   MERGE (a)-[r:${quoteName(type, where)} {${SRC}: row.id, ${RUN}: $run}]->(b)
   SET r += row.props`;

/** What this run wrote, per label (the marker label left out) and per type. */
export const targetNodesByLabel = `MATCH (n:${COPY_LABEL}) WHERE n.${RUN} = $run
   UNWIND labels(n) AS label WITH label WHERE label <> '${COPY_LABEL}' RETURN label, count(*) AS c`;
export const targetRelsByType = `MATCH (a:${COPY_LABEL})-[r]->() WHERE a.${RUN} = $run AND r.${RUN} = $run
   RETURN type(r) AS type, count(*) AS c`;

/** Compensation, one batch at a time: this run's relationships, then its nodes. */
export const deleteRels = `MATCH (a:${COPY_LABEL})-[r]->() WHERE a.${RUN} = $run AND r.${RUN} = $run
   WITH r LIMIT $limit DELETE r RETURN count(*) AS c`;
export const deleteNodes = `MATCH (n:${COPY_LABEL}) WHERE n.${RUN} = $run
   WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS c`;
