/**
 * Aggregates the municipal 08487 rows to the twelve police districts in long format, and checks the aggregate against
 * the municipal totals. Knows nothing about CSV or geometry; it takes rows that offences-by-municipality.ts built.
 */
import {DataError} from './data-error.ts';
import type {DistrictSummary} from './districts.ts';
import {per1000} from './numbers.ts';
import {sceneGroups} from './scene-groups.ts';
import type {DistrictOffenceGroup, DistrictOffenceRow, MunicipalityOffenceRow, Period} from '../lib/derived-types.ts';
import type {Municipality} from './municipalities.ts';
import {groupSumTolerance, isMergedPeriod, mergedBefore2024} from './offences-by-municipality.ts';

/** District groups in output order, with the municipal row field each is read from (see scene-groups.ts). */
export const districtGroups: readonly {group: DistrictOffenceGroup; column: keyof MunicipalityOffenceRow}[] =
  sceneGroups.map(({group, key}) => ({group, column: key}));

/**
 * `absentMunicipalities(rows, register, period, districtId)` lists the register's municipalities of a district that
 * have no row of their own in `period` and are not counted inside another municipality (Haram inside Ålesund before
 * 2023-2024): their offences are in no district figure, so they count as "not included" like a suppressed cell.
 */
export function absentMunicipalities(
  rows: readonly MunicipalityOffenceRow[],
  register: readonly Municipality[],
  period: Period,
  districtId: string
): Municipality[] {
  const present = new Set(rows.filter((r) => r.period === period).map((r) => r.municipalityId));
  const inside = isMergedPeriod(period) ? new Set(mergedBefore2024.values()) : new Set<string>();
  return register.filter((m) => m.districtId === districtId && !present.has(m.id) && !inside.has(m.id));
}

/**
 * `aggregateDistricts(rows, districts, file, register, periods)` sums municipal annual averages per period × district × group
 * (periods, then districts p01 … p12, then groups as in {@link districtGroups}). `count` adds unsuppressed cells,
 * `suppressed` counts the null cells, `absent` the register's municipalities with no row (see
 * {@link absentMunicipalities}; the same in every group). Throws a DataError (naming `file`) when a district's known groups plus 0–4 per
 * suppressed cell cannot make up its total within the rounding slack of its municipalities.
 */
export function aggregateDistricts(
  rows: readonly MunicipalityOffenceRow[],
  districts: readonly DistrictSummary[],
  file: string,
  register: readonly Municipality[],
  periods: readonly Period[]
): DistrictOffenceRow[] {
  const out: DistrictOffenceRow[] = [];
  for (const period of periods) {
    for (const d of districts) {
      const members = rows.filter((r) => r.period === period && r.districtId === d.id);
      const absent = absentMunicipalities(rows, register, period, d.id).length;
      const sums = districtGroups.map(({group, column}) => {
        let total = 0;
        let suppressed = 0;
        for (const r of members) {
          const v = r[column];
          if (typeof v === 'number') total += v;
          else suppressed += 1;
        }
        return {group, count: total, suppressed};
      });
      const [all, ...parts] = sums;
      if (!all) continue;
      const known = parts.reduce((a, p) => a + p.count, 0);
      const hidden = parts.reduce((a, p) => a + p.suppressed * 4, 0);
      const slack = groupSumTolerance * members.length;
      if (all.suppressed > 0 || known - all.count > slack || known + hidden - all.count < -slack) {
        throw new DataError(
          file,
          null,
          'alt',
          `expected the groups of ${d.name} in ${period} (${known}, plus up to ${hidden} suppressed) to add up to its total within ±${slack}, found total ${all.count}${all.suppressed > 0 ? ` with ${all.suppressed} suppressed totals` : ''}`,
          `district ${d.id} ${d.name}, år ${period}`
        );
      }
      for (const s of sums) {
        out.push({
          period,
          districtId: d.id,
          district: d.name,
          group: s.group,
          count: s.count,
          suppressed: s.suppressed,
          absent,
          municipalities: members.length,
          population: d.population,
          per1000: per1000(s.count, d.population)
        });
      }
    }
  }
  return out;
}
