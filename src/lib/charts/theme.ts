/**
 * Shared look of the build-time charts: colours as the site's CSS custom properties (so one SVG works in light,
 * dark and print), type size, and a year formatter for axes. Knows nothing about data, Astro or the DOM.
 */
import * as Plot from '@observablehq/plot';

/** Chart colours. Each is a `var(--…)` defined in src/styles/global.css for light and dark schemes. */
export const colour = {
  series1: 'var(--chart-series-1)',
  series2: 'var(--chart-series-2)',
  series3: 'var(--chart-series-3)',
  series4: 'var(--chart-series-4)',
  highlight: 'var(--chart-highlight)',
  muted: 'var(--chart-muted)',
  grid: 'var(--chart-grid)',
  axis: 'var(--chart-axis)',
  text: 'var(--color-text)',
  background: 'var(--color-bg)'
} as const;

/** Width and height in CSS pixels of one rendered SVG. Height is optional: each chart picks a default. */
export interface ChartSize {
  width: number;
  height?: number;
}

/**
 * Widths every figure is rendered at: a phone column and a desktop column (CSS shows one of the two). The phone
 * drawing is as wide as the narrowest box it appears in on a 320 px screen (a cover card: 320 minus two 16 px
 * margins), so it is never shown smaller than drawn and its 12 px text never renders below 11 CSS px; wider phones
 * scale it up.
 */
export const renderWidths = {narrow: 288, wide: 680} as const;

/** True when the SVG is drawn for a phone column, so a chart can shorten labels or thin ticks. */
export function isNarrow(size: ChartSize): boolean {
  return size.width < 480;
}

/**
 * Options every chart starts from: size, type and `currentColor` = axis colour.
 * @example Plot.plot({...baseOptions({width: 680}), marks: […]})
 */
export function baseOptions(size: ChartSize, defaultHeight: number): Plot.PlotOptions {
  return {
    width: size.width,
    height: size.height ?? defaultHeight,
    style: {fontSize: '12px', color: colour.axis, background: 'none', overflow: 'visible'}
  };
}

/** A calendar year as printed on an axis: `formatYear(2005)` → `"2005"` (no grouping separator). */
export function formatYear(year: number): string {
  return String(Math.round(year));
}

/** Every `step`-th year from `from` to `to` inclusive, for year axes: `yearTicks(1993, 2024, 10)` → [2000, 2010, 2020]. */
export function yearTicks(from: number, to: number, step: number): number[] {
  const ticks: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) ticks.push(y);
  return ticks;
}

/**
 * A y-axis label above the top left of the plot, in place of Plot's own (`y: {label: null}`): Plot sets its label
 * 3 px from the top of the drawing, where the font's ascent (and the arrow's) pokes out of the SVG's box.
 * @example yAxisLabel('Victims per 100,000 inhabitants', {marginLeft: 40, marginTop: 28})
 */
export function yAxisLabel(label: string, margins: {marginLeft: number; marginTop: number}): Plot.Markish {
  return Plot.text([`↑ ${label}`], {
    frameAnchor: 'top-left',
    text: (d: string) => d,
    textAnchor: 'start',
    lineAnchor: 'top',
    dx: 3 - margins.marginLeft,
    dy: 6 - margins.marginTop,
    fill: 'currentColor'
  });
}
