/**
 * Layout shared by the GI-TOC dot plots: the row geometry (indicator name above each row, clear of the top axis),
 * type size per width, and value labels that belong to the dot they name — placed on the side of that dot away from
 * the other mark of its row, so a label never sits beside the European ring or an earlier edition's ring.
 * Knows nothing about GI-TOC data, Astro or the DOM.
 */
import * as Plot from '@observablehq/plot';
import {colour, isNarrow, type ChartSize} from './theme.ts';

/** Class of the value labels and of the dots they name; tests pair them by row. */
export const valueLabelClass = 'dot-value';
/** Class of the dots whose value is printed. */
export const labelledDotClass = 'dot-labelled';

/** Row height, type size and margins of a dot plot at a width. Phone text is larger so it stays ≥ 11 px at 320 px. */
export function dotPlotLayout({width}: ChartSize) {
  const narrow = isNarrow({width});
  const fontSize = narrow ? 13 : 12;
  return {
    narrow,
    fontSize,
    rowHeight: narrow ? 36 : 38,
    // The name sits this far above its row's dots; with the label's own height it clears the row above.
    nameOffset: narrow ? -17 : -16,
    marginTop: 28,
    // Room above the first row for its name, so the name never touches the axis labels.
    insetTop: 20,
    marginLeft: 26,
    marginRight: narrow ? 14 : 20
  };
}

/** A row with the value to print and the other mark's value (a ring), if any. */
export interface LabelledValue {
  value: number;
  other: number | null;
}

/**
 * Which side of its dot a value label goes: away from the other mark; right when there is none or they coincide.
 * @example labelSide({value: 1.5, other: 4.67}) // 'left'
 */
export function labelSide(d: LabelledValue): 'left' | 'right' {
  return d.other !== null && d.other > d.value ? 'left' : 'right';
}

/**
 * Two text marks (Plot's textAnchor is a constant) that print each row's value beside its dot.
 * @param x accessor of the dot's x value; `text` the printed value; `y` the row channel
 */
export function valueLabels<T extends object>(
  rows: readonly T[],
  options: {
    x: (d: T) => number;
    y: (d: T) => string;
    text: (d: T) => string;
    side: (d: T) => 'left' | 'right';
    fill?: string;
  }
): Plot.Markish[] {
  return (['left', 'right'] as const).map((side) =>
    Plot.text(
      rows.filter((d) => options.side(d) === side),
      {
        x: options.x,
        y: options.y,
        text: options.text,
        dx: side === 'left' ? -9 : 9,
        textAnchor: side === 'left' ? 'end' : 'start',
        fill: options.fill ?? colour.text,
        className: valueLabelClass
      }
    )
  );
}
