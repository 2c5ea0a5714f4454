import rss from '@astrojs/rss';
import type {APIContext} from 'astro';
import {getCollection} from 'astro:content';
import {siteDescription, siteName} from '../lib/site.ts';
import {byNewest, storyPath} from '../lib/stories.ts';

/** RSS feed of all stories, newest first. */
export async function GET(context: APIContext) {
  const stories = byNewest(await getCollection('stories'));
  return rss({
    title: siteName,
    description: siteDescription,
    site: context.site!,
    items: stories.map(({data}) => ({
      title: data.title,
      description: data.summary,
      pubDate: data.published,
      link: storyPath(data.slug),
      categories: [data.topic]
    })),
    customData: '<language>en</language>'
  });
}
