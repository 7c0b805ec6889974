// A loopback HTTP proxy in front of moto, for AWS activity tests. The activities under test talk
// to it through AWS_ENDPOINT_URL with the real SDK; it forwards every request to moto and can:
//   - put each test in its own moto account (the `x-moto-account-id` header), so tests never see
//     each other's resources and nothing needs a global reset;
//   - record every call (service, operation, parameters), to assert on weight sequences and on
//     "nothing done twice";
//   - inject faults per operation: throttling, 5xx, access denied, latency;
//   - script what moto does not simulate: ECS deployments that progress (IN_PROGRESS, then
//     COMPLETED or FAILED, per poll), RDS instance states other than `available`, and ElastiCache
//     states other than `available` or a deletion that finishes.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomInt } from 'node:crypto';

export interface AwsCall {
  service: string;
  operation: string;
  /** JSON body (ECS, CloudWatch) or form fields (RDS, ELBv2). */
  params: Record<string, unknown>;
  status: number;
  /** The fault injected instead of forwarding, if any. */
  fault?: FaultKind;
}

export type FaultKind = 'throttle' | 'server' | 'accessDenied' | 'latency';

export interface FaultRule {
  operation: string;
  kind: FaultKind;
  /** How many matching calls get the fault (default: all). */
  times?: number;
  /** Let this many matching calls through first. */
  skip?: number;
  /** For `latency`: delay before forwarding. */
  delayMs?: number;
}

export type RolloutState = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
/** Decides an ECS deployment's rolloutState at its `poll`-th DescribeServices (0-based). */
export type RolloutScript = (d: { service: string; taskDefinition: string; poll: number }) => RolloutState;
/**
 * Overrides the status of an RDS instance (DescribeDBInstances) or snapshot (DescribeDBSnapshots)
 * in moto's answers, where everything is `available` at once (undefined: leave it).
 */
export type RdsStatusScript = (d: { kind: 'instance' | 'snapshot'; id: string; status: string; poll: number }) => string | undefined;

/**
 * Overrides the status of an ElastiCache replication group, cache cluster or snapshot in moto's
 * describe answers (undefined: leave it). `gone` answers as AWS does once a deletion is done: the
 * resource is left out, and a describe by its id is a not-found fault (moto keeps a deleted group
 * or cluster as `deleting` for ever).
 */
export type ElastiCacheStatusScript = (d: { kind: 'group' | 'cluster' | 'snapshot'; id: string; status: string; poll: number }) => string | 'gone' | undefined;

/** The default: a new deployment is IN_PROGRESS at its first poll and COMPLETED from the second. */
export const quickRollout: RolloutScript = ({ poll }) => (poll >= 1 ? 'COMPLETED' : 'IN_PROGRESS');

interface DeploymentState {
  taskDefinition: string;
  previous?: string;
  id: string;
  poll: number;
  final?: RolloutState;
}

const JSON_TARGETS: Record<string, string> = {
  AmazonEC2ContainerServiceV20141113: 'ecs',
  GraniteServiceVersion20100801: 'cloudwatch',
};

function identify(req: http.IncomingMessage, body: Buffer): { service: string; operation: string; params: Record<string, unknown>; json: boolean } {
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') {
    const [prefix, operation] = target.split('.');
    let params: Record<string, unknown> = {};
    try {
      params = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      /* not JSON: leave empty */
    }
    return { service: JSON_TARGETS[prefix] ?? prefix, operation, params, json: true };
  }
  const form = Object.fromEntries(new URLSearchParams(body.toString('utf8')));
  const scope = /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\//.exec(String(req.headers.authorization ?? ''));
  return { service: scope?.[1] ?? 'unknown', operation: String(form.Action ?? 'unknown'), params: form, json: false };
}

function faultResponse(kind: Exclude<FaultKind, 'latency'>, service: string, json: boolean): { status: number; headers: Record<string, string>; body: string } {
  const codes = {
    throttle: { status: 400, json: 'ThrottlingException', query: 'Throttling', message: 'Rate exceeded' },
    server: { status: 500, json: service === 'ecs' ? 'ServerException' : 'InternalFailure', query: 'InternalFailure', message: 'Internal failure (injected)' },
    accessDenied: {
      status: json ? 400 : 403,
      json: 'AccessDeniedException',
      query: 'AccessDenied',
      message: 'User: arn:aws:iam::123456789012:user/test is not authorized to perform this action (injected)',
    },
  }[kind];
  if (json) {
    return {
      status: codes.status,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': codes.json },
      body: JSON.stringify({ __type: codes.json, message: codes.message }),
    };
  }
  const type = kind === 'server' ? 'Receiver' : 'Sender';
  return {
    status: codes.status,
    headers: { 'content-type': 'text/xml' },
    body: `<ErrorResponse><Error><Type>${type}</Type><Code>${codes.query}</Code><Message>${codes.message}</Message></Error><RequestId>injected</RequestId></ErrorResponse>`,
  };
}

export class AwsProxy {
  readonly calls: AwsCall[] = [];
  account = AwsProxy.randomAccount();
  private faults: Array<FaultRule & { seen: number; hits: number }> = [];
  private rollout: RolloutScript = quickRollout;
  private rdsStatus: RdsStatusScript | undefined;
  private rdsPolls = new Map<string, number>();
  private ecStatus: ElastiCacheStatusScript | undefined;
  private ecPolls = new Map<string, number>();
  private deployments = new Map<string, DeploymentState>();
  private createdHere = new Set<string>();
  private waiters: Array<{ test: () => boolean; resolve: () => void }> = [];
  private deploymentSeq = 0;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static randomAccount(): string {
    return String(randomInt(100_000_000, 999_999_999)) + String(randomInt(100, 999));
  }

  /** Starts a proxy on 127.0.0.1 (a free port) forwarding to `target` (moto's URL). */
  static async start(target: string): Promise<AwsProxy> {
    const t = new URL(target);
    let self: AwsProxy | undefined;
    const server = http.createServer((req, res) => {
      self!.handle(req, res, t).catch((err) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`aws-proxy: ${(err as Error).message}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    self = new AwsProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return self;
  }

  /** A fresh moto account for the next test; forgets faults, scripts and recorded calls. */
  newAccount(): string {
    this.account = AwsProxy.randomAccount();
    this.calls.length = 0;
    this.faults = [];
    this.rollout = quickRollout;
    this.rdsStatus = undefined;
    this.rdsPolls.clear();
    this.ecStatus = undefined;
    this.ecPolls.clear();
    this.deployments.clear();
    this.createdHere.clear();
    return this.account;
  }

  fault(rule: FaultRule): void {
    this.faults.push({ ...rule, seen: 0, hits: 0 });
  }

  clearFaults(): void {
    this.faults = [];
  }

  scriptRollout(script: RolloutScript): void {
    this.rollout = script;
  }

  scriptRdsStatus(script: RdsStatusScript | undefined): void {
    this.rdsStatus = script;
    this.rdsPolls.clear();
  }

  scriptElastiCacheStatus(script: ElastiCacheStatusScript | undefined): void {
    this.ecStatus = script;
    this.ecPolls.clear();
  }

  callsOf(operation: string): AwsCall[] {
    return this.calls.filter((c) => c.operation === operation && !c.fault);
  }

  /** Resolves once `test` holds (checked after every call). */
  until(test: () => boolean): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private record(call: AwsCall) {
    this.calls.push(call);
    this.waiters = this.waiters.filter((w) => (w.test() ? (w.resolve(), false) : true));
  }

  private pickFault(operation: string): FaultRule | undefined {
    for (const f of this.faults) {
      if (f.operation !== operation) continue;
      f.seen++;
      if (f.seen <= (f.skip ?? 0)) continue;
      if (f.times !== undefined && f.hits >= f.times) continue;
      f.hits++;
      return f;
    }
    return undefined;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse, target: URL) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const { service, operation, params, json } = identify(req, body);

    const fault = this.pickFault(operation);
    if (fault && fault.kind !== 'latency') {
      const f = faultResponse(fault.kind, service, json);
      res.writeHead(f.status, { ...f.headers, 'content-length': Buffer.byteLength(f.body) });
      res.end(f.body);
      this.record({ service, operation, params, status: f.status, fault: fault.kind });
      return;
    }
    if (fault?.kind === 'latency') await new Promise((r) => setTimeout(r, fault.delayMs ?? 1000));

    const headers = { ...req.headers, 'x-moto-account-id': this.account, 'content-length': String(body.length) };
    delete headers['transfer-encoding'];
    const upstream = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const r = http.request({ hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (up) => {
        const parts: Buffer[] = [];
        up.on('data', (d: Buffer) => parts.push(d));
        up.on('end', () => resolve({ status: up.statusCode ?? 502, headers: up.headers, body: Buffer.concat(parts) }));
        up.on('error', reject);
      });
      r.on('error', reject);
      r.end(body);
    });

    let out = upstream.body;
    let status = upstream.status;
    if (status === 200) out = this.rewrite(service, operation, out);
    if (status === 200 && service === 'elasticache' && this.ecStatus) {
      const r = this.rewriteElastiCache(operation, params, out);
      out = r.body;
      status = r.status;
    }
    const outHeaders = { ...upstream.headers, 'content-length': String(out.length) };
    delete outHeaders['transfer-encoding'];
    res.writeHead(status, outHeaders);
    res.end(out);
    this.record({ service, operation, params, status });
  }

  private rewrite(service: string, operation: string, body: Buffer): Buffer {
    if (service === 'ecs' && operation === 'CreateService') {
      const arn = JSON.parse(body.toString('utf8')).service?.serviceArn;
      if (arn) this.createdHere.add(arn);
    }
    if (service === 'ecs' && operation === 'DescribeServices') return this.rewriteServices(body);
    if (service === 'rds' && operation === 'DescribeDBInstances' && this.rdsStatus) return this.rewriteRds(body, 'instance');
    if (service === 'rds' && operation === 'DescribeDBSnapshots' && this.rdsStatus) return this.rewriteRds(body, 'snapshot');
    return body;
  }

  /** moto never progresses deployments; here they progress as the rollout script says. */
  private rewriteServices(body: Buffer): Buffer {
    const doc = JSON.parse(body.toString('utf8')) as { services?: Array<Record<string, unknown>> };
    for (const svc of doc.services ?? []) {
      const arn = String(svc.serviceArn);
      const td = String(svc.taskDefinition);
      const desired = Number(svc.desiredCount ?? 0);
      let st = this.deployments.get(arn);
      if (!st) {
        // First sight of a service the test seeded directly: already steady.
        st = { taskDefinition: td, id: this.newDeploymentId(), poll: 0, final: this.createdHere.has(arn) ? undefined : 'COMPLETED' };
        this.deployments.set(arn, st);
      } else if (st.taskDefinition !== td) {
        st = { taskDefinition: td, previous: st.taskDefinition, id: this.newDeploymentId(), poll: 0 };
        this.deployments.set(arn, st);
      }
      const state = st.final ?? this.rollout({ service: String(svc.serviceName), taskDefinition: td, poll: st.poll++ });
      if (state !== 'IN_PROGRESS') st.final = state;
      const now = Date.now() / 1000;
      const primary = {
        id: st.id,
        status: 'PRIMARY',
        taskDefinition: td,
        desiredCount: desired,
        runningCount: state === 'COMPLETED' ? desired : state === 'FAILED' ? 0 : Math.floor(desired / 2),
        pendingCount: state === 'IN_PROGRESS' ? desired - Math.floor(desired / 2) : 0,
        failedTasks: state === 'FAILED' ? Math.max(1, desired) : 0,
        createdAt: now,
        updatedAt: now,
        launchType: svc.launchType ?? 'EC2',
        rolloutState: state,
        rolloutStateReason:
          state === 'FAILED' ? 'ECS deployment circuit breaker: tasks failed to start.' : `ECS deployment ${st.id} ${state === 'COMPLETED' ? 'completed' : 'in progress'}.`,
      };
      const older =
        state === 'COMPLETED' || !st.previous
          ? []
          : [{ id: `${st.id}-prev`, status: 'ACTIVE', taskDefinition: st.previous, desiredCount: desired, runningCount: desired, pendingCount: 0, failedTasks: 0, createdAt: now, updatedAt: now, rolloutState: 'COMPLETED' }];
      svc.deployments = [primary, ...older];
    }
    return Buffer.from(JSON.stringify(doc));
  }

  private rewriteRds(body: Buffer, kind: 'instance' | 'snapshot'): Buffer {
    const [el, idEl, statusEl] = kind === 'instance' ? ['DBInstance', 'DBInstanceIdentifier', 'DBInstanceStatus'] : ['DBSnapshot', 'DBSnapshotIdentifier', 'Status'];
    const xml = body.toString('utf8').replace(new RegExp(`<${el}>([\\s\\S]*?)</${el}>`, 'g'), (block: string) => {
      const id = new RegExp(`<${idEl}>([^<]*)</${idEl}>`).exec(block)?.[1] ?? '';
      const status = new RegExp(`<${statusEl}>([^<]*)</${statusEl}>`).exec(block)?.[1] ?? '';
      const key = `${kind}:${id}`;
      const poll = this.rdsPolls.get(key) ?? 0;
      this.rdsPolls.set(key, poll + 1);
      const next = this.rdsStatus!({ kind, id, status, poll });
      return next === undefined ? block : block.replace(new RegExp(`<${statusEl}>[^<]*</${statusEl}>`), `<${statusEl}>${next}</${statusEl}>`);
    });
    return Buffer.from(xml);
  }

  private rewriteElastiCache(operation: string, params: Record<string, unknown>, body: Buffer): { status: number; body: Buffer } {
    const shapes: Record<string, { kind: 'group' | 'cluster' | 'snapshot'; el: string; idEl: string; statusEl: string; param: string; notFound: string }> = {
      DescribeReplicationGroups: { kind: 'group', el: 'ReplicationGroup', idEl: 'ReplicationGroupId', statusEl: 'Status', param: 'ReplicationGroupId', notFound: 'ReplicationGroupNotFoundFault' },
      DescribeCacheClusters: { kind: 'cluster', el: 'CacheCluster', idEl: 'CacheClusterId', statusEl: 'CacheClusterStatus', param: 'CacheClusterId', notFound: 'CacheClusterNotFound' },
      DescribeSnapshots: { kind: 'snapshot', el: 'Snapshot', idEl: 'SnapshotName', statusEl: 'SnapshotStatus', param: 'SnapshotName', notFound: 'SnapshotNotFoundFault' },
    };
    const shape = shapes[operation];
    if (!shape) return { status: 200, body };
    let left = 0;
    // The first status element of a block is the resource's own (a group's node groups come after it).
    const xml = body.toString('utf8').replace(new RegExp(`<${shape.el}>([\\s\\S]*?)</${shape.el}>`, 'g'), (block: string) => {
      const id = new RegExp(`<${shape.idEl}>([^<]*)</${shape.idEl}>`).exec(block)?.[1] ?? '';
      const status = new RegExp(`<${shape.statusEl}>([^<]*)</${shape.statusEl}>`).exec(block)?.[1] ?? '';
      const key = `${shape.kind}:${id}`;
      const poll = this.ecPolls.get(key) ?? 0;
      this.ecPolls.set(key, poll + 1);
      const next = this.ecStatus!({ kind: shape.kind, id, status, poll });
      if (next === 'gone') return '';
      left++;
      return next === undefined ? block : block.replace(new RegExp(`<${shape.statusEl}>[^<]*</${shape.statusEl}>`), `<${shape.statusEl}>${next}</${shape.statusEl}>`);
    });
    if (left === 0 && params[shape.param]) {
      const fault = `<ErrorResponse><Error><Type>Sender</Type><Code>${shape.notFound}</Code><Message>${String(params[shape.param])} not found.</Message></Error><RequestId>scripted</RequestId></ErrorResponse>`;
      return { status: 404, body: Buffer.from(fault) };
    }
    return { status: 200, body: Buffer.from(xml) };
  }

  private newDeploymentId() {
    return `ecs-svc/${Date.now()}${++this.deploymentSeq}`;
  }
}

/** Green's share (percent) in a recorded ModifyListener call's forward action. */
export function greenPercentOf(call: AwsCall, greenTargetGroup: string): number {
  const p = call.params as Record<string, string>;
  const weights: Record<string, number> = {};
  for (const [k, v] of Object.entries(p)) {
    const m = /^DefaultActions\.member\.(\d+)\.ForwardConfig\.TargetGroups\.member\.(\d+)\.TargetGroupArn$/.exec(k);
    if (m) weights[v] = Number(p[`DefaultActions.member.${m[1]}.ForwardConfig.TargetGroups.member.${m[2]}.Weight`] ?? 1);
  }
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  return total === 0 ? 0 : Math.round((100 * (weights[greenTargetGroup] ?? 0)) / total);
}
