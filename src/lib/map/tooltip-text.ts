/**
 * The words of a map tooltip, readout and live-region announcement for one region. The same sentence serves the
 * eye and the screen reader. Knows nothing about the DOM, Astro or the payload layout.
 */
import type {MapMetric} from './groups.ts';
import {changeText, rankText, valueText} from './value-text.ts';

/** Facts about one region in one view. */
export interface RegionFacts {
  name: string;
  /** "police district" or "municipality in Vest police district". */
  kind: string;
  value: number | null;
  /** True when the region has no row in the source for the period (not the same as suppressed). */
  absent?: boolean;
  metric: MapMetric;
  period: string;
  groupLabel: string;
  rank: number | null;
  /** Number of regions ranked (12 districts, or the district's municipalities). */
  of: number;
  previous: number | null;
  previousPeriod: string | null;
  /**
   * Municipalities not in a district sum (the sum is then a lower bound): suppressed cells (fewer than 5) and
   * municipalities with no row in the source for the period.
   */
  notIncluded?: number;
}

/** Heading and short lines for the visible tooltip. */
export interface RegionText {
  heading: string;
  lines: string[];
  /** One sentence with everything, for `aria-label` and the live region. */
  sentence: string;
}

/**
 * @example regionText({name: 'Oslo', kind: 'police district', value: 72.97, metric: 'per1000', rank: 1, of: 12, …})
 * // {heading: "Oslo", lines: ["73.0 per 1,000", "highest of 12 police districts", "+3.1% from 2022-2023"], …}
 */
export function regionText(f: RegionFacts): RegionText {
  const lines = [valueText(f.value, f.metric, f.absent)];
  const plural = f.kind.startsWith('police') ? 'police districts' : 'municipalities in the district';
  if (f.rank !== null && f.of > 1) lines.push(`${rankText(f.rank, f.of)} ${plural}`);
  const change = f.previousPeriod ? changeText(f.previous, f.value, f.previousPeriod) : null;
  if (change) lines.push(change);
  if (f.notIncluded) {
    const n = f.notIncluded;
    lines.push(`${n} ${n === 1 ? 'municipality' : 'municipalities'} not included (fewer than 5 or no figures)`);
  }
  const context = `${f.groupLabel}, ${f.period}`;
  return {heading: f.name, lines, sentence: `${f.name}, ${f.kind}: ${lines.join('; ')}. ${context}.`};
}
