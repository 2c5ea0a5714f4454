/**
 * Resolves every `<Figure>` of every story against the old and the new derived data and lists those whose printed
 * text changes, or that stop (or start) resolving. Pure: both data versions come in as ReadDerived functions.
 * Knows nothing about files on disk or the report's layout.
 */
import {FigureError, resolve, type ReadDerived} from '../../lib/figures.ts';
import {figureTags} from './figure-tags.ts';

/** A story's MDX text. */
export interface StoryText {
  slug: string;
  text: string;
}

/** One figure whose printed text differs. `null` text means the figure did not resolve (with the reason). */
export interface FigureChange {
  slug: string;
  id: string;
  line: number;
  before: string | null;
  after: string | null;
  /** Why the new data cannot resolve the figure, when it cannot. */
  error?: string;
  /** Read by a claim or the key figure rather than printed by a `<Figure>` (see figure-tags.ts). */
  use?: 'claim' | 'key figure';
}

function printed(
  id: string,
  read: ReadDerived,
  tag: Parameters<typeof resolve>[2]
): {text: string | null; error?: string} {
  try {
    return {text: resolve(id, read, tag).formatted};
  } catch (error) {
    if (error instanceof FigureError) return {text: null, error: error.message};
    throw error;
  }
}

/**
 * `figureChanges(stories, before, after)` returns the figures whose text changes, in story and line order.
 * @example figureChanges([{slug: 'falling-crime-rate', text}], readOld, readNew) // [{id: 'offences.national.2024.count', before: '341,509', after: '341,600', …}]
 */
export function figureChanges(stories: readonly StoryText[], before: ReadDerived, after: ReadDerived): FigureChange[] {
  const out: FigureChange[] = [];
  for (const story of stories) {
    for (const tag of figureTags(story.text)) {
      const options = {format: tag.format, digits: tag.digits};
      const a = printed(tag.id, before, options);
      const b = printed(tag.id, after, options);
      if (a.text === b.text) continue;
      const change: FigureChange = {slug: story.slug, id: tag.id, line: tag.line, before: a.text, after: b.text};
      if (b.error) change.error = b.error;
      if (tag.use) change.use = tag.use;
      out.push(change);
    }
  }
  return out;
}
