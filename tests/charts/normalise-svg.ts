/**
 * Makes SVG snapshots stable and reviewable: generated ids re-indexed in order of appearance, numbers rounded to 3
 * decimals, one tag per line with indentation. Test helper; knows nothing about charts.
 */
import {roundNumbers as roundDecimals} from '../../src/lib/charts/round-coordinates.ts';

/** Re-indexes every `id="…"` (and its references) to `id-1`, `id-2`, … in document order. */
export function reindexIds(svg: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  let out = svg;
  ids.forEach((id, i) => {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(["#\\s])${escaped}(?=["\\s)])`, 'g'), `$1id-${i + 1}`);
  });
  return out;
}

/** Rounds every decimal number to at most 3 decimals: `86.66666666666669` → `86.667`. */
export function roundNumbers(svg: string): string {
  return roundDecimals(svg, 3);
}

/** One tag or text run per line, indented by nesting depth. */
export function prettyPrint(svg: string): string {
  const lines: string[] = [];
  let depth = 0;
  for (const token of svg.split(/(<[^>]+>)/).filter((t) => t.trim() !== '')) {
    if (token.startsWith('</')) depth = Math.max(0, depth - 1);
    lines.push('  '.repeat(depth) + token.trim());
    if (token.startsWith('<') && !token.startsWith('</') && !token.endsWith('/>')) depth++;
  }
  return lines.join('\n') + '\n';
}

/** All three, in the order that keeps ids and numbers apart. */
export function normaliseSvg(svg: string): string {
  return prettyPrint(roundNumbers(reindexIds(svg)));
}
