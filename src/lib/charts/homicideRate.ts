/**
 * Chart: victims of intentional homicide per 100,000 inhabitants in Norway, 1990–2023 (UNODC), with the join of
 * two UNODC releases at 1999/2000 marked and missing years left as gaps. Pure: data in, Plot options out.
 */
import * as Plot from '@observablehq/plot';
import type {HomicideRateRow} from '../derived-types.ts';
import {formatDecimal} from '../format.ts';
import {defineChart} from './define.ts';
import {assertKnownKeys, maybeRecord, maybeYearSpan, type YearSpan} from './state.ts';
import {pickRows, type Cell} from './table.ts';
import {baseOptions, colour, formatYear, isNarrow, yAxisLabel, yearTicks, type ChartSize} from './theme.ts';
import {derivedFiles} from '../derived-files.ts';

/** What a scroll step (or a page) can change. */
export interface HomicideRateState {
  /** Years to draw in the highlight colour, inclusive. */
  highlight?: YearSpan;
}

/** @example renderPlot(homicideRate(rows, {width: 680}), meta) */
export function homicideRate(
  data: readonly HomicideRateRow[],
  {width, height, highlight}: ChartSize & HomicideRateState
): Plot.PlotOptions {
  const narrow = isNarrow({width});
  const first = data[0]!.year;
  const last = data.at(-1)!.year;
  const joins = data.filter((d, i) => i > 0 && d.dataset !== data[i - 1]!.dataset);
  const span = data.filter((d) => highlight && d.year >= highlight[0] && d.year <= highlight[1]);
  const known = data.filter((d) => d.ratePer100k !== null);
  // Round the top up to the next half, so the 2011 peak (Utøya) is inside the frame.
  const top = Math.ceil(Math.max(...known.map((d) => d.ratePer100k!)) * 2) / 2;
  return {
    ...baseOptions({width}, height ?? (narrow ? 260 : 300)),
    marginLeft: 40,
    marginRight: narrow ? 30 : 40,
    marginTop: 28,
    // On a phone the first decade tick would sit under the y axis's "0.0"; the axis starts at the next one.
    x: {
      domain: [first - 0.5, last + 0.5],
      ticks: narrow ? yearTicks(first + 1, last, 10) : yearTicks(first, last, 5),
      tickFormat: formatYear,
      label: null
    },
    y: {
      domain: [0, top],
      grid: true,
      label: null,
      tickFormat: (v: number) => formatDecimal(v, 1)
    },
    marks: [
      yAxisLabel('Victims per 100,000 inhabitants', {marginLeft: 40, marginTop: 28}),
      highlight
        ? Plot.rectX([0], {x1: highlight[0] - 0.5, x2: highlight[1] + 0.5, fill: colour.highlight, fillOpacity: 0.08})
        : null,
      Plot.ruleX(joins, {x: (d: HomicideRateRow) => d.year - 0.5, stroke: colour.axis, strokeDasharray: '3,3'}),
      Plot.text(joins, {
        x: (d: HomicideRateRow) => d.year - 0.5,
        y: top,
        text: () => 'UNODC series change',
        textAnchor: 'start',
        dx: 4,
        dy: 6,
        fill: colour.text
      }),
      Plot.ruleY([0], {stroke: colour.axis}),
      // Missing years stay null, so the line breaks there instead of bridging them.
      Plot.line(data, {x: 'year', y: 'ratePer100k', stroke: highlight ? colour.muted : colour.series1, strokeWidth: 2}),
      highlight ? Plot.line(span, {x: 'year', y: 'ratePer100k', stroke: colour.highlight, strokeWidth: 3}) : null,
      Plot.dot(known.slice(-1), {x: 'year', y: 'ratePer100k', r: 3.5, fill: colour.series1}),
      Plot.text(known.slice(-1), {
        x: 'year',
        y: 'ratePer100k',
        text: (d: HomicideRateRow) => formatDecimal(d.ratePer100k!, 2),
        dy: -12,
        fill: colour.text,
        fontWeight: 600
      })
    ]
  };
}

/** Text description: first, highest, lowest and last rate, and missing years. */
export function homicideRateDescription(data: readonly HomicideRateRow[], state: HomicideRateState = {}): string {
  const known = data.filter((d) => d.ratePer100k !== null);
  const sorted = [...known].sort((a, b) => a.ratePer100k! - b.ratePer100k!);
  const rate = (d: HomicideRateRow) => `${formatDecimal(d.ratePer100k!, 2)} in ${d.year}`;
  const missing = data.filter((d) => d.ratePer100k === null).map((d) => d.year);
  let text =
    `Line chart of victims of intentional homicide per 100,000 inhabitants in Norway, ${data[0]!.year} to ${data.at(-1)!.year} (UNODC): ` +
    `${rate(known[0]!)}, highest ${rate(sorted.at(-1)!)}, lowest ${rate(sorted[0]!)}, ${rate(known.at(-1)!)}.`;
  if (missing.length) text += ` No total for ${missing.join(', ')}.`;
  if (state.highlight) text += ` Highlighted: ${state.highlight[0]} to ${state.highlight[1]}.`;
  return text;
}

/** Registry entry. */
export const homicideRateChart = defineChart<HomicideRateRow[], HomicideRateState>({
  name: 'homicideRate',
  slug: 'homicide-rate',
  files: [derivedFiles.homicideRate],
  title: 'Homicide is rare in Norway, and rarer than in the 1990s',
  subtitle: 'Victims of intentional homicide per 100,000 inhabitants, Norway, 1990–2023',
  load: (read) => read(derivedFiles.homicideRate) as HomicideRateRow[],
  state(input) {
    const s = maybeRecord(input, 'homicideRate');
    assertKnownKeys(s, ['highlight'], 'homicideRate');
    return {highlight: maybeYearSpan(s.highlight, 'homicideRate highlight')};
  },
  plot: homicideRate,
  describe: homicideRateDescription,
  table: (data) => {
    const columns = [
      {key: 'year', label: 'Year'},
      {key: 'ratePer100k', label: 'Per 100,000', numeric: true, format: (v: Cell) => (v === null ? '–' : String(v))},
      {key: 'dataset', label: 'UNODC dataset'}
    ];
    return {columns, rows: pickRows(data, columns)};
  }
});
