// `${env:NAME}` references: plans name secrets, workers resolve them. Values never travel
// through workflow history.
import { ApplicationFailure } from '@temporalio/common';

const REF = /\$\{([^}]*)\}/g;
const WELL_FORMED = /^env:[A-Za-z_][A-Za-z0-9_]*$/;

/** Malformed references in a string (`${foo}`, `${env:}`), for plan validation. */
export function malformedRefs(value: string): string[] {
  return [...value.matchAll(REF)].map((m) => m[0]).filter((ref) => !WELL_FORMED.test(ref.slice(2, -1)));
}

/** Names of the environment variables a string refers to. */
export function envRefs(value: string): string[] {
  return [...value.matchAll(REF)].map((m) => m[1]).filter((r) => WELL_FORMED.test(r)).map((r) => r.slice(4));
}

/** Replaces references with the worker's environment; a missing variable is a non-retryable error. */
export function resolveRefs(value: string, where: string, env: NodeJS.ProcessEnv = process.env): string {
  return value.replace(REF, (ref, body: string) => {
    if (!WELL_FORMED.test(body)) throw ApplicationFailure.nonRetryable(`${where}: malformed reference ${ref}`, 'PlanError');
    const name = body.slice(4);
    const v = env[name];
    if (v === undefined || v === '') {
      throw ApplicationFailure.nonRetryable(`${where}: environment variable ${name} is not set on the worker`, 'MissingEnv');
    }
    return v;
  });
}
