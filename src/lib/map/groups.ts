/**
 * The one table of what a police-district map can show: its metrics with
 * their labels and number formats, and its offence groups with their labels and municipality columns. Adding a
 * metric or group is one entry here. Knows nothing about geography, Astro or the DOM, so the browser script can
 * import it.
 */
import type {DistrictOffenceGroup, MunicipalityOffenceRow, Period} from '../derived-types.ts';
import {formatCount, formatDecimal, formatPer1000, formatSignedPercent} from '../format.ts';
import {firstPeriod, periodYears} from '../offence-periods.ts';

/** How one metric reads: control label, legend unit, caption measure and number formats. */
export interface MetricSpec {
  /** Control and table-header label: "Per 1,000 inhabitants". */
  label: string;
  /** Legend title after the offence group: "reported per 1,000 inhabitants". */
  unit: string;
  /** Caption phrase around the offence words: "rate of violence offences reported per 1,000 inhabitants". */
  measure: (what: string) => string;
  /** A value with its unit: "73.0 per 1,000", "69,137 offences". */
  valueText: (value: number) => string;
  /** A table cell without its unit (the header carries it): "73.0", "69,137". */
  cellText: (value: number) => string;
  /** What a region without a value reads as (a suppressed cell, or no comparison to make). */
  missingText: string;
  /** A table cell without a value. */
  missingCell: string;
  /** Offered to readers in the map's controls (a count map mostly shows where people live, so it is for authors). */
  control: boolean;
}

/** The first period of the table, the base of the "change" metric. */
export const changeBasePeriod: Period = firstPeriod;

/**
 * The metrics, in control order: offences per 1,000 inhabitants; the percentage change of that rate since the first
 * period (both periods on the 1 January 2024 population); the annual average count.
 */
export const metricTable = {
  per1000: {
    label: 'Per 1,000 inhabitants',
    unit: 'reported per 1,000 inhabitants',
    measure: (what) => `rate of ${what} reported per 1,000 inhabitants`,
    valueText: (value) => formatPer1000(value),
    cellText: (value) => formatDecimal(value, 1),
    missingText: 'fewer than 5 offences (no rate)',
    missingCell: 'fewer than 5',
    control: true
  },
  change: {
    label: `Change since ${changeBasePeriod}`,
    unit: `reported per 1,000 inhabitants, change from ${changeBasePeriod}`,
    measure: (what) => `change in the rate of ${what} reported per 1,000 inhabitants since ${changeBasePeriod}`,
    valueText: (value) => `${formatSignedPercent(value)} since ${changeBasePeriod}`,
    cellText: (value) => formatSignedPercent(value),
    missingText: 'no change to show (fewer than 5 in a period)',
    missingCell: '–',
    control: true
  },
  count: {
    label: 'Number',
    unit: 'reported, number per year',
    measure: (what) => `number of ${what} reported`,
    valueText: (value) => `${formatCount(value)} ${value === 1 ? 'offence' : 'offences'}`,
    cellText: (value) => formatCount(value),
    missingText: 'fewer than 5 offences',
    missingCell: 'fewer than 5',
    control: false
  }
} as const satisfies Record<string, MetricSpec>;

/** What a map colours by: a key of {@link metricTable}. */
export type MapMetric = keyof typeof metricTable;

/** Every metric a map accepts, in table order. */
export const mapMetrics = Object.keys(metricTable) as MapMetric[];

/** The metrics a reader can pick, in control order. */
export const controlMetrics: readonly MapMetric[] = mapMetrics.filter((m) => metricTable[m].control);

/** Control and table-header labels of the metrics. */
export const metricLabels = Object.fromEntries(mapMetrics.map((m) => [m, metricTable[m].label])) as Readonly<
  Record<MapMetric, string>
>;

type MunicipalityColumn = keyof Pick<
  MunicipalityOffenceRow,
  'total' | 'propertyTheft' | 'violence' | 'drugs' | 'publicOrder' | 'traffic' | 'other'
>;

/** The offence groups in control order: reader-facing name and the municipality column holding its count. */
const groupTable: Readonly<Record<DistrictOffenceGroup, {label: string; column: MunicipalityColumn}>> = {
  total: {label: 'All offences', column: 'total'},
  'property-theft': {label: 'Property theft', column: 'propertyTheft'},
  violence: {label: 'Violence and maltreatment', column: 'violence'},
  drugs: {label: 'Drugs and alcohol', column: 'drugs'},
  'public-order': {label: 'Public order and integrity', column: 'publicOrder'},
  traffic: {label: 'Traffic', column: 'traffic'},
  other: {label: 'Other offences', column: 'other'}
};

/** The offence groups of the district file, in control order. */
export const mapGroups = Object.keys(groupTable) as DistrictOffenceGroup[];

/** Reader-facing group names (lower case where they follow "offences:" in prose). */
export const groupLabels = Object.fromEntries(mapGroups.map((g) => [g, groupTable[g].label])) as Readonly<
  Record<DistrictOffenceGroup, string>
>;

/** The municipality column holding each group's count. */
export const municipalityColumn = Object.fromEntries(mapGroups.map((g) => [g, groupTable[g].column])) as Readonly<
  Record<DistrictOffenceGroup, MunicipalityColumn>
>;

/**
 * Whether a string is shaped like a period ("2023-2024"). Which periods a map has is in its payload
 * (`payload.periods`, from the data): `drawableView` moves a state to one of them.
 */
export function isMapPeriod(value: unknown): value is Period {
  return typeof value === 'string' && periodYears(value) !== null;
}

/** Whether a string is one of the map's groups. */
export function isMapGroup(value: unknown): value is DistrictOffenceGroup {
  return mapGroups.includes(value as DistrictOffenceGroup);
}

/** Whether a string is one of the map's metrics. */
export function isMapMetric(value: unknown): value is MapMetric {
  return mapMetrics.includes(value as MapMetric);
}
