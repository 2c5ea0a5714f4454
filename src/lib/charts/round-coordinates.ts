/**
 * Rounds the coordinates Plot writes into an SVG (scale outputs such as `66.4928530588908`) to a hundredth of a
 * pixel. A chart is drawn at most 680 units wide, so the difference is invisible, and the digits it removes are most
 * of a chart's bytes: they are random to gzip. Knows nothing about Plot, charts or pages.
 */

/** Attributes that hold coordinates or lengths; other attributes (labels, ids, data) are never touched. */
const geometryAttributes = [
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'width',
  'height',
  'd',
  'points',
  'transform',
  'viewBox'
] as const;

/** A decimal number with three or more digits after the point (shorter ones are already compact). */
const longDecimal = /-?\d*\.\d{3,}/g;

/**
 * `roundNumbers(text, digits)` rounds every decimal number with more than `digits` digits in `text` to `digits`,
 * without trailing zeros.
 * @example roundNumbers('translate(64,66.4928530588908)') // 'translate(64,66.49)'
 */
export function roundNumbers(text: string, digits = 2): string {
  const scale = 10 ** digits;
  return text.replace(longDecimal, (n) => String(Math.round(Number(n) * scale) / scale));
}

/**
 * `roundCoordinates(svg)` rounds the geometry attributes of `svg` and every element inside it, in place.
 * @example roundCoordinates(svgElement) // <rect y="42.588423098913665"> becomes <rect y="42.59">
 */
export function roundCoordinates(svg: Element, digits = 2): void {
  for (const el of [svg, ...Array.from(svg.querySelectorAll('*'))]) {
    for (const name of geometryAttributes) {
      const value = el.getAttribute(name);
      if (value !== null) el.setAttribute(name, roundNumbers(value, digits));
    }
  }
}
