/**
 * Norway's registered population on 1 January by year (SSB 06913, checked against 07459 by the collector).
 * Knows nothing about offences; the rates that divide by it live elsewhere.
 */
import {z} from 'zod';
import type {CsvTable} from './csv.ts';
import {DataError} from './data-error.ts';
import {count, year} from './fields.ts';
import {validateRows} from './validate-rows.ts';

const schema = z.object({aar: year, folkemengde_1_januar: count});

/**
 * `readNationalPopulation(table)` returns year → population 1 January. Throws a DataError for a duplicate year or a
 * gap in the years (the series must be continuous).
 * @example readNationalPopulation(table).get(2024) // 5550203
 */
export function readNationalPopulation(table: CsvTable): Map<number, number> {
  const byYear = new Map<number, number>();
  let previous: number | null = null;
  for (const {row, line} of validateRows(table, schema)) {
    if (byYear.has(row.aar))
      throw new DataError(table.file, line, 'aar', `expected each year once, found ${row.aar} again`);
    if (previous !== null && row.aar !== previous + 1) {
      throw new DataError(
        table.file,
        line,
        'aar',
        `expected ${previous + 1} after ${previous} (one row per year, in order), found ${row.aar}`
      );
    }
    byYear.set(row.aar, row.folkemengde_1_januar);
    previous = row.aar;
  }
  return byYear;
}

/**
 * `populationIn(populations, year, file)` returns the population 1 January of `year` or throws a DataError naming the
 * population file when the year is not covered.
 */
export function populationIn(populations: ReadonlyMap<number, number>, y: number, file: string): number {
  const p = populations.get(y);
  if (p === undefined)
    throw new DataError(file, null, 'aar', `expected a population for 1 January ${y}, found none`, `aar ${y}`);
  return p;
}
