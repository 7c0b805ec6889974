// preflight.env against the worker's own environment: names in, names out, values never.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MockActivityEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { ApplicationFailure } from '@temporalio/common';
import type { StepInput } from '../../src/kit/context';
import { kindParams } from '../helpers/kinds';
import { kindActivity } from '../helpers/kinds';

const preflightEnv = kindActivity('preflight.env');

// Failures are the point of several tests: keep the SDK's per-failure warnings out of the output.
const mockEnv = () => new MockActivityEnvironment({}, { logger: new DefaultLogger('ERROR') });

const SECRET = 'hunter2-value-that-must-not-leak';

const pre = (require: string[]) => {
  const input: StepInput = {
    ctx: { workflowId: 'w', runId: 'r', planName: 'p', environment: 'test', baseDir: '/tmp', targets: {} },
    step: {
      id: 'pre',
      kind: 'preflight.env',
      phase: 'prepare',
      execution: 'activity',
      undo: false,
      params: kindParams('preflight.env').parse({ require }) as Record<string, unknown>,
    },
  };
  return mockEnv().run(preflightEnv, input);
};

describe('preflight.env', () => {
  it('passes when every variable is set, returning names only', async () => {
    process.env.PRE_SECRET = SECRET;
    process.env.PRE_OTHER = 'x';
    const out = await pre(['PRE_SECRET', 'PRE_OTHER']);
    assert.deepEqual(out, { checked: ['PRE_SECRET', 'PRE_OTHER'] });
    assert.doesNotMatch(JSON.stringify(out), new RegExp(SECRET));
  });

  it('fails non-retryably naming every missing or empty one, never a value', async () => {
    process.env.PRE_SECRET = SECRET;
    process.env.PRE_EMPTY = '';
    delete process.env.PRE_MISSING;
    await assert.rejects(pre(['PRE_SECRET', 'PRE_MISSING', 'PRE_EMPTY']), (err: unknown) => {
      assert.ok(err instanceof ApplicationFailure);
      assert.equal(err.nonRetryable, true);
      assert.equal(err.type, 'MissingEnv');
      assert.equal(err.message, 'step pre: not set on the worker: PRE_MISSING, PRE_EMPTY');
      assert.doesNotMatch(`${err.message} ${err.stack} ${JSON.stringify(err.details ?? null)}`, new RegExp(SECRET));
      return true;
    });
  });
});
