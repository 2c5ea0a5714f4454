/**
 * Rounding and rates as SSB publishes them. Knows nothing about files or sources.
 */

/**
 * `roundTo(x, digits)` rounds half away from zero to `digits` decimals (the ratios we round never sit on an exact tie).
 * @example roundTo(61.5312, 2) // 61.53
 */
export function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
}

/** Decimals kept in a derived rate per 1 000. */
const rateDigits = 4;

/**
 * `per1000(count, population)` is the rate per 1 000 inhabitants to 4 decimals. Why not SSB's 2: the site shows
 * rates to 1 decimal, and rounding a 2-decimal rate again is wrong about one time in twenty (437 250 offences in
 * 2002 are 96.6498 per 1 000, so 96.6, but 96.65 would round to 96.7). Compare with SSB's 2- or 1-decimal figures
 * through `rateTo`, which rounds the exact ratio once.
 * @example per1000(341509, 5550203) // 61.5312
 */
export function per1000(count: number, population: number): number {
  return rateTo(count, population, rateDigits);
}

/**
 * `rateTo(count, population, digits)` is the rate per 1 000 rounded once, from the exact ratio, to `digits`.
 * @example rateTo(437250, 4524066, 1) // 96.6
 */
export function rateTo(count: number, population: number, digits: number): number {
  if (!(population > 0)) throw new RangeError(`per1000: population must be positive, got ${population}`);
  return roundTo((count / population) * 1000, digits);
}

/**
 * `mean(values)` is the arithmetic mean of non-empty numbers rounded to 2 decimals.
 * @example mean([1, 2, 4]) // 2.33
 */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('mean: no values');
  return roundTo(values.reduce((a, b) => a + b, 0) / values.length, 2);
}
