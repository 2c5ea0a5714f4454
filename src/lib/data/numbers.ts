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

/**
 * `per1000(count, population)` is the rate per 1 000 inhabitants rounded to 2 decimals, SSB's convention.
 * @example per1000(341509, 5550203) // 61.53
 */
export function per1000(count: number, population: number): number {
  if (!(population > 0)) throw new RangeError(`per1000: population must be positive, got ${population}`);
  return roundTo((count / population) * 1000, 2);
}

/**
 * `mean(values)` is the arithmetic mean of non-empty numbers rounded to 2 decimals.
 * @example mean([1, 2, 4]) // 2.33
 */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('mean: no values');
  return roundTo(values.reduce((a, b) => a + b, 0) / values.length, 2);
}
