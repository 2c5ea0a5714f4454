/**
 * The check for a table that must hold one row per year, in order, from a first to a last year: a gap, a repeat or
 * rows out of order fail at the row, and a file that stops early fails at its end (a truncated download would
 * otherwise pass every row check).
 */
import {DataError} from './data-error.ts';

/** Feed it each row's year with {@link YearSequence.next}, then call {@link YearSequence.end} once. */
export interface YearSequence {
  /** Checks the year of the row on `line`. */
  next(year: number, line: number): void;
  /** Checks that the rows reached the last year. */
  end(): void;
}

/**
 * A year-sequence check for `column` of `file`; `noun` names the rows in the end-of-file message ("years",
 * "reports").
 * @example const years = yearSequence('h.csv', 'aar', 1990, 2023); for (const r of rows) years.next(r.aar, r.line); years.end();
 */
export function yearSequence(file: string, column: string, first: number, last: number, noun = 'years'): YearSequence {
  let expected = first;
  return {
    next(year, line) {
      if (year !== expected) throw new DataError(file, line, column, `expected ${expected}, found ${year}`);
      expected++;
    },
    end() {
      if (expected !== last + 1)
        throw new DataError(
          file,
          null,
          column,
          `expected ${noun} up to ${last}, found the end of the file before ${expected}`,
          `${column} ${expected}`
        );
    }
  };
}
