/**
 * The one formatter for numbers and dates shown to readers: prose, tables, chart axes, tooltips and the map all
 * call these so a figure reads the same everywhere. Knows nothing about the data or the DOM.
 *
 * The output is British English as `Intl` writes it for the site's locale (`siteLocale`), but made by hand: in the
 * browser, the first `Intl.NumberFormat` or `Intl.DateTimeFormat` of a page loads the locale data (30–80 ms of
 * main thread in desktop Chromium, more on a phone), which the district map paid at load.
 * tests/unit/format.test.ts holds these functions to `Intl`'s output over many values.
 */

/** Digits of a non-negative integer grouped in threes with commas: `"325088"` → `"325,088"`. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * `value` with exactly `digits` decimals, grouped, a hyphen-minus before negatives (negative zero included), as
 * `Intl.NumberFormat` writes it. Like `Intl`, it rounds the shortest decimal that reads back as `value` (what
 * `String(value)` prints), half away from zero: 0.15 → "0.2", where `toFixed` rounds the binary value to "0.1".
 */
function fixedDecimals(value: number, digits: number): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const size = Math.abs(value);
  if (size === Infinity) return `${sign}∞`;
  // The shortest decimal as a digit string and the place of its decimal point ("1.5e-7" → "15", point -6).
  const [mantissa = '', exponent = '0'] = String(size).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  let decimal = whole + fraction;
  let point = whole.length + Number(exponent);
  if (point < 0) {
    decimal = '0'.repeat(-point) + decimal;
    point = 0;
  }
  decimal = decimal.padEnd(point + digits + 1, '0');
  const roundUp = decimal[point + digits]! >= '5';
  const kept = (BigInt(decimal.slice(0, point + digits) || '0') + (roundUp ? 1n : 0n))
    .toString()
    .padStart(digits + 1, '0');
  const integerPart = kept.slice(0, kept.length - digits);
  return `${sign}${groupThousands(integerPart)}${digits ? `.${kept.slice(kept.length - digits)}` : ''}`;
}

/** A count, grouped: `formatCount(325088)` → `"325,088"`. */
export function formatCount(value: number): string {
  return fixedDecimals(value, 0);
}

/**
 * A number with a fixed count of decimals: `formatDecimal(59.27, 1)` → `"59.3"`.
 * Rounds half away from zero as `Intl.NumberFormat` does.
 */
export function formatDecimal(value: number, digits = 1): string {
  return fixedDecimals(value, digits);
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

/** An ordinal rank: `formatRank(3)` → `"3rd"` (the English ordinal rules, as `Intl.PluralRules` has them). */
export function formatRank(rank: number): string {
  const lastTwo = Math.abs(rank) % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][lastTwo % 10] ?? 'th');
  return `${rank}${suffix}`;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
];

/** A calendar date in prose style: `formatDate(new Date('2025-12-06'))` → `"6 December 2025"`. */
export function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return `${date.getUTCDate()} ${monthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
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
