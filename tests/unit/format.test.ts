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
import {siteLocale} from '../../src/lib/site.ts';

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

/**
 * The formatters are written by hand (Intl's locale data costs the browser tens of milliseconds at load), so they
 * are held to what Intl writes for the site's locale, over values chosen to catch rounding, grouping and sign
 * mistakes: ties at every decimal place, values that are not exactly representable, negatives and negative zero,
 * and a seeded spread of magnitudes.
 */
describe('format agrees with Intl for the site locale', () => {
  /** Deterministic pseudo-random numbers (mulberry32), so a failure names a value that can be replayed. */
  const seeded = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random = seeded(20261203);
  const values = [
    0,
    -0,
    0.5,
    1.5,
    2.5,
    -2.5,
    0.05,
    0.15,
    0.25,
    1.005,
    2.675,
    -0.04,
    -0.4,
    999.95,
    999999.5,
    1234.5678,
    59.27,
    76.17,
    Number.MAX_SAFE_INTEGER,
    1e20,
    1e21,
    1.2345e22,
    1.5e-7,
    5e-7,
    -5e-7,
    0.000095,
    NaN,
    Infinity,
    -Infinity
  ];
  for (let i = 0; i < 3000; i++) {
    const magnitude = 10 ** Math.floor(random() * 12 - 4);
    const value = (random() - 0.3) * magnitude;
    values.push(value, Math.round(value * 1000) / 1000, Math.round(value * 2) / 2 + 0.05);
  }
  const differences = (digits: number, format: (value: number) => string) => {
    const intl = new Intl.NumberFormat(siteLocale, {minimumFractionDigits: digits, maximumFractionDigits: digits});
    return values.map((v) => [v, format(v), intl.format(v)]).filter(([, ours, theirs]) => ours !== theirs);
  };

  test('formatCount matches Intl.NumberFormat with no decimals', () => {
    expect(differences(0, formatCount)).toEqual([]);
  });

  test.each([0, 1, 2, 3])('formatDecimal(value, %i) matches Intl.NumberFormat', (digits) => {
    expect(differences(digits, (v) => formatDecimal(v, digits))).toEqual([]);
  });

  test('formatRank matches Intl.PluralRules ordinals', () => {
    const rules = new Intl.PluralRules(siteLocale, {type: 'ordinal'});
    const suffix: Record<string, string> = {one: 'st', two: 'nd', few: 'rd', other: 'th'};
    const ranks = Array.from({length: 2500}, (_, i) => i - 300);
    expect(ranks.filter((n) => formatRank(n) !== `${n}${suffix[rules.select(n)]}`)).toEqual([]);
  });

  test('formatDate matches Intl.DateTimeFormat in UTC', () => {
    const intl = new Intl.DateTimeFormat(siteLocale, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
    const dates = Array.from({length: 2000}, () => new Date(Date.UTC(1900, 0, 1) + random() * 200 * 365.25 * 864e5));
    expect(dates.filter((d) => formatDate(d) !== intl.format(d)).map((d) => d.toISOString())).toEqual([]);
    expect(() => formatDate(new Date('not a date'))).toThrow(RangeError);
  });
});
