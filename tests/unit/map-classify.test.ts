import {describe, expect, test} from 'vitest';
import {classOf, quantileBreaks, rampStep, roundBreak} from '../../src/lib/map/classify.ts';
import {shownValue} from '../../src/lib/map/view-model.ts';

describe('roundBreak(value)', () => {
  test.each([
    [47.3, 47],
    [4.56, 4.6],
    [0.0834, 0.083],
    [12345, 12000],
    [0, 0]
  ])('roundBreak(%d) → %d (two significant figures)', (v, expected) => expect(roundBreak(v)).toBeCloseTo(expected, 10));
});

describe('quantileBreaks(values, classes)', () => {
  test('splits 1 … 6 into thirds at interpolated quantiles', () => {
    expect(quantileBreaks([6, 1, 5, 2, 4, 3], 3)).toEqual([2.7, 4.3]);
  });
  test('returns at most classes - 1 strictly increasing breaks, ignoring nulls', () => {
    const breaks = quantileBreaks([1, null, 1, 1, 1, 2, 50, 80, null, 100], 6);
    expect(breaks.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < breaks.length; i++) expect(breaks[i]!).toBeGreaterThan(breaks[i - 1]!);
    expect(breaks[0]!).toBeGreaterThan(1);
  });
  test('gives no breaks (one class) for all-equal or empty input', () => {
    expect(quantileBreaks([5, 5, 5])).toEqual([]);
    expect(quantileBreaks([null, null])).toEqual([]);
  });
});

describe('classOf(value, breaks)', () => {
  test('counts the breaks reached; a value on a break belongs to the class above', () => {
    expect(classOf(39.9, [40, 50])).toBe(0);
    expect(classOf(40, [40, 50])).toBe(1);
    expect(classOf(49.99, [40, 50])).toBe(1);
    expect(classOf(50, [40, 50])).toBe(2);
    expect(classOf(1e9, [40, 50])).toBe(2);
  });
  test('puts suppressed (null) values in no class', () => {
    expect(classOf(null, [40, 50])).toBe(-1);
  });
});

describe('rampStep(class, classes)', () => {
  test('uses the whole ramp: the lowest class is step 0 and the highest step 5', () => {
    expect([0, 1, 2, 3, 4, 5].map((k) => rampStep(k, 6))).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2].map((k) => rampStep(k, 3))).toEqual([0, 3, 5]);
    expect(rampStep(0, 1)).toBe(3);
  });
});

describe('shownValue(value, metric)', () => {
  test('is the value the label shows, so a colour never contradicts its number', () => {
    expect(shownValue(49.9999, 'per1000')).toBe(50);
    expect(classOf(shownValue(49.9999, 'per1000'), [47, 50])).toBe(2);
    expect(shownValue(62.4492, 'per1000')).toBe(62.4);
    expect(shownValue(1234.5, 'count')).toBe(1235);
  });
});
