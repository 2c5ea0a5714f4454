/**
 * Page-unique ids for figures and steps: the same chart may appear twice on a page, and ids must not repeat.
 * Takes the per-page store (Astro.locals) as a plain object; knows nothing about Astro itself.
 */

const KEY = '__chartIds';

/**
 * Returns `base` the first time it is asked for on a page, then `base-2`, `base-3`, …
 * @param store an object that lives for one page render (Astro.locals)
 * @example uniqueId(locals, 'chart-offencesPer1000') // "chart-offencesPer1000", then "chart-offencesPer1000-2"
 */
export function uniqueId(store: object, base: string): string {
  const seen = ((store as Record<string, unknown>)[KEY] ??= new Map<string, number>()) as Map<string, number>;
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}
