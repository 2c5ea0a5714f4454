/**
 * Reads an .xlsx workbook's sheets into plain rows of cell values, and turns any failure of the xlsx library (a
 * truncated or non-zip file, broken XML) into a DataError that names the file. Knows nothing about what the sheets hold.
 */
import readXlsxFile from 'read-excel-file/node';
import {DataError} from './data-error.ts';

/** One sheet's rows, top to bottom; each row is its cells left to right (`null` for an empty cell). */
export type SheetRows = readonly (readonly unknown[])[];

/** A row with no value in any cell (the library keeps such rows; the builders never want them). */
function isBlank(row: readonly unknown[]): boolean {
  return row.every((cell) => cell === null || cell === undefined || cell === '');
}

/**
 * `readWorkbook(bytes, file)` returns sheet name → rows (blank rows dropped), in workbook order. Throws a DataError
 * naming `file` when the bytes are not a readable workbook.
 * @example (await readWorkbook(readFileSync(path), 'index.xlsx')).get('2023_dataset')?.[0] // header cells
 */
export async function readWorkbook(bytes: Uint8Array, file: string): Promise<Map<string, SheetRows>> {
  let sheets;
  try {
    sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    const found = error instanceof Error ? error.message : String(error);
    throw new DataError(
      file,
      null,
      '(workbook)',
      `expected a complete .xlsx workbook, found an unreadable file (${found})`
    );
  }
  return new Map(sheets.map((s) => [s.sheet, s.data.filter((row) => !isBlank(row))]));
}
