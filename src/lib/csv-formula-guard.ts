/**
 * Keeps downloaded CSVs from running as spreadsheet formulas: a text cell that begins with `=`, `+`, `-` or `@`
 * (or a tab or carriage return, which some spreadsheets skip before reading one of those) is opened by Excel,
 * LibreOffice and Google Sheets as a formula. Knows nothing about CSV quoting or which writer calls it.
 */

const formulaStart = /^[=+\-@\t\r]/;

/**
 * A text cell made safe to open in a spreadsheet: prefixed with `'` when it would start a formula, otherwise as it
 * was. Numbers are not text and must not pass through here (a negative number is a value, not a formula).
 * @example guardFormula('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 * @example guardFormula('Sør-Vest') // "Sør-Vest"
 */
export function guardFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}
