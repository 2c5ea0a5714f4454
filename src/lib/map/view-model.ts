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

type View = Pick<MapViewState, 'period' | 'metric' | 'group'>;
type RegionFigures = {count: number | null; per1000: number | null}[];

/**
 * Values, comparison values and comparison period of a view, from a function giving each region's count and rate
 * in a period. The comparison is always with the first period and only when the two share no year; the "change"
 * metric is that comparison itself, as a percentage of the rate (no value when the periods overlap).
 */
function compare(
  periods: readonly string[],
  p: number,
  metric: MapMetric,
  at: (pi: number) => RegionFigures
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

/**
 * The values of one level of the map (`d` districts, `m` municipalities) in a view: `at(g, p)` gives each region's
 * count and rate for offence group `g` in period `p`, in the order of `indices`.
 */
function levelValues(
  payload: MapPayload,
  view: View,
  level: 'd' | 'm',
  indices: number[],
  at: (g: number, p: number) => RegionFigures,
  absent?: boolean[]
): RegionValues {
  const g = Math.max(0, payload.groups.indexOf(view.group));
  const p = Math.max(0, payload.periods.indexOf(view.period));
  const {values, previous, previousPeriod} = compare(payload.periods, p, view.metric, (pi) => at(g, pi));
  return finish(
    view.metric,
    indices,
    values,
    previous,
    payload.breaks[breaksKey(level, view.metric, view.group)] ?? [],
    previousPeriod,
    absent
  );
}

/** The 12 districts in a view. */
export function districtValues(payload: MapPayload, view: View): RegionValues {
  const indices = payload.districts.ids.map((_, i) => i);
  return levelValues(payload, view, 'd', indices, (g, p) =>
    payload.districtCount[g]![p]!.map((count, i) => ({count, per1000: payload.districtPer1000[g]![p]![i]!}))
  );
}

/** The municipalities of one district (by index) in a view. */
export function municipalityValues(payload: MapPayload, view: View, districtIndex: number): RegionValues {
  const indices = payload.municipalities.district.flatMap((d, i) => (d === districtIndex ? [i] : []));
  const absent = new Set(payload.municipalityAbsent[Math.max(0, payload.periods.indexOf(view.period))] ?? []);
  return levelValues(
    payload,
    view,
    'm',
    indices,
    (g, p) =>
      indices.map((i) => {
        const count = payload.municipalityCount[g]![p]![i] ?? null;
        return {count, per1000: per1000Of(count, payload.municipalityPopulation[p]![i]!)};
      }),
    indices.map((i) => absent.has(i))
  );
}
