// `${secret:NAME}` / `${secret:NAME#key}` resolved on the worker from Secrets Manager (moto), with
// its cache and its failures; and what an activity resolved never leaves the worker: scrubbed from
// the failure, the output and the log line.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { CreateSecretCommand, PutSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger, type LogEntry } from '@temporalio/worker';
import { ApplicationFailure } from '@temporalio/common';
import { resolveRefs } from '../../src/kit/resolve';
import { setSecretCacheTtl } from '../../src/kit/secrets';
import { wrapActivity } from '../../src/kit/wrap';
import { failure } from '../helpers/failures';
import { motoUrl } from '../helpers/moto';
import { stackEnv } from '../helpers/stack';

let sm: SecretsManagerClient;
const saved = { ...process.env };
before(async () => {
  const env = stackEnv();
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: await motoUrl(),
    AWS_REGION: env.AWS_REGION ?? 'us-east-1',
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
  });
  sm = new SecretsManagerClient({});
});
after(() => {
  process.env = saved;
  setSecretCacheTtl(60_000);
});

async function secret(value: string): Promise<string> {
  const name = `cutover-test/${randomUUID()}`;
  await sm.send(new CreateSecretCommand({ Name: name, SecretString: value }));
  return name;
}

describe('secret references', () => {
  it('resolves a whole secret and a field of a JSON secret, inside a string', async () => {
    const plain = await secret('s3cr3t-token');
    const json = await secret(JSON.stringify({ username: 'app', password: 'p@ss-w0rd', port: 5432 }));
    assert.equal(await resolveRefs(`Bearer \${secret:${plain}}`, 'step h'), 'Bearer s3cr3t-token');
    assert.equal(await resolveRefs(`postgres://\${secret:${json}#username}:\${secret:${json}#password}@db:\${secret:${json}#port}/app`, 'step s'), 'postgres://app:p@ss-w0rd@db:5432/app');
  });

  it('a missing secret, a missing field and a field of a non-JSON secret fail for good, naming the secret and never a value', async () => {
    const plain = await secret('not-json-value');
    const missing = await failure(resolveRefs('${secret:cutover-test/nope-' + randomUUID() + '}', 'step h header Authorization'));
    assert.equal(missing.type, 'MissingSecret');
    assert.equal(missing.nonRetryable, true);
    assert.match(missing.message, /^step h header Authorization: secret cutover-test\/nope-[\w-]+ does not exist/);
    const field = await failure(resolveRefs(`\${secret:${plain}#password}`, 'step s'));
    assert.equal(field.type, 'MissingSecret');
    assert.match(field.message, /is not JSON, so it has no field password/);
    assert.doesNotMatch(field.message, /not-json-value/);
  });

  it('reads are cached per worker for the configured time; 0 turns the cache off', async () => {
    const name = await secret('first');
    setSecretCacheTtl(60_000);
    assert.equal(await resolveRefs(`\${secret:${name}}`, 'w'), 'first');
    await sm.send(new PutSecretValueCommand({ SecretId: name, SecretString: 'second' }));
    assert.equal(await resolveRefs(`\${secret:${name}}`, 'w'), 'first', 'within the cache time the worker does not ask again');
    setSecretCacheTtl(0);
    assert.equal(await resolveRefs(`\${secret:${name}}`, 'w'), 'second');
  });

  it('an unreachable Secrets Manager is retryable', async () => {
    const before = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:1';
    process.env.AWS_MAX_ATTEMPTS = '1';
    try {
      const err = await failure(resolveRefs('${secret:anything}', 'step h'));
      assert.equal(err.type, 'SecretsManagerError');
      assert.equal(err.nonRetryable, false);
    } finally {
      process.env.AWS_ENDPOINT_URL = before;
      delete process.env.AWS_MAX_ATTEMPTS;
    }
  });
});

describe('what an activity resolved never leaves the worker', () => {
  it('is scrubbed from the failure message, the output and the log line', async () => {
    const name = await secret('hunter2-very-secret');
    const lines: LogEntry[] = [];
    const env = new MockActivityEnvironment({}, { logger: new DefaultLogger('INFO', (e) => lines.push(e)) });
    const leaky = wrapActivity(async (input: { url: string; fail: boolean }) => {
      const url = await resolveRefs(input.url, 'step leaky');
      if (input.fail) throw ApplicationFailure.nonRetryable(`cannot reach ${url}`, 'Unreachable');
      return { url, note: `connected to ${url}` };
    });
    const ok = (await env.run(leaky, { url: `https://u:\${secret:${name}}@example.test/`, fail: false })) as { output: unknown };
    assert.deepEqual(ok.output, { url: 'https://u:***@example.test/', note: 'connected to https://u:***@example.test/' });
    const err = await failure(new MockActivityEnvironment({}, { logger: new DefaultLogger('INFO', (e) => lines.push(e)) }).run(leaky, { url: `https://u:\${secret:${name}}@example.test/`, fail: true }));
    assert.equal(err.message, 'cannot reach https://u:***@example.test/');
    assert.equal(err.type, 'Unreachable');
    assert.doesNotMatch(err.stack ?? '', /hunter2/);
    const logged = JSON.stringify(lines, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
    assert.match(logged, /step attempt failed/);
    assert.doesNotMatch(logged, /hunter2/);
  });
});
