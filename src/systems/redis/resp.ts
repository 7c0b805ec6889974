// A command's wire form (RESP) built in one buffer, for the commands that carry a page of
// redis.copyKeys (its scripts, the verification's EXISTS): ioredis assembles a command from three
// pieces per Buffer argument ("$<len>\r\n", the bytes, "\r\n"), measuring and copying each one
// separately; with thousands of payloads per page that was nearly half of the worker's CPU in a copy
// (profiled). Here headers are written byte by byte into one allocation; ioredis parses the replies.
import { Command } from 'ioredis';

const CRLF = 0x0a0d; // "\r\n" as a little-endian uint16

function digits(n: number): number {
  let d = 1;
  while (n >= 10) {
    n = Math.floor(n / 10);
    d++;
  }
  return d;
}

function writeHeader(buf: Buffer, at: number, mark: number, n: number): number {
  buf[at++] = mark;
  const d = digits(n);
  for (let i = at + d - 1; i >= at; i--) {
    buf[i] = 0x30 + (n % 10);
    n = Math.floor(n / 10);
  }
  at += d;
  buf.writeUInt16LE(CRLF, at);
  return at + 2;
}

/** RESP array of bulk strings. */
export function encode(args: (string | Buffer)[]): Buffer {
  const parts = args.map((a) => (typeof a === 'string' ? Buffer.from(a) : a));
  let size = 1 + digits(parts.length) + 2;
  for (const p of parts) size += 1 + digits(p.length) + 2 + p.length + 2;
  const buf = Buffer.allocUnsafe(size);
  let at = writeHeader(buf, 0, 0x2a, parts.length);
  for (const p of parts) {
    at = writeHeader(buf, at, 0x24, p.length);
    p.copy(buf, at);
    at += p.length;
    buf.writeUInt16LE(CRLF, at);
    at += 2;
  }
  return buf;
}

/** A command whose wire form is built by `encode` (replies are handled by ioredis as usual). */
export class EncodedCommand extends Command {
  constructor(name: string, args: (string | Buffer)[], binaryReply = false) {
    super(name, args, { replyEncoding: binaryReply ? null : 'utf8' });
  }

  override toWritable(): Buffer {
    return encode([this.name, ...(this.args as (string | Buffer)[])]);
  }
}
