/**
 * The rows a chart draws, as a table: the same object feeds the "Show as table" HTML and the CSV download, so the
 * two can never disagree with each other or with the SVG. Knows nothing about Astro, the DOM or file formats.
 */

/** One cell value as it is in the data: `null` means "not available" (never zero). */
export type Cell = string | number | boolean | null;

/** A table row keyed by column key. */
export type TableRow = Record<string, Cell>;

/** One column: a machine key (the CSV header) and a reader label (the HTML header). */
export interface TableColumn {
  /** Key in each row and CSV header, e.g. `"per1000"`. */
  key: string;
  /** Reader-facing header, e.g. `"Per 1,000 inhabitants"`. */
  label: string;
  /** Right-align (numbers). */
  numeric?: boolean;
  /** How the HTML table shows a value; defaults to the value as text and "–" for `null`. */
  format?: (value: Cell, row: TableRow) => string;
}

/** The exact rows drawn by a chart, with their columns. */
export interface ChartTable {
  columns: TableColumn[];
  rows: TableRow[];
}

/**
 * The text of one HTML table cell.
 * @example formatCell({key: 'n', label: 'N'}, {n: null}) // "–"
 */
export function formatCell(column: TableColumn, row: TableRow): string {
  const value = row[column.key] ?? null;
  if (column.format) return column.format(value, row);
  if (value === null) return '–';
  return String(value);
}

/**
 * Picks the given keys of each source row, in column order, so a table holds exactly what the chart drew.
 * @example pickRows([{year: 2024, count: 3, extra: 1}], [{key: 'year', label: 'Year'}]) // [{year: 2024}]
 */
export function pickRows<T extends object>(rows: readonly T[], columns: readonly TableColumn[]): TableRow[] {
  return rows.map((row) => {
    const out: TableRow = {};
    for (const c of columns) out[c.key] = ((row as Record<string, unknown>)[c.key] ?? null) as Cell;
    return out;
  });
}
