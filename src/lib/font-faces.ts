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
