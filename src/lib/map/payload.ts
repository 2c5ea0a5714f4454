/**
 * Shapes the derived offence rows and the projected geometry into the compact JSON the browser script reads:
 * arrays indexed [group][period][region], no field names repeated per row, no path data (paths are already in
 * the SVG). Knows nothing about Astro or the DOM; runs at build time.
 */
import type {
  DistrictId,
  DistrictOffenceGroup,
  DistrictOffenceRow,
  MunicipalityOffenceRow,
  Period
} from '../derived-types.ts';
import {quantileBreaks} from './classify.ts';
import {isComparablePeriod, percentChange} from './change.ts';
import type {MapGeometry} from './geometry.ts';
import {groupLabels, mapGroups, mapMetrics, municipalityColumn, type MapMetric} from './groups.ts';
import {periodsOf} from '../offence-periods.ts';
import type {ArrowTargets} from './neighbours.ts';

/** Level of a colour scale: districts or municipalities. */
export type MapLevel = 'd' | 'm';

/** What the district map's script needs, and nothing more. */
export interface MapPayload {
  periods: Period[];
  groups: DistrictOffenceGroup[];
  groupLabels: string[];
  districts: {
    ids: DistrictId[];
    names: string[];
    arrows: ArrowTargets[];
    boxes: [number, number, number, number][];
    /** Interior point of each district (viewBox units): where a keyboard tooltip points. */
    points: [number, number][];
  };
  /** Annual average offences, [group][period][district]. */
  districtCount: number[][][];
  /** Offences per 1,000 inhabitants as published (2 decimals), [group][period][district]. */
  districtPer1000: number[][][];
  /**
   * Municipalities not included in each district sum, [group][period][district]: cells SSB suppressed (fewer than 5)
   * plus municipalities with no row in the source (`suppressed + absent` of the district file).
   */
  districtNotIncluded: number[][][];
  municipalities: {ids: string[]; names: string[]; district: number[]; arrows: ArrowTargets[]};
  /** Annual average offences, null = suppressed (fewer than 5), [group][period][municipality]. */
  municipalityCount: (number | null)[][][];
  /**
   * Municipalities with no row at all in a period, [period] → indices (e.g. Utsira is missing from SSB 08487, and
   * Haram is counted inside Ålesund before 2023-2024). Their count is null but they are NOT "fewer than 5".
   */
  municipalityAbsent: number[][];
  /** Population used for rates, [period][municipality] (Ålesund's changes with the Haram split). */
  municipalityPopulation: number[][];
  /** Colour breaks by {@link breaksKey}, computed over all periods so colours mean the same in every period. */
  breaks: Record<string, number[]>;
  width: number;
  height: number;
}

/** Key of a colour scale in {@link MapPayload.breaks}: `breaksKey('d', 'per1000', 'total')` → `"d.per1000.total"`. */
export function breaksKey(level: MapLevel, metric: MapMetric, group: DistrictOffenceGroup): string {
  return `${level}.${metric}.${group}`;
}

/** Municipal rate per 1,000, or null for a suppressed count. */
export function per1000Of(count: number | null, population: number): number | null {
  return count === null || population <= 0 ? null : (count / population) * 1000;
}

/**
 * Builds the payload. Throws when a district has no row for some period and group (the district file is complete by
 * contract); municipalities without a row are listed in `municipalityAbsent`.
 */
export function buildMapPayload(
  geometry: MapGeometry,
  districtRows: readonly DistrictOffenceRow[],
  municipalityRows: readonly MunicipalityOffenceRow[]
): MapPayload {
  const dRow = new Map(districtRows.map((r) => [`${r.group}|${r.period}|${r.districtId}`, r]));
  const mRow = new Map(municipalityRows.map((r) => [`${r.period}|${r.municipalityId}`, r]));
  // The periods are the data's: a refresh that adds one adds it to every map and its period control.
  const mapPeriods = periodsOf(districtRows);
  const districtField = (valueOf: (row: DistrictOffenceRow) => number) =>
    mapGroups.map((g) =>
      mapPeriods.map((p) =>
        geometry.districts.map((d) => {
          const row = dRow.get(`${g}|${p}|${d.id}`);
          if (!row) throw new Error(`offences-by-district has no row for ${d.id} ${p} ${g}`);
          return valueOf(row);
        })
      )
    );
  // A municipality without a row is absent from the source (documented in the manifest's caveats), not zero.
  const municipalRow = (p: Period, id: string) => mRow.get(`${p}|${id}`);
  const municipalityCount = mapGroups.map((g) =>
    mapPeriods.map((p) => geometry.municipalities.map((m) => municipalRow(p, m.id)?.[municipalityColumn[g]] ?? null))
  );
  const municipalityAbsent = mapPeriods.map((p) =>
    geometry.municipalities.flatMap((m, i) => (municipalRow(p, m.id) ? [] : [i]))
  );
  const municipalityPopulation = mapPeriods.map((p) =>
    geometry.municipalities.map((m) => municipalRow(p, m.id)?.population ?? 0)
  );
  const payload: MapPayload = {
    periods: [...mapPeriods],
    groups: [...mapGroups],
    groupLabels: mapGroups.map((g) => groupLabels[g]),
    districts: {
      ids: geometry.districts.map((d) => d.id),
      names: geometry.districts.map((d) => d.name),
      arrows: geometry.districtArrows,
      boxes: geometry.districts.map((d) => d.box),
      points: geometry.districts.map((d) => d.at)
    },
    districtCount: districtField((r) => r.count),
    districtPer1000: districtField((r) => r.per1000),
    districtNotIncluded: districtField((r) => r.suppressed + r.absent),
    municipalities: {
      ids: geometry.municipalities.map((m) => m.id),
      names: geometry.municipalities.map((m) => m.name),
      district: geometry.municipalities.map((m) => m.districtIndex),
      arrows: geometry.municipalityArrows
    },
    municipalityCount,
    municipalityAbsent,
    municipalityPopulation,
    breaks: {},
    width: geometry.width,
    height: geometry.height
  };
  mapGroups.forEach((g, gi) => {
    for (const metric of mapMetrics) {
      if (metric === 'change') continue;
      const dValues = (metric === 'count' ? payload.districtCount : payload.districtPer1000)[gi]!.flat();
      payload.breaks[breaksKey('d', metric, g)] = quantileBreaks(dValues);
      const mValues = mapPeriods.flatMap((_, pi) =>
        municipalityCount[gi]![pi]!.map((c, mi) =>
          metric === 'count' ? c : per1000Of(c, municipalityPopulation[pi]![mi]!)
        )
      );
      payload.breaks[breaksKey('m', metric, g)] = quantileBreaks(mValues);
    }
    // Change since the first period, over every period that shares no year with it.
    const later = mapPeriods.flatMap((p, pi) => (isComparablePeriod(p, mapPeriods[0]!) ? [pi] : []));
    const rates = payload.districtPer1000[gi]!;
    payload.breaks[breaksKey('d', 'change', g)] = quantileBreaks(
      later.flatMap((pi) => rates[pi]!.map((r, di) => percentChange(rates[0]![di], r)))
    );
    const mRate = (pi: number, mi: number) =>
      per1000Of(municipalityCount[gi]![pi]![mi] ?? null, municipalityPopulation[pi]![mi]!);
    payload.breaks[breaksKey('m', 'change', g)] = quantileBreaks(
      later.flatMap((pi) => geometry.municipalities.map((_, mi) => percentChange(mRate(0, mi), mRate(pi, mi))))
    );
  });
  return payload;
}
