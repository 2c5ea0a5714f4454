/**
 * What the map shows for one view (period, metric, group): each region's value, colour class, rank and previous
 * value. Used at build time for the static SVG and table, and in the browser when the reader changes the view, so
 * both always agree. Knows nothing about the DOM, Astro or how the payload was built.
 */
import {formatCount, formatDecimal} from '../format.ts';
import {isComparablePeriod, percentChange} from './change.ts';
import {classOf, rampStep} from './classify.ts';
import type {MapMetric} from './groups.ts';
import {breaksKey, per1000Of, type MapPayload} from './payload.ts';
import {ranks} from './rank.ts';
import type {MapViewState} from './url-state.ts';

/** Values of a set of regions in one view. */
export interface RegionValues {
  /** Region indices (into the payload's district or municipality arrays). */
  indices: number[];
  /** Value per region; null = suppressed or absent. */
  values: (number | null)[];
  /** True where the region has no figures at all in this period (not in the source), as opposed to suppressed. */
  absent: boolean[];
  /** Value in the comparison period (the first period, when it shares no year with the view's), or null. */
  previous: (number | null)[];
  /** CSS ramp step 0 … 5, or -1 for no value. */
  steps: number[];
  /** Rank among `indices`, 1 = highest. */
  ranks: (number | null)[];
  /** Colour breaks in use. */
  breaks: number[];
  /** The comparison period (2020-2021 when the view's period shares no year with it), or null. */
  previousPeriod: string | null;
}

function pick(metric: MapMetric, count: number | null, per1000: number | null) {
  return metric === 'count' ? count : per1000;
}

/**
 * Values, comparison values and comparison period of a view, from a function giving each region's count and rate
 * in a period. The comparison is always with the first period and only when the two share no year; the "change"
 * metric is that comparison itself, as a percentage of the rate (no value when the periods overlap).
 */
function compare(
  periods: readonly string[],
  p: number,
  metric: MapMetric,
  at: (pi: number) => {count: number | null; per1000: number | null}[]
): {values: (number | null)[]; previous: (number | null)[]; previousPeriod: string | null} {
  const comparable = p > 0 && isComparablePeriod(periods[p]!, periods[0]!);
  const now = at(p);
  const base = at(0);
  if (metric === 'change') {
    return {
      values: now.map((r, i) => (comparable ? percentChange(base[i]!.per1000, r.per1000) : null)),
      previous: now.map(() => null),
      previousPeriod: null
    };
  }
  return {
    values: now.map((r) => pick(metric, r.count, r.per1000)),
    previous: base.map((r) => (comparable ? pick(metric, r.count, r.per1000) : null)),
    previousPeriod: comparable ? periods[0]! : null
  };
}

/**
 * A value as the reader sees it: per 1,000 to one decimal, counts whole, rounded by the same formatter as the
 * labels. Colours follow this, so Innlandet's 49.9999 per 1,000, shown as "50.0", is never coloured "under 50".
 */
export function shownValue(value: number, metric: MapMetric): number {
  const text = metric === 'count' ? formatCount(value) : formatDecimal(value, 1);
  return Number(text.replace(/,/g, '').replace('−', '-'));
}

function finish(
  metric: MapMetric,
  indices: number[],
  values: (number | null)[],
  previous: (number | null)[],
  breaks: number[],
  previousPeriod: string | null,
  absent: boolean[] = indices.map(() => false)
): RegionValues {
  const classes = breaks.length + 1;
  return {
    indices,
    values,
    absent,
    previous,
    steps: values.map((v) => (v === null ? -1 : rampStep(classOf(shownValue(v, metric), breaks), classes))),
    ranks: ranks(values),
    breaks,
    previousPeriod
  };
}

/** The 12 districts in a view. */
export function districtValues(
  payload: MapPayload,
  view: Pick<MapViewState, 'period' | 'metric' | 'group'>
): RegionValues {
  const g = Math.max(0, payload.groups.indexOf(view.group));
  const p = Math.max(0, payload.periods.indexOf(view.period));
  const at = (pi: number) =>
    payload.districtCount[g]![pi]!.map((count, i) => ({count, per1000: payload.districtPer1000[g]![pi]![i]!}));
  const indices = payload.districts.ids.map((_, i) => i);
  const {values, previous, previousPeriod} = compare(payload.periods, p, view.metric, at);
  return finish(
    view.metric,
    indices,
    values,
    previous,
    payload.breaks[breaksKey('d', view.metric, view.group)] ?? [],
    previousPeriod
  );
}

/** The municipalities of one district (by index) in a view. */
export function municipalityValues(
  payload: MapPayload,
  view: Pick<MapViewState, 'period' | 'metric' | 'group'>,
  districtIndex: number
): RegionValues {
  const g = Math.max(0, payload.groups.indexOf(view.group));
  const p = Math.max(0, payload.periods.indexOf(view.period));
  const indices = payload.municipalities.district.flatMap((d, i) => (d === districtIndex ? [i] : []));
  const at = (pi: number) =>
    indices.map((i) => {
      const count = payload.municipalityCount[g]![pi]![i] ?? null;
      return {count, per1000: per1000Of(count, payload.municipalityPopulation[pi]![i]!)};
    });
  const {values, previous, previousPeriod} = compare(payload.periods, p, view.metric, at);
  const absent = new Set(payload.municipalityAbsent[p] ?? []);
  return finish(
    view.metric,
    indices,
    values,
    previous,
    payload.breaks[breaksKey('m', view.metric, view.group)] ?? [],
    previousPeriod,
    indices.map((i) => absent.has(i))
  );
}
