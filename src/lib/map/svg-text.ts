/**
 * Escaping and tiny builders for SVG written as strings at build time. Knows nothing about maps, data, Astro or
 * the DOM.
 */

/** Escapes text and attribute values: `esc('a < "b"')` → `"a &lt; &quot;b&quot;"`. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Attributes from an object; `undefined`, `null` and `false` values are left out, `true` writes a bare name. */
export function attrs(values: Record<string, string | number | boolean | null | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(String(v))}"`))
    .join('');
}
