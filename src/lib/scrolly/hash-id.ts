/**
 * The element id a URL fragment names, for `#step-id` links into a scroll sequence. Knows nothing about the DOM or
 * about which ids exist: the caller looks the id up.
 */

/**
 * Decodes a `location.hash` into an id. A malformed percent-escape (`#%`, `#%E0%A4%A`) names no id, so it returns
 * the empty string instead of throwing the URIError that `decodeURIComponent` throws.
 * @example idFromHash('#the-long-fall') // 'the-long-fall'
 * @example idFromHash('#%E0%A4%A') // ''
 */
export function idFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
}
