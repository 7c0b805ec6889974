// Connection settings come from the same profiles and variables as the `temporal` CLI.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { CutoverError } from '../../src/exit-codes';

const none = path.join(os.tmpdir(), 'no-such-temporal.toml');

it('defaults to the local stack', () => {
  const c = loadConfig({ TEMPORAL_CONFIG_FILE: none });
  assert.equal(c.temporal.address, '127.0.0.1:7233');
  assert.equal(c.temporal.namespace, 'default');
  assert.equal(c.temporal.taskQueue, 'cutover');
  assert.equal(c.temporal.connection.tls, undefined);
});

it('reads a profile (Temporal Cloud with an API key), and variables override it', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tcfg-')), 'temporal.toml');
  fs.writeFileSync(
    file,
    `[profile.cloud]
address = "my-ns.a1b2c.tmprl.cloud:7233"
namespace = "my-ns.a1b2c"
api_key = "key-from-profile"
`,
  );
  const c = loadConfig({ TEMPORAL_CONFIG_FILE: file, TEMPORAL_PROFILE: 'cloud' });
  assert.equal(c.temporal.address, 'my-ns.a1b2c.tmprl.cloud:7233');
  assert.equal(c.temporal.namespace, 'my-ns.a1b2c');
  assert.equal(c.temporal.connection.apiKey, 'key-from-profile');
  assert.ok(c.temporal.connection.tls, 'an API key turns TLS on');
  const overridden = loadConfig({ TEMPORAL_CONFIG_FILE: file, TEMPORAL_PROFILE: 'cloud', TEMPORAL_NAMESPACE: 'other', TEMPORAL_API_KEY: 'key-from-env' });
  assert.equal(overridden.temporal.namespace, 'other');
  assert.equal(overridden.temporal.connection.apiKey, 'key-from-env');
});

it('mTLS client certificates from TEMPORAL_TLS_* variables', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-'));
  fs.writeFileSync(path.join(dir, 'c.pem'), 'CERT');
  fs.writeFileSync(path.join(dir, 'k.pem'), 'KEY');
  const c = loadConfig({
    TEMPORAL_CONFIG_FILE: none,
    TEMPORAL_ADDRESS: 'temporal.internal:7233',
    TEMPORAL_TLS_CLIENT_CERT_PATH: path.join(dir, 'c.pem'),
    TEMPORAL_TLS_CLIENT_KEY_PATH: path.join(dir, 'k.pem'),
    TEMPORAL_TLS_SERVER_NAME: 'temporal.internal',
  });
  const tls = c.temporal.connection.tls as { clientCertPair?: { crt: Buffer; key: Buffer }; serverNameOverride?: string };
  assert.equal(tls.serverNameOverride, 'temporal.internal');
  assert.equal(Buffer.from(tls.clientCertPair!.crt).toString(), 'CERT');
});

it('an unknown profile is bad input', () => {
  assert.throws(() => loadConfig({ TEMPORAL_CONFIG_FILE: none, TEMPORAL_PROFILE: 'nope' }), (err: unknown) => err instanceof CutoverError && err.exitCode === 4);
});

it('CUTOVER_CHECKPOINT_INTERVAL: 2s by default, a duration when set, bad input otherwise', () => {
  assert.equal(loadConfig({ TEMPORAL_CONFIG_FILE: none }).checkpointIntervalMs, 2_000);
  assert.equal(loadConfig({ TEMPORAL_CONFIG_FILE: none, CUTOVER_CHECKPOINT_INTERVAL: '250ms' }).checkpointIntervalMs, 250);
  for (const bad of ['fast', '0s', '2']) {
    assert.throws(
      () => loadConfig({ TEMPORAL_CONFIG_FILE: none, CUTOVER_CHECKPOINT_INTERVAL: bad }),
      (err: unknown) => err instanceof CutoverError && err.exitCode === 4 && err.message.includes(`CUTOVER_CHECKPOINT_INTERVAL: expected a duration such as 500ms or 2s, got "${bad}"`),
    );
  }
});
