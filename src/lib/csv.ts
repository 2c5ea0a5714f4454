/**
 * The site's one CSV writer and reader for downloads (d3-dsv underneath): LF line endings and a final newline,
 * `null` as an empty field, quotes only where a field needs them. Knows nothing about which data it is given, about
 * Astro or the file system. (The data pipeline's strict reader of raw files, with line numbers for its errors, is
 * src/pipeline/csv.ts.)
 */
import {csvFormatRows, csvParseRows} from 'd3-dsv';
import {guardFormula} from './csv-formula-guard.ts';

/** One cell of a CSV: `null` and `undefined` are written as an empty field. */
export type CsvCell = string | number | boolean | null | undefined;

/** A flat record: every value a string, number, boolean or null. */
export type FlatRow = Record<string, string | number | boolean | null>;

/**
 * CSV with a header of `columns` and one line per record, each value the data's own (unformatted, full precision) so
 * spreadsheets read numbers as numbers; text that a spreadsheet would run as a formula is guarded (see
 * csv-formula-guard.ts). Without `columns`, every key in first-seen order.
 * @example recordsToCsv([{year: 2024, note: 'a, b'}]) // 'year,note\n2024,"a, b"\n'
 */
export function recordsToCsv(
  records: readonly Readonly<Record<string, CsvCell>>[],
  columns: readonly string[] = [...new Set(records.flatMap((record) => Object.keys(record)))]
): string {
  const text = (cell: CsvCell): string =>
    cell === null || cell === undefined ? '' : typeof cell === 'string' ? guardFormula(cell) : String(cell);
  const lines = [[...columns], ...records.map((record) => columns.map((c) => text(record[c])))];
  return `${csvFormatRows(lines)}\n`;
}

/**
 * The cells of a CSV text, header included (LF or CRLF line endings; a final newline adds no row).
 * @example parseCsvCells('a,b\n1,"x, y"\n') // [['a', 'b'], ['1', 'x, y']]
 */
export function parseCsvCells(text: string): string[][] {
  return csvParseRows(text);
}

/** True when a JSON value is a non-empty array of flat objects (every value a string, number, boolean or null). */
export function isFlatRows(value: unknown): value is FlatRow[] {
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
