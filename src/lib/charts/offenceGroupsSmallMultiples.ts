/**
 * Chart: the nine SSB offence groups per 1,000 inhabitants as small multiples, for the years the data has (2018,
 * 2019, 2023, 2024). Lines join only adjacent years; the 2020–2022 gap stays a gap, because the data has no values
 * there. Pure: data in, Plot options out; knows nothing about files, Astro or the DOM.
 */
import * as Plot from '@observablehq/plot';
import type {OffenceGroup, OffenceGroupRow} from '../data/types.ts';
import {formatCount, formatDecimal} from '../format.ts';
import {defineChart} from './define.ts';
import {assertKnownKeys, maybeListOf, maybeRecord} from './state.ts';
import {pickRows, type Cell} from './table.ts';
import {baseOptions, colour, formatYear, isNarrow, type ChartSize} from './theme.ts';
import {derivedFiles} from '../derived-names.ts';

/** Groups in SSB's order, with short panel titles that fit a phone column. */
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

/** All group slugs in panel order. */
export const offenceGroups = Object.keys(offenceGroupShortLabels) as OffenceGroup[];

/** What a scroll step (or a page) can change. */
export interface OffenceGroupsState {
  /** Groups drawn in the highlight colour; the others are muted. Default: none highlighted, all in one colour. */
  highlight?: readonly OffenceGroup[];
}

/**
 * Segments between years that follow each other (2018→2019, 2023→2024), so no line crosses the missing years.
 * @example adjacentSegments([2018, 2019, 2023, 2024]) // [[2018, 2019], [2023, 2024]]
 */
export function adjacentSegments(years: readonly number[]): [number, number][] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (let i = 1; i < sorted.length; i++) if (sorted[i]! - sorted[i - 1]! === 1) out.push([sorted[i - 1]!, sorted[i]!]);
  return out;
}

/**
 * Small multiples on one shared y scale (so panel heights compare), three columns wide.
 * @example renderPlot(offenceGroupsSmallMultiples(rows, {width: 680, highlight: ['violence']}), meta)
 */
export function offenceGroupsSmallMultiples(
  data: readonly OffenceGroupRow[],
  {width, height, highlight}: ChartSize & OffenceGroupsState
): Plot.PlotOptions {
  // Three columns even on a phone: five rows would not fit the sticky graphic's height.
  const columns = 3;
  const rows = Math.ceil(offenceGroups.length / columns);
  const cell = (g: OffenceGroup) => offenceGroups.indexOf(g);
  const fx = (d: {group: OffenceGroup}) => cell(d.group) % columns;
  const fy = (d: {group: OffenceGroup}) => Math.floor(cell(d.group) / columns);
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
  const segments = adjacentSegments(years).flatMap(([a, b]) =>
    data.filter((d) => d.year === a || d.year === b).map((d) => ({...d, segment: `${d.group}-${a}`}))
  );
  const stroke = (d: {group: OffenceGroup}) =>
    !highlight ? colour.series1 : highlight.includes(d.group) ? colour.highlight : colour.muted;
  const lastYear = years.at(-1)!;
  const titles = offenceGroups.map((group) => ({group, label: offenceGroupShortLabels[group]}));
  return {
    ...baseOptions({width}, height ?? rows * (isNarrow({width}) ? 100 : 128) + 56),
    marginLeft: 36,
    marginRight: 34,
    marginTop: 46,
    marginBottom: 28,
    fx: {axis: null, padding: isNarrow({width}) ? 0.3 : 0.18},
    fy: {axis: null, padding: 0.32},
    x: {domain: [years[0]! - 0.6, lastYear + 0.6], ticks: [years[0]!, lastYear], tickFormat: formatYear, label: null},
    y: {
      domain: [0, Math.ceil(Math.max(...data.map((d) => d.per1000)) / 5) * 5],
      ticks: 3,
      grid: true,
      label: 'Per 1,000 inhabitants',
      tickFormat: (v: number) => formatCount(v)
    },
    marks: [
      Plot.ruleY([0], {stroke: colour.axis}),
      Plot.text(titles, {fx, fy, frameAnchor: 'top-left', dy: -14, text: 'label', fontWeight: 600, fill: colour.text}),
      Plot.line(segments, {fx, fy, x: 'year', y: 'per1000', z: 'segment', stroke, strokeWidth: 2}),
      Plot.dot(data, {fx, fy, x: 'year', y: 'per1000', r: 3, fill: stroke}),
      Plot.text(
        data.filter((d) => d.year === lastYear),
        {
          fx,
          fy,
          x: 'year',
          y: 'per1000',
          text: (d: OffenceGroupRow) => formatDecimal(d.per1000, 1),
          dx: 6,
          textAnchor: 'start',
          fill: colour.text
        }
      )
    ]
  };
}

/** Text description: each group's rate in the first and last year, largest first. */
export function offenceGroupsDescription(data: readonly OffenceGroupRow[], state: OffenceGroupsState = {}): string {
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
  const first = years[0]!;
  const last = years.at(-1)!;
  const at = (g: OffenceGroup, y: number) => data.find((d) => d.group === g && d.year === y);
  const parts = offenceGroups
    .map((g) => ({g, a: at(g, first), b: at(g, last)}))
    .filter((p) => p.a && p.b)
    .sort((p, q) => q.b!.per1000 - p.b!.per1000)
    .map(
      (p) =>
        `${offenceGroupShortLabels[p.g].toLowerCase()} ${formatDecimal(p.a!.per1000, 1)} → ${formatDecimal(p.b!.per1000, 1)}`
    );
  let text =
    `Small multiples of the nine offence groups, offences reported per 1,000 inhabitants in ${years.join(', ')} ` +
    `(no data for the years between). From ${first} to ${last}: ${parts.join('; ')}.`;
  if (state.highlight?.length)
    text += ` Highlighted: ${state.highlight.map((g) => offenceGroupShortLabels[g].toLowerCase()).join(', ')}.`;
  return text;
}

/** Registry entry: SSB's nine groups in the four years published per 1,000; one CSV of every point drawn. */
export const offenceGroupsSmallMultiplesChart = defineChart<OffenceGroupRow[], OffenceGroupsState>({
  name: 'offenceGroupsSmallMultiples',
  slug: 'offence-groups',
  files: [derivedFiles.offenceGroups],
  title: 'Property theft and violence rose; drug offences fell',
  subtitle: 'Offences reported per 1,000 inhabitants by offence group, Norway, 2018, 2019, 2023 and 2024',
  load: (read) => read(derivedFiles.offenceGroups) as OffenceGroupRow[],
  state(input) {
    const s = maybeRecord(input, 'offenceGroupsSmallMultiples');
    assertKnownKeys(s, ['highlight'], 'offenceGroupsSmallMultiples');
    return {highlight: maybeListOf(s.highlight, offenceGroups, 'offenceGroupsSmallMultiples highlight')};
  },
  plot: offenceGroupsSmallMultiples,
  describe: offenceGroupsDescription,
  table: (data) => {
    const columns = [
      {key: 'year', label: 'Year'},
      {key: 'group', label: 'Group (slug)'},
      {key: 'groupLabel', label: 'Offence group'},
      {key: 'count', label: 'Offences reported', numeric: true, format: (v: Cell) => formatCount(v as number)},
      {key: 'population', label: 'Population 1 January', numeric: true, format: (v: Cell) => formatCount(v as number)},
      {
        key: 'per1000',
        label: 'Per 1,000 inhabitants',
        numeric: true,
        format: (v: Cell) => formatDecimal(v as number, 2)
      }
    ];
    return {columns, rows: pickRows(data, columns)};
  }
});
