/**
 * Ranks of values (1 = highest), with ties sharing the better rank. Knows nothing about what is ranked, Astro or
 * the DOM.
 */

/**
 * The rank of each value, 1 = highest; equal values share a rank ("competition ranking": 1, 2, 2, 4). Null values
 * (suppressed) get rank null and do not count.
 * @example ranks([5, 9, 5, 1]) // [2, 1, 2, 4]
 */
export function ranks(values: readonly (number | null)[]): (number | null)[] {
  return values.map((v) => (v === null ? null : 1 + values.filter((w) => w !== null && w > v).length));
}
