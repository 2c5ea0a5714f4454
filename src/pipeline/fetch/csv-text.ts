/**
 * Writes rows as CSV text in the shape the pipeline's raw files have: a header row, comma-separated cells, a cell
 * quoted only when it holds a comma, quote or line break, and a final newline. Knows nothing about the columns.
 */

/** One cell: text, a number, or `null` for an empty cell. */
export type CsvCell = string | number | null;

const quote = (cell: CsvCell): string => {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * `csvText(columns, rows)` returns the file text. Throws when a row has a different number of cells than the header
 * (a programming error, caught by the tests).
 * @example csvText(['a', 'b'], [[1, 'x,y']]) // 'a,b\n1,"x,y"\n'
 */
export function csvText(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [columns.map(quote).join(',')];
  for (const row of rows) {
    if (row.length !== columns.length)
      throw new Error(`csvText: row has ${row.length} cells, header ${columns.length}`);
    lines.push(row.map(quote).join(','));
  }
  return `${lines.join('\n')}\n`;
}
