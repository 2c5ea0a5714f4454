/**
 * The site's colour tokens outside a browser: reads the custom properties of the light scheme from the global
 * stylesheet's text and writes their values into SVG that uses `var(--…)`, for renderers without CSS variables
 * (the share images, rasterised by sharp). Knows nothing about charts, Astro or files: it takes and returns strings.
 */

/**
 * The custom properties declared in the first top-level `:root { … }` block of `css` (the light scheme; the dark
 * one sits inside a media query further down).
 * @example rootTokens(':root { --color-bg: #fff; }') // {'--color-bg': '#fff'}
 */
export function rootTokens(css: string): Record<string, string> {
  const block = /(?:^|\n):root\s*\{([^}]*)\}/.exec(css);
  if (!block) throw new Error('rootTokens: no top-level :root block in the stylesheet');
  const tokens: Record<string, string> = {};
  for (const [, name, value] of block[1]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) tokens[name!] = value!.trim();
  return tokens;
}

/**
 * Replaces every `var(--name)` in `text` by the token's value. Throws on a token the stylesheet does not define, so a
 * renamed colour stops the build instead of drawing black.
 * @example resolveTokens('<path fill="var(--a)"/>', {'--a': '#123'}) // '<path fill="#123"/>'
 */
export function resolveTokens(text: string, tokens: Record<string, string>): string {
  return text.replace(/var\(\s*(--[\w-]+)\s*\)/g, (_, name: string) => {
    const value = tokens[name];
    if (value === undefined) throw new Error(`resolveTokens: ${name} is not defined in the stylesheet's :root`);
    return value;
  });
}
