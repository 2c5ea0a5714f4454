/**
 * How far the SSB series reach, read from the raw files instead of being fixed in code, and the one place that states
 * the shape they must have. A refresh that brings a new year (SSB publishes every spring) changes the data and nothing
 * here; a file whose years break the shape is refused with its file, line and field. Knows nothing about the values
 * in the rows, about districts or about geometry.
 */
import type {CsvTable} from './csv.ts';
import {DataError} from './data-error.ts';
import {firstPeriod, periodYears, type Period} from '../lib/offence-periods.ts';

/** The expected shape of the yearly SSB series. */
export const expectedShape = {
  /** The national series (and its per-1 000 companion) has one row per year, in order, from this year. */
  nationalFirstYear: 1993,
  /**
   * SSB 08487 has two-year periods that start a year apart, from this one: the first the 2024 municipality mapping
   * is valid for.
   */
  firstPeriod,
  /**
   * No series may end before this year: a refresh adds years and never drops one the stories were written with. Every
   * SSB series ends in the same year: the national series, the offence groups and the last 08487 period.
   */
  minLastYear: 2024
} as const;

/** The years the SSB raw files cover. */
export interface Coverage {
  /** First and last year of the national series. */
  nationalYears: {first: number; last: number};
  /** Years of the offence-group file, ascending (only some years are transcribed). */
  groupYears: number[];
  /** The 08487 periods, oldest first. */
  periods: Period[];
}

/** Every distinct year in `field`, with the first line it is on; a cell that is not a year is left to the row checks. */
function yearsIn(table: CsvTable, field: string): Map<number, number> {
  const years = new Map<number, number>();
  table.rows.forEach((row, i) => {
    const text = (row[field] ?? '').trim();
    if (/^\d{4}$/.test(text) && !years.has(Number(text))) years.set(Number(text), table.lines[i] ?? i + 2);
  });
  return years;
}

/** The last of `years` (with its line); throws a DataError when there is none. */
function lastOf(years: Map<number, number>, table: CsvTable, field: string): [number, number] {
  const last = [...years].sort((a, b) => a[0] - b[0]).at(-1);
  if (!last) throw new DataError(table.file, null, field, `expected a column of years, found none`);
  return last;
}

/**
 * `municipalPeriods(table)` returns the distinct 08487 periods of the `år` column, oldest first. Throws a DataError
 * at the line of a value that is not two consecutive years, of a period that skips one, or at the first period when
 * it is not {@link expectedShape}.firstPeriod.
 */
export function municipalPeriods(table: CsvTable): Period[] {
  const lines = new Map<Period, number>();
  table.rows.forEach((row, i) => {
    const text = (row['år'] ?? '').trim();
    const line = table.lines[i] ?? i + 2;
    if (!periodYears(text)) {
      throw new DataError(table.file, line, 'år', `expected a two-year period like "2023-2024", found "${text}"`);
    }
    if (!lines.has(text as Period)) lines.set(text as Period, line);
  });
  const periods = [...lines.keys()].sort();
  const first = periods[0];
  if (first !== expectedShape.firstPeriod) {
    throw new DataError(
      table.file,
      first === undefined ? null : (lines.get(first) ?? null),
      'år',
      `expected the first period to be ${expectedShape.firstPeriod}, found ${first ?? 'no period'}`
    );
  }
  periods.forEach((p, i) => {
    const start = periodYears(p)![0];
    const want = `${start - 1}-${start}`;
    const previous = periods[i - 1];
    if (previous !== undefined && previous !== want) {
      throw new DataError(
        table.file,
        lines.get(p) ?? null,
        'år',
        `expected ${want} before ${p} (periods follow year by year from ${expectedShape.firstPeriod}), found ${previous} followed by ${p}`
      );
    }
  });
  return periods;
}

/**
 * `readCoverage(series, groups, municipal)` reads the years of the national series, the offence-group file and the
 * 08487 periods, and checks that they end in the same year, no earlier than {@link expectedShape}.minLastYear. Throws
 * a DataError naming the file and line of the year that breaks the shape (the order of rows within a file is checked
 * later, row by row).
 * @example readCoverage(series, groups, municipal).periods.at(-1) // "2023-2024"
 */
export function readCoverage(series: CsvTable, groups: CsvTable, municipal: CsvTable): Coverage {
  const periods = municipalPeriods(municipal);
  const lastPeriod = periods.at(-1)!;
  const end = periodYears(lastPeriod)![1];
  const periodLine = municipal.rows.findIndex((r) => (r['år'] ?? '').trim() === lastPeriod);
  if (end < expectedShape.minLastYear) {
    throw new DataError(
      municipal.file,
      municipal.lines[periodLine] ?? null,
      'år',
      `expected periods up to at least ${expectedShape.minLastYear - 1}-${expectedShape.minLastYear}, found ${lastPeriod} as the last (the file's last record is line ${municipal.lines.at(-1) ?? 1})`
    );
  }
  const ends = `the end of the last period of ${municipal.file} (${lastPeriod})`;
  const [last, lastLine] = lastOf(yearsIn(series, 'aar'), series, 'aar');
  if (last !== end) {
    throw new DataError(series.file, lastLine, 'aar', `expected the last year to be ${end}, ${ends}, found ${last}`);
  }
  const groupYears = yearsIn(groups, 'aar');
  const [lastGroup, groupLine] = lastOf(groupYears, groups, 'aar');
  if (lastGroup !== end) {
    throw new DataError(
      groups.file,
      groupLine,
      'aar',
      `expected the last year to be ${end}, ${ends}, found ${lastGroup}`
    );
  }
  return {
    nationalYears: {first: expectedShape.nationalFirstYear, last},
    groupYears: [...groupYears.keys()].sort((a, b) => a - b),
    periods
  };
}
