/**
 * The district map's view as URL query parameters, so a shared link opens the same view. Parsing is defensive:
 * anything unknown or malformed falls back to the default, and other parameters on the page are left alone.
 * Knows nothing about the DOM (it takes and returns strings), district names or Astro.
 */
import {isComparablePeriod} from './change.ts';
import type {DistrictId, DistrictOffenceGroup, Period} from '../derived-types.ts';
import {isMapGroup, isMapMetric, isMapPeriod, type MapMetric} from './groups.ts';

/** What the reader is looking at. */
export interface MapViewState {
  period: Period;
  metric: MapMetric;
  group: DistrictOffenceGroup;
  /** District drilled into, or null for all districts. */
  district: DistrictId | null;
  /** Municipality picked in "Where do you live?" (four digits), or null. */
  municipality: string | null;
}

const keys = ['period', 'metric', 'group', 'district', 'municipality'] as const;

/** `p01` … `p12`. */
export function isDistrictId(value: unknown): value is DistrictId {
  return typeof value === 'string' && /^p(0[1-9]|1[0-2])$/.test(value);
}

/**
 * Reads a view from a query string, keeping `defaults` for every missing or invalid parameter.
 * @param search `location.search`, with or without the leading "?"
 * @param prefix namespaces the parameters when a page has more than one map (`"m2-"` reads `m2-period` …)
 * @example parseMapState("?period=2021-2022&metric=count&district=p01", defaults) // {...defaults, period: "2021-2022", metric: "count", district: "p01"}
 */
export function parseMapState(search: string, defaults: MapViewState, prefix = ''): MapViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {...defaults};
  }
  const get = (key: string) =>
    params
      .get(prefix + key)
      ?.trim()
      .toLowerCase() ?? null;
  const period = get('period');
  const metric = get('metric');
  const group = get('group');
  const district = get('district');
  const municipality = get('municipality');
  return {
    period: isMapPeriod(period) ? period : defaults.period,
    metric: isMapMetric(metric) ? metric : defaults.metric,
    group: isMapGroup(group) ? group : defaults.group,
    district: isDistrictId(district) ? district : district === null ? defaults.district : null,
    municipality:
      municipality !== null && /^\d{4}$/.test(municipality)
        ? municipality
        : municipality === null
          ? defaults.municipality
          : null
  };
}

/**
 * Writes a view into a query string, keeping every parameter that is not the map's. Period, metric and group are
 * always written (so a link keeps meaning the same if the page's default changes); district and municipality only
 * when set.
 * @returns the new query string with a leading "?", or "" when nothing is left
 */
export function serialiseMapState(state: MapViewState, search = '', prefix = ''): string {
  const params = new URLSearchParams(search);
  for (const key of keys) params.delete(prefix + key);
  params.set(prefix + 'period', state.period);
  params.set(prefix + 'metric', state.metric);
  params.set(prefix + 'group', state.group);
  if (state.district) params.set(prefix + 'district', state.district);
  if (state.municipality) params.set(prefix + 'municipality', state.municipality);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The view the map can draw for a state: a period the data has (a link may name one the data no longer or not yet
 * has), and for a change since 2020-2021 a period that shares no year with it, so a state asking for an overlapping
 * one (from the URL, or a period picked before the metric) moves to the latest period instead of drawing an empty map.
 * @example drawableView({period: '2021-2022', metric: 'change', …}, ['2020-2021', …, '2023-2024']).period // '2023-2024'
 */
export function drawableView<T extends Pick<MapViewState, 'period' | 'metric'>>(
  state: T,
  periods: readonly string[]
): T {
  const known = periods.includes(state.period);
  if (known && (state.metric !== 'change' || isComparablePeriod(state.period, periods[0]!))) return state;
  return {...state, period: periods.at(-1)! as MapViewState['period']};
}
