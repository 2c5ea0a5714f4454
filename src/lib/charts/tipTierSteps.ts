/**
 * Chart: Norway's tier in the US Trafficking in Persons report by report year, as a step line (Tier 1 until the
 * 2021 report, Tier 2 since). Pure: data in, Plot options out; knows nothing about files, Astro or the DOM.
 */
import * as Plot from '@observablehq/plot';
import type {TipReportRow, TipTier} from '../derived-types.ts';
import {defineChart} from './define.ts';
import {assertKnownKeys, maybeRecord, maybeYearSpan, type YearSpan} from './state.ts';
import {pickRows, type Cell} from './table.ts';
import {baseOptions, colour, formatYear, isNarrow, yearTicks, type ChartSize} from './theme.ts';
import {derivedFiles} from '../derived-files.ts';

/** Tiers from best to worst, top to bottom (Tier 3 kept for scale even though Norway never had it). */
export const tipTiers: readonly (TipTier | 'Tier 3')[] = ['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3'];

/** What a scroll step (or a page) can change. */
export interface TipTierState {
  /** Report years to draw in the highlight colour, inclusive. */
  highlight?: YearSpan;
}

/** @example renderPlot(tipTierSteps(rows, {width: 680, highlight: [2021, 2025]}), meta) */
export function tipTierSteps(
  data: readonly TipReportRow[],
  {width, height, highlight}: ChartSize & TipTierState
): Plot.PlotOptions {
  const narrow = isNarrow({width});
  const years = data.map((d) => d.reportYear);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const ranked = data.filter((d) => d.tier !== null);
  const inSpan = (d: TipReportRow) => !!highlight && d.reportYear >= highlight[0] && d.reportYear <= highlight[1];
  const unranked = data.filter((d) => d.tier === null);
  return {
    ...baseOptions({width}, height ?? (narrow ? 220 : 240)),
    marginLeft: 112,
    marginRight: 16,
    marginTop: 16,
    // No axis label: the subtitle says "by report year", and a label here collides with the ticks on phones.
    x: {domain: [first - 0.5, last + 0.5], ticks: yearTicks(first, last, 5), tickFormat: formatYear, label: null},
    y: {domain: tipTiers as string[], label: null, grid: true},
    marks: [
      highlight
        ? Plot.rectX([0], {x1: highlight[0] - 0.5, x2: highlight[1] + 0.5, fill: colour.highlight, fillOpacity: 0.08})
        : null,
      // Each report counts for the year after it too, so the step holds until the next report.
      Plot.line(ranked, {
        x: 'reportYear',
        y: 'tier',
        curve: 'step-after',
        stroke: highlight ? colour.muted : colour.series1,
        strokeWidth: 2.5
      }),
      Plot.dot(ranked, {
        x: 'reportYear',
        y: 'tier',
        r: 3.5,
        fill: (d: TipReportRow) => (inSpan(d) ? colour.highlight : highlight ? colour.muted : colour.series1)
      }),
      unranked.length
        ? Plot.text([unranked], {
            x: (d: TipReportRow[]) => (d[0]!.reportYear + d.at(-1)!.reportYear) / 2,
            y: 'Tier 2 Watch List',
            text: () => 'not ranked',
            fill: colour.text,
            fontSize: 11
          })
        : null
    ]
  };
}

/** Text description: the tier in each run of years. */
export function tipTierDescription(data: readonly TipReportRow[], state: TipTierState = {}): string {
  const runs: {tier: string; from: number; to: number}[] = [];
  for (const d of data) {
    const tier = d.tier ?? 'not ranked';
    const run = runs.at(-1);
    if (run && run.tier === tier) run.to = d.reportYear;
    else runs.push({tier, from: d.reportYear, to: d.reportYear});
  }
  const text = runs.map((r) => `${r.tier} ${r.from === r.to ? r.from : `${r.from}–${r.to}`}`).join(', ');
  const span = state.highlight ? ` Highlighted: ${state.highlight[0]} to ${state.highlight[1]}.` : '';
  return `Step chart of Norway's tier in the US Trafficking in Persons report, by report year: ${text}.${span}`;
}

/** Registry entry. */
export const tipTierStepsChart = defineChart<TipReportRow[], TipTierState>({
  name: 'tipTierSteps',
  slug: 'tip-tiers',
  files: [derivedFiles.tipTiers],
  title: 'Norway dropped from Tier 1 to Tier 2 in 2021',
  subtitle: "Norway's tier in the US State Department's Trafficking in Persons report, by report year",
  load: (read) => (read(derivedFiles.tipTiers) as TipReportRow[]).slice().sort((a, b) => a.reportYear - b.reportYear),
  state(input) {
    const s = maybeRecord(input, 'tipTierSteps');
    assertKnownKeys(s, ['highlight'], 'tipTierSteps');
    return {highlight: maybeYearSpan(s.highlight, 'tipTierSteps highlight')};
  },
  plot: tipTierSteps,
  describe: tipTierDescription,
  table: (data) => {
    const columns = [
      {key: 'reportYear', label: 'Report year'},
      {key: 'tier', label: 'Tier', format: (v: Cell) => (v === null ? 'not ranked' : String(v))}
    ];
    return {columns, rows: pickRows(data, columns)};
  }
});
