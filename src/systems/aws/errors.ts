// Classifying AWS errors for Temporal's retry policy. Throttling, 5xx and network trouble are
// retried (after the SDK's own retries); access denied, validation errors and a named resource
// that does not exist fail the step at once, with a message that names the resource.
import { ApplicationFailure, CancelledFailure } from '@temporalio/common';

interface SdkError extends Error {
  $metadata?: { httpStatusCode?: number };
  $fault?: 'client' | 'server';
  code?: string;
}

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'LimitExceededException',
  'SlowDown',
  'PriorRequestNotComplete',
]);
const ACCESS = /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|UnauthorizedException|UnrecognizedClientException|InvalidClientTokenId|AuthFailure|NotAuthorized|ExpiredToken|ExpiredTokenException|SignatureDoesNotMatch|MissingAuthenticationToken|IncompleteSignature|InvalidSignatureException|CredentialsProviderError)$/;
const VALIDATION = /^(ValidationError|ValidationException|InvalidParameter|InvalidParameterValue|InvalidParameterException|InvalidParameterCombination|MissingParameter|ClientException|InvalidAction)$/;
const NOT_FOUND = /NotFound/;
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

const errName = (err: SdkError) => err.name || err.code || 'Error';

/** True when AWS says the resource does not exist. */
export function isNotFound(err: unknown): boolean {
  return err instanceof Error && NOT_FOUND.test(errName(err as SdkError));
}

/** The Temporal failure for an AWS error met while doing `what` (which names the resource). */
export function classify(err: unknown, what: string): Error {
  if (err instanceof CancelledFailure || err instanceof ApplicationFailure) return err;
  if (!(err instanceof Error)) return ApplicationFailure.retryable(`${what}: ${String(err)}`, 'AwsError');
  const e = err as SdkError;
  const name = errName(e);
  const status = e.$metadata?.httpStatusCode;
  const msg = `${what}: ${name}${e.message && e.message !== name ? `: ${e.message}` : ''}`;
  const cause = err;
  if (name === 'AbortError') return err;
  if (THROTTLING.has(name) || status === 429) return ApplicationFailure.create({ message: `${msg} (throttled; retried)`, type: 'AwsThrottled', cause });
  if ((status !== undefined && status >= 500) || e.$fault === 'server') {
    return ApplicationFailure.create({ message: `${msg} (AWS server error; retried)`, type: 'AwsServerError', cause });
  }
  if (ACCESS.test(name) || status === 403) return ApplicationFailure.create({ message: `${msg} (access denied)`, type: 'AwsAccessDenied', nonRetryable: true, cause });
  if (NOT_FOUND.test(name)) return ApplicationFailure.create({ message: `${msg} (not found)`, type: 'AwsNotFound', nonRetryable: true, cause });
  if (VALIDATION.test(name)) return ApplicationFailure.create({ message: `${msg} (rejected as invalid)`, type: 'AwsValidation', nonRetryable: true, cause });
  if (NETWORK.has(e.code ?? '') || NETWORK.has((e.cause as SdkError | undefined)?.code ?? '')) {
    return ApplicationFailure.create({ message: `${msg} (AWS endpoint unreachable; retried)`, type: 'AwsUnreachable', cause });
  }
  // Anything else (a resource in a transitional state, say) may pass: let the retry policy decide.
  return ApplicationFailure.create({ message: msg, type: name, cause });
}

/** Runs one AWS call; its failure comes back classified and naming `what`. */
export async function aws<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw classify(err, what);
  }
}

/** Like `aws`, but a not-found answer is `undefined` (for "does it exist yet?" checks). */
export async function awsOrMissing<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw classify(err, what);
  }
}
