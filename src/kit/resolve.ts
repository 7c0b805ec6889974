// Resolving a plan string's worker-side references: `${env:NAME}` from the worker's environment,
// `${secret:…}` from AWS Secrets Manager. Every value resolved during an activity is remembered
// for that activity, so that the activity wrapper can scrub it from anything leaving the worker
// (failure messages, outputs, log lines).
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { REF_FORMS, malformedRefs, refsIn, substitute } from '../plan/refs';
import { readSecret } from './secrets';

const revealed = new WeakMap<Context, Set<string>>();

function remember(value: string): void {
  // Short values (a port, a flag) would scrub ordinary text; they are not secrets worth hiding.
  if (value.length < 4) return;
  let ctx: Context;
  try {
    ctx = Context.current();
  } catch {
    return; // outside an activity (cutover doctor): nothing leaves through history
  }
  let set = revealed.get(ctx);
  if (!set) revealed.set(ctx, (set = new Set()));
  set.add(value);
}

/** The values the current activity has resolved so far. */
export function revealedValues(ctx: Context): string[] {
  return [...(revealed.get(ctx) ?? [])];
}

/** Replaces every revealed value in `text` with `***`. */
export function scrub(text: string, values: readonly string[]): string {
  let out = text;
  for (const v of values) if (out.includes(v)) out = out.split(v).join('***');
  return out;
}

/** `value` with its references resolved; a missing variable or secret fails the step for good. */
export async function resolveRefs(value: string, where: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const bad = malformedRefs(value)[0];
  if (bad) throw ApplicationFailure.nonRetryable(`${where}: malformed reference ${bad}: expected ${REF_FORMS}`, 'PlanError');
  const values = new Map<string, string>();
  for (const ref of refsIn(value)) {
    if (values.has(ref.text)) continue;
    if (ref.type === 'env') {
      const v = env[ref.name];
      if (v === undefined || v === '') {
        throw ApplicationFailure.nonRetryable(`${where}: environment variable ${ref.name} is not set on the worker`, 'MissingEnv');
      }
      values.set(ref.text, v);
    } else if (ref.type === 'secret') {
      values.set(ref.text, await readSecret(ref.name, ref.key, where));
    } else {
      // The workflow resolves step references before the activity is scheduled.
      throw ApplicationFailure.nonRetryable(`${where}: ${ref.text} was not resolved: step ${ref.step} has no such output`, 'PlanError');
    }
  }
  for (const v of values.values()) remember(v);
  return String(substitute(value, (ref) => values.get(ref.text)));
}
