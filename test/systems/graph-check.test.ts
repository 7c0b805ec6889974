// graph.check against the stack's Bolt servers, plus credentials against a Neo4j of this test's
// own with auth on (the stack's servers run with auth off and would accept any password).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseBoltUrl } from '../../src/systems/graph/connection';
import { stackEnv } from '../helpers/stack';
import { boltUrls, runActivity, stepInput } from './graph-fixtures';
import { kindActivity } from '../helpers/kinds';
import { failure } from '../helpers/failures';

const graphCheck = kindActivity('graph.check');

const check = (url: string, params: Record<string, unknown> = {}) =>
  runActivity(graphCheck, stepInput('graph.check', { target: 'g', ...params }, { targets: { g: { kind: 'bolt', url } } }));


describe('graph.check', () => {
  it('reports the server identity, version and dialect of both stack servers', async () => {
    for (const url of Object.values(boltUrls())) {
      const out = await check(url);
      // On Memgraph: dialect 'memgraph', agent "Neo4j/v5.11.0 compatible graph database server - Memgraph",
      // version from SHOW VERSION, edition 'memgraph'.
      assert.equal(out.dialect, 'neo4j');
      assert.match(String(out.agent), /^Neo4j\/5\.26\./);
      assert.match(String(out.version), /^5\.26\.\d+$/);
      assert.equal(out.edition, 'community');
      assert.equal(out.url, url);
      assert.ok(Number(out.protocolVersion) >= 5);
    }
  });

  it('fails without retry when the server is not the expected dialect', async () => {
    const err = await failure(check(boltUrls().source, { expectDialect: 'memgraph' }));
    assert.equal(err.type, 'GraphDialectMismatch');
    assert.equal(err.nonRetryable, true);
    assert.match(err.message, /step graph .*expected a memgraph server, found neo4j/);
  });

  it('an unreachable server is a retryable error that names the step and address', async () => {
    const started = Date.now();
    const err = await failure(check('bolt://127.0.0.1:1'));
    assert.equal(err.type, 'GraphUnavailable');
    assert.equal(err.nonRetryable, false);
    assert.match(err.message, /step graph target g \(bolt:\/\/127\.0\.0\.1:1\)/);
    assert.ok(Date.now() - started < 15_000);
  });

  it('a malformed URL or scheme is a plan error that does not echo the password', async () => {
    let err = await failure(check('http://admin:hunter22@127.0.0.1:7687'));
    assert.equal(err.type, 'PlanError');
    assert.doesNotMatch(err.message, /hunter22/);
    err = await failure(check('bolt://admin:hunter22@[bad'));
    assert.equal(err.type, 'PlanError');
    assert.doesNotMatch(err.message, /hunter22/);
  });

  it('splits credentials off a Memgraph Cloud style URL', () => {
    const t = parseBoltUrl('bolt+ssc://app%40corp:p%40ss:w0rd@db.example.com:7687', 'x');
    assert.deepEqual(t, { url: 'bolt+ssc://db.example.com:7687', user: 'app@corp', password: 'p@ss:w0rd' });
    assert.deepEqual(parseBoltUrl('bolt://127.0.0.1:7687', 'x'), { url: 'bolt://127.0.0.1:7687', user: undefined, password: undefined });
  });

  it('credentials in the URL are sent as basic auth and never reported (auth-off server accepts them)', async () => {
    const url = new URL(boltUrls().source);
    url.username = 'someone';
    url.password = 'not-shown-anywhere';
    const out = await check(url.toString());
    assert.doesNotMatch(JSON.stringify(out), /not-shown-anywhere|someone/);
  });
});

// A Neo4j with auth on: the stack's launcher with GRAPH_SERVER_PASSWORD set, started and stopped
// here. On Memgraph (Cloud), a wrong password fails the same way: the server answers the Bolt
// LOGON with a Security failure, which the driver raises as a Neo4jError with an auth code.
describe('graph.check with credentials (own auth-enabled server)', () => {
  let server: ChildProcess | undefined;
  let port = 0;
  let dataDir = '';
  const password = 'cutover-test-secret';

  before(async () => {
    const dir = stackEnv().CUTOVER_GRAPH_SERVER_DIR;
    if (!dir || !fs.existsSync(path.join(dir, 'graph-server.jar'))) throw new Error('graph server build not found; run: scripts/stack.sh up');
    port = await freePort();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cutover-graph-auth-'));
    server = spawn(
      'java',
      ['-Xms128m', '-Xmx512m', '-XX:+ExitOnOutOfMemoryError', '-cp', `${dir}/lib/*:${dir}/graph-server.jar`, 'cutover.stack.GraphServer', dataDir, String(port)],
      { env: { ...process.env, GRAPH_SERVER_PASSWORD: password }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let log = '';
    server.stdout?.on('data', (d) => (log += d));
    server.stderr?.on('data', (d) => (log += d));
    const deadline = Date.now() + 90_000;
    while (!log.includes('graph-server:')) {
      if (server.exitCode !== null) throw new Error(`auth graph server exited: ${log.slice(-2000)}`);
      if (Date.now() > deadline) throw new Error(`auth graph server did not start within 90s: ${log.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  });

  after(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('right password connects', async () => {
    const out = await check(`bolt://neo4j:${password}@127.0.0.1:${port}`);
    assert.equal(out.dialect, 'neo4j');
    assert.doesNotMatch(JSON.stringify(out), new RegExp(password));
  });

  it('wrong password is a non-retryable auth error without the password in it', async () => {
    const err = await failure(check(`bolt://neo4j:wrong-password-123@127.0.0.1:${port}`));
    assert.equal(err.type, 'GraphAuthError');
    assert.equal(err.nonRetryable, true);
    assert.match(err.message, /step graph target g .*authentication failed/);
    assert.doesNotMatch(err.message, /wrong-password-123/);
  });

  it('no credentials against an auth server is a non-retryable auth error', async () => {
    const err = await failure(check(`bolt://127.0.0.1:${port}`));
    assert.equal(err.type, 'GraphAuthError');
    assert.equal(err.nonRetryable, true);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
