/**
 * The one error type of the data pipeline: says which FILE, which LINE and which FIELD is wrong, and why.
 * Knows nothing about CSV, JSON or geometry; the parsers decide what line and field mean for their format.
 */

/**
 * A problem in a raw input file. The message always reads `FILE:LINE field FIELD: reason`, e.g.
 * `kommune_politidistrikt_2024.csv:14 field kommunenummer: duplicate municipality number "0301"`. A problem that has
 * no line (a record that is missing) names its record key instead: `FILE:- [komnr 0301, år 2023-2024] field komnr: …`.
 */
export class DataError extends Error {
  /** Raw file name (no directory), e.g. `"ssb08487_kommune_anmeldte_2020-2024_chrilur.csv"`. */
  readonly file: string;
  /** 1-based line number in the file, or `null` when the problem has no single line (whole file). */
  readonly line: number | null;
  /** Column or JSON path the problem is in, e.g. `"alt"` or `"objects.Kommuner"`. */
  readonly field: string;
  /** The reason alone, without file/line/field. */
  readonly reason: string;
  /** Key of the record the problem is about when there is no line to point at, e.g. `"komnr 0301, år 2023-2024"`. */
  readonly key: string | null;

  constructor(file: string, line: number | null, field: string, reason: string, key: string | null = null) {
    super(`${file}:${line ?? '-'}${key ? ` [${key}]` : ''} field ${field}: ${reason}`);
    this.name = 'DataError';
    this.file = file;
    this.line = line;
    this.field = field;
    this.reason = reason;
    this.key = key;
  }
}

/**
 * `lineOf(text, index)` returns the 1-based line number of a character offset.
 * @example lineOf('a\nb', 2) // 2
 */
export function lineOf(text: string, index: number): number {
  let line = 1;
  const end = Math.min(index, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
