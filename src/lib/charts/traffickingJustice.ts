/**
 * Chart: trafficking victims detected, persons prosecuted and persons convicted in Norway by year (UNODC GLOTIP
 * totals). Victims and court figures differ by two orders of magnitude, so they get two stacked panels rather than
 * one squashed scale. UNODC's "<5" is drawn as a 0–5 range marker labelled "<5", never as zero; missing years
 * are gaps. Pure: data in, Plot options out; knows nothing about files, Astro or the DOM.
 */
import * as Plot from '@observablehq/plot';
import type {UnodcTraffickingRow} from '../data/types.ts';
import {formatCount} from '../format.ts';
import {defineChart} from './define.ts';
import {assertKnownKeys, maybeListOf, maybeRecord} from './state.ts';
import type {Cell, TableRow} from './table.ts';
import {baseOptions, colour, formatYear, isNarrow, yearTicks, type ChartSize} from './theme.ts';

/** The three series, with the UNODC indicator each comes from. */
export const traffickingSeries = {
  victims: {indicator: 'Detected trafficking victims', label: 'Victims detected', colour: colour.series1},
  prosecuted: {indicator: 'Persons prosecuted', label: 'Persons prosecuted', colour: colour.series2},
  convicted: {indicator: 'Persons convicted', label: 'Persons convicted', colour: colour.series4}
} as const;

/** Key of a series. */
export type TraffickingSeries = keyof typeof traffickingSeries;
const seriesKeys = Object.keys(traffickingSeries) as TraffickingSeries[];

/** One year × series: `value` null with `belowFive` = UNODC "<5"; null without = not reported. */
export interface TraffickingPoint {
  year: number;
  series: TraffickingSeries;
  value: number | null;
  belowFive: boolean;
}

/** What a scroll step (or a page) can change. */
export interface TraffickingState {
  /** Series to draw (default all); the others leave their space empty, so steps can reveal them one by one. */
  series?: readonly TraffickingSeries[];
}

/** Picks the national totals (all sexes, ages, categories) of the three indicators, one point per year and series. */
export function traffickingPoints(rows: readonly UnodcTraffickingRow[]): TraffickingPoint[] {
  const totals = rows.filter((r) => r.dimension === 'Total' && r.category === 'Total' && r.sex === 'Total' && r.age === 'Total');
  return seriesKeys.flatMap((series) =>
    totals
      .filter((r) => r.indicator === traffickingSeries[series].indicator)
      .map((r) => ({year: r.year, series, value: r.value, belowFive: r.belowFive}))
      .sort((a, b) => a.year - b.year)
  );
}

/** Points with a null for every year in the span a series has no value, so lines break there instead of bridging. */
function withGaps(points: readonly TraffickingPoint[], from: number, to: number): TraffickingPoint[] {
  return seriesKeys.flatMap((series) => {
    const own = points.filter((p) => p.series === series);
    const out: TraffickingPoint[] = [];
    for (let year = from; year <= to; year++) out.push(own.find((p) => p.year === year) ?? {year, series, value: null, belowFive: false});
    return out;
  });
}

/** @example renderPlot(traffickingJustice(points, {width: 680, series: ['victims']}), meta) */
export function traffickingJustice(
  data: readonly TraffickingPoint[],
  {width, height, series = seriesKeys}: ChartSize & TraffickingState
): Plot.PlotOptions[] {
  const narrow = isNarrow({width});
  const total = height ?? (narrow ? 400 : 420);
  const years = data.map((d) => d.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const shown = withGaps(data, first, last).filter((d) => series.includes(d.series));
  const x = {domain: [first - 0.5, last + 0.5], ticks: yearTicks(first, last, narrow ? 5 : 2), tickFormat: formatYear, label: null};
  const margins = {marginLeft: 40, marginRight: narrow ? 12 : 24};
  const panel = (keys: TraffickingSeries[], h: number, label: string): Plot.PlotOptions => {
    const points = shown.filter((d) => keys.includes(d.series));
    const stroke = (d: TraffickingPoint) => traffickingSeries[d.series].colour;
    const small = points.filter((d) => d.belowFive);
    return {
      ...baseOptions({width}, h),
      ...margins,
      marginTop: 26,
      x,
      y: {grid: true, nice: true, ticks: 4, label, tickFormat: (v: number) => formatCount(v), domain: keys.includes('victims') ? undefined : [0, 40]},
      marks: [
        Plot.ruleY([0], {stroke: colour.axis}),
        Plot.line(points, {x: 'year', y: 'value', z: 'series', stroke, strokeWidth: 2}),
        Plot.dot(points.filter((d) => d.value !== null), {x: 'year', y: 'value', fill: stroke, r: 3}),
        Plot.rectY(small, {x1: (d: TraffickingPoint) => d.year - 0.18, x2: (d: TraffickingPoint) => d.year + 0.18, y1: 0, y2: 5, fill: stroke, fillOpacity: 0.35, stroke}),
        Plot.text(small, {x: 'year', y: 5, text: () => '<5', dy: -7, fill: colour.text, fontSize: 11}),
        // Direct labels instead of a legend: each series named at its highest point, running to the right so a peak
        // near the start of the series does not push its label over the axis.
        Plot.text(
          keys.filter((k) => series.includes(k)).flatMap((k) => {
            const own = points.filter((d) => d.series === k && d.value !== null);
            const top = own.reduce<TraffickingPoint | undefined>((a, b) => (!a || b.value! > a.value! ? b : a), undefined);
            return top ? [top] : [];
          }),
          {x: 'year', y: 'value', text: (d: TraffickingPoint) => traffickingSeries[d.series].label, dy: -11, dx: -6, textAnchor: 'start', fill: stroke, fontWeight: 600, stroke: colour.background, strokeWidth: 3, paintOrder: 'stroke'}
        )
      ]
    };
  };
  const victimsHeight = Math.round(total * 0.52);
  const panels: [TraffickingSeries[], number, string][] = [
    [['victims'], victimsHeight, 'Victims detected'],
    [['prosecuted', 'convicted'], total - victimsHeight, 'Persons prosecuted and convicted']
  ];
  // A panel none of whose series is shown would be an empty frame (e.g. the scroll step about victims alone).
  return panels.filter(([keys]) => keys.some((k) => series.includes(k))).map(([keys, h, label]) => panel(keys, h, label));
}

/** Text description: the range of each series, the "<5" years and the missing years. */
export function traffickingDescription(data: readonly TraffickingPoint[], state: TraffickingState = {}): string {
  const keys = state.series ?? seriesKeys;
  const parts = keys.map((key) => {
    const own = data.filter((d) => d.series === key);
    const known = own.filter((d) => d.value !== null);
    const below = own.filter((d) => d.belowFive).map((d) => d.year);
    const years = own.map((d) => d.year);
    const lo = known.reduce((a, b) => (b.value! < a.value! ? b : a), known[0]!);
    const hi = known.reduce((a, b) => (b.value! > a.value! ? b : a), known[0]!);
    let text = `${traffickingSeries[key].label.toLowerCase()}: reported for ${years.length} years between ${Math.min(...years)} and ${Math.max(...years)}`;
    if (known.length) text += `, from ${formatCount(lo.value!)} (${lo.year}) to ${formatCount(hi.value!)} (${hi.year})`;
    if (below.length) text += `, fewer than 5 in ${below.join(', ')}`;
    return text;
  });
  return `Chart of human trafficking in Norway by year, from UNODC: ${parts.join('; ')}. Years without a value are left blank.`;
}

const shownValue = (v: Cell, row: TableRow, key: string) => (row[`${key}BelowFive`] ? 'fewer than 5' : v === null ? '–' : formatCount(v as number));

/** Registry entry. The table and CSV have one row per year with a column per series; "<5" is kept as text. */
export const traffickingJusticeChart = defineChart<TraffickingPoint[], TraffickingState>({
  name: 'traffickingJustice',
  slug: 'trafficking-justice',
  files: ['trafficking-unodc-norway-2003-2022.json'],
  title: 'Hundreds of victims a year, a handful of convictions',
  subtitle: 'Human trafficking victims detected, persons prosecuted and persons convicted, Norway, by year (UNODC)',
  load: (read) => traffickingPoints(read('trafficking-unodc-norway-2003-2022.json') as UnodcTraffickingRow[]),
  state(input) {
    const s = maybeRecord(input, 'traffickingJustice');
    assertKnownKeys(s, ['series'], 'traffickingJustice');
    return {series: maybeListOf(s.series, seriesKeys, 'traffickingJustice series')};
  },
  plot: traffickingJustice,
  describe: traffickingDescription,
  table: (data, state) => {
    const keys = state.series ?? seriesKeys;
    const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
    const rows = years.map((year) => {
      const row: TableRow = {year};
      for (const key of keys) {
        const point = data.find((d) => d.year === year && d.series === key);
        row[key] = point?.belowFive ? '<5' : (point?.value ?? null);
        row[`${key}BelowFive`] = point?.belowFive ?? false;
      }
      return row;
    });
    const columns = [
      {key: 'year', label: 'Year'},
      ...keys.map((key) => ({key, label: traffickingSeries[key].label, numeric: true, format: (v: Cell, row: TableRow) => shownValue(v, row, key)}))
    ];
    // The CSV keeps "<5" in the value column; the *BelowFive flags only steer the HTML table (not CSV columns).
    return {columns, rows};
  }
});
