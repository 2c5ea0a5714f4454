/**
 * The words around the district map: legend title and items, default caption, and table rows. Shared by the
 * build-time component and the browser script so the static and enhanced figure read the same. Knows nothing about
 * the DOM, Astro or geometry.
 */
import {formatCount, formatPercentChange} from '../format.ts';
import type {DistrictOffenceGroup, Period} from '../derived-types.ts';
import {rampStep} from './classify.ts';
import {changeBasePeriod, groupLabels, metricTable, type MapMetric} from './groups.ts';
import type {MapPayload} from './payload.ts';
import {legendLabels, rankWords, signedPercent} from './value-text.ts';
import type {RegionValues} from './view-model.ts';

/** A view of the map. */
export interface MapView {
  metric: MapMetric;
  group: DistrictOffenceGroup;
  period: Period;
}

/**
 * @example legendTitle({metric: 'per1000', group: 'violence', period: '2023-2024'})
 * // "Violence and maltreatment reported per 1,000 inhabitants, 2023-2024 (annual average)"
 */
export function legendTitle(view: MapView): string {
  const what = view.group === 'total' ? 'Offences' : groupLabels[view.group];
  if (view.metric === 'change') {
    return `Change in ${what.charAt(0).toLowerCase()}${what.slice(1)} reported per 1,000 inhabitants from ${changeBasePeriod} to ${view.period} (annual averages; both rates use the population of 1 January 2024)`;
  }
  return `${what} ${metricTable[view.metric].unit}, ${view.period} (annual average)`;
}

/** Legend rows, lowest class first: ramp step and label. */
export function legendItems(breaks: readonly number[], metric: MapMetric = 'per1000'): {step: number; label: string}[] {
  const labels = legendLabels(breaks, metric);
  return labels.map((label, k) => ({step: rampStep(k, labels.length), label}));
}

/** A table cell value without its unit (the column header carries it). */
export function cellValue(value: number | null, metric: MapMetric): string {
  if (value === null) return metricTable[metric].missingCell;
  return metricTable[metric].cellText(value);
}

/**
 * The default caption: highest and lowest district in the view.
 * @example "Oslo had the highest rate of offences reported per 1,000 inhabitants in 2023-2024, Innlandet the lowest."
 */
export function mapCaption(payload: MapPayload, values: RegionValues, view: MapView): string {
  const order = values.values
    .map((v, k) => ({v, i: values.indices[k]!}))
    .filter((r): r is {v: number; i: number} => r.v !== null)
    .sort((a, b) => b.v - a.v);
  const top = payload.districts.names[order[0]?.i ?? 0];
  const bottom = payload.districts.names[order[order.length - 1]?.i ?? 0];
  const what = view.group === 'total' ? 'offences' : `${groupLabels[view.group].toLowerCase()} offences`;
  if (view.metric === 'change') {
    const hi = order[0]?.v ?? 0;
    const lo = order[order.length - 1]?.v ?? 0;
    const topWords = hi >= 0 ? 'the largest rise' : 'the smallest fall';
    const bottomWords = lo >= 0 ? 'the smallest rise' : 'the largest fall';
    return `${top} had ${topWords} in the rate of ${what} reported per 1,000 inhabitants from ${changeBasePeriod} to ${view.period} (${signedPercent(hi)}), ${bottom} ${bottomWords} (${signedPercent(lo)}).`;
  }
  const measure = metricTable[view.metric].measure(what);
  return `${top} had the highest ${measure} in ${view.period} (annual average), ${bottom} the lowest.`;
}

/** One district row of the "Show as table" table, as display strings. */
export interface MapTableRow {
  index: number;
  name: string;
  value: string;
  rank: string;
  change: string;
  /** Municipalities not in the district's value: suppressed cells plus municipalities absent from the source. */
  notIncluded: string;
}

/** Rows of the districts table in district order (p01 … p12). */
export function mapTableRows(payload: MapPayload, values: RegionValues, view: MapView): MapTableRow[] {
  const g = payload.groups.indexOf(view.group);
  const p = payload.periods.indexOf(view.period);
  return values.indices.map((i, k) => {
    const v = values.values[k] ?? null;
    const prev = values.previous[k] ?? null;
    const rank = values.ranks[k] ?? null;
    return {
      index: i,
      name: payload.districts.names[i]!,
      value: cellValue(v, view.metric),
      rank: rank === null ? '–' : rankWords(rank, values.ranks.filter((r) => r !== null).length),
      change: v === null || prev === null || prev === 0 ? '–' : formatPercentChange(prev, v),
      notIncluded: formatCount(payload.districtNotIncluded[g]?.[p]?.[i] ?? 0)
    };
  });
}

/**
 * Header of the change column, naming both periods and the population behind the rates: "Change from 2020-2021
 * (both periods on the 1 January 2024 population)"; "Change" (every cell "–") when the view's period overlaps it.
 */
export function changeHeader(previousPeriod: string | null): string {
  return previousPeriod ? `Change from ${previousPeriod} (both periods on the 1 January 2024 population)` : 'Change';
}
