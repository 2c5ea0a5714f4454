/**
 * Lists the `<Figure>` tags in a story's MDX text with the options that change how they print (`format`, `digits`)
 * and the line they are on, and the figure ids that claims (`claims:` in the frontmatter, `<Claim ids={…}>`) and the
 * key figure read. Knows nothing about resolving figures or about Astro.
 */
import type {FigureFormat} from '../../lib/figures.ts';

/** One `<Figure>` in a story. */
export interface FigureTag {
  id: string;
  format?: FigureFormat;
  digits?: number;
  /** 1-based line in the MDX file. */
  line: number;
  /** Read by a claim or the key figure, not printed by a `<Figure>` tag. */
  use?: 'claim' | 'key figure';
}

/**
 * `figureTags(mdx)` returns every `<Figure id="…" />`, every id a claim checks and the key figure, in document order.
 * A refresh that moves a `latest` id must show in the change report, even where no `<Figure>` prints it.
 * @example figureTags('a <Figure id="x.y" digits={2} />') // [{id: 'x.y', digits: 2, line: 1}]
 */
export function figureTags(mdx: string): FigureTag[] {
  const tags: FigureTag[] = [];
  for (const match of mdx.matchAll(/<Figure\b([^>]*?)\/?>/g)) {
    const attrs = match[1] ?? '';
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
    if (!id) continue;
    const tag: FigureTag = {id, line: mdx.slice(0, match.index).split('\n').length};
    const format = /\bformat="([^"]+)"/.exec(attrs)?.[1];
    if (format) tag.format = format as FigureFormat;
    const digits = /\bdigits=\{(\d+)\}/.exec(attrs)?.[1];
    if (digits) tag.digits = Number(digits);
    tags.push(tag);
  }
  const lineOf = (index: number) => mdx.slice(0, index).split('\n').length;
  // `ids: [a, b]` (frontmatter) and `ids={['a', 'b']}` (<Claim>), one entry per id.
  for (const match of mdx.matchAll(/\bids(?::\s*|=\{)\[([^\]]*)\]/g)) {
    for (const part of (match[1] ?? '').split(',')) {
      const id = part.trim().replace(/^['"]|['"]$/g, '');
      if (id) tags.push({id, line: lineOf(match.index), use: 'claim'});
    }
  }
  const key = /^keyFigure:\s*\n\s+id:\s*(\S+)/m.exec(mdx);
  if (key?.[1]) tags.push({id: key[1], line: lineOf(key.index) + 1, use: 'key figure'});
  return tags.sort((a, b) => a.line - b.line);
}
