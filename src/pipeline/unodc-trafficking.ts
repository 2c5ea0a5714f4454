/**
 * UNODC GLOTIP (Global Report on Trafficking in Persons) values for one country, with UNODC's "<5" suppression kept
 * as a flag. Knows nothing about TIP reports or KOM; expects the country extract of data_glotip.
 */
import {z} from 'zod';
import type {CsvTable} from './csv.ts';
import {DataError} from './data-error.ts';
import {optionalText, text, year} from './fields.ts';
import type {UnodcTraffickingRow} from '../lib/derived-types.ts';
import {validateRows} from './validate-rows.ts';

const schema = z.object({
  Iso3_code: text,
  Indicator: text,
  Dimension: text,
  Category: optionalText,
  Sex: text,
  Age: text,
  Year: year,
  'Unit of measurement': z.literal('Counts', {error: 'expected "Counts"'}),
  txtVALUE: z
    .string()
    .trim()
    .regex(/^(\d+|<5)$/, 'expected a whole number or "<5"')
});

const keyOf = (r: UnodcTraffickingRow): string =>
  [r.indicator, r.dimension, r.category ?? '', r.sex, r.age, String(r.year)].join('\u0000');

/**
 * `buildUnodcTrafficking(table, iso)` returns the rows sorted by indicator, dimension, category, sex, age and year
 * (code-point order). Throws a DataError for a row of another country, a value that is neither a count nor "<5",
 * or two values for the same indicator × breakdown × year.
 */
export function buildUnodcTrafficking(table: CsvTable, iso: string): UnodcTraffickingRow[] {
  const seen = new Set<string>();
  const rows: UnodcTraffickingRow[] = [];
  for (const {row, line} of validateRows(table, schema)) {
    if (row.Iso3_code !== iso)
      throw new DataError(table.file, line, 'Iso3_code', `expected only ${iso}, found ${row.Iso3_code}`);
    const belowFive = row.txtVALUE === '<5';
    const r: UnodcTraffickingRow = {
      year: row.Year,
      indicator: row.Indicator,
      dimension: row.Dimension,
      category: row.Category,
      sex: row.Sex,
      age: row.Age,
      value: belowFive ? null : Number(row.txtVALUE),
      belowFive
    };
    if (seen.has(keyOf(r)))
      throw new DataError(
        table.file,
        line,
        'txtVALUE',
        'expected one value per indicator, breakdown and year, found a second'
      );
    seen.add(keyOf(r));
    rows.push(r);
  }
  return rows.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}
