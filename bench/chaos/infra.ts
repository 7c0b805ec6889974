// The campaign's own servers, apart from the shared stack's (which other tests use): a Temporal dev
// server on its own port and database file (killed and restarted by the campaign), a Toxiproxy
// server, two Redis servers (flushed and OOM'd at will), a proxy in front of moto (its throttling)
// and the health endpoint of the plan's last step. MariaDB, PostgreSQL, the graph servers and
// moto are the stack's, used through names of the campaign's own.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { AwsProxy } from '../../test/helpers/aws-proxy';
import { stackEnv } from '../../test/helpers/stack';
import { Toxiproxy } from './toxiproxy';
import type { Link } from './schedule';

export const SEARCH_ATTRIBUTES = ['CutoverPlan', 'CutoverEnvironment', 'CutoverPhase', 'CutoverState'];

export interface Ports {
  temporal: number;
  toxiproxy: number;
  redisSrc: number;
  redisDst: number;
  /** First of the proxies' listen ports. */
  proxies: number;
}

export const DEFAULT_PORTS: Ports = { temporal: 27233, toxiproxy: 27474, redisSrc: 27380, redisDst: 27381, proxies: 27500 };

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

async function waitFor(what: string, test: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await test().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} did not come up within ${ms / 1000}s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A server process the campaign owns, in its own process group so that kill -9 takes all of it. */
class Owned {
  child?: ChildProcess;
  constructor(readonly name: string, private readonly cmd: string, private readonly args: string[], private readonly log: string) {}
  start(): void {
    const out = fs.openSync(this.log, 'a');
    this.child = spawn(this.cmd, this.args, { detached: true, stdio: ['ignore', out, out] });
    fs.closeSync(out);
  }
  kill9(): void {
    const pid = this.child?.pid;
    if (pid && this.child!.exitCode === null && this.child!.signalCode === null) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
  async stopped(): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    await new Promise((r) => c.once('exit', r));
  }
}

export class Infra {
  readonly stack = stackEnv();
  temporal!: Owned;
  toxiproxy!: Toxiproxy;
  private owned: Owned[] = [];
  aws!: AwsProxy;
  health!: { url: string; failing: boolean; close(): Promise<void> };
  /** Worker-side addresses of each link (through Toxiproxy). */
  readonly links = {} as Record<Link, string>;

  constructor(readonly dir: string, readonly ports: Ports = DEFAULT_PORTS) {}

  get temporalAddress() {
    return `127.0.0.1:${this.ports.temporal}`;
  }
  redisUrl(side: 'src' | 'dst') {
    return `redis://127.0.0.1:${side === 'src' ? this.ports.redisSrc : this.ports.redisDst}`;
  }

  async up(): Promise<void> {
    fs.mkdirSync(path.join(this.dir, 'logs'), { recursive: true });
    for (const [k, v] of Object.entries({ CUTOVER_TEMPORAL_BIN: 'temporal CLI', CUTOVER_TOXIPROXY_URL: 'toxiproxy', CUTOVER_TOFU_BIN: 'tofu', AWS_ENDPOINT_URL: 'moto' })) {
      if (!this.stack[k]) throw new Error(`.stack/stack.env has no ${k} (${v}); run: scripts/stack.sh up`);
    }
    for (const [name, port] of Object.entries(this.ports).filter(([k]) => k !== 'proxies')) {
      if (await portOpen(port)) throw new Error(`port ${port} (${name}) is taken: another campaign is running, or pass --port-base`);
    }
    const sa = SEARCH_ATTRIBUTES.flatMap((a) => ['--search-attribute', `${a}=Keyword`]);
    this.temporal = new Owned('temporal', this.stack.CUTOVER_TEMPORAL_BIN, [
      'server', 'start-dev', '--ip', '127.0.0.1', '--port', String(this.ports.temporal), '--headless',
      '--db-filename', path.join(this.dir, 'temporal.db'), '--namespace', 'default', '--log-level', 'error', ...sa,
    ], path.join(this.dir, 'logs/temporal.log'));
    await this.startTemporal();

    const toxBin = path.join(path.dirname(this.stack.CUTOVER_TOXIPROXY_CLI || '/nonexistent'), 'toxiproxy-server');
    if (!fs.existsSync(toxBin)) throw new Error(`no toxiproxy-server beside ${this.stack.CUTOVER_TOXIPROXY_CLI}; run: scripts/stack.sh up`);
    const tox = new Owned('toxiproxy', toxBin, ['-host', '127.0.0.1', '-port', String(this.ports.toxiproxy)], path.join(this.dir, 'logs/toxiproxy.log'));
    tox.start();
    this.owned.push(tox);
    this.toxiproxy = new Toxiproxy(`http://127.0.0.1:${this.ports.toxiproxy}`);
    await waitFor('toxiproxy', async () => (await fetch(`${this.toxiproxy.url}/version`)).ok);

    for (const [side, port] of [['src', this.ports.redisSrc], ['dst', this.ports.redisDst]] as const) {
      const dir = path.join(this.dir, `redis-${side}`);
      fs.mkdirSync(dir, { recursive: true });
      const r = new Owned(`redis-${side}`, 'redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], path.join(this.dir, `logs/redis-${side}.log`));
      r.start();
      this.owned.push(r);
      await waitFor(`redis ${side}`, () => portOpen(port));
    }

    this.aws = await AwsProxy.start(this.stack.AWS_ENDPOINT_URL);
    const state = { failing: false };
    const server = http.createServer((_req, res) => {
      const bad = state.failing && (_req.url ?? '').startsWith('/smoke');
      res.writeHead(bad ? 503 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: bad ? 'degraded' : 'healthy' }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    this.health = Object.assign(state, {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () => new Promise<void>((r) => server.close(() => r())),
    });

    const hostPort = (u: string) => new URL(u).host;
    const upstreams: Record<Link, string> = {
      mysql: hostPort(this.stack.CUTOVER_MYSQL_URL),
      postgres: hostPort(this.stack.CUTOVER_POSTGRES_URL),
      'redis-src': `127.0.0.1:${this.ports.redisSrc}`,
      'redis-dst': `127.0.0.1:${this.ports.redisDst}`,
      'bolt-src': hostPort(this.stack.CUTOVER_BOLT_URL.replace('bolt:', 'http:')),
      'bolt-dst': hostPort(this.stack.CUTOVER_BOLT2_URL.replace('bolt:', 'http:')),
      aws: hostPort(this.aws.url),
    };
    let port = this.ports.proxies;
    for (const [link, upstream] of Object.entries(upstreams) as [Link, string][]) {
      const listen = `127.0.0.1:${port++}`;
      await this.toxiproxy.proxy(`chaos-${link}`, listen, upstream);
      this.links[link] = listen;
    }
  }

  /** Starts the campaign's Temporal server (again), retried while it exits at once (its port not yet free, say). */
  async startTemporal(): Promise<void> {
    const bin = this.stack.CUTOVER_TEMPORAL_BIN;
    const healthy = () => {
      try {
        execFileSync(bin, ['operator', 'cluster', 'health', '--address', this.temporalAddress], { stdio: 'ignore', timeout: 5_000 });
        return true;
      } catch {
        return false;
      }
    };
    for (let attempt = 1; ; attempt++) {
      this.temporal.start();
      const child = this.temporal.child!;
      const exited = () => child.exitCode !== null || child.signalCode !== null;
      await waitFor('the campaign Temporal server', async () => exited() || healthy(), 120_000);
      if (!exited()) return;
      if (attempt >= 10) throw new Error(`the campaign Temporal server exits at start (see ${path.join(this.dir, 'logs/temporal.log')})`);
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }

  /** kill -9 of the Temporal dev server. */
  async killTemporal(): Promise<void> {
    this.temporal.kill9();
    await this.temporal.stopped();
    // Its port free again before a restart binds it.
    await waitFor('the killed Temporal server to let go of its port', async () => !(await portOpen(this.ports.temporal)), 30_000);
  }

  async down(): Promise<void> {
    await this.aws?.close().catch(() => undefined);
    await this.health?.close().catch(() => undefined);
    for (const o of [this.temporal, ...this.owned]) {
      o?.kill9();
      await o?.stopped();
    }
  }
}
