/**
 * Strict CSV parsing with line numbers: d3-dsv does the splitting; this module adds the checks d3-dsv leaves out
 * (empty file, byte-order mark, unterminated quotes, ragged rows, duplicate headers) and the source line of each record.
 * Knows nothing about what the columns mean; see validate-rows.ts for that.
 */
import {csvParseRows} from 'd3-dsv';
import {DataError} from './data-error.ts';

/** A parsed CSV file: header, records as string maps, and the line each record starts on. */
export interface CsvTable {
  /** Raw file name, for error messages. */
  file: string;
  /** Header cells in file order. */
  columns: string[];
  /** One object per record, keyed by header, values untrimmed strings. */
  rows: Record<string, string>[];
  /** `lines[i]` is the 1-based line on which `rows[i]` starts (quoted newlines make it differ from i + 2). */
  lines: number[];
}

/**
 * Returns the 1-based start line of every record, or throws on an unterminated quoted field.
 * A quoted field may span lines; `""` inside quotes is an escaped quote.
 */
function recordStartLines(text: string, file: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuote = false;
  let quoteLine = 1;
  let atRecordStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (atRecordStart) {
      starts.push(line);
      atRecordStart = false;
    }
    if (c === '"') {
      if (inQuote && text[i + 1] === '"') i++;
      else {
        inQuote = !inQuote;
        if (inQuote) quoteLine = line;
      }
    } else if (c === '\n') {
      line++;
      if (!inQuote) atRecordStart = i + 1 < text.length;
    }
  }
  if (inQuote) throw new DataError(file, quoteLine, '(record)', 'malformed CSV: quoted field is never closed');
  return starts;
}

/**
 * `parseCsv(text, file)` parses comma-separated text with a header row into a {@link CsvTable}.
 * Throws a {@link DataError} naming file, line and field for: an empty file, a UTF-8 byte-order mark, an unclosed
 * quote, a blank or duplicate header cell, and a record with a different number of fields than the header.
 * @example parseCsv('a,b\n1,2\n', 'x.csv').rows // [{a: '1', b: '2'}]
 */
export function parseCsv(text: string, file: string): CsvTable {
  if (text.trim() === '') throw new DataError(file, 1, '(file)', 'empty file: expected a header row and data rows');
  if (text.charCodeAt(0) === 0xfeff) {
    throw new DataError(file, 1, '(header)', 'file starts with a byte-order mark (BOM); save it as UTF-8 without BOM');
  }
  // Trailing blank lines are harmless; blank lines inside the file are reported as ragged records.
  const normalised = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '\n');
  const lines = recordStartLines(normalised, file);
  const records = csvParseRows(normalised);
  if (records.length !== lines.length) {
    throw new DataError(
      file,
      null,
      '(record)',
      `malformed CSV: ${records.length} records but ${lines.length} record starts`
    );
  }
  const [header, ...body] = records;
  if (!header) throw new DataError(file, 1, '(header)', 'no header row');
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (name.trim() === '') throw new DataError(file, 1, `(column ${i + 1})`, 'blank header cell');
    if (seen.has(name)) throw new DataError(file, 1, name, 'duplicate header cell');
    seen.add(name);
  });
  if (body.length === 0) throw new DataError(file, 2, '(file)', 'no data rows after the header');
  const rows = body.map((cells, r) => {
    const line = lines[r + 1] ?? null;
    if (cells.length !== header.length) {
      const field = header[Math.min(cells.length, header.length - 1)] ?? '(record)';
      throw new DataError(file, line, field, `malformed CSV: expected ${header.length} fields, found ${cells.length}`);
    }
    const row: Record<string, string> = {};
    header.forEach((name, i) => (row[name] = cells[i] ?? ''));
    return row;
  });
  return {file, columns: header, rows, lines: lines.slice(1)};
}
