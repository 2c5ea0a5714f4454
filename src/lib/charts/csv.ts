/**
 * RFC 4180 CSV for chart downloads. Knows nothing about charts, Astro or the file system.
 */
import {guardFormula} from '../csv-formula-guard.ts';
import type {Cell, ChartTable} from './table.ts';

/**
 * One CSV field: `null` is an empty field; text with a comma, quote, line break or edge space is quoted, with
 * quotes doubled.
 * @example csvField('Sør-Vest, "south"') // "\"Sør-Vest, \"\"south\"\"\""
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? guardFormula(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The whole table as CSV: a header of column keys, then one line per row, each line ending in CRLF (RFC 4180).
 * Values are the data's own (unformatted, full precision) so spreadsheets read numbers as numbers.
 * @example toCsv({columns: [{key: 'year', label: 'Year'}], rows: [{year: 2024}]}) // "year\r\n2024\r\n"
 */
export function toCsv(table: ChartTable): string {
  const lines = [table.columns.map((c) => csvField(c.key)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvField(row[c.key] ?? null)).join(','));
  return lines.join('\r\n') + '\r\n';
}
