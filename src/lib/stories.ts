/**
 * Ordering and URL rules for stories. Pure: takes story frontmatter, knows nothing of Astro's collection API.
 */
import {topics, type StoryData} from './story-schema.ts';

/** Site-relative URL of a story: `/stories/<slug>/`. */
export function storyPath(slug: string): string {
  return `/stories/${slug}/`;
}

/** Stories newest first (by publication date), then by title so the order is stable. */
export function byNewest<T extends {data: Pick<StoryData, 'published' | 'title'>}>(stories: readonly T[]): T[] {
  return [...stories].sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title)
  );
}

/** Stories in the order of the site's topics (crime rate first), then newest first: the cover's order. */
export function byTopic<T extends {data: Pick<StoryData, 'published' | 'title' | 'topic'>}>(
  stories: readonly T[]
): T[] {
  return byNewest(stories).sort((a, b) => topics.indexOf(a.data.topic) - topics.indexOf(b.data.topic));
}

/** Average adult silent-reading speed used for reading-time estimates, in words per minute. */
export const wordsPerMinute = 230;

/** Words in a text (runs of letters or digits). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}

/**
 * The prose of an MDX story body, without what a reader does not read as text: import and export lines, footnote
 * definitions, component tags and their props, and JavaScript expressions.
 */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/^\[\^[^\]]+\]:.*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*?\/?>/gs, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\[\^[^\]]+\]/g, '');
}

/** Minutes to read a text, at least one. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countWords(text) / wordsPerMinute));
}
