/**
 * Writes the site's `@font-face` rules. The fonts are self-hosted files from npm (Inter for headings and
 * interface, Source Serif 4 for reading); their URLs come from the bundler. Knows nothing about Astro or pages.
 *
 * Why not the packages' own CSS: it uses `font-display: swap`, which re-wraps headlines when the font arrives and
 * costs layout shift on slow phones. `optional` keeps whatever font is there at first paint, and the page preloads
 * the two Latin files so that on most connections that is the web font.
 */

/** The Latin and Latin Extended ranges (Norwegian letters are in Latin; Sámi letters need Latin Extended). */
export const unicodeRanges = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  latinExt:
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF'
} as const;

/** One variable font file. */
export interface FontFile {
  family: string;
  style: 'normal' | 'italic';
  /** Weight range of the variable font, e.g. `"100 900"`. */
  weight: string;
  url: string;
  unicodeRange: string;
  /**
   * `font-display`, `optional` unless given. Italic faces use `swap`: they set short runs (titles in footnotes, a
   * term here and there), mostly below the fold, so a late swap moves little, while `optional` would leave them in
   * a fallback serif for the reader's whole first visit.
   */
  display?: 'optional' | 'swap';
}

/** CSS `@font-face` rules for the files, in order. */
export function fontFaceCss(files: readonly FontFile[]): string {
  return files
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-style:${f.style};font-weight:${f.weight};font-display:${f.display ?? 'optional'};` +
        `src:url(${f.url}) format('woff2-variations');unicode-range:${f.unicodeRange}}`
    )
    .join('\n');
}

/** Code points of a `unicode-range` value as inclusive `[first, last]` pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [first, last = first] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(first!, 16), parseInt(last!, 16)];
  });
}

/** Whether a code point falls inside a `unicode-range` value. */
export function inUnicodeRange(codePoint: number, range: string): boolean {
  return parseUnicodeRange(range).some(([first, last]) => codePoint >= first && codePoint <= last);
}

/**
 * The shortest `unicode-range` value listing exactly the given code points (runs become ranges).
 * @example unicodeRangeOf([0x41, 0x42, 0x43, 0xe5]) // "U+41-43,U+E5"
 */
export function unicodeRangeOf(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase();
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j > i ? `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}` : `U+${hex(sorted[i]!)}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** Every printable code point of a text (no control characters; spaces count, since fonts draw their width). */
export function printableCodePoints(text: string): Set<number> {
  const points = new Set<number>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x20 && !(code >= 0x7f && code < 0xa0)) points.add(code);
  }
  return points;
}
