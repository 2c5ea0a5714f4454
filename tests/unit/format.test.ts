import {describe, expect, test} from 'vitest';
import {
  formatCount,
  formatDate,
  formatDecimal,
  formatPer1000,
  formatPercentChange,
  formatRank,
  isoDate
} from '../../src/lib/format.ts';

describe('format', () => {
  test('formatCount(n) groups thousands with commas', () => {
    expect(formatCount(325088)).toBe('325,088');
    expect(formatCount(0)).toBe('0');
  });

  test('formatDecimal(n, digits) keeps trailing zeros', () => {
    expect(formatDecimal(60, 1)).toBe('60.0');
    expect(formatDecimal(59.27, 1)).toBe('59.3');
    expect(formatDecimal(0.7245, 2)).toBe('0.72');
  });

  test('formatPer1000(n) adds the unit', () => {
    expect(formatPer1000(76.17)).toBe('76.2 per 1,000');
  });

  test('formatPercentChange(from, to) signs with a true minus and rounds like SSB', () => {
    expect(formatPercentChange(351459, 336413)).toBe('−4.3%');
    expect(formatPercentChange(100, 110)).toBe('+10.0%');
    expect(formatPercentChange(100, 100)).toBe('0.0%');
    expect(() => formatPercentChange(0, 1)).toThrow(RangeError);
  });

  test('formatRank(n) uses English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map(formatRank)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd'
    ]);
  });

  test('formatDate(d) and isoDate(d) ignore the local time zone', () => {
    const d = new Date('2025-12-06T00:00:00Z');
    expect(formatDate(d)).toBe('6 December 2025');
    expect(isoDate(d)).toBe('2025-12-06');
  });
});
