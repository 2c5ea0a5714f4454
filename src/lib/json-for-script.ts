/**
 * JSON to place inside an HTML `<script>` element (JSON-LD, map payloads): the one function every such script uses.
 * Knows nothing about what the data is, about Astro or the DOM.
 */

/**
 * `JSON.stringify(value)` with every `<` written as `\u003c`, so no string in the data can close the script
 * (`</script>`) or open an HTML comment (`<!--`) that changes how the rest of the page parses; U+2028 and U+2029 are
 * escaped too, for any reader that treats the text as JavaScript. The result is still valid JSON for the same value.
 * @example jsonForScript({t: '</script>'}) // '{"t":"\\u003c/script>"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
}
