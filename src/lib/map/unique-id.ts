/**
 * Page-unique ids for maps drawn at build time. Knows nothing about Astro or the DOM; the counter only has to be
 * unique within one build, and ids are normalised away in snapshot tests.
 */
let counter = 0;

/** A fresh id: `uniqueMapId('dmap')` → `"dmap-1"`, then `"dmap-2"`, … */
export function uniqueMapId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
