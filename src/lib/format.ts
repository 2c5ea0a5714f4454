/**
 * The one formatter for numbers and dates shown to readers: prose, tables, chart axes, tooltips and the map all
 * call these so a figure reads the same everywhere. Knows nothing about the data or the DOM.
 */
import {siteLocale} from './site.ts';

const integer = new Intl.NumberFormat(siteLocale, {maximumFractionDigits: 0});

/** A count, grouped: `formatCount(325088)` → `"325,088"`. */
export function formatCount(value: number): string {
  return integer.format(value);
}

/**
 * A number with a fixed count of decimals: `formatDecimal(59.27, 1)` → `"59.3"`.
 * Rounds half away from zero as `Intl.NumberFormat` does.
 */
export function formatDecimal(value: number, digits = 1): string {
  return new Intl.NumberFormat(siteLocale, {minimumFractionDigits: digits, maximumFractionDigits: digits}).format(
    value
  );
}

/** A rate per 1,000 inhabitants with its unit: `formatPer1000(59.27)` → `"59.3 per 1,000"`. */
export function formatPer1000(value: number, digits = 1): string {
  return `${formatDecimal(value, digits)} per 1,000`;
}

/**
 * A signed percentage change between two values: `formatPercentChange(100, 95.7)` → `"−4.3%"`.
 * Uses a true minus sign so screen readers and typesetting agree.
 */
export function formatPercentChange(from: number, to: number, digits = 1): string {
  if (from === 0) throw new RangeError('percent change from zero is undefined');
  const change = ((to - from) / from) * 100;
  const text = formatDecimal(Math.abs(change), digits);
  if (Number(text) === 0) return `${text}%`;
  return `${change < 0 ? '−' : '+'}${text}%`;
}

/** An ordinal rank: `formatRank(3)` → `"3rd"`. */
export function formatRank(rank: number): string {
  const rules = new Intl.PluralRules('en-GB', {type: 'ordinal'});
  const suffix: Record<string, string> = {one: 'st', two: 'nd', few: 'rd', other: 'th'};
  return `${rank}${suffix[rules.select(rank)] ?? 'th'}`;
}

const longDate = new Intl.DateTimeFormat(siteLocale, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});

/** A calendar date in prose style: `formatDate(new Date('2025-12-06'))` → `"6 December 2025"`. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** An ISO calendar date for `datetime` attributes: `isoDate(new Date('2025-12-06'))` → `"2025-12-06"`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A percentage that is already a change, with its sign and a true minus: `formatSignedPercent(17.26)` → `"+17.3%"`,
 * `formatSignedPercent(-2)` → `"−2.0%"`; no sign when it rounds to zero.
 */
export function formatSignedPercent(value: number, digits = 1): string {
  const text = formatDecimal(Math.abs(value), digits);
  const zero = Number(text) === 0;
  return `${value > 0 && !zero ? '+' : value < 0 && !zero ? '−' : ''}${text}%`;
}
