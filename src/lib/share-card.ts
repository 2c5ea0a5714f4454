/**
 * Draws a story's 1200×630 share card as SVG: site name, topic, headline and either the story's hero graphic (the
 * chart that carries the headline, embedded as it was drawn) or its key figure. Pure string work; rasterising to PNG
 * happens in the page endpoint. Knows nothing about Astro, the data files or which chart it embeds.
 */

/** What the card shows. */
export interface ShareCard {
  /** Small label above the headline, e.g. the topic. */
  kicker: string;
  title: string;
  /** The key figure as formatted text, e.g. `"59.3"`. */
  figure?: string;
  /** What the figure is, e.g. `"offences reported per 1,000 inhabitants, 2024"`. */
  figureLabel?: string;
  /** Source line under the figure. */
  source?: string;
  /**
   * A drawn chart to show under the headline instead of the key figure: one `<svg>` element with a `viewBox` and
   * no `var(--…)` left in it (the rasteriser knows no CSS variables).
   */
  graphic?: string;
}

/** Where the graphic goes on a card with one: below a headline of at most two lines, above the source line. */
const graphicFrame = {x: 64, y: 214, width: 1072, height: 366} as const;

/**
 * The chart SVG placed into `frame`: its own width and height are replaced by the frame's (its viewBox keeps the
 * drawing's proportions, centred in the frame), its accessible name and description dropped (the card's alt text
 * describes the whole image).
 */
export function placeGraphic(svg: string, frame: {x: number; y: number; width: number; height: number}): string {
  const open = /^\s*<svg\b[^>]*>/.exec(svg);
  if (!open || !/viewBox="/.test(open[0])) throw new Error('placeGraphic: expected an <svg> with a viewBox');
  const tag = open[0]
    .replace(/\s(?:x|y|width|height|id|role|aria-[\w-]+)="[^"]*"/g, '')
    .replace(/^\s*<svg/, `<svg x="${frame.x}" y="${frame.y}" width="${frame.width}" height="${frame.height}"`);
  return tag + svg.slice(open[0].length).replace(/<desc\b[^>]*>[\s\S]*?<\/desc>/, '');
}

/** Width and height of Open Graph share images. */
export const shareCardSize = {width: 1200, height: 630} as const;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Breaks text into lines of at most `maxChars` characters at spaces (the card's fonts are not measured, so the
 * limit is in characters, chosen for the font size used).
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? line + ' ' + word : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1]!;
    // Keep the last line's words when the ellipsis fits; otherwise drop its last word to make room.
    kept[maxLines - 1] = (last.length < maxChars ? last : last.replace(/\s*\S*$/, '')) + '…';
    return kept;
  }
  return lines;
}

/** The card as an SVG document string. */
export function shareCardSvg(card: ShareCard): string {
  const {width, height} = shareCardSize;
  const font = "'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";
  if (card.graphic) return graphicCardSvg(card, card.graphic, font);
  const hasFigure = !!card.figure;
  const titleLines = wrapText(card.title, hasFigure ? 25 : 40, 5);
  const titleSize = hasFigure ? 48 : 58;
  const title = titleLines
    .map((l, i) => `<tspan x="64" dy="${i === 0 ? 0 : titleSize * 1.15}">${escape(l)}</tspan>`)
    .join('');
  const figure = hasFigure
    ? `<text x="1136" y="290" text-anchor="end" font-size="112" font-weight="700" fill="#b3261e">${escape(card.figure!)}</text>` +
      wrapText(card.figureLabel ?? '', 24, 5)
        .map(
          (l, i) =>
            `<text x="1136" y="${340 + i * 32}" text-anchor="end" font-size="26" fill="#3a3a40">${escape(l)}</text>`
        )
        .join('')
    : '';
  const source = card.source ? `<text x="64" y="590" font-size="22" fill="#58585e">${escape(card.source)}</text>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">
<rect width="${width}" height="${height}" fill="#fdfcfa"/>
<rect width="${width}" height="12" fill="#1d1d1f"/>
<text x="64" y="86" font-size="28" font-weight="700" fill="#1d1d1f">Crime in Norway</text>
<text x="64" y="130" font-size="24" font-weight="700" fill="#b3261e" letter-spacing="2">${escape(card.kicker.toUpperCase())}</text>
<text x="64" y="${hasFigure ? 220 : 230}" font-size="${titleSize}" font-weight="700" fill="#1d1d1f">${title}</text>
${figure}
${source}
</svg>`;
}

/** The card with a graphic: site name and topic on one line, the headline on at most two, the chart below. */
function graphicCardSvg(card: ShareCard, graphic: string, font: string): string {
  const {width, height} = shareCardSize;
  const titleSize = 44;
  const title = wrapText(card.title, 46, 2)
    .map((l, i) => `<tspan x="64" dy="${i === 0 ? 0 : titleSize * 1.15}">${escape(l)}</tspan>`)
    .join('');
  const source = card.source
    ? `<text x="64" y="610" font-size="20" fill="#58585e">${escape(wrapText(card.source, 100, 1)[0]!)}</text>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">
<rect width="${width}" height="${height}" fill="#fdfcfa"/>
<rect width="${width}" height="12" fill="#1d1d1f"/>
<text x="64" y="70" font-size="26" font-weight="700" fill="#1d1d1f">Crime in Norway <tspan fill="#b3261e" font-size="22" letter-spacing="2" dx="12">${escape(card.kicker.toUpperCase())}</tspan></text>
<text x="64" y="136" font-size="${titleSize}" font-weight="700" fill="#1d1d1f">${title}</text>
${placeGraphic(graphic, graphicFrame)}
${source}
</svg>`;
}
