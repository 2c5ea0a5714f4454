/**
 * National reported offences from 1993 to the last year of the raw file (SSB, transcribed or fetched) with population 1 January and the rate per 1 000, checked
 * against the collector's derived rates and SSB's published ones. Knows nothing about groups, districts or geometry.
 */
import {z} from 'zod';
import type {CsvTable} from './csv.ts';
import {DataError} from './data-error.ts';
import {count, decimal, optionalCount, optionalDecimal, year} from './fields.ts';
import {populationIn} from './national-population.ts';
import {per1000, rateTo} from './numbers.ts';
import type {NationalOffenceRow} from '../lib/derived-types.ts';
import {validateRows} from './validate-rows.ts';

/** Known changes of source or classification, by the first year they apply to. */
export const seriesNotes: ReadonlyMap<number, string> = new Map([
  [
    1993,
    'Series start. 1993–2011 totals come from SSB Sosiale indikatorer (table 91528); offence groups in the current classification exist only from 2003.'
  ],
  [
    2003,
    'First year SSB republished in the current (2015) offence-group classification; group comparisons should start here.'
  ],
  [2005, 'Property-theft figures start (SSB releases of 2019-03-27 and 2020-06-24).'],
  [
    2012,
    'Source changes to SSB annual releases; SSB prints 2011 and 2012 in one table with these values, so there is no break in the total.'
  ],
  [
    2015,
    'Penal Code 2005 in force 1 October 2015: offence groups were reclassified (SSB republished them back to 2003); totals are unaffected.'
  ]
]);

const seriesSchema = z.object({aar: year, anmeldte_lovbrudd_totalt: count, eiendomstyveri: optionalCount});
const rateSchema = z.object({
  aar: year,
  anmeldte_lovbrudd_totalt: count,
  folkemengde_1_januar: count,
  per_1000_beregnet: decimal,
  per_1000_publisert_ssb: optionalDecimal
});

/**
 * `buildNationalSeries(series, rates, population, populationFile, years)` returns one row per year from `years.first` to
 * `years.last` (the coverage the raw files were read to have, see coverage.ts). Throws a DataError
 * for a missing or duplicate year, a count or population that differs between the files, a rate we cannot reproduce
 * to the source's 2 decimals, or a rate that does not round to SSB's published 1-decimal figure.
 */
export function buildNationalSeries(
  series: CsvTable,
  rates: CsvTable,
  population: ReadonlyMap<number, number>,
  populationFile: string,
  nationalYears: {first: number; last: number}
): NationalOffenceRow[] {
  const rows: NationalOffenceRow[] = [];
  let expected: number = nationalYears.first;
  let lastLine = 1;
  const range = `${nationalYears.first}–${nationalYears.last}`;
  for (const {row, line} of validateRows(series, seriesSchema)) {
    lastLine = line;
    if (row.aar < nationalYears.first || row.aar > nationalYears.last) {
      throw new DataError(series.file, line, 'aar', `expected a year in ${range}, found ${row.aar}`);
    }
    if (row.aar !== expected) {
      throw new DataError(
        series.file,
        line,
        'aar',
        `expected year ${expected} (one row per year, in order, ${range}), found ${row.aar}`
      );
    }
    expected++;
    const pop = populationIn(population, row.aar, populationFile);
    rows.push({
      year: row.aar,
      count: row.anmeldte_lovbrudd_totalt,
      population: pop,
      per1000: per1000(row.anmeldte_lovbrudd_totalt, pop),
      seriesNote: seriesNotes.get(row.aar) ?? null,
      propertyTheft: row.eiendomstyveri
    });
  }
  if (expected !== nationalYears.last + 1) {
    throw new DataError(
      series.file,
      null,
      'aar',
      `expected year ${expected} (the series runs to ${nationalYears.last}), found the end of the file after line ${lastLine}`,
      `aar ${expected}`
    );
  }
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const checked = new Set<number>();
  for (const {row, line} of validateRows(rates, rateSchema)) {
    const r = byYear.get(row.aar);
    if (!r || checked.has(row.aar)) {
      const what = r ? 'a year not seen before in this file' : `a year of ${series.file} (${range})`;
      throw new DataError(rates.file, line, 'aar', `expected ${what}, found ${row.aar}`);
    }
    checked.add(row.aar);
    if (row.anmeldte_lovbrudd_totalt !== r.count) {
      throw new DataError(
        rates.file,
        line,
        'anmeldte_lovbrudd_totalt',
        `expected ${r.count} as in ${series.file}, found ${row.anmeldte_lovbrudd_totalt}`
      );
    }
    if (row.folkemengde_1_januar !== r.population) {
      throw new DataError(
        rates.file,
        line,
        'folkemengde_1_januar',
        `expected ${r.population} as in ${populationFile}, found ${row.folkemengde_1_januar}`
      );
    }
    const twoDecimals = rateTo(r.count, r.population, 2);
    if (row.per_1000_beregnet !== twoDecimals) {
      throw new DataError(
        rates.file,
        line,
        'per_1000_beregnet',
        `expected count / population × 1 000 = ${twoDecimals}, found ${row.per_1000_beregnet}`
      );
    }
    const published = row.per_1000_publisert_ssb;
    if (published !== null && rateTo(r.count, r.population, 1) !== published) {
      throw new DataError(
        rates.file,
        line,
        'per_1000_publisert_ssb',
        `expected our rate ${r.per1000} to round to SSB's published ${published}, found ${rateTo(r.count, r.population, 1)}`
      );
    }
  }
  const missing = rows.find((r) => !checked.has(r.year));
  if (missing) {
    throw new DataError(
      rates.file,
      null,
      'aar',
      `expected every year of ${series.file} (${range}), found ${checked.size} of ${rows.length}; first missing ${missing.year}`,
      `aar ${missing.year}`
    );
  }
  return rows;
}
