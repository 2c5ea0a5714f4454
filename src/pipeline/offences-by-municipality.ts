/**
 * Reads SSB table 08487 as cleaned by chrilur (reported offences by scene of crime, two-year annual averages, 2024
 * municipality numbers) into wide municipality rows. Knows nothing about police districts beyond the register it is
 * given, and nothing about geometry.
 */
import {z} from 'zod';
import type {CsvTable} from './csv.ts';
import {DataError} from './data-error.ts';
import {count, municipalityNumber, plainName, suppressibleCount} from './fields.ts';
import type {Municipality} from './municipalities.ts';
import type {MunicipalityOffenceRow, Period} from '../lib/derived-types.ts';
import {validateRows} from './validate-rows.ts';
import {periodYears} from '../lib/offence-periods.ts';

/**
 * Largest allowed gap between `alt` and the sum of the six groups when none is suppressed. SSB rounds each annual
 * average on its own, so 7 rounded values can differ by < 3.5; the file shows −3 … 0.
 */
export const groupSumTolerance = 3;

/**
 * Municipalities of the 2024 register that SSB 08487 leaves out, with the periods they are missing in: Utsira (1151)
 * in every period, Modalen (4629) in 2023-2024. This is the stated rule the completeness check enforces (see
 * completeness.ts); on the site an absent municipality counts as "not included" in its district, like a suppressed
 * cell. A row for one of them in its listed period is refused, so the rule and the methodology are updated together;
 * a new period is not covered by a listed one, so a municipality missing in it is refused too.
 */
export const absentByRule: ReadonlyMap<string, readonly Period[] | 'every period'> = new Map<
  string,
  readonly Period[] | 'every period'
>([
  ['1151', 'every period'],
  ['4629', ['2023-2024']]
]);

/** `isListedAbsent(id, period)`: whether {@link absentByRule} lists municipality `id` as absent in `period`. */
export function isListedAbsent(id: string, period: Period): boolean {
  const rule = absentByRule.get(id);
  return rule === 'every period' || (rule?.includes(period) ?? false);
}

/** Haram (1580) was part of Ålesund (1507, now 1508) until 2024; SSB reports it inside Ålesund before 2023-2024. */
export const mergedBefore2024: ReadonlyMap<string, string> = new Map([['1508', '1580']]);

/**
 * `isMergedPeriod(period)`: whether SSB reports Haram inside Ålesund in `period`, i.e. the period ends before 2024
 * (from 2023-2024 on, Haram has its own row).
 * @example isMergedPeriod('2022-2023') // true
 */
export function isMergedPeriod(period: Period): boolean {
  return (periodYears(period)?.[1] ?? 0) < 2024;
}

const schemaFor = (periods: readonly Period[]) =>
  z.object({
    navn: plainName,
    komnr: municipalityNumber,
    år: z.enum(periods as [Period, ...Period[]], {error: `expected one of ${periods.join(', ')}`}),
    alt: count,
    eiendomstyveri: suppressibleCount,
    vold_mishandling: suppressibleCount,
    rusmidler: suppressibleCount,
    orden_integritet: suppressibleCount,
    trafikk: suppressibleCount,
    annet: suppressibleCount
  });

/**
 * The national row SSB includes (`komnr` 0): the table's own figure for Norway, kept for the consistency check and
 * written out as offences-by-scene-national (see national-scene.ts). Group cells are null only if SSB suppressed them.
 */
export interface NationalAverage {
  period: Period;
  total: number;
  /** The six 08487 groups, named as in the municipal rows. */
  groups: Pick<MunicipalityOffenceRow, 'propertyTheft' | 'violence' | 'drugs' | 'publicOrder' | 'traffic' | 'other'>;
  /** Source line of the row. */
  line: number;
}

/**
 * `buildMunicipalityOffences(table, register, periods)` returns one wide row per municipality and period present in the source
 * (sorted by period, then municipality number) and the national rows. Throws a DataError for an unknown or duplicate
 * municipality number, Haram before 2023-2024, or groups (plus 0–4 per suppressed cell) that do not add up to `alt`
 * within {@link groupSumTolerance}.
 */
export function buildMunicipalityOffences(
  table: CsvTable,
  register: readonly Municipality[],
  periods: readonly Period[]
): {rows: MunicipalityOffenceRow[]; national: NationalAverage[]} {
  const byId = new Map(register.map((m) => [m.id, m]));
  const seen = new Map<string, number>();
  const rows: MunicipalityOffenceRow[] = [];
  const national: NationalAverage[] = [];
  for (const {row: r, line} of validateRows(table, schemaFor(periods))) {
    const key = `${r.år} ${r.komnr}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new DataError(
        table.file,
        line,
        'komnr',
        `expected one row per municipality and period, found "${r.komnr}" in ${r.år} again (first on line ${first})`
      );
    }
    seen.set(key, line);
    const groups = [r.eiendomstyveri, r.vold_mishandling, r.rusmidler, r.orden_integritet, r.trafikk, r.annet];
    // Suppressed cells hide 0–4 offences each, so the known groups must fit around `alt` within the rounding slack.
    const known = groups.reduce<number>((a, g) => a + (g ?? 0), 0);
    const hidden = groups.filter((g) => g === null).length * 4;
    if (known - r.alt > groupSumTolerance || known + hidden - r.alt < -groupSumTolerance) {
      const range = hidden ? `${known}–${known + hidden}` : `${known}`;
      throw new DataError(
        table.file,
        line,
        'alt',
        `expected the groups (${range}) to add up to alt within ±${groupSumTolerance}, found alt ${r.alt}`
      );
    }
    if (r.komnr === '0000') {
      national.push({period: r.år, total: r.alt, groups: groupsOf(r), line});
      continue;
    }
    const m = byId.get(r.komnr);
    if (!m)
      throw new DataError(
        table.file,
        line,
        'komnr',
        `expected a municipality number of the 2024 register, found "${r.komnr}"`
      );
    if (isListedAbsent(m.id, r.år)) {
      throw new DataError(
        table.file,
        line,
        'komnr',
        `expected ${m.name} (${m.id}) to be absent in ${r.år} by the stated absence rule, found a row; update the rule (absentByRule) and the methodology together`
      );
    }
    const absorbed = mergedBefore2024.get(m.id);
    const absorbedMunicipality = absorbed === undefined ? undefined : byId.get(absorbed);
    const merged = isMergedPeriod(r.år) && absorbedMunicipality !== undefined;
    if (isMergedPeriod(r.år) && [...mergedBefore2024.values()].includes(m.id)) {
      throw new DataError(
        table.file,
        line,
        'komnr',
        `expected no row of its own for ${m.name} (${m.id}) in ${r.år} (reported inside another municipality before 2023-2024), found one`
      );
    }
    rows.push({
      period: r.år,
      municipalityId: m.id,
      municipality: m.name,
      districtId: m.districtId,
      population: m.population + (merged && absorbedMunicipality ? absorbedMunicipality.population : 0),
      total: r.alt,
      ...groupsOf(r)
    });
  }
  rows.sort((a, b) =>
    a.period === b.period ? (a.municipalityId < b.municipalityId ? -1 : 1) : a.period < b.period ? -1 : 1
  );
  return {rows, national};
}

/** The six 08487 group cells of one source row, under the names the derived rows use (null = suppressed). */
function groupsOf(r: {
  eiendomstyveri: number | null;
  vold_mishandling: number | null;
  rusmidler: number | null;
  orden_integritet: number | null;
  trafikk: number | null;
  annet: number | null;
}): NationalAverage['groups'] {
  return {
    propertyTheft: r.eiendomstyveri,
    violence: r.vold_mishandling,
    drugs: r.rusmidler,
    publicOrder: r.orden_integritet,
    traffic: r.trafikk,
    other: r.annet
  };
}
