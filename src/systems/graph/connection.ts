// Bolt connections for graph steps: parse a target URL (credentials may ride in it, as Memgraph
// Cloud's `bolt+ssc://user:pass@host:7687` does) into a driver with its auth, and classify errors.
// Passwords never reach a message: the driver gets a URL without them, and messages are scrubbed.
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { ApplicationFailure, TemporalFailure } from '@temporalio/common';

const SCHEMES = new Set(['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:']);

export interface BoltTarget {
  /** URL without credentials, safe to show. */
  url: string;
  user?: string;
  password?: string;
}

/** Splits credentials off a Bolt URL; `where` names the step and target for messages. */
export function parseBoltUrl(raw: string, where: string): BoltTarget {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    // The raw string may hold a password: say only what is wrong.
    throw ApplicationFailure.nonRetryable(`${where}: not a valid Bolt URL (expected bolt://[user:password@]host:port)`, 'PlanError');
  }
  if (!SCHEMES.has(u.protocol)) {
    throw ApplicationFailure.nonRetryable(
      `${where}: unsupported scheme ${u.protocol} (expected one of ${[...SCHEMES].map((s) => s.slice(0, -1)).join(', ')})`,
      'PlanError',
    );
  }
  const user = u.username ? decodeURIComponent(u.username) : undefined;
  const password = u.password ? decodeURIComponent(u.password) : undefined;
  u.username = '';
  u.password = '';
  return { url: u.toString().replace(/\/$/, ''), user, password };
}

export function openDriver(t: BoltTarget): Driver {
  const auth = t.user !== undefined ? neo4j.auth.basic(t.user, t.password ?? '') : undefined;
  return neo4j.driver(t.url, auth, {
    userAgent: 'cutover',
    // Fail fast on an unreachable server; Temporal's retry policy does the waiting.
    connectionTimeout: 10_000,
    connectionAcquisitionTimeout: 30_000,
    maxTransactionRetryTime: 15_000,
  });
}

/** A driver for `raw`, with connectivity (and credentials) checked; errors classified. */
export async function connect(raw: string, where: string): Promise<{ driver: Driver; target: BoltTarget }> {
  const target = parseBoltUrl(raw, where);
  const driver = openDriver(target);
  try {
    await driver.verifyConnectivity();
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw classify(err, `${where} (${target.url})`, target);
  }
  return { driver, target };
}

/**
 * Turns a driver error into what Temporal should do with it: bad credentials and Cypher errors
 * (ClientError) cannot be fixed by a retry; an unreachable server or a transient conflict can.
 */
export function classify(err: unknown, where: string, target?: BoltTarget): Error {
  // Already classified, or a cancellation: pass through untouched.
  if (err instanceof TemporalFailure) return err;
  const scrub = (s: string) => (target?.password ? s.split(target.password).join('***') : s);
  const msg = scrub(err instanceof Error ? err.message : String(err));
  if (err instanceof Neo4jError) {
    const code = err.code ?? '';
    if (/Security\.(Unauthorized|AuthenticationRateLimit|Authenticated|CredentialsExpired)/.test(code) || /authenticat/i.test(msg)) {
      return ApplicationFailure.nonRetryable(`${where}: authentication failed: ${msg}`, 'GraphAuthError');
    }
    if (code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED) {
      return ApplicationFailure.retryable(`${where}: server unreachable: ${msg}`, 'GraphUnavailable');
    }
    if (code.includes('.ClientError.') && !code.includes('Transient')) {
      return ApplicationFailure.nonRetryable(`${where}: ${msg} [${code}]`, 'GraphQueryError');
    }
    return ApplicationFailure.retryable(`${where}: ${msg}${code ? ` [${code}]` : ''}`, 'GraphError');
  }
  return ApplicationFailure.retryable(`${where}: ${msg}`, 'GraphError');
}

/** Runs `fn` with a driver for `raw` and closes it after; every error is classified. */
export async function withGraph<T>(raw: string, where: string, fn: (driver: Driver, target: BoltTarget) => Promise<T>): Promise<T> {
  const { driver, target } = await connect(raw, where);
  try {
    return await fn(driver, target);
  } catch (err) {
    throw classify(err, where, target);
  } finally {
    await driver.close().catch(() => undefined);
  }
}

/** `cutover doctor`: connect and say which server answered. */
export const probeGraph = (url: string, where: string) =>
  withGraph(url, where, async (driver, t) => `${t.url}, ${(await driver.getServerInfo()).agent ?? 'server'}`);
