/**
 * Chart: offences reported to the police in Norway per 1,000 inhabitants (main panel) over the count (small panel),
 * 1993 to the latest year, with the events that break the series. Pure: data in, Plot options out; knows nothing about files,
 * Astro or the DOM.
 */
import * as Plot from '@observablehq/plot';
import type {NationalOffenceRow} from '../derived-types.ts';
import {formatCount, formatDecimal} from '../format.ts';
import {defineChart} from './define.ts';
import {offenceRateColumns} from './offence-rate-columns.ts';
import {assertKnownKeys, maybeListOf, maybeRecord, maybeYearSpan, type YearSpan} from './state.ts';
import {pickRows} from './table.ts';
import {baseOptions, colour, formatYear, isNarrow, yAxisLabel, yearTicks, type ChartSize} from './theme.ts';
import {derivedFiles} from '../derived-files.ts';

/** Events marked on the chart, by key. */
export const offenceEvents = {
  registration: {
    x: 1994.5,
    label: 'Counting change',
    long: 'from 1994/95 the police register counted every offence separately, where several could before be registered as one'
  },
  'penal-code': {
    x: 2015.75,
    label: 'New Penal Code',
    long: 'the Penal Code of 2005 came into force on 1 October 2015 and changed how offences are classified'
  },
  'police-reform': {
    x: 2016,
    label: 'Police reform',
    long: 'the police reform replaced 27 districts with 12 on 1 January 2016; the merger of their operations ran through 2016 and 2017'
  },
  pandemic: {x: 2020, label: 'Pandemic', long: 'the pandemic years 2020 and 2021'}
} as const;

/** Key of an event marked on the chart. */
export type OffenceEvent = keyof typeof offenceEvents;

/** All event keys, in date order. */
export const offenceEventKeys = Object.keys(offenceEvents) as OffenceEvent[];

/** What a scroll step (or a page) can change. */
export interface OffencesPer1000State {
  /** Years to draw in the highlight colour, inclusive; the rest of the line is muted. */
  highlight?: YearSpan;
  /** Events to mark (default: all four). `[]` draws none. */
  events?: readonly OffenceEvent[];
}

/**
 * Two stacked panels sharing the year axis: the rate per 1,000 (a line, from zero) and the count (bars).
 * A dual axis is avoided on purpose: the two series would seem to cross where nothing happens.
 * @example renderPlot(offencesPer1000(rows, {width: 680, highlight: [1993, 2004]}), meta)
 */
export function offencesPer1000(
  data: readonly NationalOffenceRow[],
  {width, height, highlight, events = offenceEventKeys}: ChartSize & OffencesPer1000State
): Plot.PlotOptions[] {
  const narrow = isNarrow({width});
  const total = height ?? (narrow ? 360 : 420);
  const years = data.map((d) => d.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const x = {
    domain: [first - 0.5, last + 0.5],
    ticks: yearTicks(first, last, narrow ? 10 : 5),
    tickFormat: formatYear,
    label: null
  };
  const margins = {marginLeft: 64, marginRight: narrow ? 12 : 20};
  const inSpan = (d: NationalOffenceRow) => !highlight || (d.year >= highlight[0] && d.year <= highlight[1]);
  const spanRows = data.filter(inSpan);
  const endpoints = highlight
    ? [...new Set([spanRows[0], spanRows.at(-1)])].filter((d) => d !== undefined)
    : data.slice(-1);
  const shown = offenceEventKeys.filter((k) => events.includes(k));
  const rules = shown.filter((k) => k !== 'pandemic').map((k) => offenceEvents[k]);

  // Room above the 100 line for the axis label and, under it, the label of a peak near 100 (2002).
  const rateMarginTop = 34;
  const rateMarginBottom = 30;
  const rateHeight = Math.round(total * 0.68);
  // Where a rate sits on the panel, in px from its top (the y scale runs 0–100 between the margins).
  const rateY = (v: number) => rateMarginTop + (1 - v / 100) * (rateHeight - rateMarginTop - rateMarginBottom);
  // Each event's label sits at its own mark, one row each from the foot of the panel: a rule's label runs left of
  // the rule (right of it near the start of the axis, where there is no room on the left); the pandemic's label is
  // centred on its shaded band.
  const labelled = shown.map((k, i) => ({...offenceEvents[k], band: k === 'pandemic', row: i}));
  const eventLabel = (rows: typeof labelled, anchor: 'start' | 'end' | 'middle') =>
    Plot.text(rows, {
      x: (d) => (d.band ? 2020.5 : d.x),
      y: (d) => 8 + d.row * 10,
      text: 'label',
      textAnchor: anchor,
      dx: anchor === 'start' ? 4 : anchor === 'end' ? -4 : 0,
      fill: colour.text
    });
  const rate: Plot.PlotOptions = {
    ...baseOptions({width}, rateHeight),
    ...margins,
    marginTop: rateMarginTop,
    marginBottom: rateMarginBottom,
    x,
    y: {
      domain: [0, 100],
      grid: true,
      label: null,
      tickFormat: (v: number) => formatCount(v)
    },
    marks: [
      yAxisLabel('Offences per 1,000 inhabitants', {marginLeft: margins.marginLeft, marginTop: rateMarginTop}),
      shown.includes('pandemic')
        ? Plot.rectX([0], {x1: 2019.5, x2: 2021.5, fill: colour.grid, fillOpacity: 0.8})
        : null,
      highlight
        ? Plot.rectX([0], {x1: highlight[0] - 0.5, x2: highlight[1] + 0.5, fill: colour.highlight, fillOpacity: 0.08})
        : null,
      Plot.ruleX(rules, {x: 'x', stroke: colour.axis, strokeDasharray: '3,3'}),
      eventLabel(
        labelled.filter((d) => !d.band && d.x >= first + 6),
        'end'
      ),
      eventLabel(
        labelled.filter((d) => !d.band && d.x < first + 6),
        'start'
      ),
      eventLabel(
        labelled.filter((d) => d.band),
        'middle'
      ),
      Plot.ruleY([0], {stroke: colour.axis}),
      Plot.lineY(data, {x: 'year', y: 'per1000', stroke: highlight ? colour.muted : colour.series1, strokeWidth: 2}),
      highlight ? Plot.lineY(spanRows, {x: 'year', y: 'per1000', stroke: colour.highlight, strokeWidth: 3}) : null,
      Plot.dot(endpoints, {x: 'year', y: 'per1000', r: 3.5, fill: highlight ? colour.highlight : colour.series1}),
      ...endpoints.map((d, i) => {
        const other = endpoints[1 - i];
        // Years a label needs (about 76 px at 12 px type) before it would run into the y axis or off the plot: 4 on a
        // desktop drawing, about 11 on a phone's.
        const labelYears = Math.ceil(76 / ((width - margins.marginLeft - margins.marginRight) / (last - first)));
        // The higher of two endpoints is labelled above the line and the lower below, so the labels never cross;
        // each label runs away from the other point unless that would push it off the plot.
        const above = other === undefined || d.per1000 >= other.per1000;
        const anchor =
          i === 0 && endpoints.length > 1
            ? d.year < first + labelYears
              ? 'start'
              : 'end'
            : d.year > last - labelYears
              ? 'end'
              : 'start';
        const label = (r: NationalOffenceRow) => `${formatDecimal(r.per1000, 1)} (${formatYear(r.year)})`;
        const halo = {
          fontWeight: 600,
          fill: colour.text,
          stroke: colour.background,
          strokeWidth: 3,
          paintOrder: 'stroke'
        };
        // On a phone a one-line label beside the dot spans a decade and may lie across the line (the 2024 label lay
        // on 2016's values): there the value and its year stand in two short lines right over (or under) the dot,
        // where the panel has room for them.
        // Two lines need about 35 px beside the dot; above it they must stay clear of the axis label (to 20 px).
        const stacked =
          narrow && (above ? rateY(d.per1000) >= 20 + 35 : rateY(d.per1000) + 35 <= rateHeight - rateMarginBottom);
        return stacked
          ? Plot.text([d], {
              x: 'year',
              y: 'per1000',
              text: (r: NationalOffenceRow) => `${formatDecimal(r.per1000, 1)}\n${formatYear(r.year)}`,
              lineAnchor: above ? 'bottom' : 'top',
              dy: above ? -7 : 7,
              dx: anchor === 'end' ? 4 : -4,
              textAnchor: anchor,
              ...halo
            })
          : Plot.text([d], {
              x: 'year',
              y: 'per1000',
              text: label,
              dy: above ? -12 : 18,
              dx: anchor === 'end' ? -4 : 4,
              textAnchor: anchor,
              ...halo
            });
      })
    ]
  };
  const count: Plot.PlotOptions = {
    ...baseOptions({width}, total - Math.round(total * 0.68)),
    ...margins,
    marginTop: 22,
    x,
    y: {grid: true, ticks: 2, label: 'Offences reported', tickFormat: (v: number) => formatCount(v)},
    marks: [
      Plot.rectY(data, {
        x1: (d: NationalOffenceRow) => d.year - 0.4,
        x2: (d: NationalOffenceRow) => d.year + 0.4,
        y: 'count',
        fill: (d: NationalOffenceRow) =>
          highlight && inSpan(d) ? colour.highlight : highlight ? colour.muted : colour.series1,
        fillOpacity: highlight ? 1 : 0.55
      }),
      Plot.ruleY([0], {stroke: colour.axis})
    ]
  };
  return [rate, count];
}

/**
 * Text description of the chart in a given state, from the data itself (first, peak, low and last years).
 * @example offencesPer1000Description(rows) // "Offences reported … 76.2 per 1,000 in 1993 …"
 */
export function offencesPer1000Description(
  data: readonly NationalOffenceRow[],
  state: OffencesPer1000State = {}
): string {
  const byRate = [...data].sort((a, b) => a.per1000 - b.per1000);
  const low = byRate[0]!;
  const peak = byRate.at(-1)!;
  const first = data[0]!;
  const last = data.at(-1)!;
  const rate = (d: NationalOffenceRow) => `${formatDecimal(d.per1000, 1)} per 1,000 in ${d.year}`;
  let text =
    `Line chart of offences reported to the police in Norway per 1,000 inhabitants, ${first.year} to ${last.year}, ` +
    `with the yearly count as bars below: ${rate(first)}, a peak of ${rate(peak)}, a low of ${rate(low)} and ` +
    `${rate(last)} (${formatCount(last.count)} offences).`;
  const events = state.events ?? offenceEventKeys;
  if (events.length) text += ` Marked: ${events.map((k) => offenceEvents[k].long).join('; ')}.`;
  if (state.highlight) {
    const span = data.filter((d) => d.year >= state.highlight![0] && d.year <= state.highlight![1]);
    if (span.length) {
      text += ` Highlighted: ${span[0]!.year} to ${span.at(-1)!.year}, from ${rate(span[0]!)} to ${rate(span.at(-1)!)}.`;
    }
  }
  return text;
}

/** Registry entry: the national series from SSB, one CSV of every year drawn. */
export const offencesPer1000Chart = defineChart<NationalOffenceRow[], OffencesPer1000State>({
  name: 'offencesPer1000',
  slug: 'offences-per-1000',
  files: [derivedFiles.nationalOffences],
  title: 'Reported offences per person fell for two decades, then rose again',
  // The years come from the data, so the subtitle follows a refresh that adds one.
  subtitle: (_state, data) =>
    `Offences reported to the police per 1,000 inhabitants (line) and in total (bars), Norway, ${data[0]?.year}–${data.at(-1)?.year}`,
  load: (read) => read(derivedFiles.nationalOffences) as NationalOffenceRow[],
  state(input) {
    const s = maybeRecord(input, 'offencesPer1000');
    assertKnownKeys(s, ['highlight', 'events'], 'offencesPer1000');
    return {
      highlight: maybeYearSpan(s.highlight, 'offencesPer1000 highlight'),
      events: maybeListOf(s.events, offenceEventKeys, 'offencesPer1000 events')
    };
  },
  plot: offencesPer1000,
  describe: offencesPer1000Description,
  table: (data) => {
    const columns = [{key: 'year', label: 'Year'}, ...offenceRateColumns];
    return {columns, rows: pickRows(data, columns)};
  }
});
