/**
 * Chart: which of SSB's nine offence groups rose and which fell between two years, as the change in offences
 * reported per 1,000 inhabitants, ranked from the largest rise to the largest fall. The group data have only 2018,
 * 2019, 2023 and 2024, so the chart compares two of those years and draws no line through the years between.
 * Pure: data in, Plot options out; knows nothing about files, Astro or the DOM.
 */
import * as Plot from '@observablehq/plot';
import type {OffenceGroup, OffenceGroupRow} from '../derived-types.ts';
import {formatDecimal} from '../format.ts';
import {defineChart} from './define.ts';
import {offenceRateColumns} from './offence-rate-columns.ts';
import {assertKnownKeys, maybeListOf, maybeRecord} from './state.ts';
import {pickRows} from './table.ts';
import {baseOptions, colour, isNarrow, type ChartSize} from './theme.ts';
import {derivedFiles} from '../derived-files.ts';

/** Groups in SSB's order, with short names that fit a phone column. */
export const offenceGroupShortLabels: Record<OffenceGroup, string> = {
  'property-theft': 'Property theft',
  'other-profit': 'Other profit',
  vandalism: 'Criminal damage',
  violence: 'Violence',
  sexual: 'Sexual offences',
  drugs: 'Drugs, alcohol',
  'public-order': 'Public order',
  traffic: 'Traffic',
  other: 'Other offences'
};

/** All group slugs in SSB's order. */
export const offenceGroups = Object.keys(offenceGroupShortLabels) as OffenceGroup[];

/** What a page or step can change. */
export interface OffenceGroupChangeState {
  /** Groups drawn in full colour; the others are muted. Default: every group in full colour. */
  highlight?: readonly OffenceGroup[];
}

/** One group's rate in the two years compared. */
export interface OffenceGroupChange {
  group: OffenceGroup;
  label: string;
  fromYear: number;
  toYear: number;
  fromPer1000: number;
  toPer1000: number;
  /** `toPer1000 − fromPer1000`, offences per 1,000 inhabitants. */
  change: number;
}

/**
 * The change of every group between the last year before the gap in the data and the last year (2019 → 2024 for
 * SSB's published years), largest rise first. Throws when a group lacks either year.
 * @example offenceGroupChanges(rows)[0] // {group: 'property-theft', fromYear: 2019, toYear: 2024, change: 3.25, …}
 */
export function offenceGroupChanges(data: readonly OffenceGroupRow[]): OffenceGroupChange[] {
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
  const toYear = years.at(-1)!;
  // The comparison starts at the last year before a gap, so it spans the whole unobserved stretch (2019 → 2024).
  const gapAt = years.findIndex((y, i) => i > 0 && y - years[i - 1]! > 1);
  const fromYear = gapAt > 0 ? years[gapAt - 1]! : years[0]!;
  return offenceGroups
    .map((group) => {
      const at = (year: number) => {
        const row = data.find((d) => d.group === group && d.year === year);
        if (!row) throw new Error(`${derivedFiles.offenceGroups}: no ${year} row for group "${group}"`);
        return row.per1000;
      };
      const fromPer1000 = at(fromYear);
      const toPer1000 = at(toYear);
      return {
        group,
        label: offenceGroupShortLabels[group],
        fromYear,
        toYear,
        fromPer1000,
        toPer1000,
        change: toPer1000 - fromPer1000
      };
    })
    .sort((a, b) => b.change - a.change);
}

const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatDecimal(Math.abs(v), 2)}`;

/**
 * Ranked bars of the change per 1,000 from zero, rises to the right, falls to the left, each with its signed value
 * at the bar's end and the group's name on the left.
 * @example renderPlot(offenceGroupChange(rows, {width: 680, highlight: ['drugs']}), meta)
 */
export function offenceGroupChange(
  data: readonly OffenceGroupRow[],
  {width, height, highlight}: ChartSize & OffenceGroupChangeState
): Plot.PlotOptions {
  const rows = offenceGroupChanges(data);
  const narrow = isNarrow({width});
  const lo = Math.min(0, ...rows.map((r) => r.change));
  const hi = Math.max(0, ...rows.map((r) => r.change));
  // Room at both ends for the value labels.
  const pad = (hi - lo) * (narrow ? 0.45 : 0.3);
  const fill = (r: OffenceGroupChange) =>
    highlight && !highlight.includes(r.group) ? colour.muted : r.change >= 0 ? colour.series2 : colour.series1;
  return {
    ...baseOptions({width}, height ?? rows.length * (narrow ? 34 : 32) + 40),
    style: {fontSize: narrow ? '13px' : '12px', color: colour.axis, background: 'none', overflow: 'visible'},
    marginLeft: narrow ? 116 : 130,
    marginRight: 12,
    marginTop: 28,
    marginBottom: 8,
    x: {
      domain: [lo - pad, hi + pad],
      axis: 'top',
      grid: true,
      ticks: narrow ? 3 : 6,
      label: null,
      tickFormat: (v: number) => (v === 0 ? '0' : `${v > 0 ? '+' : '−'}${formatDecimal(Math.abs(v), 0)}`)
    },
    y: {domain: rows.map((r) => r.label), label: null, tickSize: 0, tickPadding: 8, paddingInner: 0.3},
    marks: [
      Plot.barX(rows, {x1: 0, x2: 'change', y: 'label', fill}),
      Plot.ruleX([0], {stroke: colour.axis}),
      // Plot's textAnchor and dx are constants, so rises and falls get one label mark each.
      ...[true, false].map((rise) =>
        Plot.text(
          rows.filter((r) => r.change >= 0 === rise),
          {
            x: 'change',
            y: 'label',
            text: (r: OffenceGroupChange) => signed(r.change),
            textAnchor: rise ? 'start' : 'end',
            dx: rise ? 5 : -5,
            fill: colour.text
          }
        )
      )
    ]
  };
}

/** Text description: every group's change, largest rise first, with both years' rates. */
export function offenceGroupChangeDescription(
  data: readonly OffenceGroupRow[],
  state: OffenceGroupChangeState = {}
): string {
  const rows = offenceGroupChanges(data);
  const {fromYear, toYear} = rows[0]!;
  const parts = rows.map(
    (r) =>
      `${r.label.toLowerCase()} ${signed(r.change)} (${formatDecimal(r.fromPer1000, 1)} → ${formatDecimal(r.toPer1000, 1)})`
  );
  let text = `Bar chart of the change in offences reported per 1,000 inhabitants from ${fromYear} to ${toYear} in each of SSB's nine offence groups, largest rise first: ${parts.join('; ')}.`;
  if (state.highlight?.length)
    text += ` Highlighted: ${state.highlight.map((g) => offenceGroupShortLabels[g].toLowerCase()).join(', ')}.`;
  return text;
}

/** Registry entry: the CSV keeps all four published years of every group, which the table shows too. */
export const offenceGroupChangeChart = defineChart<OffenceGroupRow[], OffenceGroupChangeState>({
  name: 'offenceGroupChange',
  slug: 'offence-groups',
  files: [derivedFiles.offenceGroups],
  title: 'Property theft rose most; drug offences fell most',
  // The years come from the data, so the subtitle follows a refresh that adds one.
  subtitle: (_state, data) => {
    const {fromYear, toYear} = offenceGroupChanges(data)[0]!;
    const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
    const listed = `${years.slice(0, -1).join(', ')} and ${years.at(-1)}`;
    return `Change in offences reported per 1,000 inhabitants by offence group, Norway, ${fromYear} to ${toYear}. SSB’s group figures exist only for ${listed}`;
  },
  load: (read) => read(derivedFiles.offenceGroups) as OffenceGroupRow[],
  state(input) {
    const s = maybeRecord(input, 'offenceGroupChange');
    assertKnownKeys(s, ['highlight'], 'offenceGroupChange');
    return {highlight: maybeListOf(s.highlight, offenceGroups, 'offenceGroupChange highlight')};
  },
  plot: offenceGroupChange,
  describe: offenceGroupChangeDescription,
  table: (data) => {
    const columns = [
      {key: 'year', label: 'Year'},
      {key: 'group', label: 'Group (slug)'},
      {key: 'groupLabel', label: 'Offence group'},
      ...offenceRateColumns
    ];
    return {columns, rows: pickRows(data, columns)};
  }
});
