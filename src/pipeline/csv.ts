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
 * Returns the 1-based start line of every record of `text` (LF line ends), following the quoting rules d3-dsv
 * applies: a quote is special only at the start of a field, `""` inside quotes is an escaped quote. Throws a
 * DataError at the line where a quoted field OPENS when it never closes, or when its closing quote is followed by
 * anything but a comma or a line end (usually a stray quote much further down that "closed" it by accident).
 * `header` names the field in the error.
 */
function recordStartLines(text: string, file: string, header: readonly string[]): number[] {
  const starts: number[] = [];
  const n = text.length;
  let line = 1;
  let i = 0;
  while (i < n) {
    starts.push(line);
    for (let field = 0; ; field++) {
      const name = header[field] ?? `(column ${field + 1})`;
      if (text[i] === '"') {
        const open = line;
        i++;
        for (;;) {
          if (i >= n) {
            throw new DataError(
              file,
              open,
              name,
              'malformed CSV: expected a closing quote for the field opened on this line, found the end of the file'
            );
          }
          if (text[i] === '"') {
            if (text[i + 1] !== '"') break;
            i++;
          } else if (text[i] === '\n') line++;
          i++;
        }
        i++;
        if (i < n && text[i] !== ',' && text[i] !== '\n') {
          throw new DataError(
            file,
            open,
            name,
            `malformed CSV: expected a comma or line end after the quoted field opened on this line, found ${JSON.stringify(text[i])} on line ${line}`
          );
        }
      } else {
        while (i < n && text[i] !== ',' && text[i] !== '\n') i++;
      }
      if (i >= n) break;
      if (text[i] === ',') {
        i++;
        continue;
      }
      i++;
      line++;
      break;
    }
  }
  return starts;
}

/**
 * `parseCsv(text, file)` parses comma-separated text with a header row into a {@link CsvTable}.
 * Throws a {@link DataError} naming file, line and field for: an empty file, a UTF-8 byte-order mark, an unclosed
 * quote, a blank or duplicate header cell, and a record with a different number of fields than the header.
 * @example parseCsv('a,b\n1,2\n', 'x.csv').rows // [{a: '1', b: '2'}]
 */
export function parseCsv(text: string, file: string): CsvTable {
  if (text.trim() === '')
    throw new DataError(file, 1, '(file)', 'expected a header row and data rows, found an empty file');
  if (text.charCodeAt(0) === 0xfeff) {
    throw new DataError(
      file,
      1,
      '(header)',
      'expected UTF-8 text without a byte-order mark, found a BOM (EF BB BF) at the start; save it as UTF-8 without BOM'
    );
  }
  // Trailing blank lines are harmless; blank lines inside the file are reported as ragged records.
  const normalised = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '\n');
  const lines = recordStartLines(
    normalised,
    file,
    csvParseRows(normalised.slice(0, normalised.indexOf('\n')))[0] ?? []
  );
  const records = csvParseRows(normalised);
  if (records.length !== lines.length) {
    throw new DataError(
      file,
      null,
      '(record)',
      `malformed CSV: expected one record per record start, found ${records.length} records and ${lines.length} starts`
    );
  }
  const [header, ...body] = records;
  if (!header) throw new DataError(file, 1, '(header)', 'expected a header row, found none');
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (name.trim() === '')
      throw new DataError(file, 1, `(column ${i + 1})`, 'expected a column name, found a blank header cell');
    if (seen.has(name)) throw new DataError(file, 1, name, `expected each column name once, found "${name}" again`);
    seen.add(name);
  });
  if (body.length === 0) throw new DataError(file, 2, '(file)', 'expected data rows after the header, found none');
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
