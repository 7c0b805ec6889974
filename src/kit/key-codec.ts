// Primary-key values in heartbeat checkpoints: checkpoints are JSON, keys may be binary.
// Numbers, strings (BIGINT, DECIMAL and dates arrive as strings) pass as they are; a Buffer
// becomes `{ b64 }`.
export type EncodedValue = string | number | null | { b64: string };

export const encodeKey = (values: unknown[]): EncodedValue[] =>
  values.map((v) => (Buffer.isBuffer(v) ? { b64: v.toString('base64') } : (v as string | number | null)));

export const decodeKey = (values: EncodedValue[]): unknown[] =>
  values.map((v) => (v !== null && typeof v === 'object' && 'b64' in v ? Buffer.from(v.b64, 'base64') : v));
