// `${secret:NAME}` and `${secret:NAME#key}`: values read from AWS Secrets Manager on the worker
// (the AWS SDK's standard chain decides region, credentials and endpoint), kept in a short cache
// so that a plan's many references to one secret cost one call. A value is never put in a message.
import { ApplicationFailure } from '@temporalio/common';

interface Cached {
  value: string;
  at: number;
}

const cache = new Map<string, Cached>();
let ttlMs = 60_000;

/** How long a secret read stays cached on this worker (CUTOVER_SECRET_CACHE; 0 turns the cache off). */
export function setSecretCacheTtl(ms: number): void {
  ttlMs = ms;
  cache.clear();
}

async function fetchSecret(name: string, where: string): Promise<string> {
  const sm = require('@aws-sdk/client-secrets-manager') as typeof import('@aws-sdk/client-secrets-manager');
  // A client per read (reads are cached): a changed environment is picked up, as for other AWS calls.
  const client = new sm.SecretsManagerClient({});
  try {
    const r = await client.send(new sm.GetSecretValueCommand({ SecretId: name }));
    if (r.SecretString !== undefined) return r.SecretString;
    if (r.SecretBinary) return Buffer.from(r.SecretBinary).toString('utf8');
    throw ApplicationFailure.nonRetryable(`${where}: secret ${name} has no value`, 'MissingSecret');
  } catch (err) {
    if (err instanceof ApplicationFailure) throw err;
    const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
    // The SDK's messages name the secret, never its value.
    const what = `${where}: secret ${name}: ${e.name ?? 'error'}: ${e.message ?? String(err)}`;
    if (e.name === 'ResourceNotFoundException') throw ApplicationFailure.nonRetryable(`${where}: secret ${name} does not exist (or this worker's AWS settings point elsewhere)`, 'MissingSecret');
    if (e.name === 'AccessDeniedException' || e.name === 'UnrecognizedClientException' || e.$metadata?.httpStatusCode === 403) {
      throw ApplicationFailure.nonRetryable(what, 'SecretAccessDenied');
    }
    if (e.name === 'DecryptionFailure' || e.name === 'InvalidRequestException') throw ApplicationFailure.nonRetryable(what, 'SecretUnreadable');
    throw ApplicationFailure.retryable(what, 'SecretsManagerError');
  }
}

/** The secret's value, or the field `key` of a JSON secret. */
export async function readSecret(name: string, key: string | undefined, where: string): Promise<string> {
  let hit = cache.get(name);
  if (!hit || Date.now() - hit.at >= ttlMs) {
    hit = { value: await fetchSecret(name, where), at: Date.now() };
    if (ttlMs > 0) cache.set(name, hit);
  }
  if (key === undefined) return hit.value;
  let doc: unknown;
  try {
    doc = JSON.parse(hit.value);
  } catch {
    throw ApplicationFailure.nonRetryable(`${where}: secret ${name} is not JSON, so it has no field ${key}`, 'MissingSecret');
  }
  const v = doc && typeof doc === 'object' ? (doc as Record<string, unknown>)[key] : undefined;
  if (v === undefined || v === null) throw ApplicationFailure.nonRetryable(`${where}: secret ${name} has no field ${key}`, 'MissingSecret');
  return typeof v === 'string' ? v : JSON.stringify(v);
}
