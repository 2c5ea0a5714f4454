/**
 * Turns a parsed CSV table into typed rows with a zod schema, reporting the first bad cell as FILE:LINE field FIELD.
 * Knows nothing about particular sources; each source module brings its own schema (see fields.ts for the cell types).
 */
import type {z} from 'zod';
import type {CsvTable} from './csv.ts';
import {DataError} from './data-error.ts';

/**
 * `requireColumns(table, columns)` throws unless every named column is in the header (extra columns are fine).
 * @example requireColumns(table, ['kommunenummer', 'folkemengde'])
 */
export function requireColumns(table: CsvTable, columns: readonly string[]): void {
  for (const column of columns) {
    if (!table.columns.includes(column)) {
      throw new DataError(
        table.file,
        1,
        column,
        `expected a column named ${column}, found the header ${table.columns.join(', ')}`
      );
    }
  }
}

/** A validated row together with the line it came from, so later cross-row checks can still name the line. */
export interface Located<T> {
  /** The parsed row. */
  row: T;
  /** 1-based source line. */
  line: number;
}

/**
 * `validateRows(table, schema)` checks the header against the schema's keys, then parses every record; the first
 * failing cell becomes a {@link DataError} with its line, column and the offending value.
 * @example validateRows(parseCsv(text, 'pop.csv'), z.object({kommunenummer: municipalityNumber}))
 */
export function validateRows<S extends z.ZodObject>(table: CsvTable, schema: S): Located<z.output<S>>[] {
  requireColumns(table, Object.keys(schema.shape));
  return table.rows.map((raw, i) => {
    const line = table.lines[i] ?? i + 2;
    const result = schema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = String(issue?.path[0] ?? '(record)');
      const value = raw[field];
      const got = value === undefined ? ', found no value' : `, found ${JSON.stringify(value)}`;
      throw new DataError(table.file, line, field, `${issue?.message ?? 'invalid value'}${got}`);
    }
    return {row: result.data, line};
  });
}
