// The graph family: Bolt graph servers (Memgraph, Neo4j) — identity checks, versioned Cypher
// migrations and resumable copies of nodes and relationships. See docs/graph.md.
import { defineFamily } from '../../kit/define';
import { graphKinds } from './kinds';

const connection = () => require('./connection') as typeof import('./connection');

export const graph = defineFamily({
  name: 'graph',
  kinds: graphKinds,
  targets: {
    bolt: { url: 'bolt://[user:password@]host:port (or neo4j://, bolt+s://)', probe: (url, where) => connection().probeGraph(url, where) },
  },
});
