/**
 * Turns an array of flat row objects into CSV for readers who download the data. Knows nothing about which data
 * set it is given.
 */
import {csvFormat} from 'd3-dsv';
import {guardFormula} from './csv-formula-guard.ts';

/** True when a JSON value is an array of flat objects (every value a string, number, boolean or null). */
export function isFlatRows(value: unknown): value is Record<string, string | number | boolean | null>[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (row) =>
        row !== null &&
        typeof row === 'object' &&
        !Array.isArray(row) &&
        Object.values(row).every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
    )
  );
}

/**
 * CSV with a header of every key in first-seen order; `null` becomes an empty cell.
 * @example rowsToCsv([{year: 2024, count: 1}]) // "year,count\n2024,1\n"
 */
export function rowsToCsv(rows: readonly Record<string, string | number | boolean | null>[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (v: string | number | boolean | null | undefined) => (typeof v === 'string' ? guardFormula(v) : (v ?? ''));
  return csvFormat(rows.map((row) => Object.fromEntries(columns.map((c) => [c, cell(row[c])]))), columns) + '\n';
}
