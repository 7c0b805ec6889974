// `cutover doctor` for postgres targets, against the stack's PostgreSQL: what answered (server
// version, user, what it may create), and clear reasons without the password when it cannot.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { targetKindDef } from '../../src/registry';
import { pgUrl } from '../helpers/postgres';

const probe = (url: string) => targetKindDef('postgres')!.probe!(url, 'target appDb');

it('reports the server version, the user and its rights; postgresql:// and sslmode=disable work too', async () => {
  const line = await probe(pgUrl('cutover_test'));
  assert.match(line, /^postgres:\/\/cutover@127\.0\.0\.1:5433\/cutover_test, server PostgreSQL 15\.\d+.*, user cutover \(superuser\)$/);
  const other = await probe(`${pgUrl('cutover_test').replace(/^postgres:/, 'postgresql:')}?sslmode=disable`);
  assert.match(other, /^postgresql:\/\/cutover@.*server PostgreSQL 15/);
});

it('a wrong password, an unreachable server and a URL without a database fail with the reason, never the password', async () => {
  await assert.rejects(probe(pgUrl('cutover_test').replace('cutover:cutover@', 'cutover:s3cret@')), (err: Error) => {
    assert.match(err.message, /^postgres:\/\/cutover@127\.0\.0\.1:5433\/cutover_test: password authentication failed/);
    assert.doesNotMatch(err.message, /s3cret/);
    return true;
  });
  await assert.rejects(probe('postgres://cutover:pw@127.0.0.1:1/cutover_test'), /127\.0\.0\.1:1\/cutover_test: .*ECONNREFUSED/);
  await assert.rejects(probe('postgres://cutover:pw@127.0.0.1:5433'), /target appDb: the URL names no database/);
  await assert.rejects(probe(`${pgUrl('cutover_test')}?sslmode=sometimes`), /unknown sslmode sometimes/);
});
