// Which Cypher server is on the other end. Memgraph and Neo4j 5 differ where schema lives (index
// and constraint syntax, SHOW commands, schema statements only outside explicit transactions);
// copies stay dialect-free, migrations pick files by dialect.
import type { Driver } from 'neo4j-driver';
import { autoCommit } from './cypher';

export type Dialect = 'neo4j' | 'memgraph';

export interface ServerIdentity {
  dialect: Dialect;
  /** The Bolt agent string the server sent, e.g. `Neo4j/5.26.30`. */
  agent: string;
  version: string;
  edition: string;
  address: string;
  protocolVersion: number;
}

/**
 * The agent string decides: Memgraph names itself there (its default is
 * "Neo4j/v5.11.0 compatible graph database server - Memgraph", so "Neo4j" alone proves nothing).
 * An operator can rename it (`--bolt-server-name-for-init`), so without "Memgraph" in it we ask:
 * only Neo4j has `dbms.components()`.
 */
export async function identify(driver: Driver): Promise<ServerIdentity> {
  const info = await driver.getServerInfo();
  const agent = info.agent ?? '';
  const base = { agent, address: info.address ?? '', protocolVersion: info.protocolVersion ?? 0 };
  if (!/memgraph/i.test(agent)) {
    try {
      const res = await autoCommit(driver, 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition');
      const kernel = res.records.find((r) => /neo4j/i.test(String(r.get('name')))) ?? res.records[0];
      if (kernel) {
        const versions = kernel.get('versions') as string[];
        return { dialect: 'neo4j', ...base, version: versions[0] ?? versionFromAgent(agent), edition: String(kernel.get('edition')) };
      }
    } catch {
      // Not Neo4j: fall through to Memgraph's own command.
    }
  }
  let version = versionFromAgent(agent);
  try {
    const res = await autoCommit(driver, 'SHOW VERSION');
    const v = res.records[0]?.get(0);
    if (v !== undefined && v !== null) version = String(v);
  } catch {
    // An older Memgraph without SHOW VERSION: keep what the agent string said.
  }
  return { dialect: 'memgraph', ...base, version, edition: 'memgraph' };
}

function versionFromAgent(agent: string): string {
  return /(\d+\.\d+(?:\.\d+)?)/.exec(agent)?.[1] ?? 'unknown';
}
