/**
 * Splits transcribed cells like "8 (2 in 2004)", "~400" or "35 since 2003" into a plain number (when there is one
 * annual figure) and the wording to keep in a note. Knows nothing about which source a cell comes from.
 */

/** A cell split into its number and what could not go into the number. */
export interface AnnotatedNumber {
  /** The number, or `null` when the cell is empty or not a single plain figure. */
  value: number | null;
  /** `true` when the cell starts with "~" (about). */
  approx: boolean;
  /** The original wording when it said more than the number (e.g. a parenthesis), else `null`. */
  remark: string | null;
}

/**
 * `readAnnotatedNumber(cell)` accepts `""`, `"29"`, `"~400"`, `"8 (2 in 2004)"`; anything else (ranges, cumulative
 * figures, words) gives `value: null` with the wording as `remark`, so nothing transcribed is lost.
 * @example readAnnotatedNumber('8 (2 in 2004)') // {value: 8, approx: false, remark: '8 (2 in 2004)'}
 */
export function readAnnotatedNumber(cell: string): AnnotatedNumber {
  const s = cell.trim();
  if (s === '') return {value: null, approx: false, remark: null};
  const plain = /^(~)?\s*(\d+)$/.exec(s);
  if (plain?.[2]) return {value: Number(plain[2]), approx: plain[1] === '~', remark: null};
  const withAside = /^(~)?\s*(\d+) \([^)]*\)$/.exec(s);
  if (withAside?.[2]) return {value: Number(withAside[2]), approx: withAside[1] === '~', remark: s};
  return {value: null, approx: s.startsWith('~'), remark: s};
}

/**
 * `joinNotes(parts)` joins the non-empty parts with "; ", or returns `null` when there are none.
 * @example joinNotes(['a', null, '']) // 'a'
 */
export function joinNotes(parts: readonly (string | null | undefined)[]): string | null {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return kept.length ? kept.join('; ') : null;
}
