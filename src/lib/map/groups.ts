/**
 * The offence groups and metrics a police-district map can show, with reader-facing labels and the matching
 * municipality column. Knows nothing about geography, Astro or the DOM.
 */
import type {DistrictOffenceGroup, MunicipalityOffenceRow, Period} from '../data/types.ts';

/**
 * What a map colours by: offences per 1,000 inhabitants, the percentage change of that rate since the first period
 * (2020-2021), or the annual average count (for authors; a count map mostly shows where people live, so readers
 * are not offered it).
 */
export type MapMetric = 'per1000' | 'change' | 'count';

/** Every metric a map accepts. */
export const mapMetrics: readonly MapMetric[] = ['per1000', 'change', 'count'];

/** The metrics a reader can pick, in control order. */
export const controlMetrics: readonly MapMetric[] = ['per1000', 'change'];

/** Control and table-header labels of the metrics. */
export const metricLabels: Readonly<Record<MapMetric, string>> = {
  per1000: 'Per 1,000 inhabitants',
  change: 'Change since 2020-2021',
  count: 'Number'
};

/** The four two-year periods of SSB table 08487, oldest first. */
export const mapPeriods: readonly Period[] = ['2020-2021', '2021-2022', '2022-2023', '2023-2024'];

/** The offence groups of the district file, in control order. */
export const mapGroups: readonly DistrictOffenceGroup[] = [
  'total',
  'property-theft',
  'violence',
  'drugs',
  'public-order',
  'traffic',
  'other'
];

/** Reader-facing group names (lower case where they follow "offences:" in prose). */
export const groupLabels: Readonly<Record<DistrictOffenceGroup, string>> = {
  total: 'All offences',
  'property-theft': 'Property theft',
  violence: 'Violence and maltreatment',
  drugs: 'Drugs and alcohol',
  'public-order': 'Public order and integrity',
  traffic: 'Traffic',
  other: 'Other offences'
};

/** The municipality column holding each group's count. */
export const municipalityColumn: Readonly<
  Record<DistrictOffenceGroup, keyof Pick<MunicipalityOffenceRow, 'total' | 'propertyTheft' | 'violence' | 'drugs' | 'publicOrder' | 'traffic' | 'other'>>
> = {
  total: 'total',
  'property-theft': 'propertyTheft',
  violence: 'violence',
  drugs: 'drugs',
  'public-order': 'publicOrder',
  traffic: 'traffic',
  other: 'other'
};

/** Whether a string is one of the map's periods. */
export function isMapPeriod(value: unknown): value is Period {
  return mapPeriods.includes(value as Period);
}

/** Whether a string is one of the map's groups. */
export function isMapGroup(value: unknown): value is DistrictOffenceGroup {
  return mapGroups.includes(value as DistrictOffenceGroup);
}

/** Whether a string is one of the map's metrics. */
export function isMapMetric(value: unknown): value is MapMetric {
  return mapMetrics.includes(value as MapMetric);
}
