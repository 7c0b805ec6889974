// Pure parts of graph.migrate: splitting Cypher files, telling schema from data statements, and
// choosing the Memgraph or Neo4j variant of a migration file (the Memgraph path cannot run
// against the local stack, which serves Neo4j; the choice itself is checked here).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadMigrations, script } from '../../src/systems/graph/migration-files';
import { isAutoCommit, splitStatements } from '../../src/systems/graph/statements';

describe('splitStatements', () => {
  it('splits on semicolons outside strings, quoted names and comments', () => {
    const text = `// leading comment; not a split
CREATE (:A {s: 'a;b', t: "c;\\"d"});
/* block; comment */ MATCH (n:\`we;ird\`\`name\`) RETURN n;
;
// only a comment;
RETURN 1`;
    assert.deepEqual(splitStatements(text), [
      `// leading comment; not a split\nCREATE (:A {s: 'a;b', t: "c;\\"d"})`,
      '/* block; comment */ MATCH (n:`we;ird``name`) RETURN n',
      // The `;` inside the comment does not split: the comment stays with the next statement.
      '// only a comment;\nRETURN 1',
    ]);
    assert.deepEqual(splitStatements('// nothing but a comment;\n  ;\n'), []);
  });
});

describe('isAutoCommit', () => {
  const schema = [
    'CREATE INDEX ON :Person(name)', // Memgraph
    'CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)', // Neo4j 5
    'CREATE TEXT INDEX t FOR (n:P) ON (n.s)',
    'create constraint on (n:Person) assert n.id is unique', // Memgraph
    'CREATE CONSTRAINT c FOR (n:Person) REQUIRE n.id IS UNIQUE', // Neo4j 5
    'DROP INDEX ON :Person(name)',
    'DROP CONSTRAINT c IF EXISTS',
    'CREATE EDGE INDEX ON :KNOWS', // Memgraph
    'SHOW INDEX INFO',
    'ANALYZE GRAPH',
    'CREATE TRIGGER t ON CREATE BEFORE COMMIT EXECUTE RETURN 1',
    '// why\nCREATE INDEX ON :P(x)',
    'MATCH (n) CALL { WITH n SET n.x = 1 } IN TRANSACTIONS OF 1000 ROWS',
  ];
  const data = ['MATCH (n:Index) SET n.constraint = 1', "CREATE (:Person {name: 'CREATE INDEX'})", 'UNWIND $rows AS r MERGE (:P {id: r})'];
  it('schema and admin statements run auto-commit', () => {
    for (const s of schema) assert.equal(isAutoCommit(s), true, s);
  });
  it('data statements run in managed transactions', () => {
    for (const s of data) assert.equal(isAutoCommit(s), false, s);
  });
});

describe('migration files', () => {
  function folder(files: Record<string, string>) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-graph-files-'));
    for (const [f, t] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), t);
    return dir;
  }

  it('orders versions numerically and picks the dialect variant over the plain file', () => {
    const dir = folder({
      '10_later.up.cypher': 'RETURN 10;',
      '10_later.down.cypher': 'RETURN -10;',
      '2_people.up.cypher': 'CREATE INDEX p IF NOT EXISTS FOR (n:P) ON (n.x);',
      '2_people.down.cypher': 'DROP INDEX p IF EXISTS;',
      '2_people.up.memgraph.cypher': 'CREATE INDEX ON :P(x);',
      '2_people.down.memgraph.cypher': 'DROP INDEX ON :P(x);',
    });
    const entries = loadMigrations(dir, 'step s');
    assert.deepEqual(entries.map((e) => e.version), ['2', '10']);
    assert.equal(script(entries[0], 'up', 'neo4j', 's').file, '2_people.up.cypher');
    assert.equal(script(entries[0], 'up', 'memgraph', 's').file, '2_people.up.memgraph.cypher');
    assert.equal(script(entries[0], 'down', 'memgraph', 's').text, 'DROP INDEX ON :P(x);');
    // No variant: both dialects run the plain file.
    assert.equal(script(entries[1], 'up', 'memgraph', 's').file, '10_later.up.cypher');
    // Checksums ignore CRLF vs LF.
    fs.writeFileSync(path.join(dir, '10_later.up.cypher'), 'RETURN 10;\r\n');
    const crlf = script(loadMigrations(dir, 's')[1], 'up', 'neo4j', 's').checksum;
    fs.writeFileSync(path.join(dir, '10_later.up.cypher'), 'RETURN 10;\n');
    assert.equal(script(loadMigrations(dir, 's')[1], 'up', 'neo4j', 's').checksum, crlf);
  });

  it('a dialect-only migration has nothing to run on the other dialect', () => {
    const dir = folder({ '1_mg.up.memgraph.cypher': 'ANALYZE GRAPH;', '1_mg.down.memgraph.cypher': 'RETURN 1;' });
    const [e] = loadMigrations(dir, 'step s');
    assert.throws(() => script(e, 'up', 'neo4j', 'step s'), /1_mg has no up file for neo4j/);
  });

  it('an up without a down, or two names for one version, is a plan error', () => {
    assert.throws(() => loadMigrations(folder({ '1_a.up.cypher': '', '1_a.down.memgraph.cypher': '' }), 's'), /1_a has an up but no down file/);
    assert.throws(
      () => loadMigrations(folder({ '1_a.up.cypher': '', '1_a.down.cypher': '', '1_b.up.cypher': '', '1_b.down.cypher': '' }), 's'),
      /version 1 has two names/,
    );
  });
});
