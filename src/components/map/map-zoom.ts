/**
 * Moves an SVG's viewBox to a box, animated unless the reader prefers reduced motion. Used by the district map's
 * drill-down and the locator map's `data-zoom`. Browser-only; no d3.
 */

/** A viewBox as `[x, y, width, height]`. */
export type ViewBox = [number, number, number, number];

const frames = new WeakMap<SVGSVGElement, number>();

/** The viewBox that shows box `[x0, y0, x1, y1]` with a margin (a share of its size, at least `min` units). */
export function boxView([x0, y0, x1, y1]: readonly number[], margin = 0.08, min = 8): ViewBox {
  const w = x1! - x0!;
  const h = y1! - y0!;
  const m = Math.max(min, margin * Math.max(w, h));
  return [x0! - m, y0! - m, w + 2 * m, h + 2 * m];
}

/** Current viewBox of an SVG. */
export function viewBoxOf(svg: SVGSVGElement): ViewBox {
  return (svg.getAttribute('viewBox') ?? '0 0 0 0').split(/[\s,]+/).map(Number) as ViewBox;
}

/** Animates (or jumps, under reduced motion) the viewBox of `svg` to `target` over `ms` milliseconds. */
export function zoomTo(svg: SVGSVGElement, target: ViewBox, ms = 450): void {
  const from = viewBoxOf(svg);
  const set = (v: readonly number[]) => svg.setAttribute('viewBox', v.map((n) => Math.round(n * 10) / 10).join(' '));
  cancelAnimationFrame(frames.get(svg) ?? 0);
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) return set(target);
  const start = performance.now();
  const step = (now: number) => {
    const t = Math.min(1, (now - start) / ms);
    const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2; // cubic in-out
    set(from.map((f, k) => f + (target[k]! - f) * e));
    if (t < 1) frames.set(svg, requestAnimationFrame(step));
  };
  frames.set(svg, requestAnimationFrame(step));
}
