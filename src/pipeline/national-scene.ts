/**
 * The national row of SSB table 08487 ("Norge", komnr 0) in long format: the table's own count of reported offences
 * for Norway by scene of crime, two-year annual averages. Stories compare it with SSB's yearly national totals and
 * with the sum of the 12 police districts, so that each gap is measured against the right figure. Knows nothing about
 * municipalities, districts or the yearly series.
 */
import {DataError} from './data-error.ts';
import type {NationalAverage} from './offences-by-municipality.ts';
import type {NationalSceneRow} from '../lib/derived-types.ts';
import {sceneGroups} from './scene-groups.ts';

/**
 * `buildNationalSceneRows(national, file)` returns one row per period and group (total first, then the six 08487
 * groups), in the order of `national`. Throws a DataError naming `file` and the row's line when SSB suppressed a
 * group cell of the national row, which never happens in the published table: a national count is never 4 or fewer.
 * @example buildNationalSceneRows([{period: '2023-2024', total: 325088, groups: {…, drugs: 30027, …}, line: 2}], f)[3]
 * // {period: '2023-2024', group: 'drugs', count: 30027}
 */
export function buildNationalSceneRows(national: readonly NationalAverage[], file: string): NationalSceneRow[] {
  return national.flatMap((n) =>
    sceneGroups.map(({group, key, column}) => {
      const count = key === 'total' ? n.total : n.groups[key as keyof NationalAverage['groups']];
      if (count === null || count === undefined) {
        throw new DataError(file, n.line, column, `expected a count in the national row for ${n.period}, found none`);
      }
      return {period: n.period, group, count};
    })
  );
}
