// A plan file's text: at most LIMITS.bytes read (whatever the file is: /dev/zero never ends), and
// UTF-8 only. Decoding anything else would silently turn bytes into U+FFFD, inside a URL, say;
// it is reported at the first byte that is not UTF-8.
import fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { PlanError, unplaced, type PlanIssue } from './errors';
import { LIMITS, TOO_LARGE } from './limits';

export function readPlanText(file: string): string {
  const bytes = readBounded(file);
  const at = (line: number, col: number, message: string): PlanIssue => ({ file, line, col, message });
  if (bytes.length > LIMITS.bytes) throw new PlanError([at(1, 1, TOO_LARGE)]);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new PlanError([at(1, 1, 'the plan is UTF-16 text: save it as UTF-8')]);
  }
  if (!isUtf8(bytes)) {
    const bad = Math.max(0, firstInvalidByte(bytes));
    const lineStart = bad === 0 ? 0 : bytes.lastIndexOf(0x0a, bad - 1) + 1;
    const line = 1 + bytes.subarray(0, lineStart).filter((b) => b === 0x0a).length;
    const col = 1 + bytes.subarray(lineStart, bad).toString('utf8').length;
    throw new PlanError([at(line, col, `not UTF-8 text (byte 0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')}): save the plan as UTF-8`)]);
  }
  return bytes.toString('utf8');
}

/** The file's first LIMITS.bytes + 1 bytes (enough to tell that it is too large). */
function readBounded(file: string): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    throw cannotRead(file, err);
  }
  try {
    const buf = Buffer.alloc(LIMITS.bytes + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buf.length; length += n) n = fs.readSync(fd, buf, length, buf.length - length, null);
    return buf.subarray(0, length);
  } catch (err) {
    throw cannotRead(file, err);
  } finally {
    fs.closeSync(fd);
  }
}

function cannotRead(file: string, err: unknown): PlanError {
  const code = (err as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message;
  return new PlanError([unplaced(file, `cannot read the plan: ${reason}`)]);
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629), or -1. */
function firstInvalidByte(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    // Continuation bytes and the range of the first of them (no overlong forms, surrogates or > U+10FFFF).
    const [n, lo, hi] =
      c >= 0xc2 && c <= 0xdf ? [1, 0x80, 0xbf]
      : c === 0xe0 ? [2, 0xa0, 0xbf]
      : c === 0xed ? [2, 0x80, 0x9f]
      : c >= 0xe1 && c <= 0xef ? [2, 0x80, 0xbf]
      : c === 0xf0 ? [3, 0x90, 0xbf]
      : c >= 0xf1 && c <= 0xf3 ? [3, 0x80, 0xbf]
      : c === 0xf4 ? [3, 0x80, 0x8f]
      : [0, 0, 0];
    if (n === 0 || i + n >= b.length) return i;
    if (b[i + 1] < lo || b[i + 1] > hi) return i;
    for (let k = 2; k <= n; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}
