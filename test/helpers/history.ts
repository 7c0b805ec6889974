// A run's history as `temporal workflow show -o json` prints it, with every payload decoded beside
// it (payloads are base64 there), for tests that look for what must never reach history.
import { execFileSync } from 'node:child_process';
import { stackEnv } from './stack';

/** The text of every payload (`{ metadata, data }` with base64 data) in a JSON history. */
export function decodedPayloads(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(decodedPayloads);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own = typeof o.data === 'string' && o.metadata ? [Buffer.from(o.data, 'base64').toString('utf8')] : [];
  return [...own, ...Object.values(o).flatMap(decodedPayloads)];
}

/** The history of the run of `workflowId`, as printed and decoded. */
export function historyText(workflowId: string): string {
  const s = stackEnv();
  const shown = execFileSync(s.CUTOVER_TEMPORAL_BIN, ['workflow', 'show', '--address', s.TEMPORAL_ADDRESS, '-w', workflowId, '-o', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return `${shown}\n${decodedPayloads(JSON.parse(shown)).join('\n')}`;
}
