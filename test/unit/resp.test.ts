// The wire form redis.copyKeys builds itself must be exactly RESP: what ioredis would send.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { encode } from '../../src/systems/redis/resp';

it('encodes an array of bulk strings: lengths in bytes, empty and binary arguments, long lengths', () => {
  const payload = Buffer.from([0x00, 0x0d, 0x0a, 0xff, 0x24]);
  const long = 'x'.repeat(12_345);
  const got = encode(['EVALSHA', 'é€', '', payload, long]);
  const want = Buffer.concat([
    Buffer.from('*5\r\n$7\r\nEVALSHA\r\n$5\r\né€\r\n$0\r\n\r\n$5\r\n'),
    payload,
    Buffer.from(`\r\n$12345\r\n${long}\r\n`),
  ]);
  assert.deepEqual(got, want);
});

it('encodes ten and more arguments (a two-digit count)', () => {
  const args = Array.from({ length: 12 }, (_, i) => String(i));
  assert.equal(encode(args).toString(), `*12\r\n${args.map((a) => `$${a.length}\r\n${a}\r\n`).join('')}`);
});
