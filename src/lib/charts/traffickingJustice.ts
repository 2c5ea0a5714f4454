/**
 * Chart: trafficking victims detected, persons prosecuted and persons convicted in Norway by year (UNODC GLOTIP
 * totals) on one scale, so the gap between hundreds of victims and a handful of convictions is what the reader sees;
 * a second view draws the cumulative totals quoted by the US reports. UNODC's "<5" is drawn as a 0–5 range marker,
 * never as zero; missing years are gaps. Pure: data in, Plot options out; knows nothing about files, Astro or the DOM.
 */
import * as Plot from '@observablehq/plot';
import type {TipReportRow, UnodcTraffickingRow} from '../derived-types.ts';
import {formatCount} from '../format.ts';
import {defineChart} from './define.ts';
import {assertKnownKeys, maybeListOf, maybeOneOf, maybeRecord} from './state.ts';
import type {Cell, TableRow} from './table.ts';
import {baseOptions, colour, formatYear, isNarrow, yearTicks, type ChartSize} from './theme.ts';
import {derivedFiles} from '../derived-files.ts';

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
  /** Series to draw (default all); the scale stays fixed, so steps can reveal them one by one. */
  series?: readonly TraffickingSeries[];
  /** `"years"` (default): UNODC by year; `"totals"`: the US reports' cumulative totals. */
  view?: TraffickingView;
}

/** The two views of the chart. */
export const traffickingViews = ['years', 'totals'] as const;
/** A view of the chart. */
export type TraffickingView = (typeof traffickingViews)[number];

/** Picks the national totals (all sexes, ages, categories) of the three indicators, one point per year and series. */
export function traffickingPoints(rows: readonly UnodcTraffickingRow[]): TraffickingPoint[] {
  const totals = rows.filter(
    (r) => r.dimension === 'Total' && r.category === 'Total' && r.sex === 'Total' && r.age === 'Total'
  );
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
    for (let year = from; year <= to; year++)
      out.push(own.find((p) => p.year === year) ?? {year, series, value: null, belowFive: false});
    return out;
  });
}

/** A cumulative total quoted by a US Trafficking in Persons report, parsed from the derived TIP file. */
export interface TraffickingTotal {
  /** Report that quotes the total. */
  reportYear: number;
  /** What is counted. */
  kind: 'victims' | 'convicted';
  /** The number as quoted ("~2800" → 2800; `approximate` says it had a "~"). */
  value: number;
  approximate: boolean;
  /** The years it covers, as the report gives them, e.g. "2007–2016". */
  span: string;
}

/** Data of the chart: the UNODC year points and the US reports' cumulative totals. */
export interface TraffickingData {
  points: TraffickingPoint[];
  totals: TraffickingTotal[];
}

/**
 * The cumulative totals in the TIP rows: victims from `victims` ("~2800 potential victims assisted 2007-2016"),
 * convictions from `note` ("convictions as reported: 50 since 2003", up to the year before the report). Rows
 * without such text are skipped; text that names a total but has no number throws.
 * @example traffickingTotals([{reportYear: 2017, dataPeriod: '2003-2016 cumulative', victims: '~2800 potential victims assisted 2007-2016', note: 'convictions as reported: 50 since 2003'}])
 */
export function traffickingTotals(
  rows: readonly Pick<TipReportRow, 'reportYear' | 'dataPeriod' | 'victims' | 'note'>[]
): TraffickingTotal[] {
  const out: TraffickingTotal[] = [];
  for (const row of rows.filter((r) => r.dataPeriod?.includes('cumulative'))) {
    const victims = /^(~?)(\d+) potential victims assisted (\d{4})-(\d{4})$/.exec(row.victims ?? '');
    const convicted = /convictions as reported: (\d+) since (\d{4})/.exec(row.note ?? '');
    const periodEnd = /^\d{4}-(\d{4})/.exec(row.dataPeriod ?? '')?.[1];
    if (!victims || !convicted || !periodEnd)
      throw new Error(`trafficking-tip-tiers-2001-2025.json, report ${row.reportYear}: cumulative totals not readable`);
    out.push({
      reportYear: row.reportYear,
      kind: 'victims',
      value: Number(victims[2]),
      approximate: victims[1] === '~',
      span: `${victims[3]}–${victims[4]}`
    });
    out.push({
      reportYear: row.reportYear,
      kind: 'convicted',
      value: Number(convicted[1]),
      approximate: false,
      span: `${convicted[2]}–${periodEnd}`
    });
  }
  return out;
}

const totalLabel = (d: TraffickingTotal) =>
  `${d.kind === 'victims' ? 'Potential victims assisted' : 'Persons convicted'}, ${d.span}`;
const totalValue = (d: TraffickingTotal) => `${d.approximate ? 'about ' : ''}${formatCount(d.value)}`;

const anchorOf = (year: number, first: number, last: number) =>
  year - first < 3 ? 'start' : last - year < 3 ? 'end' : 'middle';

/** The "totals" view: each report's cumulative victims and convictions as bars on one scale, a label above each. */
function totalsPlot(totals: readonly TraffickingTotal[], {width, height}: ChartSize): Plot.PlotOptions {
  const narrow = isNarrow({width});
  const rows = totals.map((d, i) => ({...d, i}));
  const fill = (d: TraffickingTotal) =>
    d.kind === 'victims' ? traffickingSeries.victims.colour : traffickingSeries.convicted.colour;
  const max = Math.max(...totals.map((d) => d.value));
  const inside = (d: TraffickingTotal) => d.value > max * 0.6;
  return {
    ...baseOptions({width}, height ?? rows.length * 50 + 44),
    marginLeft: 12,
    marginRight: narrow ? 16 : 24,
    marginTop: 4,
    marginBottom: 30,
    style: {fontSize: narrow ? '13px' : '12px', color: colour.axis, background: 'none', overflow: 'visible'},
    x: {domain: [0, max], ticks: narrow ? 3 : 5, grid: true, label: null, tickFormat: (v: number) => formatCount(v)},
    y: {domain: [rows.length - 0.2, -0.55], axis: null},
    marks: [
      Plot.rectX(rows, {
        x1: 0,
        x2: 'value',
        y1: (d: {i: number}) => d.i + 0.05,
        y2: (d: {i: number}) => d.i + 0.5,
        fill
      }),
      Plot.ruleX([0], {stroke: colour.axis}),
      Plot.text(rows, {
        x: 0,
        y: (d: {i: number}) => d.i - 0.22,
        text: (d: TraffickingTotal) =>
          `${d.reportYear} report: ${d.kind === 'victims' ? 'potential victims' : 'persons convicted'}, ${d.span}`,
        textAnchor: 'start',
        fill: colour.text
      }),
      // The value at the bar's end (inside a long bar), so even the shortest bar has its number beside it. Plot's
      // textAnchor and dx are constants, so bars with inside and outside labels get one mark each.
      ...[true, false].map((within) =>
        Plot.text(
          rows.filter((d) => inside(d) === within),
          {
            x: 'value',
            y: (d: {i: number}) => d.i + 0.275,
            text: totalValue,
            textAnchor: within ? 'end' : 'start',
            dx: within ? -6 : 6,
            fill: within ? colour.background : colour.text,
            fontWeight: 600
          }
        )
      )
    ]
  };
}

/**
 * One panel on one scale: victims in the hundreds, prosecutions and convictions near the floor, so the gap between
 * them is the picture. Series not in `series` are left out; the scale stays fixed so a step that adds a series
 * does not rescale the others. With `view: 'totals'` the US reports' cumulative totals are drawn instead.
 * @example renderPlot(traffickingJustice(data, {width: 680, series: ['victims']}), meta)
 */
export function traffickingJustice(
  data: TraffickingData,
  {width, height, series = seriesKeys, view = 'years'}: ChartSize & TraffickingState
): Plot.PlotOptions {
  if (view === 'totals') return totalsPlot(data.totals, {width, height});
  const narrow = isNarrow({width});
  const years = data.points.map((d) => d.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const shown = withGaps(data.points, first, last).filter((d) => series.includes(d.series));
  const stroke = (d: TraffickingPoint) => traffickingSeries[d.series].colour;
  const small = shown.filter((d) => d.belowFive);
  const max = Math.max(...data.points.map((d) => d.value ?? 0));
  // Direct labels instead of a legend: victims at their peak, the court series at their last value, above the line.
  // Each label sits above its series' highest point, which keeps it off every line of the same series.
  const labelAt = (key: TraffickingSeries) =>
    shown
      .filter((d) => d.series === key && d.value !== null)
      .reduce<TraffickingPoint | undefined>((a, b) => (!a || b.value! > a.value! ? b : a), undefined);
  const labels = series.flatMap((k) => {
    const at = labelAt(k);
    return at ? [at] : [];
  });
  return {
    ...baseOptions({width}, height ?? (narrow ? 380 : 400)),
    marginLeft: 40,
    marginRight: narrow ? 12 : 24,
    marginTop: 20,
    style: {fontSize: narrow ? '13px' : '12px', color: colour.axis, background: 'none', overflow: 'visible'},
    x: {
      domain: [first - 0.5, last + 0.5],
      ticks: yearTicks(first, last, narrow ? 5 : 2),
      tickFormat: formatYear,
      label: null
    },
    y: {
      domain: [0, max],
      nice: true,
      grid: true,
      ticks: narrow ? 4 : 5,
      label: null,
      tickFormat: (v: number) => formatCount(v)
    },
    marks: [
      Plot.ruleY([0], {stroke: colour.axis}),
      Plot.line(shown, {x: 'year', y: 'value', z: 'series', stroke, strokeWidth: 2}),
      Plot.dot(
        shown.filter((d) => d.value !== null),
        {x: 'year', y: 'value', fill: stroke, r: 3}
      ),
      Plot.rectY(small, {
        x1: (d: TraffickingPoint) => d.year - 0.18,
        x2: (d: TraffickingPoint) => d.year + 0.18,
        y1: 0,
        y2: 5,
        fill: stroke,
        fillOpacity: 0.35,
        stroke
      }),
      // Near the first year a label runs right, near the last it runs left, elsewhere it is centred on its peak
      // (Plot's textAnchor is a constant, so one mark per anchor).
      ...(['start', 'middle', 'end'] as const).map((anchor) =>
        Plot.text(
          labels.filter((d) => anchorOf(d.year, first, last) === anchor),
          {
            x: 'year',
            y: 'value',
            text: (d: TraffickingPoint) => traffickingSeries[d.series].label,
            dy: -13,
            dx: anchor === 'start' ? -6 : anchor === 'end' ? 6 : 0,
            textAnchor: anchor,
            fill: stroke,
            fontWeight: 600,
            stroke: colour.background,
            strokeWidth: 3,
            paintOrder: 'stroke'
          }
        )
      )
    ]
  };
}

/** Text description: the range of each series, the "<5" years and the missing years. */
export function traffickingDescription({points: data, totals}: TraffickingData, state: TraffickingState = {}): string {
  if (state.view === 'totals') {
    const parts = totals.map((d) => `${d.reportYear} report: ${totalLabel(d).toLowerCase()}, ${totalValue(d)}`);
    return `Bar chart on one scale of the cumulative totals quoted by the US Trafficking in Persons reports: ${parts.join('; ')}.`;
  }
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
  return `Line chart on one scale of human trafficking in Norway by year, from UNODC: ${parts.join('; ')}. Years without a value are left blank.`;
}

const shownValue = (v: Cell, row: TableRow, key: string) =>
  row[`${key}BelowFive`] ? 'fewer than 5' : v === null ? '–' : formatCount(v as number);

/** Registry entry. The table and CSV have one row per year with a column per series ("<5" kept as text), or in the
 * totals view one row per quoted total. */
export const traffickingJusticeChart = defineChart<TraffickingData, TraffickingState>({
  name: 'traffickingJustice',
  slug: 'trafficking-justice',
  files: [derivedFiles.unodcTrafficking, derivedFiles.tipTiers],
  title: 'Hundreds of victims a year, a handful of convictions',
  subtitle: (state) =>
    state.view === 'totals'
      ? 'Cumulative totals for Norway quoted by the US Trafficking in Persons reports, on one scale'
      : 'Human trafficking victims detected, persons prosecuted and persons convicted, Norway, by year, on one scale (UNODC). Shaded stubs: fewer than 5',
  load: (read) => ({
    points: traffickingPoints(read(derivedFiles.unodcTrafficking) as UnodcTraffickingRow[]),
    totals: traffickingTotals(read(derivedFiles.tipTiers) as TipReportRow[])
  }),
  state(input) {
    const s = maybeRecord(input, 'traffickingJustice');
    assertKnownKeys(s, ['series', 'view'], 'traffickingJustice');
    return {
      series: maybeListOf(s.series, seriesKeys, 'traffickingJustice series'),
      view: maybeOneOf(s.view, traffickingViews, 'traffickingJustice view')
    };
  },
  plot: traffickingJustice,
  describe: traffickingDescription,
  table: ({points: data, totals}, state) => {
    if (state.view === 'totals') {
      const columns = [
        {key: 'reportYear', label: 'US report'},
        {
          key: 'kind',
          label: 'What is counted',
          format: (v: Cell) => (v === 'victims' ? 'Potential victims assisted' : 'Persons convicted')
        },
        {key: 'span', label: 'Years'},
        {
          key: 'value',
          label: 'Total',
          numeric: true,
          format: (v: Cell, row: TableRow) => `${row.approximate ? 'about ' : ''}${formatCount(v as number)}`
        },
        {key: 'approximate', label: 'Approximate'}
      ];
      return {
        columns,
        rows: totals.map((d) => ({
          reportYear: d.reportYear,
          kind: d.kind,
          span: d.span,
          value: d.value,
          approximate: d.approximate
        }))
      };
    }
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
      ...keys.map((key) => ({
        key,
        label: traffickingSeries[key].label,
        numeric: true,
        format: (v: Cell, row: TableRow) => shownValue(v, row, key)
      }))
    ];
    // The CSV keeps "<5" in the value column; the *BelowFive flags only steer the HTML table (not CSV columns).
    return {columns, rows};
  },
  variants: () => traffickingViews.map((view) => ({suffix: view === 'years' ? '' : view, state: {view}})),
  variantOf: (state) => (state.view === 'totals' ? 'totals' : '')
});
