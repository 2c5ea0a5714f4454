/**
 * Reader-facing text for map values: the number with its unit, legend class labels, rank and change lines of the
 * tooltip. Built on src/lib/format.ts so the map reads like the prose. Knows nothing about geography, Astro or the
 * DOM, so the browser script can import it.
 */
import {formatCount, formatDecimal, formatPercentChange, formatRank, formatSignedPercent} from '../format.ts';
import {metricTable, type MapMetric} from './groups.ts';

/** What a suppressed municipality cell reads as: SSB hides 1–4 offences (and zero), so never "0". */
export const belowFiveText = 'fewer than 5';

/** What a municipality missing from the source for a period reads as. */
export const absentText = 'no figures for this period';

/**
 * A value with its unit; `null` (a suppressed cell) reads "fewer than 5"; an absent one "no figures for this period".
 * @example valueText(72.97, 'per1000') // "73.0 per 1,000"
 * @example valueText(69137, 'count') // "69,137 offences"
 */
export function valueText(value: number | null, metric: MapMetric, absent = false): string {
  if (absent) return absentText;
  if (value === null) return metricTable[metric].missingText;
  return metricTable[metric].valueText(value);
}

/** A percentage with its sign: `signedPercent(17.26)` → `"+17.3%"`, `signedPercent(-2)` → `"−2.0%"`. */
export const signedPercent = (value: number): string => formatSignedPercent(value);

/**
 * A legend break as short as it can be without losing its digits: `breakText(45)` → `"45"`, `breakText(4.5)` →
 * `"4.5"`, `breakText(1200)` → `"1,200"`.
 */
export function breakText(value: number): string {
  if (Number.isInteger(value) || Math.abs(value) >= 10) return formatCount(value);
  // Breaks carry two significant figures, so show exactly those: 4.5 → 1 decimal, 0.083 → 3.
  return formatDecimal(value, Math.max(1, 1 - Math.floor(Math.log10(Math.abs(value)))));
}

/**
 * Labels of the colour classes of a legend, lowest first: `["under 40", "40 to 50", "50 or more"]`.
 * @param breaks thresholds from `quantileBreaks`
 */
export function legendLabels(breaks: readonly number[], metric: MapMetric = 'per1000'): string[] {
  if (breaks.length === 0) return ['all values'];
  // A change legend reads in signed percentages ("−5% to under +5%"); the others in plain numbers.
  const b = (v: number) =>
    metric === 'change' ? `${v > 0 ? '+' : v < 0 ? '−' : ''}${breakText(Math.abs(v))}%` : breakText(v);
  const labels = [`under ${b(breaks[0]!)}`];
  for (let k = 1; k < breaks.length; k++) labels.push(`${b(breaks[k - 1]!)} to under ${b(breaks[k]!)}`);
  labels.push(`${b(breaks[breaks.length - 1]!)} or more`);
  return labels;
}

const ordinalWords = [
  '',
  '',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth'
];

/**
 * A rank as people say it, counted from the nearer end: 1 of 12 → "highest", 11 of 12 → "second lowest", 3 of 12 →
 * "third highest"; past "twelfth" in figures ("23rd lowest").
 */
export function rankWords(rank: number, of: number): string {
  const fromTop = rank <= of - rank + 1;
  const place = fromTop ? rank : of - rank + 1;
  const end = fromTop ? 'highest' : 'lowest';
  if (place === 1) return end;
  return `${ordinalWords[place] ?? formatRank(place)} ${end}`;
}

/** "second lowest of 12" (rank 1 = highest). */
export function rankText(rank: number, of: number): string {
  return `${rankWords(rank, of)} of ${of}`;
}

/**
 * The change from the previous period: `"+3.4% from 2022-2023"`; `null` when there is no previous value or it is
 * zero or suppressed (a percentage of "fewer than 5" means nothing).
 */
export function changeText(
  previous: number | null | undefined,
  current: number | null,
  previousPeriod: string
): string | null {
  if (previous === null || previous === undefined || current === null || previous === 0) return null;
  return `${formatPercentChange(previous, current)} from ${previousPeriod}`;
}
