// The condition language of metrics.check (parsed, never evaluated as code) and how a measurement
// is judged from Prometheus's samples (Argo Rollouts' rules; no data, NaN, several series inconclusive).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ConditionError, conditionProblem, evaluate, parseCondition } from '../../src/systems/metrics/condition';
import { judge } from '../../src/systems/metrics/analysis';

const truth = (cond: string, values: number[]) => values.map((v) => evaluate(parseCondition(cond), v));

describe('conditions', () => {
  test('comparisons, thresholds and result[0] read the same value', () => {
    const values = [0, 0.0099, 0.01, 0.5, -1];
    assert.deepEqual(truth('result < 0.01', values), [true, true, false, false, true]);
    assert.deepEqual(truth('< 0.01', values), truth('result < 0.01', values));
    assert.deepEqual(truth('result[0] < 0.01', values), truth('result < 0.01', values));
    assert.deepEqual(truth('>= 0.01', values), [false, false, true, true, false]);
    assert.deepEqual(truth('== 0.5', values), [false, false, false, true, false]);
    assert.deepEqual(truth('!= 0.5', values), [true, true, true, false, true]);
    assert.deepEqual(truth('result <= -1', values), [false, false, false, false, true]);
    assert.deepEqual(truth('result > 1e-2', values), [false, false, false, true, false]);
    assert.deepEqual(truth('result > .005', values), [false, true, true, true, false]);
  });

  test('&& binds tighter than ||, ! applies to the comparison after it; words and symbols alike', () => {
    const values = [0, 0.5, 2, 7];
    assert.deepEqual(truth('result > 1 || result > 0 && result < 1', values), [false, true, true, true]);
    assert.deepEqual(truth('(result > 1 || result > 0) && result < 1', values), [false, true, false, false]);
    assert.deepEqual(truth('result > 1 or result > 0 and result < 1', values), truth('result > 1 || result > 0 && result < 1', values));
    assert.deepEqual(truth('!result > 1', values), [true, true, false, false]);
    assert.deepEqual(truth('not result > 1', values), truth('!(result > 1)', values));
    assert.deepEqual(truth('!(result > 5) || result == 7', values), [true, true, true, true]);
  });

  test('arithmetic: * and / before + and -, unary minus, parentheses', () => {
    assert.deepEqual(truth('result * 100 > 5', [0.04, 0.06]), [false, true]);
    assert.deepEqual(truth('1 + result * 2 == 5', [2, 3]), [true, false]);
    assert.deepEqual(truth('(1 + result) * 2 == 6', [2, 3]), [true, false]);
    assert.deepEqual(truth('-result < -1', [0.5, 2]), [false, true]);
    assert.deepEqual(truth('result / 4 >= 0.5', [1, 2]), [false, true]);
  });

  test('IEEE values: a comparison with NaN is false, infinities compare', () => {
    assert.deepEqual(truth('result < 1', [NaN, Infinity, -Infinity]), [false, false, true]);
    assert.deepEqual(truth('result > 1', [NaN, Infinity]), [false, true]);
  });

  test('bad conditions say what and at which character', () => {
    const bad: Array<[string, number, RegExp]> = [
      ['result', 1, /must compare the value/],
      ['result +', 9, /expected a number, result or \( but found the end/],
      ['result < )', 10, /found "\)"/],
      ['result = 1', 8, /write ==/],
      ['result < 1 < 2', 12, /comparisons do not chain/],
      ['latency < 1', 1, /unknown name latency: the measured value is called result/],
      ['asFloat(result) > 1', 1, /unknown function asFloat/],
      ['result[1] > 2', 8, /only result\[0\] exists/],
      ['result < 1 && 2', 12, /&& joins conditions/],
      ['< 0.01 && > 0', 8, /a threshold \(< …\) stands alone/],
      ['', 1, /empty condition/],
      ['result & 1', 8, /write &&/],
      ['(result < 1', 12, /expected \) to close the \( at character 1/],
      ['true', 1, /true is not a value here/],
      ['result < 1 ${env:X}', 12, /unexpected character "\$"/],
      ['(result < 1) < 2', 14, /compares numbers, and its left side is already true or false/],
      ['x'.repeat(501), 501, /longer than 500 characters/],
    ];
    for (const [text, at, message] of bad) {
      assert.throws(
        () => parseCondition(text),
        (err: unknown) => err instanceof ConditionError && err.at === at && message.test(err.message),
        `${JSON.stringify(text.slice(0, 40))} at ${at}: ${conditionProblem(text)}`,
      );
    }
    assert.equal(conditionProblem('result < )'), 'cannot read "result < )" at character 10: expected a number, result or ( but found ")"');
    assert.equal(conditionProblem('result < 1'), undefined);
  });
});

describe('judging a measurement', () => {
  const j = (success?: string, failure?: string) => ({ success: success ? parseCondition(success) : undefined, failure: failure ? parseCondition(failure) : undefined });
  const one = (value: string) => [{ labels: {}, value }];

  test('Argo Rollouts’ rules for one value', () => {
    // Only a successCondition: not meeting it fails.
    assert.deepEqual(judge(j('< 0.01'), one('0.001')), { value: 0.001, verdict: 'successful' });
    assert.deepEqual(judge(j('< 0.01'), one('0.5')), { value: 0.5, verdict: 'failed' });
    // Only a failureCondition: not meeting it succeeds.
    assert.deepEqual(judge(j(undefined, '> 0.1'), one('0.05')), { value: 0.05, verdict: 'successful' });
    assert.deepEqual(judge(j(undefined, '> 0.1'), one('0.5')), { value: 0.5, verdict: 'failed' });
    // Both: the failure condition wins; neither holding is inconclusive.
    assert.deepEqual(judge(j('>= 0.9', '< 0.5'), one('0.95')), { value: 0.95, verdict: 'successful' });
    assert.deepEqual(judge(j('>= 0.1', '>= 0.5'), one('0.7')), { value: 0.7, verdict: 'failed' });
    assert.deepEqual(judge(j('>= 0.9', '< 0.5'), one('0.7')), { value: 0.7, verdict: 'inconclusive', note: 'neither condition holds' });
  });

  test('no data, NaN and several series are inconclusive; infinities are judged, kept as text', () => {
    assert.deepEqual(judge(j('< 1'), []), { value: null, verdict: 'inconclusive', note: 'no data' });
    assert.deepEqual(judge(j('< 1'), one('NaN')), { value: 'NaN', verdict: 'inconclusive', note: 'NaN' });
    assert.deepEqual(judge(j('< 1'), [{ labels: { pod: 'a' }, value: '0.1' }, { labels: { pod: 'b' }, value: '0.2' }]), {
      value: null,
      verdict: 'inconclusive',
      note: '2 series (aggregate them in the query)',
    });
    assert.deepEqual(judge(j('< 1'), one('+Inf')), { value: '+Inf', verdict: 'failed' });
    assert.deepEqual(judge(j('< 1'), one('-Inf')), { value: '-Inf', verdict: 'successful' });
  });
});
