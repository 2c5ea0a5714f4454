/**
 * Change between two-year periods that do not overlap: which periods can be compared with the first one, and the
 * percentage change of a value between them. A change from 2022–2023 to 2023–2024 would count 2023 twice, so it is
 * never offered. Knows nothing about the payload layout, geography, Astro or the DOM.
 */

/** First and last calendar year of a period such as `"2020-2021"`. */
function years(period: string): [number, number] {
  const [a, b] = period.split('-').map(Number);
  return [a!, b ?? a!];
}

/**
 * Whether `period` starts after `base` ends, so the two share no year.
 * @example isComparablePeriod('2022-2023', '2020-2021') // true
 * @example isComparablePeriod('2021-2022', '2020-2021') // false
 */
export function isComparablePeriod(period: string, base: string): boolean {
  return years(period)[0] > years(base)[1];
}

/**
 * Percentage change from `base` to `value`; null when either is missing or the base is zero.
 * @example percentChange(50, 60) // 20
 */
export function percentChange(base: number | null | undefined, value: number | null | undefined): number | null {
  if (base === null || base === undefined || value === null || value === undefined || base === 0) return null;
  return (value / base - 1) * 100;
}
