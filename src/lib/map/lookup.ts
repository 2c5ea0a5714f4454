/**
 * Finds districts by the names or ids authors write in MDX (`"Oslo"`, `"sør-vest"`, `"p06"`). Knows nothing about
 * geometry, Astro or the DOM.
 */
import {normaliseName} from './search.ts';

/**
 * Index of the district named or numbered `key`, accent- and case-insensitive.
 * @throws Error listing the valid names, so a typo in a story fails the build with a clear message
 * @example districtIndexOf('Sor-Vest', ids, names) // 5
 */
export function districtIndexOf(key: string, ids: readonly string[], names: readonly string[]): number {
  const k = normaliseName(key);
  const i = ids.findIndex((id, j) => id === key.trim().toLowerCase() || normaliseName(names[j]!) === k);
  if (i < 0) throw new Error(`Unknown police district "${key}". Use one of: ${names.join(', ')} (or p01 … p12).`);
  return i;
}

/** Indices of several districts; an empty list for none. */
export function districtIndices(
  keys: readonly string[] | string | undefined,
  ids: readonly string[],
  names: readonly string[]
): number[] {
  const list = typeof keys === 'string' ? keys.split(',').filter((s) => s.trim()) : (keys ?? []);
  return list.map((k) => districtIndexOf(k, ids, names));
}
