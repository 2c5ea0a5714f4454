/**
 * Layout shared by the GI-TOC dot plots: the row geometry (indicator name above each row, clear of the top axis),
 * type size per width, and value labels that belong to the dot they name — placed on the side of that dot away from
 * the other mark of its row, so a label never sits beside the European ring or an earlier edition's ring.
 * Knows nothing about GI-TOC data, Astro or the DOM.
 */
import * as Plot from '@observablehq/plot';
import {formatDecimal} from '../format.ts';
import {estimateTextWidth} from '../text-width.ts';
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

/**
 * The frame every GI-TOC dot plot shares: type, margins, the 1–10 score axis on top, and one point-scale row per
 * indicator in `order`. `marginBottom` leaves room for a note under the rows.
 */
export function dotPlotFrame(layout: ReturnType<typeof dotPlotLayout>, order: string[], marginBottom: number) {
  return {
    style: {fontSize: `${layout.fontSize}px`, color: colour.axis, background: 'none', overflow: 'visible'},
    marginLeft: layout.marginLeft,
    marginRight: layout.marginRight,
    marginTop: layout.marginTop,
    marginBottom,
    x: {
      domain: [1, 10],
      ticks: [1, 2, 4, 6, 8, 10],
      grid: true,
      label: null,
      axis: 'top' as const,
      tickFormat: (v: number) => formatDecimal(v, 0)
    },
    y: {type: 'point' as const, domain: order, axis: null, padding: 0.5, insetTop: layout.insetTop}
  } satisfies Plot.PlotOptions;
}

/** A row with the value to print and the other mark's value (a ring), if any. */
export interface LabelledValue {
  value: number;
  other: number | null;
}

/** Room a label needs: its text and the drawing it goes in. */
export interface LabelFit {
  text: string;
  width: number;
}

/** Gap in px between a dot's centre and its label. */
const labelGap = 9;

/** x in px of a score in a dot plot of a width (the 1–10 axis between the layout's margins). */
export function dotX(value: number, width: number): number {
  const {marginLeft, marginRight} = dotPlotLayout({width});
  return marginLeft + ((value - 1) / 9) * (width - marginLeft - marginRight);
}

/**
 * Which side of its dot a value label goes: away from the other mark; right when there is none or they coincide.
 * Given the label's text and the drawing's width, a label that would run past either edge of the drawing goes to
 * the other side instead, where it fits.
 * @example labelSide({value: 1.5, other: 4.67}) // 'left'
 * @example labelSide({value: 7.92, other: 7.92}, {text: '7.92, no change', width: 288}) // 'left'
 */
export function labelSide(d: LabelledValue, fit?: LabelFit): 'left' | 'right' {
  const away = d.other !== null && d.other > d.value ? 'left' : 'right';
  if (!fit) return away;
  const x = dotX(d.value, fit.width);
  const w = estimateTextWidth(fit.text, dotPlotLayout(fit).fontSize) + labelGap;
  const fitsRight = x + w <= fit.width;
  const fitsLeft = x - w >= 0;
  if (away === 'right' && !fitsRight && fitsLeft) return 'left';
  if (away === 'left' && !fitsLeft && fitsRight) return 'right';
  return away;
}

/** Indicator names a phone drawing shortens to fit its width; the table and the text description keep the full name. */
const shortNames: Readonly<Record<string, string>> = {
  'Government transparency and accountability': 'Transparency and accountability'
};

/**
 * An indicator's name as printed above its row: shortened on a phone where the full name would not fit.
 * @example rowName('Government transparency and accountability', {width: 288}) // 'Transparency and accountability'
 */
export function rowName(indicator: string, size: ChartSize): string {
  return isNarrow(size) ? (shortNames[indicator] ?? indicator) : indicator;
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
    fontStyle?: string;
    /** Class of the marks (default {@link valueLabelClass}: labels of the dots tests pair them with). */
    className?: string;
  }
): Plot.Markish[] {
  return (['left', 'right'] as const).map((side) =>
    Plot.text(
      rows.filter((d) => options.side(d) === side),
      {
        x: options.x,
        y: options.y,
        text: options.text,
        dx: side === 'left' ? -labelGap : labelGap,
        textAnchor: side === 'left' ? 'end' : 'start',
        fill: options.fill ?? colour.text,
        fontStyle: options.fontStyle,
        className: options.className ?? valueLabelClass
      }
    )
  );
}
