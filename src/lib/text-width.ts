/**
 * Width of a line of text in the site's sans-serif (Inter), estimated: SVG drawn in Node at build time has no font
 * to measure, and both the charts and the district map need to know whether a label fits before a browser sees it.
 */

/** Advance widths in em of Inter's glyph classes, rounded up: an estimate that errs wide. */
const glyphEm = {narrow: 0.34, digit: 0.62, lower: 0.6, upper: 0.74, space: 0.28, other: 0.62} as const;

/**
 * Estimated width in px (user units) of a one-line label at a font size, from glyph classes. It errs wide, so a
 * label placed by it stays inside its drawing in the browser.
 * @example estimateTextWidth('7.92, no change', 13) // ≈ 103
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[iljtfrI.,:;'’()!|]/.test(ch)) em += glyphEm.narrow;
    else if (/[0-9]/.test(ch)) em += glyphEm.digit;
    else if (ch === ' ') em += glyphEm.space;
    else if (/[a-zæøå]/.test(ch)) em += ch === 'm' || ch === 'w' ? 0.85 : glyphEm.lower;
    else if (/[A-ZÆØÅ]/.test(ch)) em += ch === 'M' || ch === 'W' ? 0.9 : glyphEm.upper;
    else em += glyphEm.other;
  }
  return em * fontSize;
}
