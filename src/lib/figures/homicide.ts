/**
 * Figure ids for homicide: UNODC's rate per 100,000 (`homicide.unodc.…`) and Kripos' counts
 * (`homicide.kripos.…`). Knows nothing about Astro, the DOM or stories.
 */
import type {HomicideRateRow, KriposHomicideRow} from '../derived-types.ts';
import {only, rowsOf, yearOf} from './rows.ts';
import {FigureError, type FigureValue, type ReadDerived} from './types.ts';
import {derivedFiles} from '../derived-files.ts';

const unodcFile = derivedFiles.homicideRate;
const kriposFile = derivedFiles.kriposHomicide;
const rateFields = ['ratePer100k', 'ratePer100kFemale', 'ratePer100kMale'] as const;
const kriposFields = ['cases', 'victims', 'perpetrators'] as const;

/**
 * Resolves `homicide.unodc.<year>.<ratePer100k|ratePer100kFemale|ratePer100kMale>` (two decimals, as UNODC
 * publishes) and `homicide.kripos.<year>[.<n>].<cases|victims|perpetrators>`. When Kripos published two
 * counts for one year (2023), `<n>` (1-based, in file order) picks one; without it the id fails as ambiguous.
 */
export function resolveHomicide(parts: string[], read: ReadDerived, id: string): FigureValue {
  const [kind, y, a, b] = parts;
  const year = yearOf(y, id);
  if (kind === 'unodc') {
    const rows = rowsOf<HomicideRateRow>(read, unodcFile, id);
    const field = rateFields.find((f) => f === a);
    if (!field || b !== undefined) throw new FigureError(id, `field must be one of ${rateFields.join(', ')}`);
    const v = only(rows, (r) => r.year === year, id, `UNODC year ${year}`)[field];
    if (v === null) throw new FigureError(id, `UNODC gives no ${field} for ${year}`);
    return {value: v, defaultFormat: 'decimal', defaultDigits: 2, source: unodcFile};
  }
  if (kind === 'kripos') {
    const rows = rowsOf<KriposHomicideRow>(read, kriposFile, id).filter((r) => r.year === year);
    const nth = b === undefined ? undefined : Number(a);
    const fieldName = b ?? a;
    const field = kriposFields.find((f) => f === fieldName);
    if (!field) throw new FigureError(id, `field must be one of ${kriposFields.join(', ')}`);
    if (rows.length === 0) throw new FigureError(id, `Kripos has no figure for ${year} in the data`);
    let row: KriposHomicideRow;
    if (nth === undefined) {
      if (rows.length > 1)
        throw new FigureError(id, `Kripos published ${rows.length} counts for ${year}; add ".1" or ".2"`);
      row = rows[0] as KriposHomicideRow;
    } else {
      const picked = rows[nth - 1];
      if (!Number.isInteger(nth) || !picked) throw new FigureError(id, `no Kripos row ${a} for ${year}`);
      row = picked;
    }
    const v = row[field];
    if (v === null) throw new FigureError(id, `Kripos gives no ${field} for ${year}`);
    return {value: v, defaultFormat: 'count', source: kriposFile};
  }
  throw new FigureError(id, 'expected "homicide.unodc.…" or "homicide.kripos.…"');
}
