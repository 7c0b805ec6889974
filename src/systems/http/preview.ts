// `cutover plan --against` for http.check: one request now, judged as the check judges each poll
// (a read: the step itself polls until it passes or `within` ends). http.request has no preview:
// sending its request is what the step does.
import type { KindInput } from '../../kit/context';
import { durationMs } from '../../kit/fields';
import type { Preview } from '../../kit/preview';
import type { HttpCheck } from './index';
import { prepare, probe } from './check';

export async function httpCheckPreview({ step, params: check }: KindInput<HttpCheck>): Promise<Preview> {
  const req = await prepare(check, `step ${step.id}`);
  const started = Date.now();
  const { problem, status } = await probe(check, req, Math.max(1000, Math.min(10_000, durationMs(check.within))));
  const took = `${Date.now() - started} ms`;
  // The URL as the plan wrote it: references stay unresolved.
  const what = `${check.method} ${check.url}`;
  return {
    summary: problem === undefined ? `read: ${what} answers as expected now (${status}, ${took})` : `read: ${what} does not answer as expected now: ${problem}`,
    changes: [{ action: 'read', what, detail: problem === undefined ? `${status} as expected, in ${took}` : `${problem}; the step would poll every ${check.interval} for up to ${check.within}` }],
  };
}
