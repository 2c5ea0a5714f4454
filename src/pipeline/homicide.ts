/**
 * Homicide in Norway from two sources that count differently: UNODC's rate per 100 000 (1990–2023, two releases) and
 * Kripos' case/victim counts for selected years. Knows nothing about other offences; never mixes the two sources.
 */
import {z} from 'zod';
import type {CsvTable} from './csv.ts';
import {DataError} from './data-error.ts';
import {optionalCount, optionalDecimal, optionalText, text, year} from './fields.ts';
import type {HomicideRateRow, KriposHomicideRow} from '../lib/derived-types.ts';
import {validateRows} from './validate-rows.ts';
import {yearSequence} from './year-sequence.ts';

/** Start of the `datasett` wording → short dataset name used in the output. */
const datasets: readonly [string, string][] = [
  ['UNODC CTS', 'UNODC CTS'],
  ['UNODC SDG indicator 16.1.1', 'UNODC SDG 16.1.1']
];

const rateSchema = z.object({
  aar: year,
  drapsofre_per_100000_totalt: optionalDecimal,
  per_100000_kvinner: optionalDecimal,
  per_100000_menn: optionalDecimal,
  datasett: text
});

/**
 * `buildHomicideRates(table, firstYear, lastYear)` returns one row per year. Throws a DataError for a missing or repeated
 * year, a negative rate, an unknown dataset, or a year with no rate at all.
 */
export function buildHomicideRates(table: CsvTable, firstYear: number, lastYear: number): HomicideRateRow[] {
  const years = yearSequence(table.file, 'aar', firstYear, lastYear);
  const rows = validateRows(table, rateSchema).map(({row, line}) => {
    years.next(row.aar, line);
    const dataset = datasets.find(([prefix]) => row.datasett.startsWith(prefix))?.[1];
    if (!dataset)
      throw new DataError(
        table.file,
        line,
        'datasett',
        `expected UNODC CTS or UNODC SDG indicator 16.1.1, found "${row.datasett}"`
      );
    const columns = ['drapsofre_per_100000_totalt', 'per_100000_kvinner', 'per_100000_menn'] as const;
    for (const c of columns) {
      const v = row[c];
      if (v !== null && v < 0) throw new DataError(table.file, line, c, `expected a rate of 0 or more, found ${v}`);
    }
    if (columns.every((c) => row[c] === null))
      throw new DataError(
        table.file,
        line,
        'drapsofre_per_100000_totalt',
        'expected at least one rate in the row, found none'
      );
    const rates = {
      ratePer100k: row.drapsofre_per_100000_totalt,
      ratePer100kFemale: row.per_100000_kvinner,
      ratePer100kMale: row.per_100000_menn
    };
    return {year: row.aar, ...rates, dataset};
  });
  years.end();
  return rows;
}

const kriposSchema = z.object({
  aar: year,
  drapssaker: optionalCount,
  drapsofre: optionalCount,
  gjerningspersoner_siktede: optionalCount,
  kilde: text,
  url: text,
  merknad: optionalText
});

/**
 * `buildKriposHomicide(table)` returns the rows in year order (a year may appear twice when Kripos' own figures
 * conflict, as for 2023; source order is kept within a year). Throws a DataError for years out of order.
 */
export function buildKriposHomicide(table: CsvTable): KriposHomicideRow[] {
  let previous = -Infinity;
  return validateRows(table, kriposSchema).map(({row, line}) => {
    if (row.aar < previous) throw new DataError(table.file, line, 'aar', `year ${row.aar} out of order`);
    previous = row.aar;
    return {
      year: row.aar,
      cases: row.drapssaker,
      victims: row.drapsofre,
      perpetrators: row.gjerningspersoner_siktede,
      source: row.kilde,
      url: row.url,
      note: row.merknad
    };
  });
}
