/**
 * Schema.org NewsArticle structured data for a story, naming the datasets it draws on. Pure.
 */
import {absoluteUrl} from './page-meta.ts';
import {siteName, siteUrl} from './site.ts';
import type {StoryData} from './story-schema.ts';

/**
 * The JSON-LD object for a story page.
 * @param story validated frontmatter
 * @param path site-relative URL of the story
 * @param image site-relative URL of its share image
 */
export function storyJsonLd(story: StoryData, path: string, image: string): object {
  const organisation = {'@type': 'Organization', name: siteName, url: siteUrl + '/'};
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.summary,
    url: absoluteUrl(path),
    mainEntityOfPage: absoluteUrl(path),
    image: [absoluteUrl(image)],
    datePublished: story.published.toISOString(),
    dateModified: (story.updated ?? story.published).toISOString(),
    author: [{...organisation, name: story.byline.replace(/^By\s+/i, '')}],
    publisher: organisation,
    isBasedOn: story.sources.map((s) => ({
      '@type': 'Dataset',
      name: s.title,
      url: s.url,
      creator: {'@type': 'Organization', name: s.publisher},
      ...(s.tableId ? {identifier: s.tableId} : {})
    }))
  };
}
