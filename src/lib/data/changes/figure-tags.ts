/**
 * Lists the `<Figure>` tags in a story's MDX text with the options that change how they print (`format`, `digits`)
 * and the line they are on. Knows nothing about resolving figures or about Astro.
 */
import type {FigureFormat} from '../../figures.ts';

/** One `<Figure>` in a story. */
export interface FigureTag {
  id: string;
  format?: FigureFormat;
  digits?: number;
  /** 1-based line in the MDX file. */
  line: number;
}

/**
 * `figureTags(mdx)` returns every `<Figure id="…" />` in document order.
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
  return tags;
}
