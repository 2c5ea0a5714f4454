/**
 * Colour classes for choropleths: rounded quantile breaks and the class index of a value. Knows nothing about
 * colours themselves (classes map to the CSS ramp --seq-0 … --seq-5), about geography, Astro or the DOM.
 */

/** Number of colour classes, one per CSS variable --seq-0 … --seq-5. */
export const classCount = 6;

/** Rounds to two significant figures so legend breaks read as plain numbers (47.3 → 47, 0.0834 → 0.083). */
export function roundBreak(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / magnitude) * magnitude;
}

/**
 * Quantile thresholds (at most `classes - 1`, strictly increasing) over all `values`, rounded to two significant
 * figures. Pass every period's values so that colours mean the same thing when the reader changes period.
 * Null values (suppressed cells) are ignored.
 * @example quantileBreaks([1, 2, 3, 4, 5, 6], 3) // [2.7, 4.3]
 */
export function quantileBreaks(values: readonly (number | null)[], classes = classCount): number[] {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let k = 1; k < classes; k++) {
    // Linear interpolation between order statistics (the R-7 / d3.quantile definition).
    const h = (sorted.length - 1) * (k / classes);
    const lo = sorted[Math.floor(h)]!;
    const hi = sorted[Math.ceil(h)]!;
    const b = roundBreak(lo + (hi - lo) * (h - Math.floor(h)));
    if (b > sorted[0]! && (breaks.length === 0 || b > breaks[breaks.length - 1]!)) breaks.push(b);
  }
  return breaks;
}

/**
 * The class (0 … breaks.length) of a value: the number of breaks it reaches. A value equal to a break belongs to
 * the class above it, matching legend labels "40–50" meaning 40 ≤ v < 50. Null (suppressed) returns -1.
 * @example classOf(45, [40, 50]) // 1
 */
export function classOf(value: number | null, breaks: readonly number[]): number {
  if (value === null || !Number.isFinite(value)) return -1;
  let k = 0;
  while (k < breaks.length && value >= breaks[k]!) k++;
  return k;
}

/**
 * The CSS ramp step for a class when there are fewer than {@link classCount} classes: spreads classes over the whole
 * ramp so the darkest colour always means "highest".
 * @example rampStep(1, 3) // 3 (three classes use steps 0, 3, 5)
 */
export function rampStep(klass: number, classes: number): number {
  if (classes <= 1) return 3;
  return Math.round((klass * (classCount - 1)) / (classes - 1));
}
