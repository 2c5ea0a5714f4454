/**
 * Completeness of SSB table 08487 against the 2024 municipality register: every district has rows in every period,
 * every municipality appears once per period unless a stated rule says it is absent or counted inside another one,
 * the national rows are there, and the municipalities add up to the national row within a stated tolerance. Without
 * these checks a file cut short still builds, and every missing row silently becomes a zero on the map.
 * Knows nothing about CSV parsing or geometry; it takes rows that offences-by-municipality.ts built.
 */
import {DataError} from './data-error.ts';
import type {Municipality} from './municipalities.ts';
import {isListedAbsent, isMergedPeriod, mergedBefore2024, type NationalAverage} from './offences-by-municipality.ts';
import type {DistrictSummary} from './districts.ts';
import type {MunicipalityOffenceRow, Period} from '../lib/derived-types.ts';

/**
 * Largest share of the national row that may be missing from the sum of municipalities. Offences with an unknown or
 * foreign scene of crime are only in the national row: 0.64–0.69 % in 2020-2021 … 2023-2024. 1.5 % leaves room for
 * that share to double, while a single missing large municipality (Oslo alone is over 20 %) fails.
 */
export const maxNationalGapShare = 0.015;

/**
 * `isAbsentByRule(id, period)` is true when 08487 is expected to have no row of its own for municipality `id` in
 * `period`: listed in absentByRule, or counted inside another municipality ({@link mergedBefore2024}).
 */
export function isAbsentByRule(id: string, period: Period): boolean {
  if (isListedAbsent(id, period)) return true;
  return isMergedPeriod(period) && [...mergedBefore2024.values()].includes(id);
}

/** Where the checked table came from, for error messages. */
export interface TableOrigin {
  file: string;
  /** Line of the file's last record: a file cut short is easier to recognise when the message says where it ends. */
  lastLine: number;
}

/**
 * `checkMunicipalityCompleteness(rows, national, register, districts, origin, periods)` throws a DataError (file, record key,
 * field, expected and found) when a district has no rows in a period, a municipality of the register is missing from a
 * period without a stated rule, a national row is missing, or the municipalities sum to more than the national row
 * or less than {@link maxNationalGapShare} below it.
 */
export function checkMunicipalityCompleteness(
  rows: readonly MunicipalityOffenceRow[],
  national: readonly NationalAverage[],
  register: readonly Municipality[],
  districts: readonly DistrictSummary[],
  origin: TableOrigin,
  periods: readonly Period[]
): void {
  const {file} = origin;
  const present = new Set(rows.map((r) => `${r.period} ${r.municipalityId}`));
  const ends = `the file's last record is line ${origin.lastLine}`;
  for (const period of periods) {
    for (const d of districts) {
      if (!rows.some((r) => r.period === period && r.districtId === d.id)) {
        const expected = register.filter((m) => m.districtId === d.id && !isAbsentByRule(m.id, period)).length;
        throw new DataError(
          file,
          null,
          'år',
          `expected rows for the ${expected} municipalities of ${d.name} police district in ${period}, found none (${ends})`,
          `district ${d.id} ${d.name}, år ${period}`
        );
      }
    }
    const expected = register.filter((m) => !isAbsentByRule(m.id, period));
    const missing = expected.filter((m) => !present.has(`${period} ${m.id}`));
    const first = missing[0];
    if (first) {
      throw new DataError(
        file,
        null,
        'komnr',
        `expected a row for ${first.name} (${first.id}) in ${period}, found none; ${missing.length} of ${expected.length} expected municipalities are missing in ${period} (${ends})`,
        `komnr ${first.id}, år ${period}`
      );
    }
  }
  for (const period of periods) {
    const n = national.find((x) => x.period === period);
    if (!n) {
      throw new DataError(
        file,
        null,
        'komnr',
        `expected the national row (komnr 0, "Norge") for ${period}, the cross-check of the municipal sums, found none (${ends})`,
        `komnr 0, år ${period}`
      );
    }
    const municipal = rows.filter((r) => r.period === period).reduce((a, r) => a + r.total, 0);
    const floor = Math.ceil(n.total * (1 - maxNationalGapShare));
    if (municipal > n.total || municipal < floor) {
      const share = ((municipal / n.total) * 100).toFixed(2);
      throw new DataError(
        file,
        n.line,
        'alt',
        `expected the municipalities of ${period} to sum to ${floor}–${n.total} (national row less at most ${maxNationalGapShare * 100} % without a known scene), found ${municipal} (${share} %)`
      );
    }
  }
}
