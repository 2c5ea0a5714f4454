/**
 * The national row of SSB table 08487 ("Norge", komnr 0) in long format: the table's own count of reported offences
 * for Norway by scene of crime, two-year annual averages. Stories compare it with SSB's yearly national totals and
 * with the sum of the 12 police districts, so that each gap is measured against the right figure. Knows nothing about
 * municipalities, districts or the yearly series.
 */
import {DataError} from './data-error.ts';
import {districtGroups} from './offences-by-district.ts';
import type {NationalAverage} from './offences-by-municipality.ts';
import type {NationalSceneRow} from '../lib/derived-types.ts';

/** The source column of each group, so an error names the field of the file. */
const sourceColumn: Readonly<Record<string, string>> = {
  total: 'alt',
  propertyTheft: 'eiendomstyveri',
  violence: 'vold_mishandling',
  drugs: 'rusmidler',
  publicOrder: 'orden_integritet',
  traffic: 'trafikk',
  other: 'annet'
};

/**
 * `buildNationalSceneRows(national, file)` returns one row per period and group (total first, then the six 08487
 * groups), in the order of `national`. Throws a DataError naming `file` and the row's line when SSB suppressed a
 * group cell of the national row, which never happens in the published table: a national count is never 4 or fewer.
 * @example buildNationalSceneRows([{period: '2023-2024', total: 325088, groups: {…, drugs: 30027, …}, line: 2}], f)[3]
 * // {period: '2023-2024', group: 'drugs', count: 30027}
 */
export function buildNationalSceneRows(national: readonly NationalAverage[], file: string): NationalSceneRow[] {
  return national.flatMap((n) =>
    districtGroups.map(({group, column}) => {
      const count = column === 'total' ? n.total : n.groups[column as keyof NationalAverage['groups']];
      if (count === null || count === undefined) {
        throw new DataError(
          file,
          n.line,
          sourceColumn[column] ?? column,
          `expected a count in the national row for ${n.period}, found none`
        );
      }
      return {period: n.period, group, count};
    })
  );
}
